import type { InputErrorRecord } from "../format/index.js";

// `--input jsonl`: one JSON object per line, `{"id": "…", "text": "…"}`. The main thread
// only finds line ends (Buffer.indexOf, no decoding); parsing happens where the
// extraction does, in the workers. A line longer than --max-bytes is skipped without being
// kept in memory, and reported in its place.

/** A complete line: bytes [start, end) of its chunk, without the "\n" or "\r\n". */
export interface LineRef {
  start: number;
  end: number;
  /** 1-based line number in its input. */
  line: number;
}

/** A line longer than the limit, dropped as it streamed past. */
export interface LongLine {
  line: number;
  size: number;
  tooLarge: true;
}

/** The complete lines that had arrived by the time a chunk was read. */
export interface LineChunk {
  bytes: Uint8Array;
  lines: (LineRef | LongLine)[];
  /** Bytes of input consumed by these lines, newlines included (for progress). */
  consumed: number;
}

/**
 * Splits a byte stream into lines, yielding every complete line as soon as the chunk that
 * ends it arrives, so a slow producer's records are answered one by one. Blank lines are
 * skipped (they still count in line numbers); a UTF-8 BOM before the first line is dropped.
 */
export async function* splitLines(stream: AsyncIterable<Uint8Array | string>, maxBytes = Infinity): AsyncGenerator<LineChunk> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let discarding = -1; // bytes of an over-long line seen so far, or -1
  let lineNo = 0;
  let first = true;
  for await (const raw of stream) {
    let chunk = typeof raw === "string" ? Buffer.from(raw, "utf8") : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    if (chunk.length === 0) continue;
    const lines: (LineRef | LongLine)[] = [];
    let consumed = 0;
    if (discarding >= 0) {
      const nl = chunk.indexOf(10);
      if (nl === -1) {
        discarding += chunk.length;
        continue;
      }
      lines.push({ line: ++lineNo, size: discarding + nl, tooLarge: true });
      consumed += discarding + nl + 1;
      discarding = -1;
      chunk = chunk.subarray(nl + 1);
    }
    const nl = chunk.indexOf(10);
    if (nl === -1) {
      pending.push(chunk);
      pendingSize += chunk.length;
      if (pendingSize > maxBytes) {
        discarding = pendingSize;
        pending = [];
        pendingSize = 0;
      }
      if (lines.length > 0) yield { bytes: new Uint8Array(0), lines, consumed };
      continue;
    }
    const bytes = pending.length > 0 ? Buffer.concat([...pending, chunk]) : chunk;
    let pos = 0;
    if (first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) pos = 3;
    first = false;
    pending = [];
    pendingSize = 0;
    let end: number;
    while ((end = bytes.indexOf(10, pos)) !== -1) {
      lineNo++;
      pushLine(lines, bytes, pos, end, lineNo, maxBytes);
      consumed += end + 1 - pos;
      pos = end + 1;
    }
    if (pos < bytes.length) {
      const rest = Buffer.from(bytes.subarray(pos)); // a copy, so the chunk can be freed
      if (rest.length > maxBytes) discarding = rest.length;
      else {
        pending.push(rest);
        pendingSize = rest.length;
      }
    }
    if (lines.length > 0) yield { bytes, lines, consumed };
  }
  if (discarding >= 0) {
    yield { bytes: new Uint8Array(0), lines: [{ line: ++lineNo, size: discarding, tooLarge: true }], consumed: discarding };
  } else if (pendingSize > 0) {
    const bytes = Buffer.concat(pending);
    let start = 0;
    if (first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    const lines: (LineRef | LongLine)[] = [];
    pushLine(lines, bytes, start, bytes.length, ++lineNo, maxBytes);
    if (lines.length > 0) yield { bytes, lines, consumed: bytes.length };
  }
}

function pushLine(lines: (LineRef | LongLine)[], bytes: Uint8Array, start: number, end: number, line: number, maxBytes: number): void {
  if (end > start && bytes[end - 1] === 13) end--;
  if (isBlank(bytes, start, end)) return;
  if (end - start > maxBytes) lines.push({ line, size: end - start, tooLarge: true });
  else lines.push({ start, end, line });
}

function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  }
  return true;
}

export interface RecordFields {
  /** Key of the text to extract from; default "text". */
  textField: string;
  /** Key of the record's id, reported as `source`; default "id". */
  idField: string;
}

export type ParsedRecord = { source: string; text: string } | InputErrorRecord;

/**
 * One JSONL line to the text and the source it is reported under: the id when it is a
 * string or a number, else `<input>:<line>` (`fallback`).
 */
export function parseRecord(line: string, fields: RecordFields, fallback: string): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return badRecord(fallback, "not valid JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return badRecord(fallback, "not a JSON object");
  const record = value as Record<string, unknown>;
  const id = record[fields.idField];
  const source = typeof id === "string" ? id : typeof id === "number" && Number.isFinite(id) ? String(id) : fallback;
  const text = record[fields.textField];
  if (typeof text !== "string") {
    return badRecord(source, text === undefined ? `no "${fields.textField}" field` : `"${fields.textField}" is not a string`);
  }
  return { source, text };
}

function badRecord(source: string, message: string): InputErrorRecord {
  return { source, error: { code: "BAD_RECORD", message } };
}
