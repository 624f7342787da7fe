import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/text/tokenize.js";

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  it.each<[string, string[]]>([
    ["Russia’s Lavrov", ["Russia", "’s", "Lavrov"]],
    ["Lavrov's talks", ["Lavrov", "'s", "talks"]],
    ["O'Brien said", ["O'Brien", "said"]],
    ["the U.S. and J.D. Tippit", ["the", "U.S.", "and", "J.D.", "Tippit"]],
    ["Itar-Tass", ["Itar", "-", "Tass"]],
    ["Russian-Tajikistani", ["Russian", "-", "Tajikistani"]],
    ["1,234.5 tonnes", ["1,234.5", "tonnes"]],
    ["/CSTO/", ["/", "CSTO", "/"]],
    ["“Both sides”", ["“", "Both", "sides", "”"]],
    ["a\u00a0b", ["a", "b"]],
    ["zero\u200bwidth", ["zero", "width"]],
  ])("%j", (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("keeps offsets into the original text", () => {
    const s = "DUSHANBE, April 24 (Itar-Tass) – Russia’s";
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
  });

  it("marks capitals, all-caps words and line breaks", () => {
    const [a, b, c] = tokenize("NATO Lavrov\nmoscow");
    expect([a.cap, a.allCaps]).toEqual([true, true]);
    expect([b.cap, b.allCaps, b.newlineBefore]).toEqual([true, false, false]);
    expect([c.cap, c.newlineBefore]).toEqual([false, true]);
  });
});
