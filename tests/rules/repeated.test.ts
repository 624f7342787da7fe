// Repeated names (rules/repeated.ts): a surname or name found once is found again later in the text,
// with curly or straight possessives, in ALL-CAPS lines and after CRLF line ends.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

/** [text, the one entity's canonical name, its mention texts with forms] */
type Row = [string, string, Array<[string, string]>];

describe("a surname alone joins the full name", () => {
  it.each<Row>([
    ["Dr. Valtrin Oskoda spoke first. Oskoda said the plan was sound.", "Valtrin Oskoda", [["Valtrin Oskoda", "name"], ["Oskoda", "short"]]],
    ["Dr. Valtrin Oskoda spoke first. Later, Oskoda left the room.", "Valtrin Oskoda", [["Valtrin Oskoda", "name"], ["Oskoda", "short"]]],
    ["Dr. Valtrin Oskoda spoke first. Oskoda’s deputy disagreed.", "Valtrin Oskoda", [["Valtrin Oskoda", "name"], ["Oskoda", "short"]]],
    ["Dr. Valtrin Oskoda spoke first. Oskoda's deputy disagreed.", "Valtrin Oskoda", [["Valtrin Oskoda", "name"], ["Oskoda", "short"]]],
    ["J.D. Quarrow rejected the criticism. Quarrow said the contracts were fair.", "J.D. Quarrow", [["J.D. Quarrow", "name"], ["Quarrow", "short"]]],
    ["Mrs. Odile Farrancq spoke. Farrancq’s party holds 31 seats.", "Odile Farrancq", [["Odile Farrancq", "name"], ["Farrancq", "short"]]],
    ["Ostrel Vanderkamp, 45, was arrested. Police questioned Vanderkamp for hours.", "Ostrel Vanderkamp", [["Ostrel Vanderkamp", "name"], ["Vanderkamp", "short"]]],
    ["Anna van der Mool arrived. Mool said the plan was sound.", "Anna van der Mool", [["Anna van der Mool", "name"], ["Mool", "short"]]],
    ["Dr. Valtrin Oskoda arrived.\r\nOskoda said the plan was sound.\r\n", "Valtrin Oskoda", [["Valtrin Oskoda", "name"], ["Oskoda", "short"]]],
  ])("%s", (text, name, mentions) => {
    const entities = extract(text).entities;
    expect(entities.map((e) => `${e.type}:${e.name}`)).toEqual([`PERSON:${name}`]);
    expect(entities[0].mentions.map((m) => [m.text, m.form])).toEqual(mentions);
  });
});

describe("a full name repeated, in another case", () => {
  it.each<Row>([
    ["Dr. Valtrin Oskoda spoke. VALTRIN OSKODA WINS AWARD", "Valtrin Oskoda", [["Valtrin Oskoda", "name"], ["VALTRIN OSKODA", "alias"]]],
    [
      "The Essarin Development Bank lent money. Essarin Development Bank officials were pleased.",
      "Essarin Development Bank",
      [["Essarin Development Bank", "name"], ["Essarin Development Bank", "name"]],
    ],
  ])("%s", (text, name, mentions) => {
    const entities = extract(text).entities;
    expect(entities.map((e) => e.name)).toEqual([name]);
    expect(entities[0].mentions.map((m) => [m.text, m.form])).toEqual(mentions);
  });
});

describe("the surname mention carries its own offsets", () => {
  it("Oskoda’s: the possessive is outside the mention", () => {
    const text = "Dr. Valtrin Oskoda spoke first. Oskoda’s deputy disagreed.";
    const [e] = extract(text).entities;
    const short = e.mentions[1];
    expect([short.start, short.end]).toEqual([32, 38]);
    expect(text.slice(short.start, short.end)).toBe("Oskoda");
  });
});
