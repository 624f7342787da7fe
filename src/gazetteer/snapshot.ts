import { ENTITY_TYPES, type MentionForm } from "../types.js";
import { addLowerStart, emptyTrie, type Gazetteer, type GazetteerEntry, type KeyVariant, type TrieNode } from "./gazetteer.js";

/**
 * The compiled gazetteer as plain JSON, so a start-up reads one file instead of parsing and
 * tokenising every TSV again. `fingerprint` is a digest of the TSV files it was built from
 * (names and contents); a snapshot whose fingerprint no longer matches is ignored.
 */
export interface Snapshot {
  format: 3;
  fingerprint: string;
  /** Aliases joined by "|", attributes as "key=value" joined by ";": decoded only for entries a text mentions. */
  entries: Array<[name: string, type: number, aliases: string, attributes: string, file: number, line: number]>;
  files: string[];
  /**
   * The trie's nodes depth first, one per line, so a start-up reads only the lines of the first key
   * tokens and a node's children are read when a text first reaches it: one space per level of
   * depth, the node's lower-cased token, then for each key ending there a tab and "entry form
   * context token token …" (form as an index into FORMS, context 1 when the key needs it). A
   * node's children follow it, one space deeper.
   */
  trie: string;
  lowerStarts: string[];
  /** Each cue word list, one word per line. */
  words: Record<string, string>;
}

export const SNAPSHOT_FORMAT = 3;

const FORMS: MentionForm[] = ["name", "alias", "acronym", "short", "demonym"];

function encodeAttributes(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([k, v]) => `${k}=${v}`)
    .join(";");
}

function decodeAttributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!raw) return out;
  for (const pair of raw.split(";")) {
    const eq = pair.indexOf("=");
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

/** An entry read from a snapshot; its aliases and attributes are decoded on first use. */
class SnapshotEntry implements GazetteerEntry {
  private decodedAliases?: string[];
  private decodedAttributes?: Record<string, string>;
  constructor(
    readonly index: number,
    readonly name: string,
    readonly type: GazetteerEntry["type"],
    private readonly rawAliases: string,
    private readonly rawAttributes: string,
    readonly file: string,
    readonly line: number,
  ) {}
  get aliases(): string[] {
    return (this.decodedAliases ??= this.rawAliases ? this.rawAliases.split("|") : []);
  }
  get attributes(): Record<string, string> {
    return (this.decodedAttributes ??= decodeAttributes(this.rawAttributes));
  }
}

/**
 * A trie node read from a snapshot: its line and the lines below it. The keys ending at it and its
 * children are decoded on first use, so a start-up reads only the first tokens of the keys.
 */
class SnapshotNode implements TrieNode {
  private decodedVariants: KeyVariant[] | null | undefined;
  private decodedChildren: Map<string, TrieNode> | null | undefined;
  constructor(
    private readonly lines: string[],
    private readonly line: number,
    private readonly depth: number,
  ) {}
  get variants(): KeyVariant[] | null {
    if (this.decodedVariants === undefined) {
      const line = this.lines[this.line];
      const tab = line.indexOf("\t");
      this.decodedVariants = tab === -1 ? null : decodeVariants(line.slice(tab + 1).split("\t"));
    }
    return this.decodedVariants;
  }
  get children(): Map<string, TrieNode> | null {
    if (this.decodedChildren === undefined) this.decodedChildren = readLevel(this.lines, this.line + 1, this.depth + 1);
    return this.decodedChildren;
  }
}

/** The nodes `depth` spaces deep from line `from` until a line less deep; null when there are none. */
function readLevel(lines: string[], from: number, depth: number): Map<string, TrieNode> | null {
  let level: Map<string, TrieNode> | null = null;
  for (let k = from; k < lines.length; k++) {
    const line = lines[k];
    let indent = 0;
    while (indent < depth && line.charCodeAt(indent) === 32) indent++;
    if (indent < depth) break;
    if (line.charCodeAt(depth) === 32) continue;
    const tab = line.indexOf("\t", depth);
    (level ??= new Map()).set(tab === -1 ? line.slice(depth) : line.slice(depth, tab), new SnapshotNode(lines, k, depth));
  }
  return level;
}

/** Built by pushing, never by `map`: optimised code may give a mapped array holes, and the matcher's code wants one array kind. */
function decodeVariants(raws: string[]): KeyVariant[] {
  const variants: KeyVariant[] = [];
  for (const raw of raws) variants.push(decodeVariant(raw));
  return variants;
}

function decodeVariant(raw: string): KeyVariant {
  const parts = raw.split(" ");
  return { entry: Number(parts[0]), tokens: parts.slice(3), form: FORMS[Number(parts[1])], needsContext: parts[2] === "1" };
}

export function snapshotGazetteer(g: Gazetteer, fingerprint: string): Snapshot {
  const files = [...new Set(g.entries.map((e) => e.file))];
  const lines: string[] = [];
  const write = (level: Map<string, TrieNode>, indent: string) => {
    for (const [token, node] of level) {
      const variants = (node.variants ?? []).map((v) => `\t${v.entry} ${FORMS.indexOf(v.form)} ${v.needsContext ? 1 : 0} ${v.tokens.join(" ")}`);
      lines.push(`${indent}${token}${variants.join("")}`);
      if (node.children) write(node.children, indent + " ");
    }
  };
  write(g.trie.roots, "");
  return {
    format: SNAPSHOT_FORMAT,
    fingerprint,
    entries: g.entries.map((e) => [e.name, ENTITY_TYPES.indexOf(e.type), e.aliases.join("|"), encodeAttributes(e.attributes), files.indexOf(e.file), e.line]),
    files,
    trie: lines.join("\n"),
    lowerStarts: [...g.trie.lowerStarts],
    words: Object.fromEntries([...g.words].map(([name, set]) => [name, [...set].join("\n")])),
  };
}

export function restoreGazetteer(s: Snapshot): Gazetteer {
  const entries: GazetteerEntry[] = s.entries.map(
    ([name, type, aliases, attributes, file, line], index) => new SnapshotEntry(index, name, ENTITY_TYPES[type], aliases, attributes, s.files[file], line),
  );
  const trie = emptyTrie();
  trie.roots = readLevel(s.trie.split("\n"), 0, 0) ?? trie.roots;
  for (const first of s.lowerStarts) addLowerStart(trie, first);
  const words = new Map<string, ReadonlySet<string>>(Object.entries(s.words).map(([name, list]) => [name, new Set(list === "" ? [] : list.split("\n"))]));
  return { entries, trie, words };
}
