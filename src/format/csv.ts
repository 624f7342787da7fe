import { attributePairs } from "./attributes.js";
import { isErrorRecord, type OutputRecord } from "./json.js";

// `--format csv`: RFC 4180, so a spreadsheet opens it as is: CRLF line ends, a header
// row, and a field in double quotes when it holds a comma, a quote, CR or LF (quotes
// inside doubled). One row per entity, or with `--relations` one row per relation.
// Lists inside a field are joined with " | " (aliases) and "; " (attributes).

export const ENTITY_COLUMNS = ["source", "id", "type", "name", "aliases", "mentions", "attributes"] as const;
export const RELATION_COLUMNS = [
  "source",
  "type",
  "subject_id",
  "subject",
  "object_id",
  "object",
  "role",
  "evidence_count",
  "evidence",
  "rule",
] as const;

export interface CsvOptions {
  /** One row per relation instead of one per entity. */
  relations?: boolean;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(values: readonly string[]): string {
  return values.map(csvField).join(",") + "\r\n";
}

export function csvHeader(options: CsvOptions = {}): string {
  return csvRow(options.relations ? RELATION_COLUMNS : ENTITY_COLUMNS);
}

/** The rows of one record, without the header; an input that failed gives no row. */
export function formatCsvRows(record: OutputRecord, options: CsvOptions = {}): string {
  if (isErrorRecord(record)) return "";
  if (options.relations) {
    const nameOf = new Map(record.entities.map((e) => [e.id, e.name]));
    return record.relations
      .map((r) =>
        csvRow([
          record.source,
          r.type,
          r.subject,
          nameOf.get(r.subject) ?? "",
          r.object,
          nameOf.get(r.object) ?? "",
          r.role ?? "",
          String(r.evidence.length),
          (r.evidence[0]?.text ?? "").replace(/\s+/g, " ").trim(),
          r.source,
        ]),
      )
      .join("");
  }
  return record.entities
    .map((e) => csvRow([record.source, e.id, e.type, e.name, e.aliases.join(" | "), String(e.mentions.length), attributePairs(e.attributes, ",", "; ")]))
    .join("");
}

/** Header and rows for all records. */
export function formatCsv(records: readonly OutputRecord[], options: CsvOptions = {}): string {
  return csvHeader(options) + records.map((r) => formatCsvRows(r, options)).join("");
}
