import { describe, expect, it } from "vitest";
import { chunks, flattenSentences, prf, scoreTags, splitTag } from "../../src/eval/score.js";
import { formatScoreTable, pyFixed } from "../../src/eval/report.js";
import { CHUNK_TABLE } from "./helpers.js";

const show = (tags: string[]) => chunks(tags).map((c) => `${c.type} ${c.start}-${c.end}`);

describe("chunks", () => {
  it.each(CHUNK_TABLE)("%s", (_name, tags, expected) => {
    expect(show(tags)).toEqual(expected);
  });

  it("splits tags like conll_score.py", () => {
    expect(splitTag("B-PER")).toEqual(["B", "PER"]);
    expect(splitTag("O")).toEqual(["O", ""]);
    expect(splitTag(".")).toEqual(["O", ""]);
    expect(splitTag("")).toEqual(["O", ""]);
    expect(splitTag("I-X-Y")).toEqual(["I", "X-Y"]);
  });

  it("ends every chunk at a sentence boundary", () => {
    const flat = flattenSentences([["O", "I-PER"], ["I-PER", "O"]]);
    expect(show(flat)).toEqual(["PER 1-2", "PER 3-4"]);
  });
});

describe("scoreTags", () => {
  it("counts exact chunk matches per type and micro", () => {
    const gold = ["I-PER", "I-PER", "O", "I-LOC", "O", "I-ORG", "I-MISC"];
    const pred = ["B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG", "O"];
    const res = scoreTags(gold, pred);
    expect(Object.keys(res.per_type)).toEqual(["LOC", "MISC", "ORG", "PER"]);
    expect(res.per_type.PER).toMatchObject({ correct: 1, pred: 1, gold: 1, P: 100, R: 100, F1: 100 });
    expect(res.per_type.LOC).toMatchObject({ correct: 0, pred: 0, gold: 1, P: 0, R: 0, F1: 0 });
    expect(res.per_type.ORG).toMatchObject({ correct: 1, pred: 2, gold: 1, P: 50, R: 100 });
    expect(res.micro).toMatchObject({ correct: 2, pred: 3, gold: 4 });
    const restricted = scoreTags(gold, pred, ["PER", "LOC", "ORG"]);
    expect(Object.keys(restricted.per_type)).toEqual(["LOC", "ORG", "PER"]);
    expect(restricted.micro).toMatchObject({ correct: 2, pred: 3, gold: 3 });
  });

  it("rejects unaligned tag lists", () => {
    expect(() => scoreTags(["O"], [])).toThrow(/mismatch/);
  });

  it("computes P, R and F1 with the python expressions", () => {
    expect(prf(0, 0, 0)).toEqual({ P: 0, R: 0, F1: 0 });
    expect(prf(1, 3, 2)).toEqual({ P: (100.0 * 1) / 3, R: 50, F1: (2 * ((100.0 * 1) / 3) * 50) / ((100.0 * 1) / 3 + 50) });
  });
});

describe("report formatting", () => {
  it.each([
    [3.125, "3.12"], // exact tie: Python rounds to even, toFixed would give 3.13
    [3.135, "3.13"], // 3.135 is stored just below the tie
    [0.375, "0.38"],
    [12.5, "12.50"],
    [100, "100.00"],
    [0, "0.00"],
    [66.66666666666667, "66.67"],
  ])("pyFixed(%s) = %s", (x, s) => {
    expect(pyFixed(x, 2)).toBe(s);
  });

  it("lays a block out like conll_score.py's fmt()", () => {
    const res = scoreTags(["B-PER", "O"], ["B-PER", "B-LOC"]);
    expect(formatScoreTable(res, "== all gold types")).toBe(
      [
        "== all gold types",
        "type         P       R      F1   pred   gold   corr",
        "LOC       0.00    0.00    0.00      1      0      0",
        "PER     100.00  100.00  100.00      1      1      1",
        "micro    50.00  100.00   66.67      2      1      1",
      ].join("\n"),
    );
  });
});
