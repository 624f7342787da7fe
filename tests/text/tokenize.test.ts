import { describe, expect, it } from "vitest";
import { TokenKind, tokenize } from "../../src/text/tokenize.js";

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

  it("gives plain words and other words the same fields", () => {
    const alphabet = ["a", "z", "B", "Q", "é", "É", "1", ".", ",", "-", "'", "’", "s", " ", "\n"];
    let seed = 7;
    for (let n = 0; n < 2000; n++) {
      let text = "";
      for (let k = 0; k < 12; k++) {
        seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
        text += alphabet[seed % alphabet.length];
      }
      for (const t of tokenize(text)) {
        if (t.kind !== TokenKind.Word) continue;
        const lower = t.text.toLowerCase().replace(/’/g, "'");
        const letters = [...t.text].filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
        const allCaps = letters.length >= 2 && t.text === t.text.toUpperCase();
        expect([t.lower, t.cap, t.allCaps], JSON.stringify(text)).toEqual([lower, /^\p{Lu}/u.test(t.text), allCaps]);
      }
    }
  });
});
