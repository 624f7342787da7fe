import { extract, loadGazetteers, type Gazetteer } from "../index.js";
import { wordList } from "../gazetteer/gazetteer.js";
import { formatJson, formatJsonLine, jsonArrayElement, type InputErrorRecord, type OutputRecord } from "../format/json.js";
import type { DocumentResult, DocumentWarning, EntityType } from "../types.js";
import { decodeFile, decodeUtf8 } from "./decode.js";
import { parseRecord, type RecordFields } from "./jsonl.js";
import { writeFileAtomic } from "./out-dir.js";
import { summaryRows, type SummaryRow } from "./summary.js";

// One unit of batch work, the same code whether it runs in the main thread (--jobs 1)
// or in a worker: bytes in, rendered text out. That is what makes `--jobs N` print
// byte for byte what `--jobs 1` prints.

/** How a result is turned into text for standard output. */
export type Rendering =
  | "jsonl" // one compact line
  | "json" // one pretty object (a single input)
  | "json-element" // one element of a pretty array; the main thread adds "[", "," and "]"
  | "table"
  | "text" // the article with its mentions marked
  | "csv" // rows without the header; the main thread prints it once
  | "conll"
  | "none"; // nothing printed (--summary, or --out writing files)

export interface BatchConfig {
  rendering: Rendering;
  colour: boolean;
  types?: EntityType[];
  tagger: boolean;
  /** Types to reduce each document to for --summary; none means no summary. */
  summaryTypes?: EntityType[];
  fields: RecordFields;
  /** --gazetteer files, as the engine should open them. */
  extraFiles: string[];
  /** --explain: mentions carry their source; tables add the explanation table. */
  explain?: boolean;
  /** --format csv --relations: one row per relation. */
  relations?: boolean;
  /** Widest a table may be (the terminal's width). */
  width?: number;
}

/** Where an item's bytes are: [start, end) of its batch's buffer. */
interface Span {
  start: number;
  end: number;
}

export type Item =
  | (Span & { kind: "text"; source: string; outPath?: string }) // a whole file or stdin
  | (Span & { kind: "record"; fallback: string }) // one JSONL line; `fallback` is `input:line`
  | (Span & { kind: "done"; source: string }) // a result already in --out (for --summary on resume)
  | { kind: "error"; source: string; error: InputErrorRecord["error"] };

export interface Batch {
  seq: number;
  /** A buffer of its own, so it can be handed to a worker without a copy. */
  bytes: Uint8Array;
  items: Item[];
}

export interface BatchResult {
  seq: number;
  /** One rendered piece per item ("" when nothing is printed for it). */
  pieces: string[];
  /** `source: message` for each input that failed, in order. */
  failures: string[];
  /** The failed inputs' error records, in order (a table run lists them after the tables). */
  errors: InputErrorRecord[];
  /** Lines for standard error, in input order: each failure (as in `failures`) and each
   * warning an input was processed despite (`source: warning: message`, INVALID_UTF8). */
  messages: string[];
  documents: number;
  /** Per document processed, when a summary is wanted. */
  rows?: SummaryRow[][];
}

export interface BatchContext {
  config: BatchConfig;
  gazetteers: Gazetteer;
  /** `text` is the document the record came from (the text and conll formats print it). */
  render(record: OutputRecord, text: string): string;
}

/** Loads what a thread needs once: the gazetteers (throws GazetteerError) and a renderer. */
export async function createContext(config: BatchConfig, gazetteers?: Gazetteer): Promise<BatchContext> {
  const loaded = gazetteers ?? loadGazetteers({ extraFiles: config.extraFiles });
  return { config, gazetteers: loaded, render: await renderer(config, loaded) };
}

