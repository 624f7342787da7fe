import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runEvalCommand, type ExtractorFactory } from "../../src/cli/eval.js";
import type { CliIO } from "../../src/cli/io.js";
import { fakeResult } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "newsner-cli-eval-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeIO(stdin = ""): CliIO & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    stdin: (async function* () {
      if (stdin) yield stdin;
    })(),
    isTTY: false,
    cwd: dir,
  };
  return io;
}

// Invented names; the fake extractor finds "Varnik Tolmas" and "Zeldra" wherever they occur.
writeFileSync(
  join(dir, "mini.conll"),
  ["-DOCSTART- -X- -X- O", "", "Varnik B-PER", "Tolmas I-PER", "visited O", "Zeldra B-LOC", ". O", "", "Quorvia B-ORG", "rose O", ""].join("\n"),
);
writeFileSync(
  join(dir, "mini04.json"),
  JSON.stringify([
    {
      tokens: ["Varnik", "Tolmas", "lives", "in", "Zeldra", "."],
      entities: [
        { type: "Peop", start: 0, end: 2 },
        { type: "Loc", start: 4, end: 5 },
      ],
      relations: [
        { type: "Live_In", head: 0, tail: 1 },
        { type: "Kill", head: 0, tail: 0 },
      ],
    },
  ]),
);

const seenTagger: boolean[] = [];
const factory: ExtractorFactory = ({ tagger }) => {
  seenTagger.push(tagger);
  return (text) => {
    const entities = [];
    if (text.includes("Varnik Tolmas")) entities.push({ id: "p", type: "PERSON" as const, mentions: ["Varnik Tolmas"] });
    if (text.includes("Zeldra")) entities.push({ id: "z", type: "COUNTRY" as const, mentions: ["Zeldra"] });
    return fakeResult(text, entities, entities.length === 2 ? [["lives_in", "p", "z"]] : []);
  };
};

describe("runEvalCommand", () => {
  it("prints the CoNLL table and writes conlleval lines", async () => {
    const io = fakeIO();
    expect(await runEvalCommand("mini.conll", { output: "pred.txt" }, io, factory)).toBe(0);
    expect(io.err).toBe("");
    expect(io.out).toContain("mini.conll: 1 documents, 2 sentences, 7 tokens (compromise tagger off)");
    expect(io.out).toContain("== all gold types\ntype         P       R      F1   pred   gold   corr\n");
    expect(io.out).toContain("== restricted to LOC,ORG,PER\n");
    expect(io.out).toContain("micro   100.00   66.67   80.00      2      3      2");
    expect(readFileSync(join(dir, "pred.txt"), "utf8")).toBe(
      "-DOCSTART- O O\n\nVarnik B-PER B-PER\nTolmas I-PER I-PER\nvisited O O\nZeldra B-LOC B-LOC\n. O O\n\nQuorvia B-ORG O\nrose O O\n\n",
    );
  });

  it("prints JSON with conll_score.py's keys and passes --tagger on", async () => {
    const io = fakeIO();
    expect(await runEvalCommand("mini.conll", { format: "json", tagger: true }, io, factory)).toBe(0);
    const json = JSON.parse(io.out);
    expect(json.tagger).toBe(true);
    expect(json.restricted_types).toEqual(["LOC", "ORG", "PER"]);
    expect(json.all.micro).toMatchObject({ correct: 2, pred: 2, gold: 3 });
    expect(seenTagger.at(-1)).toBe(true);
  });

  it("reads stdin for -", async () => {
    const io = fakeIO("Zeldra B-LOC\n");
    expect(await runEvalCommand("-", {}, io, factory)).toBe(0);
    expect(io.out).toContain("LOC     100.00  100.00  100.00      1      1      1");
  });

  it("scores CoNLL04 relations with --relations", async () => {
    const io = fakeIO();
    expect(await runEvalCommand("mini04.json", { relations: true, output: "ents.txt" }, io, factory)).toBe(0);
    expect(io.out).toContain("Kill relations in the file (not scored): 1");
    expect(io.out).toContain("== relations, strict (exact argument spans)");
    expect(io.out).toContain("Live_In       100.00  100.00  100.00      1      1      1");
    expect(readFileSync(join(dir, "ents.txt"), "utf8")).toContain("Zeldra B-LOC B-LOC\n");
    const json = fakeIO();
    await runEvalCommand("mini04.json", { relations: true, format: "json" }, json, factory);
    expect(JSON.parse(json.out).relations.lenient.micro).toMatchObject({ correct: 1, pred: 1, gold: 1 });
  });

  it.each([
    ["missing.conll", {}, 1, /cannot read missing\.conll/],
    ["mini04.json", {}, 1, /looks like JSON; for CoNLL04 relation files add --relations/],
    ["mini.conll", { relations: true }, 1, /not JSON/],
    ["mini.conll", { format: "xml" }, 2, /--format must be table or json/],
  ] as const)("%s %j → exit %i", async (file, opts, code, message) => {
    const io = fakeIO();
    expect(await runEvalCommand(file, opts as never, io, factory)).toBe(code);
    expect(io.err).toMatch(message);
    expect(io.out).toBe("");
  });

  it("names the bad line of a malformed CoNLL file", async () => {
    writeFileSync(join(dir, "bad.conll"), "Varnik B-PER\nTolmas\n");
    const io = fakeIO();
    expect(await runEvalCommand("bad.conll", {}, io, factory)).toBe(1);
    expect(io.err).toBe("newsner eval: bad.conll: line 2: expected a token and a tag, found \"Tolmas\"\n");
  });
});
