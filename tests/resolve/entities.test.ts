// Entity merging (resolve/entities.ts): demonyms, hyphenated demonym pairs, possessives, surnames,
// acronyms and datelines become mentions of one entity; offsets are code points of the original input.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import type { Entity } from "../../src/types.js";

const summary = (e: Entity) => `${e.type}:${e.name} <- ${e.mentions.map((m) => `${m.text}/${m.form}`).join(", ")}`;
const summarise = (text: string) => extract(text).entities.map(summary);

describe("demonyms are mentions of the country, with form demonym", () => {
  it.each<[string, string[]]>([
    ["Russian troops crossed the border. Russia denied it.", ["COUNTRY:Russia <- Russian/demonym, Russia/name"]],
    ["Russians voted on Sunday.", ["COUNTRY:Russia <- Russians/demonym"]],
    ["Afghan and Tajik officials met.", ["COUNTRY:Afghanistan <- Afghan/demonym", "COUNTRY:Tajikistan <- Tajik/demonym"]],
    ["He met Kazakh and Chinese officials.", ["COUNTRY:Kazakhstan <- Kazakh/demonym", "COUNTRY:China <- Chinese/demonym"]],
    ["The Romanian delegation arrived.", ["COUNTRY:Romania <- Romanian/demonym"]],
    ["U.S. and British troops landed.", ["COUNTRY:United States <- U.S./alias", "COUNTRY:United Kingdom <- British/demonym"]],
  ])("%s", (text, expected) => {
    expect(summarise(text)).toEqual(expected);
  });
});

describe("hyphenated demonym pairs name both countries", () => {
  it.each<[string, string[]]>([
    ["The Russian-Tajikistani talks ended.", ["COUNTRY:Russia <- Russian/demonym", "COUNTRY:Tajikistan <- Tajikistani/demonym"]],
    ["The Russian-Chinese talks ended.", ["COUNTRY:Russia <- Russian/demonym", "COUNTRY:China <- Chinese/demonym"]],
    ["Polish-Lithuanian talks began.", ["COUNTRY:Poland <- Polish/demonym", "COUNTRY:Lithuania <- Lithuanian/demonym"]],
  ])("%s", (text, expected) => {
    expect(summarise(text)).toEqual(expected);
  });
});

describe("possessives: the mention stops before ’s or 's", () => {
  it.each<[string, string[]]>([
    ["Kazakhstan’s exports rose.", ["COUNTRY:Kazakhstan <- Kazakhstan/name"]],
    ["Kazakhstan's exports rose.", ["COUNTRY:Kazakhstan <- Kazakhstan/name"]],
    ["Valtrin Oskoda’s deputy rejected the criticism.", ["PERSON:Valtrin Oskoda <- Valtrin Oskoda/name"]],
    ["Valtrin Oskoda's deputy rejected the criticism.", ["PERSON:Valtrin Oskoda <- Valtrin Oskoda/name"]],
    ["Dr. Valtrin Oskoda spoke first. Oskoda’s deputy disagreed.", ["PERSON:Valtrin Oskoda <- Valtrin Oskoda/name, Oskoda/short"]],
  ])("%s", (text, expected) => {
    expect(summarise(text)).toEqual(expected);
  });
});

describe("surnames, acronyms and datelines merge", () => {
  it.each<[string, string[]]>([
    ["J.D. Quarrow rejected the criticism. Quarrow said the contracts were fair.", ["PERSON:J.D. Quarrow <- J.D. Quarrow/name, Quarrow/short"]],
    ["Anna van der Mool arrived. Mool said the plan was sound.", ["PERSON:Anna van der Mool <- Anna van der Mool/name, Mool/short"]],
    [
      "The Drenholt Valley Water Agency (DVWA) studied the river. DVWA engineers disagreed.",
      ["ORGANIZATION:Drenholt Valley Water Agency <- Drenholt Valley Water Agency/name, DVWA/acronym, DVWA/acronym"],
    ],
    ["The United Nations said. The UN said.", ["ORGANIZATION:United Nations <- United Nations/name, UN/acronym"]],
    [
      "KARVOSSA, April 24 (Reuters) - Dr. Valtrin Oskoda arrived. Oskoda said talks in Karvossa were good.",
      [
        "LOCATION:KARVOSSA <- KARVOSSA/name, Karvossa/alias",
        "ORGANIZATION:Reuters <- Reuters/name",
        "PERSON:Valtrin Oskoda <- Valtrin Oskoda/name, Oskoda/short",
      ],
    ],
  ])("%s", (text, expected) => {
    expect(summarise(text)).toEqual(expected);
  });
});

describe("offsets are code points of the input, whatever its spacing, line ends or BOM", () => {
  /** [input, mention text, start, end] — start/end index the input as an array of code points, BOM dropped */
  it.each<[string, string, number, number]>([
    ["Dr. Valtrin Oskoda arrived.", "Valtrin Oskoda", 4, 18],
    ["\ufeffDr. Valtrin Oskoda arrived.", "Valtrin Oskoda", 4, 18],
    ["Dr.\u00a0Valtrin Oskoda arrived.", "Valtrin Oskoda", 4, 18],
    ["President\u00a0Valtrin Oskoda arrived.", "Valtrin Oskoda", 10, 24],
    ["Dr. Valtrin Oskoda arrived.\r\nOskoda said the plan was sound.\r\n", "Oskoda", 29, 35],
    ["🚢 Dr. Valtrin Oskoda arrived.", "Valtrin Oskoda", 6, 20],
    ["🚢🚢 Talks were held in Karvossa, Ukraine.", "Karvossa", 22, 30],
    ["🚢🚢 Talks were held in Karvossa, Ukraine.", "Ukraine", 32, 39],
  ])("%j → %s", (input, mention, start, end) => {
    const all = extract(input).entities.flatMap((e) => e.mentions);
    const m = all.find((x) => x.text === mention);
    expect(m, `no mention ${mention}`).toBeDefined();
    expect([m!.start, m!.end]).toEqual([start, end]);
    const codePoints = [...input.replace(/^\ufeff/, "")];
    expect(codePoints.slice(start, end).join("")).toBe(mention);
  });

  it("no mention text holds a BOM, a carriage return or a line feed", () => {
    const text = "\ufeffKARVOSSA, April 24 (Reuters) -\r\nDr. Valtrin Oskoda arrived.\r\nOskoda said the plan was sound.\r\n";
    for (const m of extract(text).entities.flatMap((e) => e.mentions)) expect(m.text).not.toMatch(/[\ufeff\r\n]/);
  });
});

describe("output is deterministic and ordered by first mention", () => {
  it("same input, same JSON", () => {
    const text = "KARVOSSA, April 24 (Reuters) - Dr. Valtrin Oskoda met Russian officials. Oskoda said talks in Karvossa were good.";
    expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
    const firsts = extract(text).entities.map((e) => e.mentions[0].start);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(extract(text).entities.map((e) => e.id)).toEqual(["e1", "e2", "e3", "e4"]);
  });
});

describe("an organization's leading words stand for it", () => {
  it("merges 'Brenvaal' into 'Brenvaal Holdings Ltd.'", () => {
    const result = extract("Brenvaal Holdings Ltd. cut jobs on Monday. Brenvaal shares fell 4 percent.");
    const orgs = result.entities.filter((e) => e.type === "ORGANIZATION");
    expect(orgs.map((e) => e.name)).toEqual(["Brenvaal Holdings Ltd."]);
    expect(orgs[0].mentions.map((m) => m.text)).toEqual(["Brenvaal Holdings Ltd.", "Brenvaal"]);
  });
});
