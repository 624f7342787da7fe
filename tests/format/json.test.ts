import { describe, expect, it } from "vitest";
import { formatJson, formatJsonArray, formatJsonLine, formatRecords, type OutputRecord } from "../../src/format/index.js";
import type { DocumentResult } from "../../src/types.js";
import { sampleResult } from "./sample.js";

const missing: OutputRecord = { source: "gone.txt", error: { code: "NOT_FOUND", message: "no such file or directory" } };

describe("json format", () => {
  it("prints one object with the contract's keys, in the contract's order", () => {
    const out = formatJson(sampleResult());
    expect(out.endsWith("}\n")).toBe(true);
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(["source", "entities", "relations"]);
    expect(Object.keys(parsed.entities[0])).toEqual(["id", "type", "name", "aliases", "mentions", "attributes", "source"]);
    expect(Object.keys(parsed.entities[0].mentions[0])).toEqual(["start", "end", "text", "form"]);
    expect(parsed.entities[0]).toMatchObject({ id: "e1", type: "PERSON", name: "Sergei Lavrov", aliases: ["Lavrov"] });
    expect(parsed.relations[0]).toMatchObject({ type: "holds_role", subject: "e1", object: "e2", role: "Foreign Minister" });
  });

  it("is pretty-printed with two spaces", () => {
    const lines = formatJson(sampleResult()).split("\n");
    expect(lines[0]).toBe("{");
    expect(lines[1]).toBe('  "source": "article.txt",');
  });

  it("gives the same bytes whatever order the engine set fields in", () => {
    const a = sampleResult();
    const b = sampleResult();
    b.entities[0] = { source: a.entities[0]!.source, attributes: { title: "Foreign Minister", country: "Russia" }, mentions: a.entities[0]!.mentions, aliases: a.entities[0]!.aliases, name: a.entities[0]!.name, type: "PERSON", id: "e1" };
    a.entities[0]!.attributes = { country: "Russia", title: "Foreign Minister" };
    expect(formatJson(b)).toBe(formatJson(a));
    expect(formatJson(a)).toBe(formatJson(sampleResult()));
    expect(Object.keys(JSON.parse(formatJson(b)).entities[0].attributes)).toEqual(["country", "title"]);
  });

  it("leaves out a relation's role when it has none, and keeps the key order otherwise", () => {
    const doc = sampleResult();
    doc.relations = [{ type: "meets", subject: "e1", object: "e3", evidence: [{ start: 0, end: 5, text: "met" }], source: "rule:meets" }];
    expect(Object.keys(JSON.parse(formatJson(doc)).relations[0])).toEqual(["type", "subject", "object", "evidence", "source"]);
  });

  it("prints an array for several inputs, byte-identical to JSON.stringify(array, null, 2)", () => {
    const records = [sampleResult("a.txt"), missing, sampleResult("b.txt")];
    const out = formatJsonArray(records);
    expect(out).toBe(JSON.stringify(JSON.parse(out), null, 2) + "\n");
    const parsed = JSON.parse(out);
    expect(parsed.map((r: { source: string }) => r.source)).toEqual(["a.txt", "gone.txt", "b.txt"]);
    expect(parsed[1]).toEqual({ source: "gone.txt", error: { code: "NOT_FOUND", message: "no such file or directory" } });
    expect(formatJsonArray([])).toBe("[]\n");
  });

  it("chooses object or array by the single flag", () => {
    expect(JSON.parse(formatRecords("json", [sampleResult()], { colour: false }))).not.toBeInstanceOf(Array);
    expect(JSON.parse(formatRecords("json", [sampleResult()], { colour: false, single: false }))).toBeInstanceOf(Array);
  });

  it("prints an error record in place of a failed input", () => {
    expect(JSON.parse(formatJson(missing))).toEqual({ source: "gone.txt", error: { code: "NOT_FOUND", message: "no such file or directory" } });
  });
});

describe("jsonl format", () => {
  it("prints one compact object per line, one line per input", () => {
    const records: OutputRecord[] = [sampleResult("a.txt"), missing, sampleResult("b.txt")];
    const out = formatRecords("jsonl", records, { colour: false });
    const lines = out.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => JSON.parse(l).source)).toEqual(["a.txt", "gone.txt", "b.txt"]);
    expect(lines[0]).toBe(JSON.stringify(JSON.parse(lines[0]!)));
    expect(formatJsonLine(sampleResult())).toBe(lines[0]!.replace('"a.txt"', '"article.txt"') + "\n");
  });

  it("keeps a mention with a newline in its text on one line", () => {
    const doc: DocumentResult = sampleResult();
    doc.entities[0]!.mentions[0]!.text = "Sergei\nLavrov";
    const out = formatJsonLine(doc);
    expect(out.split("\n")).toHaveLength(2);
    expect(JSON.parse(out).entities[0].mentions[0].text).toBe("Sergei\nLavrov");
  });
});
