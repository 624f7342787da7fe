import type { DocumentResult, EntityType } from "../types.js";

// `--summary`: the most mentioned people, countries, places and organizations across a
// corpus, merged across documents by type and canonical name ("Sergei Lavrov" in one
// article and in another are one row; each article's own alias merging has already
// happened). Workers reduce each document to a few rows; the main thread adds them up.

export const SUMMARY_TYPES: readonly EntityType[] = ["PERSON", "COUNTRY", "LOCATION", "ORGANIZATION"];

/** One entity of one document: type, canonical name, number of mentions. */
export type SummaryRow = [type: EntityType, name: string, mentions: number];

export interface SummaryEntry {
  name: string;
  mentions: number;
  documents: number;
}

export interface SummaryReport {
  documents: number;
  failed: number;
  /** True when rare names were dropped to keep memory flat (see CorpusSummary). */
  approximate: boolean;
  /** Per type, most mentioned first; ties by more documents, then by name. */
  entities: Partial<Record<EntityType, SummaryEntry[]>>;
}

/** A document's entities of the summarised types; two entities with one name are one row. */
export function summaryRows(doc: DocumentResult, types: readonly EntityType[]): SummaryRow[] {
  const rows = new Map<string, SummaryRow>();
  for (const e of doc.entities) {
    if (!types.includes(e.type)) continue;
    const key = `${e.type}\t${e.name}`;
    const row = rows.get(key);
    if (row) row[2] += e.mentions.length;
    else rows.set(key, [e.type, e.name, e.mentions.length]);
  }
  return [...rows.values()];
}

/**
 * Counts across documents. Memory is bounded: when one type holds more than 2 × `cap`
 * distinct names, only the `cap` most mentioned are kept and the report says
 * `approximate` (a name dropped then and seen again restarts from zero). With the
 * default cap a corpus needs over 200,000 distinct names of one type before that happens.
 */
export class CorpusSummary {
  documents = 0;
  failed = 0;
  approximate = false;
  private readonly counts = new Map<EntityType, Map<string, { mentions: number; documents: number }>>();

  constructor(
    readonly types: readonly EntityType[] = SUMMARY_TYPES,
    private readonly cap = 100_000,
  ) {
    for (const t of types) this.counts.set(t, new Map());
  }

  addDocument(rows: readonly SummaryRow[]): void {
    this.documents++;
    for (const [type, name, mentions] of rows) {
      const byName = this.counts.get(type);
      if (!byName) continue;
      const entry = byName.get(name);
      if (entry) {
        entry.mentions += mentions;
        entry.documents++;
      } else {
        byName.set(name, { mentions, documents: 1 });
        if (byName.size > 2 * this.cap) this.prune(byName);
      }
    }
  }

  addFailure(): void {
    this.failed++;
  }

  report(top: number): SummaryReport {
    const entities: SummaryReport["entities"] = {};
    for (const [type, byName] of this.counts) entities[type] = ranked(byName).slice(0, top);
    return { documents: this.documents, failed: this.failed, approximate: this.approximate, entities };
  }

  private prune(byName: Map<string, { mentions: number; documents: number }>): void {
    const kept = ranked(byName).slice(0, this.cap);
    byName.clear();
    for (const e of kept) byName.set(e.name, { mentions: e.mentions, documents: e.documents });
    this.approximate = true;
  }
}

function ranked(byName: Map<string, { mentions: number; documents: number }>): SummaryEntry[] {
  return [...byName]
    .map(([name, c]) => ({ name, mentions: c.mentions, documents: c.documents }))
    .sort((a, b) => b.mentions - a.mentions || b.documents - a.documents || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
