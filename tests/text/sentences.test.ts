import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";
import { tokenize } from "../../src/text/tokenize.js";

const cues = { abbreviations: new Set(["Mr", "Gen", "Inc", "Tenn"]) };

function sentences(text: string): string[] {
  const tokens = tokenize(text);
  return splitSentences(tokens, cues).map((s) => text.slice(tokens[s.start].start, tokens[s.end - 1].end));
}

describe("splitSentences", () => {
  it.each<[string, string[]]>([
    ["Lavrov arrived. He met Rahmon.", ["Lavrov arrived.", "He met Rahmon."]],
    ["Mr. Lavrov arrived. Gen. Petrov left.", ["Mr. Lavrov arrived.", "Gen. Petrov left."]],
    ["J. D. Tippit said so.", ["J. D. Tippit said so."]],
    ["Brenmark Inc. said it would.", ["Brenmark Inc. said it would."]],
    ["All news\n\nRussia’s Lavrov to visit", ["All news", "Russia’s Lavrov to visit"]],
    ["DUSHANBE, April 24\nLavrov is in town.", ["DUSHANBE, April 24", "Lavrov is in town."]],
    ["a long line that wraps\nin the middle of a phrase.", ["a long line that wraps\nin the middle of a phrase."]],
    ["“It works,” he said. “Yes.”", ["“It works,” he said.", "“Yes.”"]],
    ["Profits rose 5.5 percent.", ["Profits rose 5.5 percent."]],
  ])("%j", (input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });

  it("flags upper-case headlines", () => {
    const tokens = tokenize("SOCCER - LEEDS WIN AGAIN\nLeeds won again.");
    const [head, body] = splitSentences(tokens, cues);
    expect(head.allCaps).toBe(true);
    expect(body.allCaps).toBe(false);
  });
});

describe("splitSentences on text without sentence ends", () => {
  it("cuts it into bounded pieces", () => {
    const tokens = tokenize("word ".repeat(5000));
    const pieces = splitSentences(tokens, cues);
    expect(pieces.length).toBeGreaterThan(10);
    for (const s of pieces) expect(s.end - s.start).toBeLessThanOrEqual(400);
    expect(pieces.at(-1)!.end).toBe(tokens.length);
  });
});
