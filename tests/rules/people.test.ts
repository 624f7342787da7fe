// People rules, tested with invented names no gazetteer knows, so each row exercises a rule
// (rules/people.ts) and not the lexicon. Tables are [sentence, expected "TYPE:name" list].
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { found } from "../helpers.js";

type Row = [string, string[]];

/** Every entity comes from a rule, not from a gazetteer file. */
function byRulesOnly(text: string): void {
  for (const e of extract(text).entities) expect(e.source, `${e.name} in ${JSON.stringify(text)}`).toMatch(/^rule:/);
}

describe("title-before-name: the title is not part of the name", () => {
  it.each<Row>([
    ["President Valtrin Oskoda arrived in the capital on Friday.", ["PERSON:Valtrin Oskoda"]],
    ["Dr. Esko Marrenhall examined the samples.", ["PERSON:Esko Marrenhall"]],
    ["Prof. Esko Marrenhall of the institute disagreed.", ["PERSON:Esko Marrenhall"]],
    ["Mrs. Odile Farrancq chaired the meeting.", ["PERSON:Odile Farrancq"]],
    ["Mr. Quennel Brask declined to comment.", ["PERSON:Quennel Brask"]],
    ["Gen. Petar Draskovan ordered a retreat.", ["PERSON:Petar Draskovan"]],
    ["Foreign Minister Hamrel Zudoric met the envoy.", ["PERSON:Hamrel Zudoric"]],
    ["Prime Minister Dorvan Kellisch resigned on Monday.", ["PERSON:Dorvan Kellisch"]],
    ["Defence Minister Dorvan Kellisch said the army was ready.", ["PERSON:Dorvan Kellisch"]],
    ["Minister Tariq bin Saleh will visit the port.", ["PERSON:Tariq bin Saleh"]],
    ["The company hired spokesman Ilvo Branetti last year.", ["PERSON:Ilvo Branetti"]],
    ["Ambassador Hirel Mabbotan presented his credentials.", ["PERSON:Hirel Mabbotan"]],
    ["Senator Gwendal Pirsk voted against the bill.", ["PERSON:Gwendal Pirsk"]],
    ["Judge Ilvo Branetti dismissed the case.", ["PERSON:Ilvo Branetti"]],
    ["Captain Petar Draskovan led the team.", ["PERSON:Petar Draskovan"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
    byRulesOnly(text);
  });

  it("keeps the title as an attribute", () => {
    const [e] = extract("Foreign Minister Hamrel Zudoric met the envoy.").entities;
    expect(e.attributes.title).toBe("Foreign Minister");
    expect(e.mentions.map((m) => m.text)).toEqual(["Hamrel Zudoric"]);
  });

  it("a demonym before the title is the country, the rest after the title the person", () => {
    expect(found("Russian Foreign Minister Velko Trasnik arrived.")).toEqual(["COUNTRY:Russia", "PERSON:Velko Trasnik"]);
  });
});

describe("first-name: a known first name and a capitalised word", () => {
  it.each<Row>([
    ["Anna Prevolk opened the shop.", ["PERSON:Anna Prevolk"]],
    ["Michael Trovanek won the race.", ["PERSON:Michael Trovanek"]],
    ["Sarah Quillond joined the board.", ["PERSON:Sarah Quillond"]],
    ["Milena Oskoda, 52, a teacher, was injured.", ["PERSON:Milena Oskoda"]],
    ["Kevin O'Brien scored twice.", ["PERSON:Kevin O'Brien"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
    byRulesOnly(text);
  });
});

describe("particles stay inside the name", () => {
  it.each<Row>([
    ["Anna van der Mool chaired the session.", ["PERSON:Anna van der Mool"]],
    ["Tariq bin Saleh took office in January.", ["PERSON:Tariq bin Saleh"]],
    ["Charles de Gaulle founded the Fifth Republic.", ["PERSON:Charles de Gaulle"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("initials: no sentence break after J. or D.", () => {
  it.each<Row>([
    ["J.D. Quarrow left early.", ["PERSON:J.D. Quarrow"]],
    ["J. D. Quarrow left early.", ["PERSON:J. D. Quarrow"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
    byRulesOnly(text);
  });
});

describe("reporting verbs: name before or after said / told / added", () => {
  it.each<Row>([
    ["Valtrin Oskoda said the plan was sound.", ["PERSON:Valtrin Oskoda"]],
    ["Brannic Velto told reporters the talks had failed.", ["PERSON:Brannic Velto"]],
    ["Ostrel Vanderkamp added that nothing had changed.", ["PERSON:Ostrel Vanderkamp"]],
    ["Velto said no.", ["PERSON:Velto"]],
    ['"No," Brannic Velto said.', ["PERSON:Brannic Velto"]],
    ['"It is over," said Valtrin Oskoda.', ["PERSON:Valtrin Oskoda"]],
    ['"We will appeal," said Brannic Velto, who led the team.', ["PERSON:Brannic Velto"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
    byRulesOnly(text);
  });
});

describe("name-before-role and name-before-age", () => {
  it.each<Row>([
    ["Valtrin Oskoda, a spokesman for the ministry, declined to comment.", ["PERSON:Valtrin Oskoda"]],
    ["Brannic Velto, the company's chief executive, resigned.", ["PERSON:Brannic Velto"]],
    ["Quennel Brask, the firm's lawyer, said nothing.", ["PERSON:Quennel Brask"]],
    ["Ostrel Vanderkamp, 45, was arrested at the border.", ["PERSON:Ostrel Vanderkamp"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
    byRulesOnly(text);
  });
});

describe("possessives end the name", () => {
  it.each<Row>([
    ["Valtrin Oskoda's deputy rejected the criticism.", ["PERSON:Valtrin Oskoda"]],
    ["Valtrin Oskoda’s deputy rejected the criticism.", ["PERSON:Valtrin Oskoda"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
    expect(mentionTexts(text)).toEqual(["Valtrin Oskoda"]);
  });
});

function mentionTexts(text: string): string[] {
  return extract(text).entities.flatMap((e) => e.mentions.map((m) => m.text));
}

// Sentence-initial ordinary words are in tests/rules/unknown.test.ts; here, what stands before "said".
describe("must not match: pronouns and plural nouns before said", () => {
  it.each<string>([
    "The ministry said the report was wrong.",
    "He said the report was wrong.",
    "She told reporters nothing had changed.",
    "They said the vote would go ahead.",
    "We said nothing.",
    "It said the talks had stalled.",
    "According to officials, the road is closed.",
    "Officials said the road was closed.",
    "Analysts said the deal was good.",
    "Everybody said so.",
    "Some told reporters it was late.",
    "Sources said the talks had stalled.",
    "The company said profits fell.",
    "The agency said it would review the case.",
    "On Tuesday the board met.",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});
