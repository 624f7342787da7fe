import { describe, expect, it } from "vitest";
import { formatConll } from "../../src/format/conll.js";
import { extract, loadGazetteers } from "../../src/index.js";
import { wordList } from "../../src/gazetteer/gazetteer.js";

const cues = { abbreviations: wordList(loadGazetteers(), "abbreviations") };

function conll(text: string): string {
  return formatConll(extract(text), text, cues);
}

describe("conll format", () => {
  it("writes one token per line with BIO tags and a blank line after each sentence", () => {
    const out = conll("Russian Foreign Minister Sergei Lavrov met Mr. Smith in Brussels. Lavrov said so.");
    expect(out).toBe(
      [
        "-DOCSTART- O",
        "",
        "Russian B-COUNTRY",
        "Foreign O",
        "Minister O",
        "Sergei B-PERSON",
        "Lavrov I-PERSON",
        "met O",
        "Mr O",
        ". O",
        "Smith B-PERSON",
        "in O",
        "Brussels B-LOCATION",
        ". O",
        "",
        "Lavrov B-PERSON",
        "said O",
        "so O",
        ". O",
        "",
        "",
      ].join("\n"),
    );
  });

  it("starts a new chunk for adjacent mentions and never tags inside-only", () => {
    const out = conll("Talks between Russia and Tajikistan on the CSTO went well.");
    const tags = out.split("\n").filter((l) => l.includes(" ")).map((l) => l.split(" ")[1]);
    for (let i = 0; i < tags.length; i++) {
      if (tags[i]!.startsWith("I-")) expect(tags[i - 1]!.slice(2)).toBe(tags[i]!.slice(2));
    }
    expect(out).toContain("Russia B-COUNTRY\nand O\nTajikistan B-COUNTRY\n");
  });

  it("tokenises after the BOM and keeps offsets in code points", () => {
    const out = conll("\uFEFF🙂 Sergei Lavrov spoke.");
    expect(out).toContain("🙂 O\nSergei B-PERSON\nLavrov I-PERSON\n");
  });
});
