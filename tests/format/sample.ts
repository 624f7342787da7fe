import type { DocumentResult } from "../../src/types.js";

// A hand-made result in the shape the engine returns, for formatter tests.
export function sampleResult(source = "article.txt"): DocumentResult {
  return {
    source,
    entities: [
      {
        id: "e1",
        type: "PERSON",
        name: "Sergei Lavrov",
        aliases: ["Lavrov"],
        mentions: [
          { start: 25, end: 38, text: "Sergei Lavrov", form: "name" },
          { start: 120, end: 126, text: "Lavrov", form: "short" },
        ],
        attributes: { title: "Foreign Minister", country: "Russia" },
        source: "rule:title-before-name",
      },
      {
        id: "e2",
        type: "COUNTRY",
        name: "Russia",
        aliases: ["Russian"],
        mentions: [{ start: 0, end: 7, text: "Russian", form: "demonym" }],
        attributes: {},
        source: "gazetteers/countries.tsv:180",
      },
      {
        id: "e3",
        type: "ORGANIZATION",
        name: "North Atlantic Treaty Organization",
        aliases: ["NATO"],
        mentions: [{ start: 43, end: 47, text: "NATO", form: "acronym" }],
        attributes: { acronym: "NATO", members: ["Belgium", "France"] },
        source: "gazetteers/orgs.tsv:57",
      },
      {
        id: "e4",
        type: "LOCATION",
        name: "Brussels",
        aliases: [],
        mentions: [{ start: 61, end: 69, text: "Brussels", form: "name" }],
        attributes: { country: "Belgium" },
        source: "gazetteers/cities.tsv:1234",
      },
    ],
    relations: [
      {
        type: "holds_role",
        subject: "e1",
        object: "e2",
        role: "Foreign Minister",
        evidence: [
          {
            start: 0,
            end: 104,
            text: "Russian Foreign Minister Sergei Lavrov met NATO officials in Brussels on Monday to discuss the\n  security situation in Central Asia.",
          },
        ],
        source: "rule:title-of-country",
      },
    ],
  };
}
