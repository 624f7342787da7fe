import { describe, expect, it } from "vitest";
import { conllType, evaluateConll, mentionsToTags, parseConll, toConlleval } from "../../src/eval/conll.js";
import { fakeResult, type FakeEntity } from "./helpers.js";

// Invented names throughout, so nothing depends on a lexicon.
const SAMPLE = [
  "-DOCSTART- -X- -X- O",
  "",
  "Varnik NNP I-NP I-PER",
  "Tolmas NNP I-NP I-PER",
  "met VBD I-VP O",
  "Quorvian JJ I-NP I-MISC",
  "envoys NNS I-NP O",
  ". . O O",
  "",
  "ZELDRA NNP I-NP I-LOC",
  "1996-08-30 CD I-NP O",
  "",
  "-DOCSTART- -X- -X- O",
  "",
  "Béla NNP I-NP B-PER",
  "𝒳yz NNP I-NP I-PER",
  "",
].join("\n");

describe("parseConll", () => {
  const docs = parseConll(SAMPLE);

  it("splits documents and sentences and keeps the last column as gold", () => {
    expect(docs).toHaveLength(2);
    expect(docs[0]!.sentences.map((s) => s.tokens.map((t) => t.text))).toEqual([
      ["Varnik", "Tolmas", "met", "Quorvian", "envoys", "."],
      ["ZELDRA", "1996-08-30"],
    ]);
    expect(docs[0]!.sentences[0]!.tokens.map((t) => t.gold)).toEqual(["I-PER", "I-PER", "O", "I-MISC", "O", "O"]);
    expect(docs.every((d) => d.docstart)).toBe(true);
  });

  it("builds the text: tokens joined by spaces, one sentence per line", () => {
    expect(docs[0]!.text).toBe("Varnik Tolmas met Quorvian envoys .\nZELDRA 1996-08-30");
    const zeldra = docs[0]!.sentences[1]!.tokens[0]!;
    expect(docs[0]!.text.slice(zeldra.start, zeldra.end)).toBe("ZELDRA");
  });

  it("counts offsets in code points", () => {
    const [bela, xyz] = docs[1]!.sentences[0]!.tokens;
    expect([bela!.start, bela!.end, xyz!.start, xyz!.end]).toEqual([0, 4, 5, 8]);
    expect(Array.from(docs[1]!.text).slice(xyz!.start, xyz!.end).join("")).toBe("𝒳yz");
  });

  it("accepts CRLF, a BOM, tabs, text before the first -DOCSTART- and no final blank line", () => {
    const d = parseConll("\ufeffAlpha\tB-ORG\r\nBeta I-ORG\r\n\r\n-DOCSTART- O\r\nGamma O");
    expect(d).toHaveLength(2);
    expect(d[0]!.docstart).toBe(false);
    expect(d[0]!.text).toBe("Alpha Beta");
    expect(d[1]!.text).toBe("Gamma");
  });

  it("names the line of a token without a tag", () => {
    expect(() => parseConll("Alpha O\nBeta\n")).toThrow(/line 2/);
  });
});

describe("conllType", () => {
  it.each([
    ["PERSON", "name", "PER"],
    ["COUNTRY", "name", "LOC"],
    ["LOCATION", "alias", "LOC"],
    ["ORGANIZATION", "acronym", "ORG"],
    ["MISC", "name", "MISC"],
    ["COUNTRY", "demonym", "MISC"],
  ] as const)("%s/%s → %s", (type, form, tag) => {
    expect(conllType(type, form)).toBe(tag);
  });
});

