// The whole CLI driven in-process through run(argv, io): no child process, no real stdout.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { fakeIO } from "./fake-io.js";
import { makeTree } from "./tmp.js";

const SENTENCE = "Russian Foreign Minister Sergei Lavrov met NATO officials in Brussels.";
const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
const ANSI = /\u001b\[/;

const tree = makeTree({
  "one.txt": SENTENCE,
  "two.txt": "President Emomali Rahmon of Tajikistan spoke in Dushanbe.",
  "orgs.tsv": "# invented organizations for a test\nname\ttype\taliases\tattributes\nQuorvex Dynamics\tORGANIZATION\tQuorvex\tkind=company\n",
  "bad.tsv": "# a broken file\nname\ttype\taliases\tattributes\nQuorvex Dynamics\tORGANIZATION\t\t\nNowhere Thing\tWIDGET\t\t\n",
});
afterAll(() => tree.cleanup());

describe("run(argv, io): options that need no extraction", () => {
  it("prints the package version", async () => {
    const io = fakeIO();
    expect(await run(["--version"], io)).toBe(0);
    expect(io.out).toBe(`${VERSION}\n`);
  });

  it("shows every option, with examples, on --help", async () => {
    const io = fakeIO();
    expect(await run(["--help"], io)).toBe(0);
    for (const text of ["extract", "eval", "--format", "--types", "--gazetteer", "--tagger", "--output", "--version", "Examples:", "Exit codes"]) {
      expect(io.out).toContain(text);
    }
    expect(io.err).toBe("");
  });

  it.each([
    [["--frobnicate"], "unknown option '--frobnicate'"],
    [["extract", "--format", "xml"], "'xml' is invalid"],
    [["--types", "PERSON,GADGET"], 'unknown type "GADGET"'],
    [["--gazetteer"], "argument missing"],
  ])("exits 2 on the usage error %j", async (argv, message) => {
    const io = fakeIO({ input: SENTENCE });
    expect(await run(argv, io)).toBe(2);
    expect(io.err).toContain(message);
    expect(io.err.startsWith("newsner: ")).toBe(true);
    expect(io.out).toBe("");
  });

  it("exits 2 naming a --gazetteer file that does not exist", async () => {
    const io = fakeIO({ input: SENTENCE, cwd: tree.root });
    expect(await run(["--gazetteer", "absent.tsv"], io)).toBe(2);
    expect(io.err).toBe("newsner: absent.tsv: no such gazetteer file\n");
  });
});

describe("run(argv, io): extraction", () => {
  it("reads stdin when no path is given and prints a table without colour off a terminal", async () => {
    const io = fakeIO({ input: SENTENCE });
    expect(await run([], io)).toBe(0);
    expect(io.out).toContain("Sergei Lavrov");
    expect(io.out).toContain("PERSON");
    expect(io.out).not.toMatch(ANSI);
  });

  it("colours the table on a terminal, and not when NO_COLOR is set", async () => {
    const tty = fakeIO({ input: SENTENCE, isTTY: true });
    await run([], tty);
    expect(tty.out).toMatch(ANSI);
    const noColour = fakeIO({ input: SENTENCE, isTTY: true, env: { NO_COLOR: "1" } });
    await run([], noColour);
    expect(noColour.out).not.toMatch(ANSI);
  });

  it("prints one JSON object for stdin, with source -", async () => {
    const io = fakeIO({ input: SENTENCE });
    expect(await run(["extract", "--format", "json"], io)).toBe(0);
    const doc = JSON.parse(io.out);
    expect(doc.source).toBe("-");
    expect(doc.entities.some((e: { type: string; name: string }) => e.type === "PERSON" && e.name === "Sergei Lavrov")).toBe(true);
  });

  it("resolves paths against io.cwd and prints an array for several files", async () => {
    const io = fakeIO({ cwd: tree.root });
    expect(await run(["one.txt", "two.txt", "-f", "json"], io)).toBe(0);
    const docs = JSON.parse(io.out);
    expect(docs.map((d: { source: string }) => d.source)).toEqual(["one.txt", "two.txt"]);
  });

  it("keeps only the asked-for types", async () => {
    const io = fakeIO({ input: SENTENCE });
    expect(await run(["--types", "person", "--format", "json"], io)).toBe(0);
    const doc = JSON.parse(io.out);
    expect(doc.entities.length).toBeGreaterThan(0);
    expect(doc.entities.every((e: { type: string }) => e.type === "PERSON")).toBe(true);
  });

  it("adds the entries of a user gazetteer", async () => {
    const io = fakeIO({ input: "Shares in Quorvex Dynamics rose on Tuesday.", cwd: tree.root });
    expect(await run(["--gazetteer", "orgs.tsv", "--format", "json"], io)).toBe(0);
    const doc = JSON.parse(io.out);
    expect(doc.entities).toContainEqual(expect.objectContaining({ type: "ORGANIZATION", name: "Quorvex Dynamics" }));
  });

  it("exits 2 with file:line for a malformed gazetteer, before reading any input", async () => {
    const io = fakeIO({ input: SENTENCE, cwd: tree.root });
    expect(await run(["--gazetteer", "bad.tsv", "one.txt"], io)).toBe(2);
    expect(io.err).toMatch(/^newsner: bad\.tsv:4: .+\n$/);
    expect(io.out).toBe("");
  });

  it("reports a missing file on stderr and in the output, still printing the others, and exits 1", async () => {
    const io = fakeIO({ cwd: tree.root });
    expect(await run(["one.txt", "missing.txt", "two.txt", "--format", "jsonl"], io)).toBe(1);
    const lines = io.out.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source)).toEqual(["one.txt", "missing.txt", "two.txt"]);
    expect(lines[1]).toEqual({ source: "missing.txt", error: { code: "NOT_FOUND", message: "no such file or directory" } });
    expect(lines[0].entities.length).toBeGreaterThan(0);
    expect(io.err).toBe("newsner: missing.txt: no such file or directory\n");
  });

  it("stops early once stdout is closed", async () => {
    const io = fakeIO({ cwd: tree.root });
    let writes = 0;
    io.stdout = () => void writes++;
    io.stdoutClosed = () => writes > 0;
    expect(await run(["one.txt", "two.txt", "one.txt", "--format", "jsonl"], io)).toBe(0);
    expect(writes).toBe(1);
  });
});
