// Organization rules (rules/organizations.ts) on invented names: suffix words (Ltd., Bank, Council,
// Agency, Union, University …) and "X of Y" names. Tables are [sentence, expected "TYPE:name" list].
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { found } from "../helpers.js";

type Row = [string, string[]];

function byRulesOnly(text: string): void {
  for (const e of extract(text).entities) expect(e.source, `${e.name} in ${JSON.stringify(text)}`).toMatch(/^rule:/);
}

describe("org-suffix: the last word says it is an organization", () => {
  it.each<Row>([
    ["Brenmark Holdings Ltd. said on Tuesday that profits fell.", ["ORGANIZATION:Brenmark Holdings Ltd."]],
    ["Shares of Brenmark Holdings Ltd. rose.", ["ORGANIZATION:Brenmark Holdings Ltd."]],
    ["Tarvel Mining Corp. cut its dividend.", ["ORGANIZATION:Tarvel Mining Corp."]],
    [
      "Brenmark Holdings Ltd. and Velcor Industries Inc. agreed to merge.",
      ["ORGANIZATION:Brenmark Holdings Ltd.", "ORGANIZATION:Velcor Industries Inc."],
    ],
    ["Halvor & Strenne Capital Partners bought the stake.", ["ORGANIZATION:Halvor & Strenne Capital Partners"]],
    ["The Essarin Development Bank approved the loan.", ["ORGANIZATION:Essarin Development Bank"]],
    ["The Velmarian Competition Council will review the merger.", ["ORGANIZATION:Velmarian Competition Council"]],
    ["The Drenholt Valley Water Agency studied the river.", ["ORGANIZATION:Drenholt Valley Water Agency"]],
    ["Toldmere State University opened a new campus.", ["ORGANIZATION:Toldmere State University"]],
    ["The Karvossa Stock Exchange closed early.", ["ORGANIZATION:Karvossa Stock Exchange"]],
    ["The Northern Grain Exporters Association represents 300 traders.", ["ORGANIZATION:Northern Grain Exporters Association"]],
    ["The Kravenic Workers Union went on strike.", ["ORGANIZATION:Kravenic Workers Union"]],
    ["Ostmark Shipping Group reported a loss.", ["ORGANIZATION:Ostmark Shipping Group"]],
    ["Delvar Foods GmbH opened a plant.", ["ORGANIZATION:Delvar Foods GmbH"]],
    ["The Karvossan Football Federation fined the club.", ["ORGANIZATION:Karvossan Football Federation"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
    byRulesOnly(text);
  });
});

describe("org-of-name: a head word followed by of / for / and", () => {
  it.each<Row>([
    ["The Ministry of Agriculture and Waterways issued a statement.", ["ORGANIZATION:Ministry of Agriculture and Waterways"]],
    ["He studied at the University of Velmaria.", ["ORGANIZATION:University of Velmaria"]],
    ["The Bank of Karvossa raised interest rates.", ["ORGANIZATION:Bank of Karvossa"]],
    ["The Velmarian Ministry of Defence denied the report.", ["ORGANIZATION:Velmarian Ministry of Defence"]],
    ["The Committee for Rural Roads met on Friday.", ["ORGANIZATION:Committee for Rural Roads"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
    byRulesOnly(text);
  });
});

describe("a leading country is its own mention", () => {
  it.each<Row>([
    ["The Turkish Foreign Ministry summoned the envoy.", ["COUNTRY:Turkey", "ORGANIZATION:Foreign Ministry"]],
    ["The State Department issued a warning.", ["ORGANIZATION:State Department"]],
    ["The National Assembly voted.", ["ORGANIZATION:National Assembly"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("must not match: lower-case or bare organization nouns", () => {
  it.each<string>([
    "The company said profits fell.",
    "The party called for a hearing.",
    "The bank raised rates.",
    "The council met on Friday.",
    "Foreign ministers met in the morning.",
    "State media reported the attack.",
    "Shares fell 4 percent in early trading.",
    "BRENMARK SHARES FALL",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("teams in result lines of sports copy", () => {
  it("takes a name before a bare score as a team", () => {
    const text = "Soccer - league results on Saturday (halftime scores).\nVelmar Rovno 2 Drenholt Kastel 1\nOskova United 0 Karvossa Athletic 3\n";
    const orgs = extract(text).entities.filter((e) => e.type === "ORGANIZATION").map((e) => e.name);
    expect(orgs).toEqual(expect.arrayContaining(["Velmar Rovno", "Drenholt Kastel"]));
  });
  it("leaves a tennis player before set scores alone", () => {
    const text = "Tennis results.\nValtrin Oskoda beat Esko Marrenhall 6-4 6-3\n";
    expect(extract(text).entities.some((e) => e.type === "ORGANIZATION")).toBe(false);
  });
});

describe("company context", () => {
  it.each<[string, string[]]>([
    ["Brenvaal shares fell 3 percent on Tuesday.", ["ORGANIZATION:Brenvaal"]],
    ["Investors bought a stake in Quarrow Teknik last year.", ["ORGANIZATION:Quarrow Teknik"]],
    ["Zenvora's profit rose sharply.", ["ORGANIZATION:Zenvora"]],
    ["Valtrin Oskoda said sales rose.", []],
    ["Zelmora, the Karvossa packaging company, cut jobs.", ["ORGANIZATION:Zelmora"]],
    ["Valtrin Oskoda, the company's founder, spoke.", []],
  ])("%j", (text, expected) => {
    const orgs = found(text).filter((f) => f.startsWith("ORGANIZATION:"));
    expect(orgs).toEqual(expected);
  });
});
