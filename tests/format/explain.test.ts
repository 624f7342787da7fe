import { describe, expect, it } from "vitest";
import { explainEntity } from "../../src/format/explain.js";
import { formatJson } from "../../src/format/json.js";
import { fitColumns, formatTable } from "../../src/format/table.js";
import { extract } from "../../src/index.js";
import { sampleResult } from "./sample.js";

// Invented names, so the rules (not the gazetteers) make the mentions and the merges.
const TEXT =
  "Foreign Minister Darvel Quennick of Russia met officials of the Brenmark Harbour Authority (BHA). " +
  "Quennick said the BHA would answer. Russian officials agreed.";

function why(text: string, name: string): Array<[string, string, string]> {
  const entity = extract(text, { explain: true }).entities.find((e) => e.name === name)!;
  return explainEntity(entity).map((x) => [x.mention.text, x.source, x.why]);
}

describe("--explain", () => {
  it("gives each mention its source and says why it joined its entity", () => {
    expect(why(TEXT, "Darvel Quennick")).toEqual([
      ["Darvel Quennick", "rule:title-before-name", "the entity's own name"],
      ["Quennick", expect.stringMatching(/^rule:/), 'surname of "Darvel Quennick" at offset 17'],
    ]);
    const bha = why(TEXT, "Brenmark Harbour Authority");
    expect(bha[1]).toEqual(["BHA", "rule:acronym-definition", 'acronym defined at offset 92, after "Brenmark Harbour Authority"']);
    expect(bha[2]![2]).toBe('repeats "BHA" at offset 92');
    const russia = why(TEXT, "Russia");
    expect(russia[1]).toEqual(["Russian", expect.stringMatching(/^gazetteers\/.*\.tsv:\d+$/), "gazetteer demonym"]);
  });

  it("leaves the default result and JSON without sources", () => {
    const plain = extract(TEXT);
    for (const e of plain.entities) for (const m of e.mentions) expect(m).not.toHaveProperty("source");
    const explained = extract(TEXT, { explain: true });
    const stripped = { ...explained, entities: explained.entities.map((e) => ({ ...e, mentions: e.mentions.map(({ source: _s, ...m }) => m) })) };
    expect(formatJson(stripped)).toBe(formatJson(plain));
  });

  it("adds source and why after form in each JSON mention", () => {
    const json = JSON.parse(formatJson(extract(TEXT, { explain: true })));
    expect(Object.keys(json.entities[0].mentions[0])).toEqual(["start", "end", "text", "form", "source", "why"]);
  });

  it("adds a table of mentions with offsets, sources and reasons", () => {
    const out = formatTable(extract(TEXT, { explain: true }), { colour: false, explain: true, width: 200 });
    expect(out).toMatch(/│ why +│/);
    expect(out).toContain("surname of \"Darvel Quennick\" at offset 17");
    expect(out).toContain("rule:acronym-definition");
  });
});

describe("tables fit the terminal", () => {
  it.each([40, 60, 80, 100, 120])("no line is wider than %d columns, and no cell wraps", (width) => {
    const doc = sampleResult();
    doc.entities[0]!.aliases = Array.from({ length: 20 }, (_, k) => `Alias number ${k}`);
    const out = formatTable(doc, { colour: false, width });
    const lines = out.split("\n").filter((l) => l.length > 0);
    for (const line of lines.slice(1)) expect([...line].length).toBeLessThanOrEqual(width);
    // Every entity is one line between borders: 4 entities + head → 5 rows of text in the first table.
    const firstTable = out.slice(0, out.indexOf("┘") + 1).split("\n");
    expect(firstTable.filter((l) => l.startsWith("│"))).toHaveLength(5);
    expect(out).toContain("…");
  });

  it("keeps the end of a cut source, where the line number is", () => {
    const out = formatTable(sampleResult(), { colour: false, width: 70 });
    expect(out).toMatch(/…[^ ]*\.tsv:57/);
  });

  it("shrinks the widest columns first", () => {
    expect(fitColumns([10, 50, 10], [40, 40, 40], 1000)).toEqual([10, 40, 10]);
    expect(fitColumns([10, 50, 10], [60, 60, 60], 50)).toEqual([10, 20, 10]);
    expect(fitColumns([10, 10], [60, 60], 5)).toEqual([3, 3]);
  });
});
