// Bytes to text, shared by the CLI (one file at a time) and the batch workers.

import type { InputErrorRecord } from "../format/json.js";
import type { DocumentWarning } from "../types.js";

/** How much of a file is looked at to decide whether it is text. */
export const SNIFF_BYTES = 8192;

/** A text with the problems met while decoding it (bytes that were replaced). */
export interface Decoded {
  text: string;
  warnings: DocumentWarning[];
}

/**
 * Why these bytes (the start of a file) are not text, or undefined when they are. Text
 * means a UTF-16 BOM, or no NUL byte (images, archives and office files all have them)
 * and not mostly bytes that decode to nothing: a sample where more than 30% of the
 * characters are U+FFFD or control characters is binary even without a NUL. A few bad
 * bytes (a Latin-1 "é" in an otherwise English text) keep it text; they are replaced and
 * reported when it is decoded.
 */
export function notTextReason(sample: Uint8Array): string | undefined {
  if (utf16Encoding(sample) !== undefined) return undefined;
  if (sample.includes(0)) return "it has NUL bytes";
  let controls = 0;
  let high = false;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b >= 0x80) high = true;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  if (!high && controls < MIN_ODD) return undefined; // ASCII text, the common case
  // stream: a multi-byte character cut at the end of the sample is not counted as bad.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(sample, { stream: true });
  let odd = controls;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) odd++;
  return odd >= MIN_ODD && odd > text.length * 0.3 ? "mostly bytes that are not UTF-8 or UTF-16 text" : undefined;
}

/** Fewer odd characters than this never make a sample binary (a short Latin-1 note is text). */
const MIN_ODD = 8;

/** True when `notTextReason` finds nothing wrong. */
export function looksLikeText(bytes: Uint8Array): boolean {
  return notTextReason(bytes) === undefined;
}

function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const utf8Lossy = new TextDecoder("utf-8");
const utf8StrictKeepBom = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8LossyKeepBom = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * Bytes to text: UTF-16 when it starts with a UTF-16 BOM, else UTF-8. A BOM stays in
 * the text as U+FEFF: the engine and the formatters drop exactly one leading BOM, so
 * offsets count from the first character after it, and a file that starts with two (a
 * BOM before text that had one) keeps the second as a character, as a reader that drops
 * one BOM (Python's utf-8-sig) sees it. Bytes that are not valid UTF-8 become U+FFFD
 * (one per bad sequence, as the WHATWG decoder does) and an INVALID_UTF8 warning says
 * how many and where the first was: text is never dropped and never guessed at (an older
 * Windows-1252 fallback read a stray byte in a UTF-8 file as a whole file of mojibake,
 * without a word).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { text: new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes), warnings: [] };
  return utf8(bytes, utf8StrictKeepBom, utf8LossyKeepBom);
}

/**
 * A file's bytes as text, or the NOT_TEXT error saying why they are not (`notTextReason`). The
 * decoded text is looked at first: when its first SNIFF_BYTES characters, which cover the
 * sniffed bytes, hold no control character, NUL or U+FFFD, the bytes are text without a look
 * at each byte.
 */
export function decodeFile(bytes: Uint8Array): Decoded | { error: InputErrorRecord["error"] } {
  const decoded = decodeBytes(bytes);
  const text = decoded.text;
  if (!ODD_CHARACTER.test(text.length > SNIFF_BYTES ? text.slice(0, SNIFF_BYTES) : text)) return decoded;
  const notText = notTextReason(bytes.subarray(0, SNIFF_BYTES));
  return notText === undefined ? decoded : { error: { code: "NOT_TEXT", message: `not a text file (${notText})` } };
}

/** A character that makes `notTextReason` look closer: a control other than those text uses, or a replaced byte. */
const ODD_CHARACTER = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\ufffd]/;

/** The text a reader sees: `decodeBytes` with one leading BOM dropped, without the warnings. */
export function decode(bytes: Uint8Array): string {
  return dropBom(decodeBytes(bytes).text);
}

/** The text without one leading U+FEFF: what offsets count. */
export function dropBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** UTF-8 only (a JSONL line): a leading BOM dropped, invalid sequences replaced and reported. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  return utf8(bytes, utf8Strict, utf8Lossy);
}

function utf8(bytes: Uint8Array, strict: TextDecoder, lossy: TextDecoder): Decoded {
  try {
    return { text: strict.decode(bytes), warnings: [] };
  } catch {
    const text = lossy.decode(bytes);
    return { text, warnings: [invalidUtf8Warning(bytes, text)] };
  }
}

function invalidUtf8Warning(bytes: Uint8Array, text: string): DocumentWarning {
  // Replacements made = U+FFFD in the text that were not already in the bytes (EF BF BD).
  let replaced = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) replaced++;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = buf.indexOf(REPLACEMENT_BYTES); at !== -1; at = buf.indexOf(REPLACEMENT_BYTES, at + 3)) replaced--;
  const first = firstInvalidUtf8(bytes);
  const what = replaced === 1 ? "1 invalid UTF-8 sequence" : `${replaced} invalid UTF-8 sequences`;
  return { code: "INVALID_UTF8", message: `${what} replaced with U+FFFD (the first at byte offset ${first})` };
}

const REPLACEMENT_BYTES = Buffer.from([0xef, 0xbf, 0xbd]); // U+FFFD in UTF-8

/**
 * The byte offset of the first sequence that is not well-formed UTF-8 (the Unicode
 * standard's table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF), or -1.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c === 0xe0) (need = 2), (lo = 0xa0);
    else if (c === 0xed) (need = 2), (hi = 0x9f);
    else if (c >= 0xe1 && c <= 0xef) need = 2;
    else if (c === 0xf0) (need = 3), (lo = 0x90);
    else if (c === 0xf4) (need = 3), (hi = 0x8f);
    else if (c >= 0xf1 && c <= 0xf3) need = 3;
    else return i;
    if (i + need >= n) return i;
    const second = b[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}
