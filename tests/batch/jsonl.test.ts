import { describe, expect, it } from "vitest";
import { parseRecord, splitLines, type LineChunk } from "../../src/batch/jsonl.js";

async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield typeof p === "string" ? Buffer.from(p, "utf8") : p;
}

/** Every line as [line number, text] or [line number, "TOO_LARGE <size>"]. */
async function lines(stream: AsyncIterable<Uint8Array>, maxBytes?: number): Promise<[number, string][]> {
  const out: [number, string][] = [];
  for await (const chunk of splitLines(stream, maxBytes)) out.push(...linesOf(chunk));
  return out;
}

function linesOf(chunk: LineChunk): [number, string][] {
  return chunk.lines.map((l) =>
    "tooLarge" in l ? [l.line, `TOO_LARGE ${l.size}`] : [l.line, Buffer.from(chunk.bytes.subarray(l.start, l.end)).toString("utf8")],
  );
}

describe("splitLines", () => {
  it("numbers lines, drops CR before LF, skips blank lines and keeps a last line without a newline", async () => {
    expect(await lines(chunks('{"a":1}\r\n\n  \n{"b":2}\n{"c":3}'))).toEqual([
      [1, '{"a":1}'],
      [4, '{"b":2}'],
      [5, '{"c":3}'],
    ]);
  });

  it("joins a line split across chunks, whatever the split", async () => {
    const text = '{"id":"x","text":"Café — Zürich"}\n{"id":"y","text":"Москва"}\n';
    const bytes = Buffer.from(text, "utf8");
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await lines(chunks(bytes.subarray(0, cut), bytes.subarray(cut)))).toEqual([
        [1, '{"id":"x","text":"Café — Zürich"}'],
        [2, '{"id":"y","text":"Москва"}'],
      ]);
    }
  });

  it("yields the lines of each chunk as soon as that chunk arrives", async () => {
    const seen: number[] = [];
    for await (const chunk of splitLines(chunks("1\n2\n3", "\n4\n"))) seen.push(chunk.lines.length);
    expect(seen).toEqual([2, 2]);
  });

  it("drops a UTF-8 BOM before the first line", async () => {
    expect(await lines(chunks(new Uint8Array([0xef, 0xbb, 0xbf]), '{"a":1}\n'))).toEqual([[1, '{"a":1}']]);
  });

  it("reports a line over the limit in its place without keeping it", async () => {
    const long = "x".repeat(100);
    expect(await lines(chunks("short\n", long.slice(0, 40), long.slice(40), "\nafter\n"), 50)).toEqual([
      [1, "short"],
      [2, "TOO_LARGE 100"],
      [3, "after"],
    ]);
    expect(await lines(chunks("ok\n" + long), 50)).toEqual([
      [1, "ok"],
      [2, "TOO_LARGE 100"],
    ]);
  });

  it("counts consumed bytes, newlines included", async () => {
    let consumed = 0;
    for await (const chunk of splitLines(chunks("ab\ncd\r\n", "e"))) consumed += chunk.consumed;
    expect(consumed).toBe(8);
  });
});

describe("parseRecord", () => {
  const fields = { textField: "text", idField: "id" };

  it.each([
    ['{"id":"reuters-1","text":"Hello"}', { source: "reuters-1", text: "Hello" }],
    ['{"id":42,"text":"Hello"}', { source: "42", text: "Hello" }],
    ['{"text":"Hello"}', { source: "in.jsonl:3", text: "Hello" }],
    ['{"id":null,"text":"Hello"}', { source: "in.jsonl:3", text: "Hello" }],
    ['{"id":"a"}', { source: "a", error: { code: "BAD_RECORD", message: 'no "text" field' } }],
    ['{"id":"a","text":5}', { source: "a", error: { code: "BAD_RECORD", message: '"text" is not a string' } }],
    ["[1,2]", { source: "in.jsonl:3", error: { code: "BAD_RECORD", message: "not a JSON object" } }],
    ["{oops", { source: "in.jsonl:3", error: { code: "BAD_RECORD", message: "not valid JSON" } }],
  ])("%s", (line, expected) => {
    expect(parseRecord(line, fields, "in.jsonl:3")).toEqual(expected);
  });

  it("reads renamed fields", () => {
    expect(parseRecord('{"url":"http://x/1","body":"Hi"}', { textField: "body", idField: "url" }, "-:1")).toEqual({ source: "http://x/1", text: "Hi" });
  });
});
