// Unknown-name guesses (rules/unknown.ts): capitalised words no gazetteer or rule explained, typed
// only where their neighbours say what they are; ordinary capitalised words are never guessed.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { found } from "../helpers.js";

type Row = [string, string[]];

describe("guesses from context", () => {
  it.each<Row>([
    ["Brannic Velto met the envoy.", ["PERSON:Brannic Velto"]],
    ["Jan Kroslak (Slovakia) beat the champion.", ["PERSON:Jan Kroslak", "COUNTRY:Slovakia"]],
    ["The talks were held in Karvossa.", ["LOCATION:Karvossa"]],
    ["A Velmarian businessman was arrested.", ["MISC:Velmarian"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
    for (const e of extract(text).entities) if (e.type !== "COUNTRY") expect(e.source).toMatch(/^rule:/);
  });
});

describe("must not match: ordinary words in capitals", () => {
  it.each<string>([
    "Illegal migration rose sharply last year.",
    "Lying at the foundation of the treaty is trust.",
    "Both sides agreed to continue the talks.",
    "Their talks lasted three hours.",
    "Monday's meeting was cancelled.",
    "The Collective Rapid Deployment task force was formed.",
    "Yesterday the talks resumed.",
    "However the talks resumed.",
    "Despite the rain, the talks resumed.",
    "Tens of thousands fled.",
    "Results on Sunday were mixed.",
    "This said, the talks had stalled.",
    "GRAIN PRICES SOAR AFTER HARVEST FAILS",
    "MINISTERS AGREE NEW QUOTAS",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});
