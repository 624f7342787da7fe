import type { DocumentResult, Entity, Evidence, Mention, Relation } from "../types.js";
import { explainMention } from "./explain.js";

export type InputErrorCode =
  | "NOT_FOUND"
  | "PERMISSION_DENIED"
  | "NOT_TEXT"
  | "READ_ERROR"
  | "TOO_LARGE" // bigger than --max-bytes
  | "BAD_RECORD" // a --input jsonl line that is not a JSON object with a text field
  | "EXTRACT_FAILED";

/** What stands in the output for an input that could not be processed. */
export interface InputErrorRecord {
  source: string;
  error: { code: InputErrorCode; message: string };
}

export type OutputRecord = DocumentResult | InputErrorRecord;

export function isErrorRecord(record: OutputRecord): record is InputErrorRecord {
  return "error" in record;
}

// Objects are rebuilt with a fixed key order (and attributes sorted by key), so the bytes
// printed depend only on the values, never on the order in which the engine set fields.
export function toPlain(record: OutputRecord): object {
  if (isErrorRecord(record)) {
    return { source: record.source, error: { code: record.error.code, message: record.error.message } };
  }
  const plain: Record<string, unknown> = {
    source: record.source,
    entities: record.entities.map(plainEntity),
    relations: record.relations.map(plainRelation),
  };
  if (record.warnings && record.warnings.length > 0) plain.warnings = record.warnings.map((w) => ({ code: w.code, message: w.message }));
  return plain;
}

function plainEntity(e: Entity): object {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: [...e.aliases],
    mentions: e.mentions.map((m, k) => plainMention(m, e, k)),
    attributes: sortedAttributes(e.attributes),
    source: e.source,
  };
}

// With --explain each mention also says where it came from and why it joined its entity.
function plainMention(m: Mention, e: Entity, k: number): object {
  if (m.source === undefined) return { start: m.start, end: m.end, text: m.text, form: m.form };
  return { start: m.start, end: m.end, text: m.text, form: m.form, source: m.source, why: explainMention(e, k) };
}

function plainEvidence(ev: Evidence): object {
  return { start: ev.start, end: ev.end, text: ev.text };
}

function plainRelation(r: Relation): object {
  const out: Record<string, unknown> = { type: r.type, subject: r.subject, object: r.object };
  if (r.role !== undefined) out.role = r.role;
  out.evidence = r.evidence.map(plainEvidence);
  out.source = r.source;
  return out;
}

function sortedAttributes(attrs: Entity["attributes"]): Entity["attributes"] {
  const out: Entity["attributes"] = {};
  for (const key of Object.keys(attrs).sort(compareCodeUnits)) {
    const value = attrs[key];
    out[key] = Array.isArray(value) ? [...value] : value;
  }
  return out;
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `--format json` for one input: the object, pretty-printed with 2 spaces, and a newline. */
export function formatJson(record: OutputRecord): string {
  return JSON.stringify(toPlain(record), null, 2) + "\n";
}

/** `--format jsonl`: one compact object on one line. */
export function formatJsonLine(record: OutputRecord): string {
  return JSON.stringify(toPlain(record)) + "\n";
}

/** `--format json` for several inputs: the same bytes as `JSON.stringify(array, null, 2)`. */
export function formatJsonArray(records: readonly OutputRecord[]): string {
  const writer = jsonArrayWriter();
  return writer.begin() + records.map((r) => writer.item(r)).join("") + writer.end();
}

// Prints a JSON array one element at a time, so a large corpus streams out instead of
// waiting for the last file. Each element is indented by two more spaces than on its own;
// JSON strings never hold a raw newline, so indenting line by line is exact.
export function jsonArrayWriter(): { begin(): string; item(record: OutputRecord): string; end(): string } {
  const join = jsonArrayJoiner();
  return { begin: () => "", item: (record) => join.item(jsonArrayElement(record)), end: join.end };
}

/** One element of a `--format json` array, indented, without the separator before it. */
export function jsonArrayElement(record: OutputRecord): string {
  return JSON.stringify(toPlain(record), null, 2).replace(/\n/g, "\n  ");
}

/** Joins elements made by `jsonArrayElement` (possibly in another thread) into the array. */
export function jsonArrayJoiner(): { item(element: string): string; end(): string } {
  let count = 0;
  return {
    item: (element) => (count++ === 0 ? "[\n  " : ",\n  ") + element,
    end: () => (count === 0 ? "[]\n" : "\n]\n"),
  };
}
