import { extract, loadGazetteers, type Gazetteer } from "../index.js";
import { formatJson, formatJsonLine, jsonArrayElement, type InputErrorRecord, type OutputRecord } from "../format/json.js";
import type { DocumentResult, EntityType } from "../types.js";
import { decode, looksLikeText, SNIFF_BYTES } from "./decode.js";
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
  documents: number;
  /** Per document processed, when a summary is wanted. */
  rows?: SummaryRow[][];
}

export interface BatchContext {
  config: BatchConfig;
  gazetteers: Gazetteer;
  render(record: OutputRecord): string;
}

/** Loads what a thread needs once: the gazetteers (throws GazetteerError) and a renderer. */
export async function createContext(config: BatchConfig, gazetteers?: Gazetteer): Promise<BatchContext> {
  const loaded = gazetteers ?? loadGazetteers({ extraFiles: config.extraFiles });
  return { config, gazetteers: loaded, render: await renderer(config) };
}

async function renderer(config: BatchConfig): Promise<(record: OutputRecord) => string> {
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
      return (record) => formatTable(record, { colour: config.colour });
    }
    case "none":
      return () => "";
  }
}

const utf8 = new TextDecoder();

export function processBatch(batch: Batch, ctx: BatchContext): BatchResult {
  const { config } = ctx;
  const result: BatchResult = { seq: batch.seq, pieces: [], failures: [], documents: 0 };
  if (config.summaryTypes) result.rows = [];
  for (const item of batch.items) {
    let record: OutputRecord;
    if (item.kind === "done") {
      try {
        for (const doc of parseDone(batch.bytes.subarray(item.start, item.end))) {
          result.documents++;
          result.rows?.push(summaryRows(doc, config.summaryTypes ?? []));
        }
      } catch {
        result.failures.push(`${item.source}: an earlier result that is not valid JSON; delete it to redo it`);
      }
      result.pieces.push("");
      continue;
    }
    record = toRecord(item, batch.bytes, ctx);
    if ("error" in record) {
      result.failures.push(`${record.source}: ${record.error.message}`);
    } else {
      result.documents++;
      if (config.summaryTypes) result.rows!.push(summaryRows(record, config.summaryTypes));
    }
    if (item.kind === "text" && item.outPath !== undefined) {
      if (!("error" in record)) {
        try {
          writeFileAtomic(item.outPath, formatJson(record));
        } catch (err) {
          result.failures.push(`${item.outPath}: cannot write result: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      result.pieces.push("");
    } else {
      result.pieces.push(ctx.render(record));
    }
  }
  return result;
}

function toRecord(item: Exclude<Item, { kind: "done" }>, bytes: Uint8Array, ctx: BatchContext): OutputRecord {
  if (item.kind === "error") return { source: item.source, error: item.error };
  const span = bytes.subarray(item.start, item.end);
  let source: string;
  let text: string;
  if (item.kind === "text") {
    source = item.source;
    if (!looksLikeText(span.subarray(0, SNIFF_BYTES))) {
      return { source, error: { code: "NOT_TEXT", message: "not a text file (it has NUL bytes)" } };
    }
    text = decode(span);
  } else {
    const parsed = parseRecord(utf8.decode(span), ctx.config.fields, item.fallback);
    if ("error" in parsed) return parsed;
    source = parsed.source;
    text = parsed.text;
  }
  try {
    return extract(text, { source, types: ctx.config.types, gazetteers: ctx.gazetteers, tagger: ctx.config.tagger });
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
