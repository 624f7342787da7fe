import { describe, expect, it } from "vitest";
import {
  conll04RelationType,
  countMatches,
  evaluateConll04,
  parseConll04,
  type GoldRelation,
  type PredictedRelation,
} from "../../src/eval/conll04.js";
import { toConlleval } from "../../src/eval/conll.js";
import { fakeResult } from "./helpers.js";

// A hand-made CoNLL04 file with invented names.
const MINI = JSON.stringify([
  {
    // 0 Varnik 1 Tolmas 2 , 3 a 4 spokesman 5 for 6 Quorvia 7 Petroleum 8 , 9 lives 10 in 11 Zeldra 12 City 13 .
    tokens: "Varnik Tolmas , a spokesman for Quorvia Petroleum , lives in Zeldra City .".split(" "),
    entities: [
      { type: "Peop", start: 0, end: 2 },
      { type: "Org", start: 6, end: 8 },
      { type: "Loc", start: 11, end: 13 },
    ],
    relations: [
      { type: "Work_For", head: 0, tail: 1 },
      { type: "Live_In", head: 0, tail: 2 },
    ],
    orig_id: 1,
  },
  {
    // 0 Ostrel 1 , 2 Bravonia 3 : 4 Kaspar 5 Lindt 6 shot 7 Mira 8 Oss 9 at 10 the 11 Ostrel 12 Mill 13 .
    tokens: "Ostrel , Bravonia : Kaspar Lindt shot Mira Oss at the Ostrel Mill .".split(" "),
    entities: [
      { type: "Loc", start: 0, end: 1 },
      { type: "Loc", start: 2, end: 3 },
      { type: "Peop", start: 4, end: 6 },
      { type: "Peop", start: 7, end: 9 },
      { type: "Other", start: 11, end: 13 },
    ],
    relations: [
      { type: "Located_In", head: 0, tail: 1 },
      { type: "Kill", head: 2, tail: 3 },
    ],
    orig_id: 2,
  },
]);

function extractor(text: string) {
  if (text.startsWith("Varnik")) {
    return fakeResult(
      text,
      [
        { id: "p", type: "PERSON", mentions: ["Varnik Tolmas"] },
        // Found only in part: "Quorvia" instead of "Quorvia Petroleum" — lenient match, strict miss.
        { id: "o", type: "ORGANIZATION", mentions: ["Quorvia"] },
        { id: "c", type: "LOCATION", mentions: ["Zeldra City"] },
      ],
      [
        ["holds_role", "p", "o"], // → Work_For
        ["holds_role", "p", "o"], // duplicate, counted once
        ["lives_in", "p", "c"], // → Live_In, exact
        ["meets", "p", "p"], // no CoNLL04 type
      ],
    );
  }
  return fakeResult(
    text,
    [
      { id: "a", type: "LOCATION", mentions: ["Ostrel", ["Ostrel", 1]] },
      { id: "b", type: "COUNTRY", mentions: ["Bravonia"] },
      { id: "k", type: "PERSON", mentions: ["Kaspar Lindt"] },
    ],
    [
      ["located_in", "a", "b"], // exact through the first "Ostrel" mention
      ["based_in", "k", "b"], // wrong: no gold OrgBased_In
    ],
  );
}

describe("parseConll04", () => {
  it("reads tokens, entities and relations", () => {
    const sentences = parseConll04(MINI);
    expect(sentences).toHaveLength(2);
    expect(sentences[1]!.relations[1]).toEqual({ type: "Kill", head: 2, tail: 3 });
  });

  it.each([
    ["not json", /not JSON/],
    ["{}", /list of sentences/],
    [JSON.stringify([{ tokens: "a b".split(" "), entities: [{ type: "Peop", start: 1, end: 3 }], relations: [] }]), /sentence 0, entity 0/],
    [JSON.stringify([{ tokens: ["a"], entities: [{ type: "Peop", start: 0, end: 1 }], relations: [{ type: "Kill", head: 0, tail: 4 }] }]), /relation 0/],
    [JSON.stringify([{ tokens: [1] }]), /"tokens"/],
  ])("rejects %s", (content, message) => {
    expect(() => parseConll04(content)).toThrow(message);
  });
});

describe("conll04RelationType", () => {
  it.each([
    ["holds_role", "ORGANIZATION", "Work_For"],
    ["holds_role", "COUNTRY", "Live_In"],
    ["holds_role", "LOCATION", "Live_In"],
    ["holds_role", "PERSON", undefined],
    ["lives_in", "COUNTRY", "Live_In"],
    ["located_in", "COUNTRY", "Located_In"],
    ["based_in", "LOCATION", "OrgBased_In"],
    ["meets", "PERSON", undefined],
    ["member_of", "ORGANIZATION", undefined],
    ["bilateral", "COUNTRY", undefined],
  ] as const)("%s → %s object: %s", (type, objectType, expected) => {
    expect(conll04RelationType(type, objectType)).toBe(expected);
  });
});

