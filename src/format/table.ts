import { Chalk, type ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { AttributeValue, DocumentResult, Entity, EntityType, Relation } from "../types.js";
import { isErrorRecord, type OutputRecord } from "./json.js";

export interface TableOptions {
  /** ANSI colours on or off; the CLI turns them off when stdout is no terminal or NO_COLOR is set. */
  colour: boolean;
}

// One colour per type, the same in every table and every run.
export const TYPE_COLOURS: Record<EntityType, "cyan" | "green" | "yellow" | "magenta" | "blue"> = {
  PERSON: "cyan",
  COUNTRY: "green",
  LOCATION: "yellow",
  ORGANIZATION: "magenta",
  MISC: "blue",
};

const EVIDENCE_LENGTH = 60;
// Widest a column grows before its cells wrap; evidence is cut instead (see above).
const MAX_WIDTH = { type: 12, name: 28, aliases: 28, mentions: 8, attributes: 32, source: 32 };

/** A heading line with the source, then the entity table and, if any, the relation table. */
export function formatTable(record: OutputRecord, options: TableOptions): string {
  if (isErrorRecord(record)) return "";
  const c = new Chalk({ level: options.colour ? 1 : 0 });
  const entityCount = plural(record.entities.length, "entity", "entities");
  const relationCount = plural(record.relations.length, "relation", "relations");
  const label = record.source === "-" ? "- (stdin)" : record.source;
  let out = `${c.bold(label)}  ${c.dim(`${entityCount}, ${relationCount}`)}\n`;
  out += record.entities.length > 0 ? entityTable(record.entities, c) + "\n" : c.dim("(no entities)") + "\n";
  if (record.relations.length > 0) out += relationTable(record, c) + "\n";
  return out;
}

function entityTable(entities: readonly Entity[], c: ChalkInstance): string {
  const rows = entities.map((e) => [
    e.type,
    e.name,
    e.aliases.join(", "),
    String(e.mentions.length),
    formatAttributes(e.attributes),
    e.source,
  ]);
  const head = ["type", "name", "aliases", "mentions", "attributes", "source"];
  const caps = [MAX_WIDTH.type, MAX_WIDTH.name, MAX_WIDTH.aliases, MAX_WIDTH.mentions, MAX_WIDTH.attributes, MAX_WIDTH.source];
  const table = newTable(head, rows, caps, c);
  rows.forEach((row, i) => {
    const type = entities[i]!.type;
    table.push([c[TYPE_COLOURS[type]](row[0]!), ...row.slice(1)]);
  });
  return table.toString();
}

function relationTable(doc: DocumentResult, c: ChalkInstance): string {
  const nameOf = new Map(doc.entities.map((e) => [e.id, e.name]));
  const rows = doc.relations.map((r) => [
    nameOf.get(r.subject) ?? r.subject,
    relationLabel(r),
    nameOf.get(r.object) ?? r.object,
    snippet(r.evidence[0]?.text ?? "", EVIDENCE_LENGTH),
  ]);
  const table = newTable(["subject", "relation", "object", "evidence"], rows, [28, 36, 28, EVIDENCE_LENGTH], c);
  for (const row of rows) table.push(row);
  return table.toString();
}

function newTable(head: string[], rows: string[][], caps: number[], c: ChalkInstance): Table.Table {
  // cli-table3 colours heads and borders itself unless told not to; chalk does it here
  // instead, so "no colour" really means no escape codes.
  const widths = head.map((h, col) => {
    const natural = Math.max(h.length, ...rows.map((r) => longestLine(r[col] ?? "")));
    return Math.min(natural, caps[col]!) + 2;
  });
  return new Table({
    head: head.map((h) => c.bold(h)),
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
}

function relationLabel(r: Relation): string {
  return r.role ? `${r.type} (${r.role})` : r.type;
}

export function formatAttributes(attrs: Record<string, AttributeValue>): string {
  return Object.keys(attrs)
    .sort()
    .map((k) => {
      const v = attrs[k]!;
      return `${k}=${Array.isArray(v) ? v.join("|") : String(v)}`;
    })
    .join(", ");
}

/** Collapses whitespace and cuts to `max` characters, ending in "…" when cut. */
export function snippet(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  return chars.slice(0, max - 1).join("").trimEnd() + "…";
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split("\n").map((l) => [...l].length));
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
