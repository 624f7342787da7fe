import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { decode, looksLikeText, readFileBounded, readInput, resolveInputs, stdinReader } from "../../src/cli/inputs.js";
import { makeTree, PNG_BYTES } from "./tmp.js";

const tree = makeTree({
  "corpus/b.txt": "Second story.",
  "corpus/a/nested.md": "# Nested\n",
  "corpus/a/deeper/story": "An extension-less text file.\n",
  "corpus/a/deeper/Z.TXT": "Upper-case extension.",
  "corpus/blob": new Uint8Array([0x41, 0x00, 0x42, 0x00]),
  "corpus/image.png": PNG_BYTES,
  "corpus/latin1": new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x64, 0x65]),
  "corpus/notes.json": "{}",
  "corpus/page.html": "<p>Not taken</p>",
  "corpus/.hidden.txt": "hidden",
  "corpus/.git/HEAD.txt": "hidden folder",
  "empty/.keep": "",
  "single.txt": "One file.",
  "picture.bin": PNG_BYTES,
  "bom.txt": new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("Café au lait")]),
});
afterAll(() => tree.cleanup());

describe("resolveInputs", () => {
  it("reads stdin when no path is given", async () => {
    expect(await resolveInputs([], tree.root)).toEqual({ inputs: [{ kind: "stdin", source: "-" }], single: true });
    expect(await resolveInputs(["-"], tree.root)).toEqual({ inputs: [{ kind: "stdin", source: "-" }], single: true });
  });

  it("walks a folder recursively in sorted order, taking only text files", async () => {
    const { inputs, single } = await resolveInputs(["corpus"], tree.root);
    expect(single).toBe(false);
    expect(inputs.map((i) => i.source)).toEqual(["corpus/a/deeper/Z.TXT", "corpus/a/deeper/story", "corpus/a/nested.md", "corpus/b.txt", "corpus/latin1"]);
    expect(inputs.every((i) => i.kind === "file")).toBe(true);
  });

  it("keeps the folder as the user wrote it in each source", async () => {
    const { inputs } = await resolveInputs(["corpus/"], tree.root);
    expect(inputs[0]!.source).toBe("corpus/a/deeper/Z.TXT");
    const absolute = await resolveInputs([`${tree.root}/corpus/a`], "/");
    expect(absolute.inputs.map((i) => i.source)).toEqual([`${tree.root}/corpus/a/deeper/Z.TXT`, `${tree.root}/corpus/a/deeper/story`, `${tree.root}/corpus/a/nested.md`]);
  });

  it("keeps command-line order across paths and marks missing ones as errors in place", async () => {
    const { inputs, single } = await resolveInputs(["single.txt", "missing.txt", "-", "corpus/a/nested.md"], tree.root);
    expect(single).toBe(false);
    expect(inputs).toEqual([
      { kind: "file", source: "single.txt", path: `${tree.root}/single.txt`, size: 9, rel: "single.txt" },
      { kind: "error", source: "missing.txt", error: { code: "NOT_FOUND", message: "no such file or directory" } },
      { kind: "stdin", source: "-" },
      { kind: "file", source: "corpus/a/nested.md", path: `${tree.root}/corpus/a/nested.md`, size: 9, rel: "nested.md" },
    ]);
  });

  it("takes a file named on the command line whatever its extension", async () => {
    const { inputs, single } = await resolveInputs(["corpus/notes.json"], tree.root);
    expect(single).toBe(true);
    expect(inputs).toEqual([{ kind: "file", source: "corpus/notes.json", path: `${tree.root}/corpus/notes.json`, size: 2, rel: "notes.json" }]);
  });

  it("yields nothing for a folder without text files", async () => {
    expect(await resolveInputs(["empty"], tree.root)).toEqual({ inputs: [], single: false });
  });
});