describe("countMatches", () => {
  const gold: GoldRelation[] = [
    { type: "Live_In", head: { start: 0, end: 2 }, tail: { start: 5, end: 6 } },
    { type: "Live_In", head: { start: 0, end: 2 }, tail: { start: 8, end: 9 } },
  ];
  it("pairs gold and predicted relations one to one", () => {
    // One prediction whose tail mentions cover both gold tails can only be credited once.
    const one: PredictedRelation[] = [{ type: "Live_In", heads: [{ start: 0, end: 2 }], tails: [{ start: 5, end: 6 }, { start: 8, end: 9 }] }];
    expect(countMatches(gold, one, "strict")).toBe(1);
    // Kuhn's algorithm finds the full matching where a greedy pass might not.
    const two: PredictedRelation[] = [
      { type: "Live_In", heads: [{ start: 0, end: 2 }], tails: [{ start: 5, end: 6 }, { start: 8, end: 9 }] },
      { type: "Live_In", heads: [{ start: 0, end: 2 }], tails: [{ start: 5, end: 6 }] },
    ];
    expect(countMatches(gold, two, "strict")).toBe(2);
  });
  it("lenient accepts overlapping arguments, strict wants exact spans", () => {
    const near: PredictedRelation[] = [{ type: "Live_In", heads: [{ start: 1, end: 2 }], tails: [{ start: 5, end: 7 }] }];
    expect(countMatches(gold, near, "strict")).toBe(0);
    expect(countMatches(gold, near, "lenient")).toBe(1);
    const wrongType: PredictedRelation[] = [{ type: "Work_For", heads: [{ start: 0, end: 2 }], tails: [{ start: 5, end: 6 }] }];
    expect(countMatches(gold, wrongType, "lenient")).toBe(0);
  });
  it("respects direction", () => {
    const reversed: PredictedRelation[] = [{ type: "Live_In", heads: [{ start: 5, end: 6 }], tails: [{ start: 0, end: 2 }] }];
    expect(countMatches(gold, reversed, "lenient")).toBe(0);
  });
});

describe("evaluateConll04 on a mini file", () => {
  const texts: string[] = [];
  const evaluation = evaluateConll04(parseConll04(MINI), (text) => {
    texts.push(text);
    return extractor(text);
  });

  it("gives each sentence as tokens joined by spaces", () => {
    expect(texts[1]).toBe("Ostrel , Bravonia : Kaspar Lindt shot Mira Oss at the Ostrel Mill .");
  });

  it("counts gold, Kill and unmapped relations", () => {
    expect(evaluation.counts).toMatchObject({
      sentences: 2,
      tokens: 28,
      gold_relations: 3,
      kill_relations: 1,
      excluded_gold: { Kill: 1 },
      predicted_relations: 4,
      unmapped_predicted: { meets: 1 },
    });
  });

  it("scores strict and lenient per type and micro over the four types", () => {
    const { strict, lenient } = evaluation.relations;
    expect(Object.keys(strict.per_type)).toEqual(["Work_For", "Live_In", "Located_In", "OrgBased_In"]);
    expect(strict.per_type.Work_For).toMatchObject({ correct: 0, pred: 1, gold: 1 });
    expect(lenient.per_type.Work_For).toMatchObject({ correct: 1, pred: 1, gold: 1 });
    expect(strict.per_type.Live_In).toMatchObject({ correct: 1, pred: 1, gold: 1 });
    expect(strict.per_type.Located_In).toMatchObject({ correct: 1, pred: 1, gold: 1 });
    expect(strict.per_type.OrgBased_In).toMatchObject({ correct: 0, pred: 1, gold: 0, P: 0, R: 0, F1: 0 });
    expect(strict.micro).toMatchObject({ correct: 2, pred: 4, gold: 3, P: 50 });
    expect(lenient.micro).toMatchObject({ correct: 3, pred: 4, gold: 3, P: 75, R: 100 });
  });

  it("scores PER/ORG/LOC entities with Other ignored and COUNTRY as LOC", () => {
    const e = evaluation.entities;
    expect(Object.keys(e.per_type)).toEqual(["LOC", "ORG", "PER"]);
    // LOC gold: Zeldra City, Ostrel, Bravonia; predicted: those three plus the second "Ostrel".
    expect(e.per_type.LOC).toMatchObject({ correct: 3, pred: 4, gold: 3 });
    expect(e.per_type.ORG).toMatchObject({ correct: 0, pred: 1, gold: 1 });
    expect(e.per_type.PER).toMatchObject({ correct: 2, pred: 2, gold: 3 });
  });

  it("can write the entity part as conlleval lines", () => {
    const lines = toConlleval(evaluation.documents, evaluation.predicted).split("\n");
    expect(lines.slice(0, 3)).toEqual(["Varnik B-PER B-PER", "Tolmas I-PER I-PER", ", O O"]);
    expect(lines).toContain("Mill O O");
    expect(lines[14]).toBe("");
  });
});
