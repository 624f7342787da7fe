// A folder with every kind of broken input beside good ones, run through the whole
// command in-process (and once as a real process): one record per input, in order, the
// failed ones with their error code, the same line on standard error, exit code 1.
import { spawnSync } from "node:child_process";
import { chmodSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { decode } from "../../src/batch/decode.js";
import { describeError } from "../../src/cli/inputs.js";
import { run } from "../../src/cli/main.js";
import { fakeIO } from "./fake-io.js";
import { makeTree, PNG_BYTES } from "./tmp.js";

const BIN = fileURLToPath(new URL("../../bin/newsner.js", import.meta.url));

const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
const utf16be = (text: string) => new Uint8Array([0xfe, 0xff, ...Buffer.from(text, "utf16le").swap16()]);
const noise = (() => {
  let seed = 11;
  return new Uint8Array(3000).map(() => (((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) & 0xff) || 1);
})();

// Each kind of input: the file, and what its record must be.
type Expect = { error: string } | { finds: string[]; warning?: RegExp };
const FILES: [string, string | Uint8Array, Expect][] = [
  ["a-good.txt", "Chancellor Olaf Scholz met President Emmanuel Macron in Berlin on Tuesday.\n", { finds: ["Olaf Scholz", "Emmanuel Macron", "Berlin"] }],
  ["b-crlf.txt", "Mayor Anne Hidalgo opened the fair.\r\nOfficials in Lyon welcomed it.\r\n", { finds: ["Anne Hidalgo", "Lyon"] }],
  ["c-utf16le.txt", utf16le("Prime Minister Keir Starmer flew to Ottawa.\n"), { finds: ["Keir Starmer", "Ottawa"] }],
  ["d-utf16be.txt", utf16be("Protesters gathered in Nairobi on Friday.\n"), { finds: ["Nairobi"] }],
  ["e-bom.txt", "\uFEFFThe talks in Geneva ended late.\n", { finds: ["Geneva"] }],
  ["f-latin1.txt", new Uint8Array([...Buffer.from("Le caf"), 0xe9, ...Buffer.from(" owner said officials in Madrid agreed.\n")]), { finds: ["Madrid"], warning: /^1 invalid UTF-8 sequence replaced with U\+FFFD \(the first at byte offset 6\)$/ }],
  ["g-empty.txt", "", { finds: [] }],
  ["h-photo.txt", PNG_BYTES, { error: "NOT_TEXT" }],
  ["i-noise.txt", noise, { error: "NOT_TEXT" }],
  ["j-huge.txt", "Officials in Rome said so. ".repeat(200), { error: "TOO_LARGE" }],
  ["k-good.md", "Analysts in Tokyo expect the Bank of Japan to hold rates.\n", { finds: ["Tokyo"] }],
];
const MAX_BYTES = "4k";

const tree = makeTree(Object.fromEntries(FILES.map(([name, contents]) => [`hostile/${name}`, contents])));
afterAll(() => tree.cleanup());

interface Doc {
  source: string;
  entities?: { mentions: { start: number; end: number; text: string }[] }[];
  relations?: { evidence: { start: number; end: number; text: string }[] }[];
  warnings?: { code: string; message: string }[];
  error?: { code: string; message: string };
}

async function newsner(args: string[]) {
  const io = fakeIO({ cwd: tree.root });
  const code = await run(args, io);
  return { code, out: io.out, err: io.err };
}

/** Every mention and evidence slices the decoded text, in code points, to its own text. */
function expectOffsetsSlice(doc: Doc, text: string): void {
  const chars = [...text];
  for (const e of doc.entities ?? []) for (const m of e.mentions) expect(chars.slice(m.start, m.end).join("")).toBe(m.text);
  for (const r of doc.relations ?? []) for (const ev of r.evidence) expect(chars.slice(ev.start, ev.end).join("")).toBe(ev.text);
}

describe("a hostile folder: one record per input, record by record", () => {
  const args = ["hostile", "missing.txt", "--format", "jsonl", "--max-bytes", MAX_BYTES];

  it("--format jsonl: each good file's entities, each broken one's error code, in order; exit 1", async () => {
    const r = await newsner([...args, "--jobs", "1"]);
    expect(r.code).toBe(1);
    const docs = r.out.trimEnd().split("\n").map((l) => JSON.parse(l) as Doc);
    const expected: [string, Expect][] = [...FILES.map(([name, , want]): [string, Expect] => [path.join("hostile", name), want]), ["missing.txt", { error: "NOT_FOUND" }]];
    expect(docs.map((d) => d.source)).toEqual(expected.map(([source]) => source));
    docs.forEach((doc, i) => {
      const want = expected[i]![1];
      if ("error" in want) {
        expect(doc.error?.code, doc.source).toBe(want.error);
        expect(Object.keys(doc)).toEqual(["source", "error"]);
        return;
      }
      expect(doc.error, doc.source).toBeUndefined();
      const names = doc.entities!.flatMap((e) => e.mentions.map((m) => m.text));
      for (const name of want.finds) expect(names, doc.source).toContain(name);
      if (want.warning) {
        expect(doc.warnings).toHaveLength(1);
        expect(doc.warnings![0]!.code).toBe("INVALID_UTF8");
        expect(doc.warnings![0]!.message).toMatch(want.warning);
      } else {
        expect(doc.warnings, doc.source).toBeUndefined();
      }
      expectOffsetsSlice(doc, decode(readFileSync(path.join(tree.root, doc.source))));
    });
  });

  it("standard error has one `newsner: path: message` line per failure and per warning", async () => {
    const r = await newsner([...args, "--jobs", "1"]);
    const lines = r.err.trimEnd().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(/^newsner: hostile\/f-latin1\.txt: warning: 1 invalid UTF-8 sequence replaced/),
      "newsner: hostile/h-photo.txt: not a text file (it has NUL bytes)",
      "newsner: hostile/i-noise.txt: not a text file (mostly bytes that are not UTF-8 or UTF-16 text)",
      "newsner: hostile/j-huge.txt: larger than --max-bytes (4096 bytes)",
      "newsner: missing.txt: no such file or directory",
    ]);
    // Each failure's stderr message is its record's message.
    for (const doc of r.out.trimEnd().split("\n").map((l) => JSON.parse(l) as Doc)) {
      if (doc.error) expect(lines).toContain(`newsner: ${doc.source}: ${doc.error.message}`);
    }
  });

  it("--jobs 3 prints byte for byte what --jobs 1 prints, and a second run the same again", async () => {
    const one = await newsner([...args, "--jobs", "1"]);
    const three = await newsner([...args, "--jobs", "3"]);
    const again = await newsner([...args, "--jobs", "1"]);
    expect(three).toEqual(one);
    expect(again).toEqual(one);
  });

  it("--format json is an array of as many records as inputs", async () => {
    const r = await newsner(["hostile", "missing.txt", "--format", "json", "--max-bytes", MAX_BYTES, "--jobs", "1"]);
    const docs = JSON.parse(r.out) as Doc[];
    expect(docs).toHaveLength(FILES.length + 1);
    expect(docs.filter((d) => d.error).map((d) => d.error!.code)).toEqual(["NOT_TEXT", "NOT_TEXT", "TOO_LARGE", "NOT_FOUND"]);
  });

  it("the table lists the failed inputs after the tables, with their codes", async () => {
    const r = await newsner(["hostile", "missing.txt", "--max-bytes", MAX_BYTES, "--jobs", "1", "--no-color"]);
    expect(r.code).toBe(1);
    const failedAt = r.out.indexOf("failed  4 inputs\n");
    expect(failedAt).toBeGreaterThan(r.out.lastIndexOf("hostile/k-good.md  "));
    const rows = r.out.slice(failedAt).split("\n").filter((l) => l.startsWith("│") && !l.includes("│ source"));
    expect(rows.map((l) => l.split("│").map((c) => c.trim()).slice(1, 3))).toEqual([
      ["hostile/h-photo.txt", "NOT_TEXT"],
      ["hostile/i-noise.txt", "NOT_TEXT"],
      ["hostile/j-huge.txt", "TOO_LARGE"],
      ["missing.txt", "NOT_FOUND"],
    ]);
  });

  it("no failure table when every input was read", async () => {
    const r = await newsner(["hostile/a-good.txt", "hostile/g-empty.txt", "--no-color"]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("failed");
  });
});

// PERMISSION_DENIED needs a file the process cannot read. A non-root run makes one with
// chmod 000; root reads it anyway (CAP_DAC_OVERRIDE), so as root the real command runs as
// user `nobody` (uid 65534) instead, and the case is skipped only where that is not possible
// (a sandbox without setuid, or a checkout nobody cannot read). The errno mapping itself
// is checked always.
describe("PERMISSION_DENIED", () => {
  it("EACCES and EPERM are PERMISSION_DENIED", () => {
    for (const code of ["EACCES", "EPERM"]) {
      expect(describeError(Object.assign(new Error("x"), { code }))).toEqual({ code: "PERMISSION_DENIED", message: "permission denied" });
    }
  });

  const root = process.getuid?.() === 0;
  // (nobody must also be able to read the checkout: not so in a clone below a 0700 folder)
  const asNobody = root && spawnSync(process.execPath, [BIN, "--version"], { uid: 65534, gid: 65534, timeout: 30_000 }).status === 0;

  it.skipIf(root && !asNobody)("an unreadable file named on the command line, and one met in a folder", async () => {
    const t = makeTree({ "locked/secret.txt": "Officials in Rome said so.\n", "locked/open.txt": "Officials in Oslo said so.\n", "alone.txt": "x" });
    try {
      chmodSync(path.join(t.root, "locked/secret.txt"), 0o000);
      chmodSync(path.join(t.root, "alone.txt"), 0o000);
      const argv = ["locked", "alone.txt", "--format", "jsonl", "--jobs", "1"];
      let code: number | null;
      let out: string;
      let err: string;
      if (root) {
        chmodSync(t.root, 0o755); // mkdtemp makes it 0700
        const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: t.root, uid: 65534, gid: 65534, encoding: "utf8", timeout: 60_000 });
        ({ status: code, stdout: out, stderr: err } = r);
      } else {
        const io = fakeIO({ cwd: t.root });
        code = await run(argv, io);
        ({ out, err } = io);
      }
      expect(code).toBe(1);
      const docs = out.trimEnd().split("\n").map((l) => JSON.parse(l) as Doc);
      expect(docs.map((d) => [d.source, d.error?.code])).toEqual([
        ["locked/open.txt", undefined],
        ["locked/secret.txt", "PERMISSION_DENIED"],
        ["alone.txt", "PERMISSION_DENIED"],
      ]);
      expect(err).toBe("newsner: locked/secret.txt: permission denied\nnewsner: alone.txt: permission denied\n");
    } finally {
      t.cleanup();
    }
  });
});
