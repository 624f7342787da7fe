import { describe, expect, it } from "vitest";
import { CorpusSummary, summaryRows, type SummaryRow } from "../../src/batch/summary.js";
import type { DocumentResult, Entity, EntityType } from "../../src/types.js";

function entity(type: EntityType, name: string, mentions: number): Entity {
  return {
    id: "e",
    type,
    name,
    aliases: [],
    mentions: Array.from({ length: mentions }, () => ({ start: 0, end: 1, text: name, form: "name" as const })),
    attributes: {},
    source: "rule:test",
  };
}

const doc = (...entities: Entity[]): DocumentResult => ({ source: "x", entities, relations: [] });

describe("summaryRows", () => {
  it("keeps the summarised types and adds up two entities of one name", () => {
    const rows = summaryRows(doc(entity("PERSON", "Ilse Varga", 2), entity("MISC", "Olympics", 1), entity("PERSON", "Ilse Varga", 1)), ["PERSON", "COUNTRY"]);
    expect(rows).toEqual([["PERSON", "Ilse Varga", 3]]);
  });
});

describe("CorpusSummary", () => {
  it("merges by type and name across documents, most mentioned first, then by documents, then by name", () => {
    const s = new CorpusSummary(["PERSON", "COUNTRY"]);
    s.addDocument([["PERSON", "Ilse Varga", 3], ["COUNTRY", "Rekcjd", 1]]);
    s.addDocument([["PERSON", "Ilse Varga", 1], ["PERSON", "Tomas Orrin", 2]]);
    s.addDocument([["PERSON", "Tomas Orrin", 1], ["PERSON", "Ana Bel", 2], ["PERSON", "Cy Dorn", 2]]);
    s.addFailure();
    expect(s.report(3)).toEqual({
      documents: 3,
      failed: 1,
      approximate: false,
      entities: {
        PERSON: [
          { name: "Ilse Varga", mentions: 4, documents: 2 },
          { name: "Tomas Orrin", mentions: 3, documents: 2 },
          { name: "Ana Bel", mentions: 2, documents: 1 },
        ],
        COUNTRY: [{ name: "Rekcjd", mentions: 1, documents: 1 }],
      },
    });
  });

  it("stays bounded: past twice the cap it keeps the most mentioned and says approximate", () => {
    const s = new CorpusSummary(["PERSON"], 10);
    s.addDocument([["PERSON", "Frequent Name", 50]]);
    for (let i = 0; i < 1000; i++) s.addDocument([["PERSON", `Rare ${i}`, 1] as SummaryRow]);
    const report = s.report(1);
    expect(report.approximate).toBe(true);
    expect(report.entities.PERSON).toEqual([{ name: "Frequent Name", mentions: 50, documents: 1 }]);
    expect(report.documents).toBe(1001);
  });
});
