import { describe, expect, it } from "vitest";
import { formatText, textLegend } from "../../src/format/text.js";
import { extract } from "../../src/index.js";
import { ENTITY_TYPES } from "../../src/types.js";

const ANSI = /\u001b\[/;
const TEXT = "Russian Foreign Minister Sergei Lavrov met NATO officials in Brussels on Monday.\nLavrov said the talks were useful.\n";

describe("text format", () => {
  it("brackets each mention with its type when there is no colour, leaving the rest of the text as it was", () => {
    const out = formatText(extract(TEXT), TEXT, { colour: false });
    expect(out).not.toMatch(ANSI);
    expect(out).toContain("[Sergei Lavrov|PERSON] met ");
    expect(out).toContain("[Brussels|LOCATION] on Monday.\n[Lavrov|PERSON] said the talks were useful.\n");
    expect(out.replace(/\[([^|\]]+)\|[A-Z]+\]/g, "$1").endsWith(TEXT)).toBe(true);
  });

  it("opens with the source and a legend", () => {
    const lines = formatText(extract(TEXT, { source: "a.txt" }), TEXT, { colour: false }).split("\n");
    expect(lines[0]).toBe("a.txt");
    expect(lines[1]).toBe(textLegend({ colour: false }));
    expect(lines[2]).toBe("");
  });

  it("colours mentions by type, with every type in the legend, and no brackets", () => {
    const out = formatText(extract(TEXT), TEXT, { colour: true });
    expect(out).toMatch(ANSI);
    expect(out).not.toContain("|PERSON]");
    expect(out).toContain("\u001b[36m\u001b[1mSergei Lavrov\u001b[22m\u001b[39m");
    for (const t of ENTITY_TYPES) expect(textLegend({ colour: true })).toContain(t);
  });

  it("counts offsets in code points (an emoji before a name) and drops a BOM", () => {
    const text = "\uFEFF🙂 Sergei Lavrov flew to Brussels.";
    const out = formatText(extract(text), text, { colour: false });
    expect(out).toContain("🙂 [Sergei Lavrov|PERSON] flew to [Brussels|LOCATION].");
    expect(out).not.toContain("\uFEFF");
  });

  it("prints nothing for a failed input", () => {
    expect(formatText({ source: "x", error: { code: "NOT_TEXT", message: "no" } }, "", { colour: false })).toBe("");
  });
});
