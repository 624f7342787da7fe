import { describe, expect, it } from "vitest";
import { csvField, csvHeader, formatCsv, formatCsvRows } from "../../src/format/csv.js";
import { sampleResult } from "./sample.js";

// A minimal RFC 4180 reader, to check that what is written reads back as the same cells.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += ch;
  }
  return rows;
}

describe("csv format", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["", ""],
  ])("quotes %j as %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("writes a header and one row per entity, with CRLF line ends", () => {
    const out = formatCsv([sampleResult()]);
    expect(out.startsWith("source,id,type,name,aliases,mentions,attributes\r\n")).toBe(true);
    const rows = parseCsv(out);
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual(["article.txt", "e1", "PERSON", "Sergei Lavrov", "Lavrov", "2", "country=Russia; title=Foreign Minister"]);
    expect(rows[3]).toEqual([
      "article.txt",
      "e3",
      "ORGANIZATION",
      "North Atlantic Treaty Organization",
      "NATO",
      "1",
      "acronym=NATO; members=Belgium,France",
    ]);
    expect(out.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("with relations writes one row per relation, names beside ids, the first evidence flattened", () => {
    const out = formatCsv([sampleResult()], { relations: true });
    const rows = parseCsv(out);
    expect(rows[0]).toEqual(["source", "type", "subject_id", "subject", "object_id", "object", "role", "evidence_count", "evidence", "rule"]);
    expect(rows[1]!.slice(0, 8)).toEqual(["article.txt", "holds_role", "e1", "Sergei Lavrov", "e2", "Russia", "Foreign Minister", "1"]);
    expect(rows[1]![8]).toMatch(/^Russian Foreign Minister .* Central Asia\.$/);
  });

  it("reads back exactly with awkward values", () => {
    const doc = sampleResult();
    doc.entities[0]!.name = 'Sergei "the fox", Lavrov';
    doc.source = "dir/with,comma.txt";
    const rows = parseCsv(formatCsv([doc]));
    expect(rows[1]![0]).toBe("dir/with,comma.txt");
    expect(rows[1]![3]).toBe('Sergei "the fox", Lavrov');
  });

  it("writes no rows for a failed input, and the header only once for several inputs", () => {
    expect(formatCsvRows({ source: "x", error: { code: "NOT_FOUND", message: "no" } })).toBe("");
    const out = formatCsv([sampleResult("a.txt"), sampleResult("b.txt")]);
    expect(out.split(csvHeader())).toHaveLength(2);
    expect(parseCsv(out)).toHaveLength(9);
  });
});