async function renderer(config: BatchConfig, gazetteers: Gazetteer): Promise<(record: OutputRecord, text: string) => string> {
  switch (config.rendering) {
    case "jsonl":
      return formatJsonLine;
    case "json":
      return formatJson;
    case "json-element":
      return jsonArrayElement;
    case "table": {
      // Loaded only when wanted: chalk and cli-table3 cost start-up time.
      const { formatTable } = await import("../format/table.js");
      return (record) => formatTable(record, { colour: config.colour, width: config.width, explain: config.explain });
    }
    case "text": {
      const { formatText } = await import("../format/text.js");
      return (record, text) => formatText(record, text, { colour: config.colour });
    }
    case "csv": {
      const { formatCsvRows } = await import("../format/csv.js");
      return (record) => formatCsvRows(record, { relations: config.relations });
    }
    case "conll": {
      const { formatConll } = await import("../format/conll.js");
      const cues = { abbreviations: wordList(gazetteers, "abbreviations") };
      return (record, text) => formatConll(record, text, cues);
    }
    case "none":
      return () => "";
  }
}

const utf8 = new TextDecoder();

export function processBatch(batch: Batch, ctx: BatchContext): BatchResult {
  const { config } = ctx;
  const result: BatchResult = { seq: batch.seq, pieces: [], failures: [], errors: [], messages: [], documents: 0 };
  if (config.summaryTypes) result.rows = [];
  const fail = (line: string) => {
    result.failures.push(line);
    result.messages.push(line);
  };
  for (const item of batch.items) {
    let record: OutputRecord;
    if (item.kind === "done") {
      try {
        for (const doc of parseDone(batch.bytes.subarray(item.start, item.end))) {
          result.documents++;
          result.rows?.push(summaryRows(doc, config.summaryTypes ?? []));
        }
      } catch {
        fail(`${item.source}: an earlier result that is not valid JSON; delete it to redo it`);
      }
      result.pieces.push("");
      continue;
    }
    let text = "";
    record = toRecord(item, batch.bytes, ctx, (t) => (text = t));
    if ("error" in record) {
      fail(`${record.source}: ${record.error.message}`);
      result.errors.push(record);
    } else {
      for (const w of record.warnings ?? []) result.messages.push(`${record.source}: warning: ${w.message}`);
      result.documents++;
      if (config.summaryTypes) result.rows!.push(summaryRows(record, config.summaryTypes));
    }
    if (item.kind === "text" && item.outPath !== undefined) {
      if (!("error" in record)) {
        try {
          writeFileAtomic(item.outPath, formatJson(record));
        } catch (err) {
          fail(`${item.outPath}: cannot write result: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      result.pieces.push("");
    } else {
      result.pieces.push(ctx.render(record, text));
    }
  }
  return result;
}

function toRecord(item: Exclude<Item, { kind: "done" }>, bytes: Uint8Array, ctx: BatchContext, keepText: (text: string) => void): OutputRecord {
  if (item.kind === "error") return { source: item.source, error: item.error };
  const span = bytes.subarray(item.start, item.end);
  let source: string;
  let text: string;
  let warnings: DocumentWarning[];
  if (item.kind === "text") {
    source = item.source;
    const decoded = decodeFile(span);
    if ("error" in decoded) return { source, error: decoded.error };
    ({ text, warnings } = decoded);
  } else {
    const line = decodeUtf8(span);
    const parsed = parseRecord(line.text, ctx.config.fields, item.fallback);
    if ("error" in parsed) return parsed;
    source = parsed.source;
    text = parsed.text;
    warnings = line.warnings;
  }
  keepText(text);
  try {
    const result = extract(text, { source, types: ctx.config.types, gazetteers: ctx.gazetteers, tagger: ctx.config.tagger, explain: ctx.config.explain });
    return warnings.length > 0 ? { ...result, warnings } : result;
  } catch (err) {
    return { source, error: { code: "EXTRACT_FAILED", message: err instanceof Error ? err.message : String(err) } };
  }
}

// A result file from an earlier run: one JSON object, or JSON lines.
function parseDone(bytes: Uint8Array): DocumentResult[] {
  const text = utf8.decode(bytes).trim();
  if (text === "") return [];
  const docs = text.startsWith("{\n") ? [JSON.parse(text)] : text.split("\n").map((l) => JSON.parse(l));
  return (docs as OutputRecord[]).filter((d): d is DocumentResult => !("error" in d));
}
