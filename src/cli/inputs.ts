import { open, readdir, readFile, realpath, stat } from "node:fs/promises";
import * as path from "node:path";
import type { InputErrorCode, InputErrorRecord } from "../format/index.js";

// Turns the paths on the command line into a list of documents to read, in the order
// they will be printed, and reads each one into text. Nothing here throws for a bad
// path: a missing or unreadable input becomes an error entry that stands in its place.

export type Input =
  | { kind: "stdin"; source: "-" }
  | { kind: "file"; source: string; path: string }
  | { kind: "error"; source: string; error: InputErrorRecord["error"] };

export interface ResolvedInputs {
  inputs: Input[];
  /** One file or stdin was named: `--format json` prints an object, not an array. */
  single: boolean;
}

export type ReadResult = { text: string } | { error: InputErrorRecord["error"] };

/** Extensions taken when walking a folder; files without an extension are sniffed. */
export const TEXT_EXTENSIONS: readonly string[] = [".txt", ".text", ".md", ".markdown"];

const SNIFF_BYTES = 8192;

export async function resolveInputs(paths: readonly string[], cwd: string): Promise<ResolvedInputs> {
  if (paths.length === 0) return { inputs: [{ kind: "stdin", source: "-" }], single: true };
  const inputs: Input[] = [];
  let folders = 0;
  for (const given of paths) {
    if (given === "-") {
      inputs.push({ kind: "stdin", source: "-" });
      continue;
    }
    const full = path.resolve(cwd, given);
    let info;
    try {
      info = await stat(full);
    } catch (err) {
      inputs.push(errorInput(given, err));
      continue;
    }
    if (info.isDirectory()) {
      folders++;
      await walk(full, given, inputs, new Set([await realpath(full)]));
    } else {
      inputs.push({ kind: "file", source: given, path: full });
    }
  }
  return { inputs, single: paths.length === 1 && folders === 0 };
}

// Depth-first, entries sorted by name (code-unit order, the same on every machine).
// Hidden entries (.git, .DS_Store) are skipped; symlinked folders are followed once.
async function walk(dir: string, shown: string, out: Input[], seen: Set<string>): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (err) {
    out.push(errorInput(shown, err));
    return;
  }
  for (const name of names) {
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    const source = path.join(shown, name);
    let info;
    try {
      info = await stat(full);
    } catch (err) {
      if (isCode(err, "ENOENT")) continue; // a dangling symlink is not a document
      out.push(errorInput(source, err));
      continue;
    }
    if (info.isDirectory()) {
      const real = await realpath(full);
      if (seen.has(real)) continue;
      seen.add(real);
      await walk(full, source, out, seen);
    } else if (info.isFile() && (await isTextFile(full, name))) {
      out.push({ kind: "file", source, path: full });
    }
  }
}

async function isTextFile(full: string, name: string): Promise<boolean> {
  const ext = path.extname(name).toLowerCase();
  if (ext !== "") return TEXT_EXTENSIONS.includes(ext);
  try {
    const handle = await open(full, "r");
    try {
      const buf = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buf, 0, SNIFF_BYTES, 0);
      return looksLikeText(buf.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/** Text means a UTF-16 BOM, or no NUL byte (images, archives and office files all have them). */
export function looksLikeText(bytes: Uint8Array): boolean {
  return utf16Encoding(bytes) !== undefined || !bytes.includes(0);
}

function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/**
 * Bytes to text: UTF-16 when it starts with a UTF-16 BOM, else UTF-8, and Windows-1252
 * (a superset of Latin-1, common in older news archives) when the bytes are not valid
 * UTF-8. A leading BOM is dropped, so offsets count from the first real character.
 */
export function decode(bytes: Uint8Array): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes); // drops the BOM (ignoreBOM: false)
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Node's TextDecoder("windows-1252") decodes as ISO-8859-1 (0x93 stays a C1 control
// instead of a curly quote), so the 0x80–0x9F row is mapped here. Undefined bytes keep
// their Latin-1 code point.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

export async function readInput(input: Input, readStdin: () => Promise<Uint8Array>): Promise<ReadResult> {
  if (input.kind === "error") return { error: input.error };
  let bytes: Uint8Array;
  try {
    bytes = input.kind === "stdin" ? await readStdin() : await readFile(input.path);
  } catch (err) {
    return { error: describeError(err) };
  }
  if (!looksLikeText(bytes.subarray(0, SNIFF_BYTES))) {
    return { error: { code: "NOT_TEXT", message: "not a text file (it has NUL bytes)" } };
  }
  return { text: decode(bytes) };
}

/** Reads a stream to its end once; later calls get the same bytes (`newsner - -`). */
export function stdinReader(stdin: AsyncIterable<Uint8Array | string>): () => Promise<Uint8Array> {
  let bytes: Promise<Uint8Array> | undefined;
  return () => {
    bytes ??= (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk));
      return Buffer.concat(chunks);
    })();
    return bytes;
  };
}

function errorInput(source: string, err: unknown): Input {
  return { kind: "error", source, error: describeError(err) };
}

export function describeError(err: unknown): { code: InputErrorCode; message: string } {
  if (isCode(err, "ENOENT") || isCode(err, "ENOTDIR")) return { code: "NOT_FOUND", message: "no such file or directory" };
  if (isCode(err, "EACCES") || isCode(err, "EPERM")) return { code: "PERMISSION_DENIED", message: "permission denied" };
  if (isCode(err, "EISDIR")) return { code: "READ_ERROR", message: "is a directory" };
  const message = err instanceof Error ? err.message : String(err);
  return { code: "READ_ERROR", message };
}

function isCode(err: unknown, code: string): boolean {
  return typeof err === "object" && err !== null && (err as NodeJS.ErrnoException).code === code;
}
