// [tags, expected chunks as "TYPE start-end"]: conlleval's start/end-of-chunk rules.
export const CHUNK_TABLE: Array<[string, string[], string[]]> = [
  ["empty", [], []],
  ["all outside", ["O", "O", "."], []],
  // IOB1: I- opens a chunk after O; B- only separates two chunks of the same type.
  ["IOB1 run", ["I-PER", "I-PER", "O"], ["PER 0-2"]],
  ["IOB1 B- splits same type", ["I-PER", "B-PER", "I-PER"], ["PER 0-1", "PER 1-3"]],
  ["IOB1 type change", ["I-PER", "I-LOC"], ["PER 0-1", "LOC 1-2"]],
  ["IOB1 I- after O", ["O", "I-ORG", "I-ORG"], ["ORG 1-3"]],
  ["IOB1 B- after O", ["O", "B-MISC", "O"], ["MISC 1-2"]],
  ["IOB1 chunk at end", ["O", "I-LOC"], ["LOC 1-2"]],
  // IOB2
  ["IOB2 B I", ["B-PER", "I-PER", "O"], ["PER 0-2"]],
  ["IOB2 B B", ["B-PER", "B-PER"], ["PER 0-1", "PER 1-2"]],
  ["IOB2 B I B", ["B-PER", "I-PER", "B-PER"], ["PER 0-2", "PER 2-3"]],
  ["IOB2 I- after O starts a chunk", ["O", "I-ORG", "I-ORG"], ["ORG 1-3"]],
  ["IOB2 I- of another type", ["B-PER", "I-LOC", "I-LOC"], ["PER 0-1", "LOC 1-3"]],
  ["IOB2 O inside", ["B-ORG", "O", "I-ORG"], ["ORG 0-1", "ORG 2-3"]],
  ["IOB2 B- of another type", ["B-LOC", "B-ORG"], ["LOC 0-1", "ORG 1-2"]],
  // IOBES
  ["IOBES S S", ["S-PER", "S-PER"], ["PER 0-1", "PER 1-2"]],
  ["IOBES B E I", ["B-LOC", "E-LOC", "I-LOC"], ["LOC 0-2", "LOC 2-3"]],
  ["IOE E E", ["I-LOC", "E-LOC", "E-LOC"], ["LOC 0-2", "LOC 2-3"]],
  // "." counts as outside; a type may hold a dash ("B-X-Y" has type "X-Y").
  ["dot is outside", ["B-PER", ".", "I-PER"], ["PER 0-1", "PER 2-3"]],
  ["dash in type", ["B-X-Y", "I-X-Y"], ["X-Y 0-2"]],
  // conlleval oddity kept on purpose: a bare tag without "-TYPE" never starts a chunk.
  ["bare tag", ["PER", "PER"], []],
];


import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { DocumentResult, Entity, EntityType, MentionForm, Relation, RelationType } from "../../src/types.js";

/** The project root (tests/eval → ../..). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** ../shared next to the project root, present in CI, absent elsewhere. */
export const SHARED = join(ROOT, "..", "shared");
export const HAVE_SHARED = existsSync(join(SHARED, "tools", "conll_score.py"));
export const HAVE_PYTHON = spawnSync("python3", ["--version"]).status === 0;

function codePoints(s: string): number {
  return Array.from(s).length;
}

/** Code-point offsets of the nth (0-based) occurrence of `needle` in `text`. */
export function find(text: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} #${nth} not in ${JSON.stringify(text)}`);
  }
  const start = codePoints(text.slice(0, at));
  return { start, end: start + codePoints(needle) };
}

export interface FakeEntity {
  id?: string;
  type: EntityType;
  /** Mention strings (with optional occurrence index and form). */
  mentions: Array<string | [string, number] | [string, number, MentionForm]>;
}

/** A DocumentResult whose mentions are found by string search in `text`. */
export function fakeResult(text: string, entities: FakeEntity[], relations: Array<[RelationType, string, string]> = []): DocumentResult {
  const out: Entity[] = entities.map((e, i) => ({
    id: e.id ?? `e${i + 1}`,
    type: e.type,
    name: typeof e.mentions[0] === "string" ? e.mentions[0] : (e.mentions[0]?.[0] ?? ""),
    aliases: [],
    attributes: {},
    source: "test",
    mentions: e.mentions.map((m) => {
      const [needle, nth, form] = typeof m === "string" ? [m, 0, "name" as MentionForm] : [m[0], m[1], m[2] ?? ("name" as MentionForm)];
      return { ...find(text, needle, nth), text: needle, form };
    }),
  }));
  const rels: Relation[] = relations.map(([type, subject, object]) => ({ type, subject, object, evidence: [], source: "test" }));
  return { source: "-", entities: out, relations: rels };
}
