import { Chalk, type ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { AttributeValue, DocumentResult, Entity, EntityType, Relation } from "../types.js";
import { attributePairs } from "./attributes.js";
import { explainEntity } from "./explain.js";
import { isErrorRecord, type InputErrorRecord, type OutputRecord } from "./json.js";

export interface TableOptions {
  /** ANSI colours on or off; the CLI turns them off when stdout is no terminal or NO_COLOR is set. */
  colour: boolean;
  /** Widest a table may be, in columns (the terminal's width); cells are cut with "…" to fit. Default 120. */
  width?: number;
  /** Add a table of every mention with its source and why it joined its entity (needs `extract(…, { explain: true })`). */
  explain?: boolean;
}

export const DEFAULT_TABLE_WIDTH = 120;

// One colour per type, the same in every table and every run.
export const TYPE_COLOURS: Record<EntityType, "cyan" | "green" | "yellow" | "magenta" | "blue"> = {
  PERSON: "cyan",
  COUNTRY: "green",
  LOCATION: "yellow",
  ORGANIZATION: "magenta",
  MISC: "blue",
};

const EVIDENCE_LENGTH = 60;
// Widest a column grows; a longer cell is cut with "…" (cells never wrap). When the table
// is still wider than the terminal, the widest columns give way first.
const MAX_WIDTH = { type: 12, name: 36, aliases: 36, mentions: 8, attributes: 48, source: 36 };
// Narrowest a column gets when the terminal is narrow (its header may be cut too).
const MIN_WIDTH = 3;

/** A heading line with the source, then the entity table and, if any, the relation table. */
export function formatTable(record: OutputRecord, options: TableOptions): string {
  if (isErrorRecord(record)) return "";
  const c = new Chalk({ level: options.colour ? 1 : 0 });
  const entityCount = plural(record.entities.length, "entity", "entities");
  const relationCount = plural(record.relations.length, "relation", "relations");
  const label = record.source === "-" ? "- (stdin)" : record.source;
  let out = `${c.bold(label)}  ${c.dim(`${entityCount}, ${relationCount}`)}\n`;
  const width = options.width ?? DEFAULT_TABLE_WIDTH;
  out += record.entities.length > 0 ? entityTable(record.entities, c, width) + "\n" : c.dim("(no entities)") + "\n";
  if (record.relations.length > 0) out += relationTable(record, c, width) + "\n";
  if (options.explain && record.entities.length > 0) out += explainTable(record.entities, c, width) + "\n";
  return out;
}

/**
 * After the tables: the inputs that failed, one row each (a failed input prints no table of
 * its own, so a reader of the output alone still sees what is missing). `more` counts
 * failures beyond the rows given.
 */
export function formatFailureTable(errors: readonly InputErrorRecord[], options: TableOptions & { more?: number }): string {
  const total = errors.length + (options.more ?? 0);
  if (total === 0) return "";
  const c = new Chalk({ level: options.colour ? 1 : 0 });
  let out = `${c.bold("failed")}  ${c.dim(plural(total, "input", "inputs"))}\n`;
  const rows = errors.map((e) => [e.source === "-" ? "- (stdin)" : e.source, e.error.code, e.error.message]);
  out += renderTable(["source", "error", "message"], rows, [60, 17, 60], c, options.width ?? DEFAULT_TABLE_WIDTH, (row) => [row[0]!, c.red(row[1]!), row[2]!], [0]) + "\n";
  if (options.more) out += c.dim(`… and ${options.more} more (every one is on standard error)`) + "\n";
  return out;
}

function entityTable(entities: readonly Entity[], c: ChalkInstance, width: number): string {
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
  return renderTable(head, rows, caps, c, width, (row, i) => [c[TYPE_COLOURS[entities[i]!.type]](row[0]!), ...row.slice(1)], [5]);
}

// --explain: one row per mention, under its entity.
function explainTable(entities: readonly Entity[], c: ChalkInstance, width: number): string {
  const rows: string[][] = [];
  const types: EntityType[] = [];
  for (const e of entities) {
    // Mentions alike in all but their offset share a row: "Russia  10, 218, 1918".
    const alike = new Map<string, string[]>();
    for (const { mention, source, why } of explainEntity(e)) {
      const key = JSON.stringify([mention.text, mention.form, source, why]);
      alike.set(key, [...(alike.get(key) ?? []), String(mention.start)]);
    }
    let first = true;
    for (const [key, offsets] of alike) {
      const [text, form, source, why] = JSON.parse(key) as string[];
      rows.push([first ? e.name : "", text!, form!, offsets.join(", "), source!, why!]);
      types.push(e.type);
      first = false;
    }
  }
  const head = ["entity", "mention", "form", "offsets", "source", "why"];
  return renderTable(head, rows, [28, 24, 8, 16, 36, 60], c, width, (row, i) => [c[TYPE_COLOURS[types[i]!]](row[0]!), ...row.slice(1)], [4]);
}

function relationTable(doc: DocumentResult, c: ChalkInstance, width: number): string {
  const nameOf = new Map(doc.entities.map((e) => [e.id, e.name]));
  const rows = doc.relations.map((r) => [
    nameOf.get(r.subject) ?? r.subject,
    relationLabel(r),
    nameOf.get(r.object) ?? r.object,
    snippet(r.evidence[0]?.text ?? "", EVIDENCE_LENGTH),
  ]);
  return renderTable(["subject", "relation", "object", "evidence"], rows, [28, 36, 28, EVIDENCE_LENGTH], c, width);
}

/** Column widths (content only) for cells of these widths, each capped, shrunk to fit `width` in all. */
export function fitColumns(natural: readonly number[], caps: readonly number[], width: number): number[] {
  const widths = natural.map((n, k) => Math.min(n, caps[k]!));
  // Each column has a space either side and a border on its right, plus the left border.
  const total = () => widths.reduce((a, b) => a + b, 0) + widths.length * 3 + 1;
  while (total() > width) {
    let widest = -1;
    for (let k = 0; k < widths.length; k++) if (widths[k]! > MIN_WIDTH && (widest < 0 || widths[k]! > widths[widest]!)) widest = k;
    if (widest < 0) break;
    widths[widest]!--;
  }
  return widths;
}

export function renderTable(
  head: string[],
  rows: string[][],
  caps: number[],
  c: ChalkInstance,
  width: number,
  paint: (row: string[], index: number) => string[] = (row) => row,
  /** Columns cut at their start ("…/countries.tsv:151"), where the end matters most. */
  cutStart: readonly number[] = [],
): string {
  const flat = rows.map((r) => r.map((cell) => cell.replace(/\s+/g, " ").trim()));
  const natural = head.map((h, col) => Math.max(h.length, ...flat.map((r) => [...(r[col] ?? "")].length)));
  const widths = fitColumns(natural, caps, width);
  // cli-table3 colours heads and borders itself unless told not to; chalk does it here
  // instead, so "no colour" really means no escape codes. Cells are cut here, before any
  // colour is added, so cli-table3 never wraps or cuts them itself.
  const table = new Table({
    head: head.map((h, col) => c.bold(snippet(h, widths[col]!))),
    colWidths: widths.map((w) => w + 2),
    wordWrap: false,
    style: { head: [], border: [] },
  });
  const cut = (cell: string, col: number) => (cutStart.includes(col) ? snippetEnd(cell, widths[col]!) : snippet(cell, widths[col]!));
  flat.forEach((row, i) => table.push(paint(row.map(cut), i)));
  return table.toString();
}

function relationLabel(r: Relation): string {
  return r.role ? `${r.type} (${r.role})` : r.type;
}

export function formatAttributes(attrs: Record<string, AttributeValue>): string {
  return attributePairs(attrs, "|", ", ");
}

/** Collapses whitespace and cuts to `max` characters, ending in "…" when cut. */
export function snippet(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  return chars.slice(0, max - 1).join("").trimEnd() + "…";
}

/** Like `snippet`, but keeps the end: "…/countries.tsv:151". */
export function snippetEnd(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  return "…" + chars.slice(chars.length - (max - 1)).join("").trimStart();
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