// [text (one line per sentence, tokens split on spaces), fake entities, expected tags per sentence]
const MAPPING: Array<[string, string, FakeEntity[], string[][]]> = [
  ["single mention", "Varnik Tolmas said", [{ type: "PERSON", mentions: ["Varnik Tolmas"] }], [["B-PER", "I-PER", "O"]]],
  [
    "adjacent mentions stay separate chunks",
    "Zeldra Quorvia border",
    [
      { type: "COUNTRY", mentions: ["Zeldra"] },
      { type: "COUNTRY", mentions: ["Quorvia"] },
    ],
    [["B-LOC", "B-LOC", "O"]],
  ],
  [
    "hyphenated token with two demonyms is one MISC chunk (first mention owns it)",
    "Quorvian-Zeldrish talks",
    [
      { type: "COUNTRY", mentions: [["Zeldrish", 0, "demonym"]] },
      { type: "COUNTRY", mentions: [["Quorvian", 0, "demonym"]] },
    ],
    [["B-MISC", "O"]],
  ],
  [
    "a name inside a compound token makes the chunk MISC, whatever its type",
    "Quorvia-Zeldra talks and Varby-based firms",
    [
      { type: "COUNTRY", mentions: ["Quorvia"] },
      { type: "COUNTRY", mentions: ["Zeldra"] },
      { type: "LOCATION", mentions: ["Varby"] },
    ],
    [["B-MISC", "O", "O", "B-MISC", "O"]],
  ],
  [
    "a multi-token mention ending inside a token is one MISC chunk",
    "New Varby-based Tolm Corp",
    [
      { type: "LOCATION", mentions: ["New Varby"] },
      { type: "ORGANIZATION", mentions: ["Tolm Corp"] },
    ],
    [["B-MISC", "I-MISC", "B-ORG", "I-ORG"]],
  ],
  [
    "a mention starting inside a token is MISC too",
    "pro-Zeldra rebels",
    [{ type: "COUNTRY", mentions: ["Zeldra"] }],
    [["B-MISC", "O"]],
  ],
  [
    "longer mention wins at the same start; the shorter gets nothing",
    "Bank of Zeldra rose",
    [
      { type: "LOCATION", mentions: ["Bank"] },
      { type: "ORGANIZATION", mentions: ["Bank of Zeldra"] },
    ],
    [["B-ORG", "I-ORG", "I-ORG", "O"]],
  ],
  [
    "overlapping later mention keeps only its free tokens",
    "Alpha Beta Gamma Delta",
    [
      { type: "PERSON", mentions: ["Alpha Beta"] },
      { type: "ORGANIZATION", mentions: ["Beta Gamma Delta"] },
    ],
    [["B-PER", "I-PER", "B-ORG", "I-ORG"]],
  ],
  [
    "all mentions of an entity are mapped; demonym mentions become MISC",
    "Zeldra said Zeldrish troops left Zeldra",
    [{ type: "COUNTRY", mentions: ["Zeldra", ["Zeldrish", 0, "demonym"], ["Zeldra", 1]] }],
    [["B-LOC", "O", "B-MISC", "O", "O", "B-LOC"]],
  ],
  [
    "a mention across the line break never joins two sentences",
    "met Varnik\nTolmas today",
    [{ type: "PERSON", mentions: ["Varnik\nTolmas"] }],
    [["O", "B-PER"], ["B-PER", "O"]],
  ],
  ["no mentions", "quiet day", [], [["O", "O"]]],
];

function docOf(text: string) {
  const conll = text
    .split("\n")
    .map((line) => line.split(" ").map((tok) => `${tok} O`).join("\n"))
    .join("\n\n");
  return parseConll(conll)[0]!;
}

describe("mentionsToTags", () => {
  it.each(MAPPING)("%s", (_name, text, entities, expected) => {
    const doc = docOf(text);
    expect(doc.text).toBe(text);
    expect(mentionsToTags(doc, fakeResult(text, entities))).toEqual(expected);
  });
});

describe("evaluateConll with a fake extractor", () => {
  const docs = parseConll(SAMPLE);
  const texts: string[] = [];
  const extractor = (text: string) => {
    texts.push(text);
    if (text.startsWith("Varnik")) {
      return fakeResult(text, [
        { type: "PERSON", mentions: ["Varnik Tolmas"] },
        { type: "COUNTRY", mentions: [["Quorvian", 0, "demonym"], "ZELDRA"] },
      ]);
    }
    return fakeResult(text, [{ type: "PERSON", mentions: ["Béla"] }]);
  };
  const evaluation = evaluateConll(docs, extractor);

  it("gives the extractor plain text only", () => {
    expect(texts).toEqual(["Varnik Tolmas met Quorvian envoys .\nZELDRA 1996-08-30", "Béla 𝒳yz"]);
  });

  it("scores per type and over PER+LOC+ORG", () => {
    expect(evaluation.counts).toEqual({ documents: 2, sentences: 3, tokens: 10 });
    expect(evaluation.all.per_type.PER).toMatchObject({ correct: 1, pred: 2, gold: 2 });
    expect(evaluation.all.per_type.MISC).toMatchObject({ correct: 1, pred: 1, gold: 1 });
    expect(evaluation.all.per_type.LOC).toMatchObject({ correct: 1, pred: 1, gold: 1 });
    expect(evaluation.all.micro).toMatchObject({ correct: 3, pred: 4, gold: 4 });
    expect(evaluation.restricted_types).toEqual(["LOC", "ORG", "PER"]);
    expect(evaluation.restricted.micro).toMatchObject({ correct: 2, pred: 3, gold: 3 });
  });

  it("writes conlleval lines with -DOCSTART- kept and blank lines between sentences", () => {
    expect(toConlleval(docs, evaluation.predicted)).toBe(
      [
        "-DOCSTART- O O",
        "",
        "Varnik I-PER B-PER",
        "Tolmas I-PER I-PER",
        "met O O",
        "Quorvian I-MISC B-MISC",
        "envoys O O",
        ". O O",
        "",
        "ZELDRA I-LOC B-LOC",
        "1996-08-30 O O",
        "",
        "-DOCSTART- O O",
        "",
        "Béla B-PER B-PER",
        "𝒳yz I-PER O",
        "",
      ].join("\n") + "\n",
    );
  });
});
