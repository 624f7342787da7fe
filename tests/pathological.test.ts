// Hostile text must finish, and in time linear in its size. Timing belongs to the bench
// (`npm run bench` measures it); here each input and the same input doubled must give a
// complete, well-formed result, which a quadratic stage would not do within the test's
// time limit at these sizes.
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import type { DocumentResult } from "../src/types.js";

function expectWellFormed(doc: DocumentResult, text: string): void {
  const chars = [...text];
  for (const e of doc.entities) for (const m of e.mentions) expect(chars.slice(m.start, m.end).join("")).toBe(m.text);
  for (const r of doc.relations) for (const ev of r.evidence) expect(chars.slice(ev.start, ev.end).join("")).toBe(ev.text);
}

const SURNAMES = ["Okafor", "Lindqvist", "Marchetti", "Abernathy", "Ishikawa", "Delacroix", "Novak", "Haddad", "Quispe", "Van Dyke"];

// n of each case's unit; the test runs it at n and at 2n.
const CASES: [string, (n: number) => string, number][] = [
  // "Minister Okafor Lindqvist Marchetti …": no lower-case word, no sentence end
  ["100,000 capitalised words in a row", (n) => Array.from({ length: n }, (_, i) => (i % 50 === 0 ? "Minister" : SURNAMES[i % SURNAMES.length]!)).join(" "), 100_000],
  ["a 1 MB token", (n) => "Officials in Paris said " + "Zq".repeat(n / 2) + " was noted.", 1_000_000],
  ["10,000 nested quotes", (n) => "\u201c'\"".repeat(n) + "Mayor Anne Hidalgo spoke in Paris" + "\"'\u201d".repeat(n), 10_000],
  ["50,000 one-word sentences", (n) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? "Paris." : i % 3 === 1 ? "Yes." : "Lindqvist!")).join(" "), 50_000],
  ["unclosed brackets and parentheses", (n) => "(".repeat(n) + "[Berlin " + "{".repeat(n), 20_000],
  ["one name repeated in every sentence", (n) => "President Amara Okafor spoke in Lagos, aides said. ".repeat(n), 10_000],
  ["an acronym definition in every sentence", (n) => Array.from({ length: n }, (_, i) => `The Northern Grain Board (NGB${i % 100}) met.`).join(" "), 10_000],
];

describe("pathological text finishes, also at twice the size", () => {
  it.each(CASES)("%s", (_name, make, n) => {
    for (const size of [n, 2 * n]) {
      const text = make(size);
      const doc = extract(text);
      expectWellFormed(doc, text);
      expect(doc.entities.length).toBeLessThan(text.length);
    }
  }, 60_000);
});
