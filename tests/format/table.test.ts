import { describe, expect, it } from "vitest";
import { formatAttributes, formatRecords, formatTable, snippet, TYPE_COLOURS } from "../../src/format/index.js";
import { ENTITY_TYPES } from "../../src/types.js";
import { sampleResult } from "./sample.js";

const ANSI = /\u001b\[/;

describe("table format", () => {
  it("heads the table with the source and lists every entity's name, type and details", () => {
    const out = formatTable(sampleResult(), { colour: false });
    expect(out.split("\n")[0]).toBe("article.txt  4 entities, 1 relation");
    for (const header of ["type", "name", "aliases", "mentions", "attributes", "source"]) expect(out).toContain(header);
    for (const text of ["Sergei Lavrov", "Russia", "Brussels", "PERSON", "ORGANIZATION", "gazetteers/orgs.tsv:57", "country=Russia"]) {
      expect(out).toContain(text);
    }
    const lavrovRow = out.split("\n").find((l) => l.includes("Sergei Lavrov"))!;
    expect(lavrovRow).toMatch(/│ Lavrov\s+│ 2\s+│/);
  });

  it("has no escape codes when colour is off, and colours types when it is on", () => {
    expect(formatTable(sampleResult(), { colour: false })).not.toMatch(ANSI);
    const coloured = formatTable(sampleResult(), { colour: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain("\u001b[36mPERSON\u001b[39m");
    expect(coloured).toContain("\u001b[35mORGANIZATION\u001b[39m");
  });

  it("gives each type its own colour", () => {
    expect(new Set(ENTITY_TYPES.map((t) => TYPE_COLOURS[t])).size).toBe(ENTITY_TYPES.length);
  });

  it("adds a relation table with names, type and role, and a short evidence snippet", () => {
    const out = formatTable(sampleResult(), { colour: false });
    const row = out.split("\n").find((l) => l.includes("holds_role"))!;
    expect(row).toContain("Sergei Lavrov");
    expect(row).toContain("holds_role (Foreign Minister)");
    expect(row).toContain("Russia");
    expect(row).toContain("…");
    expect(row).not.toContain("Central Asia");
  });

  it("prints no relation table when there are no relations", () => {
    const doc = sampleResult();
    doc.relations = [];
    expect(formatTable(doc, { colour: false })).not.toContain("evidence");
  });

  it("says so when a document has no entities", () => {
    const out = formatTable({ source: "-", entities: [], relations: [] }, { colour: false });
    expect(out).toBe("- (stdin)  0 entities, 0 relations\n(no entities)\n");
  });

  it("prints nothing on stdout for a failed input (the CLI reports it on stderr)", () => {
    expect(formatTable({ source: "x", error: { code: "NOT_FOUND", message: "no such file or directory" } }, { colour: false })).toBe("");
  });

  it("separates several documents with a blank line", () => {
    const out = formatRecords("table", [sampleResult("a.txt"), sampleResult("b.txt")], { colour: false });
    expect(out).toContain("┘\n\nb.txt  4 entities");
    expect(out.startsWith("a.txt")).toBe(true);
  });

  it("is deterministic", () => {
    expect(formatTable(sampleResult(), { colour: true })).toBe(formatTable(sampleResult(), { colour: true }));
  });
});

describe("table helpers", () => {
  it.each([
    [{}, ""],
    [{ country: "Belgium" }, "country=Belgium"],
    [{ title: "Gen.", acronym: "NATO", members: ["BE", "FR"], rank: 2 }, "acronym=NATO, members=BE|FR, rank=2, title=Gen."],
  ])("attributes %j → %s", (attrs, expected) => {
    expect(formatAttributes(attrs)).toBe(expected);
  });

  it.each([
    ["short text", 20, "short text"],
    ["  spaced\n\tout   text ", 20, "spaced out text"],
    ["abcdefghij", 10, "abcdefghij"],
    ["abcdefghijk", 10, "abcdefghi…"],
    ["one two three four", 9, "one two…"],
    ["🙂🙂🙂🙂🙂", 4, "🙂🙂🙂…"],
  ])("snippet(%j, %d) → %j", (text, max, expected) => {
    expect(snippet(text, max)).toBe(expected);
  });
});
