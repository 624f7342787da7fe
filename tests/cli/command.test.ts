// The real command, as a user runs it: `node bin/newsner.js …` on the built dist/
// (`npm test` builds first).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { makeTree, PNG_BYTES } from "./tmp.js";

const BIN = fileURLToPath(new URL("../../bin/newsner.js", import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
const SENTENCE = "Russian Foreign Minister Sergei Lavrov met NATO officials in Brussels.";
const ANSI = /\u001b\[/;

interface Entity {
  type: string;
  name: string;
  aliases: string[];
  mentions: { start: number; end: number; text: string; form: string }[];
}
interface Doc {
  source: string;
  entities: Entity[];
  relations: unknown[];
}

function newsner(args: string[], options: { input?: string | Uint8Array; cwd?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? "",
    cwd: options.cwd ?? tree.root,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const hasEntity = (doc: Doc, type: string, name: string) => doc.entities.some((e) => e.type === type && e.name === name);
const mentioned = (doc: Doc, type: string, text: string) =>
  doc.entities.some((e) => e.type === type && e.mentions.some((m) => m.text === text));

const tree = makeTree({
  "article.txt": SENTENCE + "\n",
  "bom.txt": "\uFEFF" + SENTENCE + "\r\n",
  "corpus/b-wire.txt": "President Emomali Rahmon of Tajikistan spoke in Dushanbe on Monday.\n",
  "corpus/a/nested.md": SENTENCE + "\n",
  "corpus/a/deeper/story": "Lavrov told reporters in Moscow that Russia would not change course.\n",
  "corpus/image.png": PNG_BYTES,
  "corpus/data.json": '{"text": "Sergei Lavrov"}',
  "corpus/.hidden.txt": SENTENCE,
  "my-orgs.tsv": "# invented companies for a test\nname\ttype\taliases\tattributes\nQuorvex Dynamics\tORGANIZATION\tQuorvex\tkind=company\n",
  "broken.tsv": "# a broken file\nname\ttype\taliases\tattributes\nQuorvex Dynamics\tORGANIZATION\t\t\nNowhere Thing\tWIDGET\t\t\n",
});
afterAll(() => tree.cleanup());

describe("newsner command: options", () => {
  it("--version prints package.json's version", () => {
    const r = newsner(["--version"]);
    expect(r).toEqual({ code: 0, out: `${VERSION}\n`, err: "" });
  });

  it("--help shows every option with examples", () => {
    const r = newsner(["--help"]);
    expect(r.code).toBe(0);
    for (const text of ["extract", "eval", "--format", "--types", "--gazetteer", "--tagger", "--output", "--version", "Examples:"]) {
      expect(r.out).toContain(text);
    }
  });

  it("an unknown option exits 2 with a one-line reason", () => {
    const r = newsner(["--shiny"], { input: SENTENCE });
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe("newsner: unknown option '--shiny'");
    expect(r.out).toBe("");
  });

  it("a bad --format or --types value exits 2", () => {
    expect(newsner(["--format", "yaml"], { input: SENTENCE }).code).toBe(2);
    expect(newsner(["extract", "--types", "PERSON,PLANET"], { input: SENTENCE }).code).toBe(2);
  });
});

describe("newsner command: extraction", () => {
  it("reads stdin and prints a table, without colour when stdout is a pipe", () => {
    const r = newsner([], { input: SENTENCE });
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out.split("\n")[0]).toContain("- (stdin)");
    expect(r.out).toContain("Sergei Lavrov");
    expect(r.out).not.toMatch(ANSI);
  });

  it("colours with FORCE_COLOR, and NO_COLOR wins over it", () => {
    expect(newsner([], { input: SENTENCE, env: { FORCE_COLOR: "1" } }).out).toMatch(ANSI);
    expect(newsner([], { input: SENTENCE, env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).out).not.toMatch(ANSI);
  });

  it("--format json on a file gives one object with the contract's fields", () => {
    const r = newsner(["extract", "article.txt", "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as Doc;
    expect(Object.keys(doc)).toEqual(["source", "entities", "relations"]);
    expect(doc.source).toBe("article.txt");
    expect(hasEntity(doc, "PERSON", "Sergei Lavrov")).toBe(true);
    expect(mentioned(doc, "ORGANIZATION", "NATO")).toBe(true);
    expect(mentioned(doc, "LOCATION", "Brussels")).toBe(true);
    expect(doc.entities.map((e) => e.mentions[0]!.start)).toEqual([...doc.entities.map((e) => e.mentions[0]!.start)].sort((a, b) => a - b));
  });

  it("gives offsets in code points of the text after the BOM, the same with CRLF", () => {
    const plain = JSON.parse(newsner(["article.txt", "-f", "json"]).out) as Doc;
    const bom = JSON.parse(newsner(["bom.txt", "-f", "json"]).out) as Doc;
    const chars = [...SENTENCE];
    for (const e of bom.entities) for (const m of e.mentions) expect(chars.slice(m.start, m.end).join("")).toBe(m.text);
    expect(bom.entities).toEqual(plain.entities);
  });

  it("is deterministic: the same input gives the same bytes", () => {
    expect(newsner(["corpus", "-f", "json"]).out).toBe(newsner(["corpus", "-f", "json"]).out);
  });

  it("walks a folder recursively in sorted order, skipping non-text and hidden files", () => {
    const r = newsner(["corpus", "--format", "jsonl"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const lines = r.out.trimEnd().split("\n");
    const docs = lines.map((l) => JSON.parse(l) as Doc);
    expect(docs.map((d) => d.source)).toEqual(["corpus/a/deeper/story", "corpus/a/nested.md", "corpus/b-wire.txt"]);
    expect(hasEntity(docs[1]!, "PERSON", "Sergei Lavrov")).toBe(true);
  });

  it("prints an array for a folder with --format json", () => {
    const docs = JSON.parse(newsner(["corpus", "--format", "json"]).out) as Doc[];
    expect(Array.isArray(docs)).toBe(true);
    expect(docs).toHaveLength(3);
  });

  it("--types keeps only those types", () => {
    const doc = JSON.parse(newsner(["article.txt", "--types", "PERSON,ORGANIZATION", "-f", "json"]).out) as Doc;
    expect(hasEntity(doc, "PERSON", "Sergei Lavrov")).toBe(true);
    expect(doc.entities.every((e) => e.type === "PERSON" || e.type === "ORGANIZATION")).toBe(true);
    expect(mentioned(doc, "LOCATION", "Brussels")).toBe(false);
  });

  it("--gazetteer adds a user's own entries", () => {
    const input = "Shares in Quorvex Dynamics rose 4 percent on Tuesday.";
    const doc = JSON.parse(newsner(["--gazetteer", "my-orgs.tsv", "-f", "json"], { input }).out) as Doc;
    expect(hasEntity(doc, "ORGANIZATION", "Quorvex Dynamics")).toBe(true);
  });

  it("a malformed --gazetteer file exits 2 naming file and line", () => {
    const r = newsner(["--gazetteer", "broken.tsv", "article.txt"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^newsner: broken\.tsv:4: \S.*\n$/);
    expect(r.out).toBe("");
  });

  it("a missing file exits 1 and the other inputs are still printed", () => {
    const r = newsner(["article.txt", "no-such.txt", "corpus/b-wire.txt", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.err).toBe("newsner: no-such.txt: no such file or directory\n");
    const docs = JSON.parse(r.out) as (Doc | { source: string; error: { code: string; message: string } })[];
    expect(docs.map((d) => d.source)).toEqual(["article.txt", "no-such.txt", "corpus/b-wire.txt"]);
    expect(docs[1]).toEqual({ source: "no-such.txt", error: { code: "NOT_FOUND", message: "no such file or directory" } });
    expect(hasEntity(docs[0] as Doc, "PERSON", "Sergei Lavrov")).toBe(true);
  });

  it("a missing file in table format still prints the table of the others", () => {
    const r = newsner(["no-such.txt", "article.txt"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Sergei Lavrov");
    expect(r.err).toContain("newsner: no-such.txt: ");
  });

  it("prints no EPIPE stack trace when the reader goes away (newsner … | head -1)", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`f${String(i).padStart(3, "0")}.txt`] = SENTENCE;
    const many = makeTree(files);
    try {
      const r = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" . --format jsonl | head -1`], { cwd: many.root, encoding: "utf8", timeout: 60_000 });
      expect(r.stderr).toBe("");
      expect(r.stdout.split("\n")).toHaveLength(2);
      expect(JSON.parse(r.stdout).source).toBe("f000.txt");
    } finally {
      many.cleanup();
    }
  });
});
