// Agreement with ../shared/tools/conll_score.py: same predictions, same numbers. Runs only where
// ../shared and python3 exist (as in CI); skips cleanly elsewhere. Nothing from ../shared is
// copied into the repository: slices and predictions go to a temporary folder.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { evaluateConll, parseConll, toConlleval, type ConllEvaluation, type Extractor } from "../../src/eval/conll.js";
import { evaluateConll04, parseConll04 } from "../../src/eval/conll04.js";
import { formatScoreTable } from "../../src/eval/report.js";
import { chunks, type ScoreResult } from "../../src/eval/score.js";
import type { DocumentResult, EntityType, MentionForm } from "../../src/types.js";
import { CHUNK_TABLE, HAVE_PYTHON, HAVE_SHARED, ROOT, SHARED } from "./helpers.js";

const ENABLED = HAVE_SHARED && HAVE_PYTHON;
const TOOL = join(SHARED, "tools", "conll_score.py");
const DEV = join(SHARED, "data", "conll2003", "dev.txt");
const CONLL04 = join(SHARED, "data", "conll04", "spert_dev.json");
const work = ENABLED ? mkdtempSync(join(tmpdir(), "newsner-eval-")) : "";
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function python(args: string[], input?: string): string {
  const r = spawnSync("python3", args, { encoding: "utf8", input, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python3 ${args.join(" ")} failed: ${r.stderr}`);
  return r.stdout;
}

// A deterministic, deliberately messy extractor: capitalised runs become mentions of a type
// picked by a hash, sometimes split in two, sometimes demonyms, sometimes cut inside a token.
function hash(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return h;
}
const TYPES: EntityType[] = ["PERSON", "COUNTRY", "LOCATION", "ORGANIZATION", "MISC"];
const fakeExtractor: Extractor = (text) => {
  const entities: DocumentResult["entities"] = [];
  const cps = Array.from(text);
  const words: Array<{ start: number; end: number; text: string }> = [];
  let start = -1;
  for (let i = 0; i <= cps.length; i++) {
    const ch = cps[i];
    if (ch === undefined || ch === " " || ch === "\n") {
      if (start >= 0) words.push({ start, end: i, text: cps.slice(start, i).join("") });
      start = -1;
      if (ch === "\n") words.push({ start: i, end: i, text: "\n" });
    } else if (start < 0) start = i;
  }
  const add = (s: number, e: number, key: string) => {
    const h = hash(key);
    const form: MentionForm = h % 11 === 0 ? "demonym" : "name";
    const t = cps.slice(s, e).join("");
    entities.push({ id: `e${entities.length + 1}`, type: TYPES[h % 5]!, name: t, aliases: [], attributes: {}, source: "fake", mentions: [{ start: s, end: e, text: t, form }] });
  };
  let run: typeof words = [];
  const flush = () => {
    if (run.length === 0) return;
    const key = run.map((w) => w.text).join(" ");
    const h = hash(key);
    if (run.length > 1 && h % 4 === 0) {
      const cut = 1 + (h % (run.length - 1));
      add(run[0]!.start, run[cut - 1]!.end, key + "a");
      add(run[cut]!.start, run[run.length - 1]!.end, key + "b");
    } else if (h % 9 === 0 && run[run.length - 1]!.text.length > 3) {
      add(run[0]!.start, run[run.length - 1]!.end - 2, key); // ends inside the last token
    } else {
      add(run[0]!.start, run[run.length - 1]!.end, key);
    }
    run = [];
  };
  for (const w of words) {
    if (/^\p{Lu}/u.test(w.text)) run.push(w);
    else flush();
  }
  flush();
  return { source: "-", entities, relations: [] };
};

interface PyScore {
  per_type: Record<string, { P: number; R: number; F1: number; correct: number; pred: number; gold: number }>;
  micro: { P: number; R: number; F1: number; correct: number; pred: number; gold: number };
}

function expectSameScores(mine: ScoreResult, theirs: PyScore) {
  expect(Object.keys(mine.per_type)).toEqual(Object.keys(theirs.per_type));
  for (const [type, d] of [...Object.entries(mine.per_type), ["micro", mine.micro] as const]) {
    const t = type === "micro" ? theirs.micro : theirs.per_type[type]!;
    expect({ type, correct: d.correct, pred: d.pred, gold: d.gold }).toEqual({ type, correct: t.correct, pred: t.pred, gold: t.gold });
    for (const k of ["P", "R", "F1"] as const) expect(d[k].toFixed(2), `${type} ${k}`).toBe(t[k].toFixed(2));
    // Same expressions in the same order: the doubles agree bit for bit.
    expect(d.P).toBe(t.P);
    expect(d.R).toBe(t.R);
    expect(d.F1).toBe(t.F1);
  }
}

function myTables(evaluation: ConllEvaluation): string {
  return (
    formatScoreTable(evaluation.all, "== all gold types") +
    "\n" +
    formatScoreTable(evaluation.restricted, `== restricted to ${evaluation.restricted_types.join(",")}`) +
    "\n"
  );
}

/** Scores the predictions both ways conll_score.py can read them and compares with ours. */
function checkAgainstPython(goldFile: string, extractor: Extractor, name: string) {
  const documents = parseConll(readFileSync(goldFile, "utf8"));
  const evaluation = evaluateConll(documents, extractor);

  // conlleval mode: our --output format.
  const conlleval = join(work, `${name}.conlleval`);
  const json = join(work, `${name}.json`);
  writeFileSync(conlleval, toConlleval(documents, evaluation.predicted));
  const stdout = python([TOOL, "--conlleval", conlleval, "--types", "PER,LOC,ORG", "--json", json]);
  const theirs = JSON.parse(readFileSync(json, "utf8")) as { all: PyScore; restricted: PyScore; restricted_types: string[] };
  expectSameScores(evaluation.all, theirs.all);
  expectSameScores(evaluation.restricted, theirs.restricted);
  expect(evaluation.restricted_types).toEqual(theirs.restricted_types);
  expect(myTables(evaluation)).toBe(stdout);

  // gold + prediction mode: python reads the original gold file itself, checking our reader.
  const predFile = join(work, `${name}.pred`);
  const lines: string[] = [];
  documents.forEach((doc, d) =>
    doc.sentences.forEach((s, i) => {
      s.tokens.forEach((tok, j) => lines.push(`${tok.text} ${evaluation.predicted[d]![i]![j]}`));
      lines.push("");
    }),
  );
  writeFileSync(predFile, lines.join("\n"));
  expect(python([TOOL, goldFile, predFile, "--types", "PER,LOC,ORG"])).toBe(myTables(evaluation));
  return evaluation;
}

function devSlice(maxLines: number): string {
  const lines = readFileSync(DEV, "utf8").split("\n");
  let end = Math.min(maxLines, lines.length);
  while (end < lines.length && lines[end]!.trim() !== "") end++;
  const file = join(work, `dev-slice-${maxLines}.txt`);
  writeFileSync(file, lines.slice(0, end).join("\n") + "\n");
  return file;
}

// The engine (src/index.ts) is loaded only if it exists, so these tests run before it lands.
const ENGINE = join(ROOT, "src", "index.ts");
async function realExtractor(): Promise<Extractor> {
  const engine = (await import(/* @vite-ignore */ ENGINE)) as {
    extract: (text: string, options?: object) => DocumentResult;
    loadGazetteers: () => unknown;
  };
  const gazetteers = engine.loadGazetteers();
  return (text) => engine.extract(text, { gazetteers });
}

describe.skipIf(!ENABLED)("agreement with conll_score.py", () => {
  it("finds the same chunks as its chunks() on the edge-case table", () => {
    const tables = CHUNK_TABLE.map(([, tags]) => tags);
    const out = python(
      ["-c", "import sys, json; sys.path.insert(0, sys.argv[1]); from conll_score import chunks; print(json.dumps([sorted(chunks(t), key=lambda c: (c[1], c[2])) for t in json.load(sys.stdin)]))", join(SHARED, "tools")],
      JSON.stringify(tables),
    );
    const theirs = JSON.parse(out) as Array<Array<[string, number, number]>>;
    expect(tables.map((t) => chunks(t).map((c) => [c.type, c.start, c.end]))).toEqual(theirs);
  });

  it("agrees on a small dev slice with a fake extractor", () => {
    const evaluation = checkAgainstPython(devSlice(400), fakeExtractor, "slice-fake");
    expect(evaluation.all.micro.pred).toBeGreaterThan(20);
  });

  it("agrees on the whole dev file with a fake extractor", () => {
    const evaluation = checkAgainstPython(DEV, fakeExtractor, "dev-fake");
    expect(evaluation.counts.documents).toBeGreaterThan(200);
  });

  it("agrees on the CoNLL04 entity part (PER/ORG/LOC) written as conlleval lines", { skip: !existsSync(CONLL04) }, async () => {
    const sentences = parseConll04(readFileSync(CONLL04, "utf8"));
    for (const [name, extractor] of [["fake", fakeExtractor], ...(existsSync(ENGINE) ? [["real", await realExtractor()] as const] : [])] as const) {
      const evaluation = evaluateConll04(sentences, extractor);
      const file = join(work, `conll04-${name}.conlleval`);
      const json = join(work, `conll04-${name}.json`);
      writeFileSync(file, toConlleval(evaluation.documents, evaluation.predicted));
      python([TOOL, "--conlleval", file, "--types", "PER,LOC,ORG", "--json", json]);
      expectSameScores(evaluation.entities, (JSON.parse(readFileSync(json, "utf8")) as { restricted: PyScore }).restricted);
    }
  });

  it("agrees with the real extractor on a slice and on the whole dev file", { skip: !existsSync(ENGINE) }, async () => {
    const extractor = await realExtractor();
    checkAgainstPython(devSlice(400), extractor, "slice-real");
    checkAgainstPython(DEV, extractor, "dev-real");
  });
});
