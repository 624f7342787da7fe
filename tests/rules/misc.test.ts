// Misc-suffix rule (rules/misc.ts) on invented events, laws and prizes, plus gazetteer MISC names.
// Tables are [sentence, expected "TYPE:name" list].
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { found } from "../helpers.js";

type Row = [string, string[]];

describe("misc-suffix: events, laws, treaties and prizes end in their kind", () => {
  it.each<Row>([
    ["The Karvossa Grain Festival drew large crowds.", ["MISC:Karvossa Grain Festival"]],
    ["The Drenholt Accord was signed in 1998.", ["MISC:Drenholt Accord"]],
    ["The Essarin Water Act passed the senate.", ["MISC:Essarin Water Act"]],
    ["She won the Toldmere Cup last year.", ["MISC:Toldmere Cup"]],
    ["The Karvossan Open starts on Monday.", ["MISC:Karvossan Open"]],
    ["The Brenmark Prize was awarded to a poet.", ["MISC:Brenmark Prize"]],
    ["The Second Velmarian War ended in 1921.", ["MISC:Second Velmarian War"]],
    ["Delegates discussed the Karvossa Protocol.", ["MISC:Karvossa Protocol"]],
    ["The Velmar Declaration was read aloud.", ["MISC:Velmar Declaration"]],
    ["The Drenholt Marathon was cancelled.", ["MISC:Drenholt Marathon"]],
    ["The Essarin Treaty was ratified.", ["MISC:Essarin Treaty"]],
    [
      "The Karvossa Grain Festival and the Drenholt Marathon were cancelled.",
      ["MISC:Karvossa Grain Festival", "MISC:Drenholt Marathon"],
    ],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
    for (const e of extract(text).entities) expect(e.source).toBe("rule:misc-suffix");
  });
});

describe("gazetteer MISC names", () => {
  it.each<Row>([
    ["World War II ended in 1945.", ["MISC:World War II"]],
    ["The Kyoto Protocol expired.", ["MISC:Kyoto Protocol"]],
    ["Labor Day is a holiday.", ["MISC:Labor Day"]],
    ["The Dow Jones fell sharply.", ["MISC:Dow Jones industrial average"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("adjectives before a noun are MISC, never PERSON", () => {
  it.each<Row>([
    ["A Velmarian businessman was arrested.", ["MISC:Velmarian"]],
    ["A Karvossan court jailed the men.", ["MISC:Karvossan"]],
    ["The Velmarian army withdrew.", ["MISC:Velmarian"]],
    ["Drenholtian farmers protested.", ["MISC:Drenholtian"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("must not match: the kind word alone, in lower case", () => {
  it.each<string>([
    "The cup was lifted by the captain.",
    "He signed the treaty.",
    "The festival drew large crowds.",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a name before an event noun names the event", () => {
  it.each<[string, string[]]>([
    ["She won the Wimbledon tournament again.", ["MISC:Wimbledon"]],
    ["The Karvossa marathon starts on Sunday.", ["MISC:Karvossa"]],
  ])("%j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("proper adjectives and league names", () => {
  it.each<[string, string[]]>([
    ["Officials said the Democratic nominee would speak.", ["MISC:Democratic"]],
    ["Many Western diplomats left.", ["MISC:Western"]],
  ])("%j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string]>([["Democratic reforms were discussed."], ["The western suburbs flooded."]])("not at a sentence start or in lower case: %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("takes a league in sports copy as a competition", () => {
    const text = "Baseball results and standings: the Karvossa League leaders won again, scoring two runs in the ninth innings of the game.";
    expect(found(text)).toContain("MISC:Karvossa League");
  });
});
