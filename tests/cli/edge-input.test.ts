// Awkward but legal input, one table row per case, through the whole command (bytes on
// standard input → JSON): the names are still found, and every offset counts code points
// of the decoded text, so `[...text].slice(start, end)` is the mention.
import { describe, expect, it } from "vitest";
import { dropBom } from "../../src/batch/decode.js";
import { run } from "../../src/cli/main.js";
import { fakeIO } from "./fake-io.js";

interface Doc {
  source: string;
  entities: { type: string; name: string; mentions: { start: number; end: number; text: string }[] }[];
  relations: { evidence: { start: number; end: number; text: string }[] }[];
  warnings?: { code: string; message: string }[];
  error?: { code: string; message: string };
}

async function newsner(args: string[], input: string | Uint8Array) {
  const io = fakeIO({ input });
  const code = await run(args, io);
  return { code, out: io.out, err: io.err };
}

// Offsets count code points after one leading BOM.
function expectOffsetsSlice(doc: Doc, input: string): void {
  const chars = [...dropBom(input)];
  for (const e of doc.entities) for (const m of e.mentions) expect(chars.slice(m.start, m.end).join(""), m.text).toBe(m.text);
  for (const r of doc.relations) for (const ev of r.evidence) expect(chars.slice(ev.start, ev.end).join("")).toBe(ev.text);
}

/** Code-point offset of the first `needle` in `text`. */
const at = (input: string, needle: string) => {
  const text = dropBom(input);
  return [...text.slice(0, text.indexOf(needle))].length;
};

const FILLER = "the committee said that talks would go on and that nothing had been agreed yet, ";
const LONG_LINE = "\u{1F4F0} " + FILLER.repeat(Math.ceil((10 * 1024 * 1024) / FILLER.length)) + "officials in Berlin said.";

describe("awkward text: names found, offsets in code points", () => {
  it.each<[string, string, string[]]>([
    ["CRLF line ends", "Mayor Anne Hidalgo spoke.\r\nOfficials in Berlin agreed.\r\n", ["Anne Hidalgo", "Berlin"]],
    ["lone CR line ends (old Mac)", "Mayor Anne Hidalgo spoke.\rOfficials in Berlin agreed.\r", ["Anne Hidalgo", "Berlin"]],
    ["tabs", "\tOfficials in\tBerlin agreed.\n\tMayor Anne Hidalgo spoke.", ["Berlin", "Anne Hidalgo"]],
    ["non-breaking spaces", "Officials\u00a0in\u00a0Berlin agreed with Mayor Anne Hidalgo.", ["Berlin", "Anne Hidalgo"]],
    ["zero-width spaces and joiners", "\u200bOfficials in\u200b Berlin agreed.\u200d Mayor Anne Hidalgo\u2060 spoke.", ["Berlin", "Anne Hidalgo"]],
    ["emoji and flags before the names", "\u{1F1EB}\u{1F1F7}\u{1F389} Mayor Anne Hidalgo spoke \u{1F600} in Berlin.", ["Anne Hidalgo", "Berlin"]],
    ["astral letters (math bold) and combining marks", "\u{1D400}\u{1D401} Zoe\u0308 said officials in Berlin agreed.", ["Berlin"]],
    ["a BOM inside the text", "Officials\uFEFF in Berlin agreed.", ["Berlin"]],
    ["two BOMs at the start: one is dropped, the second counts", "\uFEFF\uFEFFOfficials in Berlin agreed.", ["Berlin"]],
    ["curly quotes and dashes", "\u201cWe agree,\u201d officials in Berlin said \u2014 Mayor Anne Hidalgo too.", ["Berlin", "Anne Hidalgo"]],
    ["10 MB on one line, an emoji first", LONG_LINE, ["Berlin"]],
  ])("%s", async (_name, text, names) => {
    const r = await newsner(["--format", "json"], text);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const doc = JSON.parse(r.out) as Doc;
    expectOffsetsSlice(doc, text);
    for (const name of names) {
      const starts = doc.entities.flatMap((e) => e.mentions.filter((m) => m.text === name).map((m) => m.start));
      expect(starts, name).toContain(at(text, name));
    }
  }, 60_000);
});

describe("empty input is an empty result, exit 0", () => {
  it.each<[string, string | Uint8Array]>([
    ["nothing", ""],
    ["a UTF-8 BOM only", "\uFEFF"],
    ["a UTF-16 BOM only", new Uint8Array([0xff, 0xfe])],
    ["whitespace only", " \r\n\t\u00a0\n"],
  ])("%s", async (_name, input) => {
    const json = await newsner(["--format", "json"], input);
    expect(json).toEqual({ code: 0, out: JSON.stringify({ source: "-", entities: [], relations: [] }, null, 2) + "\n", err: "" });
    const table = await newsner(["--no-color"], input);
    expect(table.code).toBe(0);
    expect(table.out).toContain("- (stdin)  0 entities, 0 relations");
  });
});

describe("malformed JSON lines: an error record for that line, and the stream goes on", () => {
  const good = (id: string) => JSON.stringify({ id, text: "Officials in Berlin agreed." });
  const invalidUtf8 = Buffer.concat([Buffer.from('{"id":"latin","text":"Caf'), Buffer.from([0xe9]), Buffer.from(' owners in Berlin agreed."}')]);
  const lines: (string | Buffer)[] = [
    good("first"),
    "{not json",
    '{"id":"no-text"}',
    '{"id":"number","text":42}',
    '{"id":"null-text","text":null}',
    "[1, 2, 3]",
    '"just a string"',
    "null",
    "",
    "   ",
    invalidUtf8,
    JSON.stringify({ id: "huge", text: "x".repeat(5000) }),
    '{"id": "trailing", "text": "Officials in Berlin agreed."} garbage',
    good("last-without-newline"),
  ];
  const input = Buffer.concat(lines.map((l, i) => Buffer.concat([Buffer.from(l), Buffer.from(i < lines.length - 1 ? "\n" : "")])));

  it.each([["1"], ["3"]])("--jobs %s", async (jobs) => {
    const r = await newsner(["--input", "jsonl", "--max-bytes", "4k", "--jobs", jobs], input);
    expect(r.code).toBe(1);
    const docs = r.out.trimEnd().split("\n").map((l) => JSON.parse(l) as Doc);
    expect(docs.map((d) => [d.source, d.error?.code ?? (d.warnings ? d.warnings[0]!.code : "ok")])).toEqual([
      ["first", "ok"],
      ["-:2", "BAD_RECORD"],
      ["no-text", "BAD_RECORD"],
      ["number", "BAD_RECORD"],
      ["null-text", "BAD_RECORD"],
      ["-:6", "BAD_RECORD"],
      ["-:7", "BAD_RECORD"],
      ["-:8", "BAD_RECORD"],
      ["latin", "INVALID_UTF8"],
      ["-:12", "TOO_LARGE"],
      ["-:13", "BAD_RECORD"],
      ["last-without-newline", "ok"],
    ]);
    const latin = docs[8]!;
    expect(latin.entities.map((e) => e.name)).toContain("Berlin");
    expect(r.err.split("\n").filter((l) => l !== "")).toHaveLength(10);
    expect(r.err).toContain("newsner: latin: warning: 1 invalid UTF-8 sequence replaced with U+FFFD");
    expect(r.err).toContain('newsner: no-text: no "text" field');
  });
});
