// Acronym definitions (rules/acronyms.ts): "Long Name (ACR)" and "Long Name /ACR/" make the acronym a
// mention of the long name's entity, and later bare uses join it too.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { found } from "../helpers.js";

/** [text, canonical name, every mention text of that entity with its form] */
type Row = [string, string, Array<[string, string]>];

describe("acronym definitions merge the acronym with its long form", () => {
  it.each<Row>([
    [
      "The Northern Grain Exporters Association (NGEA) met on Friday. The NGEA will vote next week.",
      "Northern Grain Exporters Association",
      [["Northern Grain Exporters Association", "name"], ["NGEA", "acronym"], ["NGEA", "acronym"]],
    ],
    [
      "The Velmarian Competition Council /VCC/ opened an inquiry.",
      "Velmarian Competition Council",
      [["Velmarian Competition Council", "name"], ["VCC", "acronym"]],
    ],
    [
      "The Drenholt Valley Water Agency (DVWA) studied the river. DVWA engineers disagreed.",
      "Drenholt Valley Water Agency",
      [["Drenholt Valley Water Agency", "name"], ["DVWA", "acronym"], ["DVWA", "acronym"]],
    ],
    [
      "The Karvossa Stock Exchange (KSE) closed early.",
      "Karvossa Stock Exchange",
      [["Karvossa Stock Exchange", "name"], ["KSE", "acronym"]],
    ],
    [
      "The Toldmere State University (TSU) opened a campus.",
      "Toldmere State University",
      [["Toldmere State University", "name"], ["TSU", "acronym"]],
    ],
    [
      "The Brenmark Holdings Ltd. (BHL) board met.",
      "Brenmark Holdings Ltd.",
      [["Brenmark Holdings Ltd.", "name"], ["BHL", "acronym"]],
    ],
    [
      "The Office for Rural Roads (ORR) published a plan.",
      "Office for Rural Roads",
      [["Office for Rural Roads", "name"], ["ORR", "acronym"]],
    ],
    [
      "The Northern Grain Exporters Association (NGEA) met. The NGEA’s members voted. The NGEA's board resigned.",
      "Northern Grain Exporters Association",
      [["Northern Grain Exporters Association", "name"], ["NGEA", "acronym"], ["NGEA", "acronym"], ["NGEA", "acronym"]],
    ],
    [
      "The Collective Security Treaty Organization /CSTO/ held drills.",
      "Collective Security Treaty Organization",
      [["Collective Security Treaty Organization", "name"], ["CSTO", "acronym"]],
    ],
    [
      "The North Atlantic Treaty Organization (NATO) met. NATO said it would respond.",
      "North Atlantic Treaty Organization",
      [["North Atlantic Treaty Organization", "name"], ["NATO", "acronym"], ["NATO", "acronym"]],
    ],
  ])("%s", (text, name, mentions) => {
    const entities = extract(text).entities;
    expect(entities.map((e) => e.name)).toEqual([name]);
    expect(entities[0].type).toBe("ORGANIZATION");
    expect(entities[0].mentions.map((m) => [m.text, m.form])).toEqual(mentions);
  });

  it("records the acronym as an attribute", () => {
    const [e] = extract("The Karvossa Stock Exchange (KSE) closed early.").entities;
    expect(e.attributes.acronym).toBe("KSE");
  });
});

describe("gazetteer acronyms stand alone", () => {
  it.each<[string, string[]]>([
    ["NATO met in Brussels.", ["ORGANIZATION:North Atlantic Treaty Organization", "LOCATION:Brussels"]],
    ["The United Nations said. The UN said.", ["ORGANIZATION:United Nations"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("must not match: brackets that hold no acronym", () => {
  it.each<string>(["He spoke (OK) and left."])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});
