import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { pieceBounds } from "../src/text/pieces.js";

const ARTICLE =
  "Russia’s Foreign Minister Sergei Lavrov met President Emomali Rahmon in Dushanbe. " +
  "Lavrov said the Collective Security Treaty Organization (CSTO) would meet in Moscow. 😀 " +
  "Dr. Valtrin Oskoda, chief executive of Brenmark Holdings Ltd., said Brenmark would grow.\n";

describe("pieceBounds", () => {
  it("keeps a short text whole", () => {
    expect(pieceBounds("one line", 100)).toEqual([[0, 8]]);
  });
  it("cuts at paragraph, line or sentence ends, covering the text without gaps", () => {
    const text = "First paragraph here.\n\nSecond one is here.\nThird line. Fourth sentence ends. Tail";
    const bounds = pieceBounds(text, 30);
    expect(bounds[0][0]).toBe(0);
    expect(bounds.at(-1)![1]).toBe(text.length);
    for (let k = 1; k < bounds.length; k++) expect(bounds[k][0]).toBe(bounds[k - 1][1]);
    for (const [s, e] of bounds) expect(e - s).toBeLessThanOrEqual(30);
    expect(text.slice(bounds[0][0], bounds[0][1])).toBe("First paragraph here.\n\n");
  });
  it("never splits a surrogate pair", () => {
    const text = "a".repeat(9) + "😀" + "b".repeat(20);
    for (const [s, e] of pieceBounds(text, 10)) {
      const c = text.charCodeAt(e - 1);
      expect(c >= 0xd800 && c <= 0xdbff).toBe(false);
      expect(s).toBeLessThan(e);
    }
  });
});

describe("extract on a text longer than one piece", () => {
  const text = ARTICLE.repeat(Math.ceil((1.2 * (1 << 20)) / ARTICLE.length));
  const result = extract(text);

  it("merges entities across pieces by canonical name", () => {
    const lavrov = result.entities.filter((e) => e.name === "Sergei Lavrov");
    expect(lavrov).toHaveLength(1);
    const occurrences = text.split("Lavrov").length - 1;
    expect(lavrov[0].mentions).toHaveLength(occurrences);
    expect(result.entities.filter((e) => e.name === "Brenmark Holdings Ltd.")).toHaveLength(1);
  });

  it("keeps every offset exact in code points", () => {
    const chars = Array.from(text);
    for (const e of result.entities) for (const m of e.mentions) expect(chars.slice(m.start, m.end).join("")).toBe(m.text);
    for (const r of result.relations) for (const ev of r.evidence) expect(chars.slice(ev.start, ev.end).join("")).toBe(ev.text);
  });

  it("numbers entities by first mention and relations point at them", () => {
    result.entities.forEach((e, k) => expect(e.id).toBe(`e${k + 1}`));
    const ids = new Set(result.entities.map((e) => e.id));
    for (const r of result.relations) expect(ids.has(r.subject) && ids.has(r.object)).toBe(true);
    const firsts = result.entities.map((e) => e.mentions[0].start);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
  });
});