describe("readInput", () => {
  const noStdin = () => Promise.reject(new Error("stdin not expected"));

  it("reads a file and drops a UTF-8 BOM", async () => {
    const { inputs } = await resolveInputs(["bom.txt"], tree.root);
    expect(await readInput(inputs[0]!, noStdin)).toEqual({ text: "Café au lait" });
  });

  it("turns a binary file into a NOT_TEXT error", async () => {
    const { inputs } = await resolveInputs(["picture.bin"], tree.root);
    const read = await readInput(inputs[0]!, noStdin);
    expect(read).toEqual({ error: { code: "NOT_TEXT", message: expect.stringContaining("not a text file") } });
  });

  it("passes a resolution error through", async () => {
    const { inputs } = await resolveInputs(["nope"], tree.root);
    expect(await readInput(inputs[0]!, noStdin)).toEqual({ error: { code: "NOT_FOUND", message: "no such file or directory" } });
  });

  it("reads stdin once, however often - is named", async () => {
    let reads = 0;
    const stream = Readable.from([Buffer.from("\uFEFFRussian "), "text"]);
    const read = stdinReader({ async *[Symbol.asyncIterator]() { reads++; yield* stream; } });
    expect(await readInput({ kind: "stdin", source: "-" }, read)).toEqual({ text: "Russian text" });
    expect(await readInput({ kind: "stdin", source: "-" }, read)).toEqual({ text: "Russian text" });
    expect(reads).toBe(1);
  });
});

describe("readFileBounded", () => {
  const big = "Reuters reported from Nairobi. ".repeat(5000); // larger than the 64 KB scratch buffer
  const files = makeTree({ "small.txt": "One line.\n", "big.txt": big, "empty.txt": "" });
  afterAll(() => files.cleanup());

  it.each([
    ["small.txt", "One line.\n"],
    ["big.txt", big],
    ["empty.txt", ""],
  ])("%s: exactly its bytes, in a buffer of its own", (name, text) => {
    const bytes = readFileBounded(`${files.root}/${name}`)!;
    expect(Buffer.from(bytes).toString("utf8")).toBe(text);
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.length);
  });

  it("undefined past maxBytes", () => {
    expect(readFileBounded(`${files.root}/big.txt`, big.length - 1)).toBeUndefined();
    expect(readFileBounded(`${files.root}/big.txt`, big.length)?.length).toBe(big.length);
  });

  // /proc files report size 0 and are read on past their fstat size.
  it.skipIf(!existsSync("/proc/self/status"))("a file that reports no size is read to its end", () => {
    const text = Buffer.from(readFileBounded("/proc/self/status")!).toString("utf8");
    expect(text).toMatch(/^Name:/);
    expect(text).toMatch(/VmRSS:/);
    expect(readFileBounded("/proc/self/status", 10)).toBeUndefined();
  });
});

describe("decode and looksLikeText", () => {
  it.each([
    ["UTF-8 with BOM", [0xef, 0xbb, 0xbf, 0x41, 0xe2, 0x80, 0x99], "A\u2019"],
    ["UTF-8 without BOM", [0x41, 0xc2, 0xa0, 0x42, 0x0d, 0x0a], "A\u00a0B\r\n"],
    ["UTF-16LE with BOM", [0xff, 0xfe, 0x41, 0x00, 0x42, 0x00], "AB"],
    ["UTF-16BE with BOM", [0xfe, 0xff, 0x00, 0x41, 0x00, 0x42], "AB"],
    ["Latin-1 (not valid UTF-8): each bad byte becomes U+FFFD", [0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x41, 0x94], "Caf\ufffd \ufffdA\ufffd"],
  ])("decodes %s", (_name, bytes, text) => {
    expect(decode(new Uint8Array(bytes))).toBe(text);
  });

  it.each([
    ["ASCII", [0x41, 0x42], true],
    ["UTF-8", [0x43, 0x61, 0x66, 0xc3, 0xa9], true],
    ["Latin-1", [0x43, 0x61, 0x66, 0xe9, 0x20], true],
    ["UTF-16LE with BOM", [0xff, 0xfe, 0x41, 0x00], true],
    ["NUL byte", [0x41, 0x00, 0x42], false],
    ["PNG header", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], false],
  ])("%s is text: %s", (_name, bytes, expected) => {
    expect(looksLikeText(new Uint8Array(bytes))).toBe(expected);
  });
});
