import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { open, readdir, realpath, stat } from "node:fs/promises";
import * as path from "node:path";
import { decodeFile, dropBom, looksLikeText, SNIFF_BYTES } from "../batch/decode.js";
import type { InputErrorCode, InputErrorRecord } from "../format/index.js";
import type { DocumentWarning } from "../types.js";
import type { GlobMatcher } from "./glob.js";
import type { Dirent } from "node:fs";

export { decode, decodeBytes, dropBom, looksLikeText, notTextReason } from "../batch/decode.js";

// Turns the paths on the command line into the documents to read, in the order they will
// be printed, and reads each one into text. Folders are walked lazily, one directory at a
// time, so a tree of millions of files costs no more memory than its widest folder.
// Nothing here throws for a bad path: a missing or unreadable input becomes an error
// entry that stands in its place.

export type Input =
  | { kind: "stdin"; source: "-" }
  | {
      kind: "file";
      /** The path as the user will see it: the folder as typed, then the names below it. */
      source: string;
      /** Absolute path. */
      path: string;
      /** Size in bytes when the file was listed, if it was looked up (not for plain files
       * met in a walk: one stat call per file costs more than it gives). */
      size?: number;
      /** Where it sits in the mirrored tree of `--out DIR` (see `openInputs`). */
      rel: string;
    }
  | { kind: "error"; source: string; error: InputErrorRecord["error"] };

export interface WalkOptions {
  /** Extensions (lower-case, with the dot) taken when walking a folder. Without it the
   * walk takes TEXT_EXTENSIONS plus extension-less files that look like text. */
  extensions?: readonly string[];
  /** Only files whose path below the walked folder matches one of these. Without
   * `extensions`, any matching file that looks like text is taken. */
  globs?: readonly GlobMatcher[];
}

export interface OpenedInputs {
  inputs: AsyncIterable<Input>;
  /** One file or stdin was named: `--format json` prints an object, not an array. */
  single: boolean;
}

export interface ResolvedInputs {
  inputs: Input[];
  single: boolean;
}

/** The text of an input, with `warnings` only when decoding met a problem (INVALID_UTF8). */
export type ReadResult = { text: string; warnings?: DocumentWarning[] } | { error: InputErrorRecord["error"] };

/** Extensions taken when walking a folder; files without an extension are sniffed. */
export const TEXT_EXTENSIONS: readonly string[] = [".txt", ".text", ".md", ".markdown"];

/** Extensions taken when walking a folder with `--input jsonl`. */
export const JSONL_EXTENSIONS: readonly string[] = [".jsonl", ".ndjson"];

/**
 * The inputs named by `paths`, listed lazily. `rel` mirrors the input tree for `--out`:
 * with one folder named, paths below it ("a/b.txt"); otherwise each named path keeps its
 * own last name on top ("corpus/a/b.txt", "notes.txt").
 */
export async function openInputs(paths: readonly string[], cwd: string, options: WalkOptions = {}): Promise<OpenedInputs> {
  if (paths.length === 0) return { inputs: once({ kind: "stdin", source: "-" }), single: true };
  let single = false;
  if (paths.length === 1 && paths[0] !== "-") {
    const info = await stat(path.resolve(cwd, paths[0]!)).catch(() => undefined);
    single = !info?.isDirectory();
  } else if (paths.length === 1) {
    single = true;
  }
  return { inputs: listInputs(paths, cwd, options), single };
}

/** Every input at once (tests and small runs); `openInputs` streams them. */
export async function resolveInputs(paths: readonly string[], cwd: string, options: WalkOptions = {}): Promise<ResolvedInputs> {
  const { inputs, single } = await openInputs(paths, cwd, options);
  const list: Input[] = [];
  for await (const input of inputs) list.push(input);
  return { inputs: list, single };
}

async function* once(input: Input): AsyncGenerator<Input> {
  yield input;
}

async function* listInputs(paths: readonly string[], cwd: string, options: WalkOptions): AsyncGenerator<Input> {
  const onlyFolder = paths.length === 1;
  for (const given of paths) {
    if (given === "-") {
      yield { kind: "stdin", source: "-" };
      continue;
    }
    const full = path.resolve(cwd, given);
    let info;
    try {
      info = await stat(full);
    } catch (err) {
      yield errorInput(given, err);
      continue;
    }
    const top = path.basename(full);
    if (info.isDirectory()) {
      const filter = fileFilter(options);
      yield* walk(full, given, onlyFolder ? "" : top, "", filter, new Set([await realpath(full)]));
    } else {
      yield { kind: "file", source: given, path: full, size: info.size, rel: top };
    }
  }
}

type FileFilter = (full: string, name: string, below: string) => Promise<boolean>;

function fileFilter(options: WalkOptions): FileFilter {
  const { extensions, globs } = options;
  return async (full, name, below) => {
    if (globs && globs.length > 0 && !globs.some((g) => g(below))) return false;
    const ext = path.extname(name).toLowerCase();
    if (extensions) return extensions.includes(ext);
    if (globs && globs.length > 0) return sniffText(full);
    if (ext !== "") return TEXT_EXTENSIONS.includes(ext);
    return sniffText(full);
  };
}

// Depth-first, entries sorted by name (code-unit order, the same on every machine).
// Hidden entries (.git, .DS_Store) are skipped. A symlink is followed, but each real
// folder is walked once: a link back up the tree (a loop) or to a folder already walked
// adds nothing.
async function* walk(
  dir: string,
  shown: string,
  relDir: string,
  below: string,
  filter: FileFilter,
  seen: Set<string>,
): AsyncGenerator<Input> {
  let entries: Dirent[];
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    yield errorInput(shown, err);
    return;
  }
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    const source = path.join(shown, name);
    const rel = relDir === "" ? name : `${relDir}/${name}`;
    const relBelow = below === "" ? name : `${below}/${name}`;
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    let size: number | undefined;
    if (entry.isSymbolicLink()) {
      let info;
      try {
        info = await stat(full);
      } catch (err) {
        if (isCode(err, "ENOENT") || isCode(err, "ELOOP")) continue; // a dangling or looping symlink is not a document
        yield errorInput(source, err);
        continue;
      }
      isDirectory = info.isDirectory();
      isFile = info.isFile();
      size = info.size;
    }
    if (isDirectory) {
      let real: string;
      try {
        real = await realpath(full);
      } catch (err) {
        yield errorInput(source, err);
        continue;
      }
      if (seen.has(real)) continue;
      seen.add(real);
      yield* walk(full, source, rel, relBelow, filter, seen);
    } else if (isFile && (await filter(full, name, relBelow))) {
      yield size === undefined ? { kind: "file", source, path: full, rel } : { kind: "file", source, path: full, size, rel };
    }
  }
}

async function sniffText(full: string): Promise<boolean> {
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

/** Thrown by a stdin reader when standard input holds more than `--max-bytes`. */
export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`larger than --max-bytes (${limit} bytes)`);
  }
}

export function tooLargeError(limit: number): InputErrorRecord["error"] {
  return { code: "TOO_LARGE", message: `larger than --max-bytes (${limit} bytes)` };
}

/** The bytes of one input, or its error; a file over `maxBytes` is never read. */
export async function readInputBytes(
  input: Input,
  readStdin: () => Promise<Uint8Array>,
  maxBytes = Infinity,
): Promise<{ bytes: Uint8Array } | { error: InputErrorRecord["error"] }> {
  if (input.kind === "error") return { error: input.error };
  try {
    const bytes = input.kind === "stdin" ? await readStdin() : readFileBounded(input.path, maxBytes);
    if (bytes === undefined || bytes.length > maxBytes) return { error: tooLargeError(maxBytes) };
    return { bytes };
  } catch (err) {
    if (err instanceof TooLargeError) return { error: tooLargeError(err.limit) };
    return { error: describeError(err) };
  }
}

/**
 * A whole file, read synchronously into a buffer of its own (so it can be moved to a
 * worker without a copy), or undefined when it holds more than `maxBytes`. Synchronous
 * on purpose: news files are small and cached, and an await per file left the extractor
 * idle a tenth of the time while the next file was fetched.
 */
export function readFileBounded(file: string, maxBytes = Infinity): Uint8Array | undefined {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return undefined;
    let buf = new Uint8Array(new ArrayBuffer(size));
    let length = 0;
    for (;;) {
      if (length < buf.length) {
        const n = readSync(fd, buf, length, buf.length - length, null);
        if (n === 0) break;
        length += n;
        continue;
      }
      // The buffer is full: the end of the file, unless it grew since fstat (or reports no
      // size, as /proc files do), which a read into the scratch buffer tells without a copy.
      const n = readSync(fd, scratch, 0, scratch.length, null);
      if (n === 0) break;
      if (length + n > maxBytes) return undefined;
      const bigger = new Uint8Array(new ArrayBuffer(Math.max(length + n, buf.length * 2)));
      bigger.set(buf);
      bigger.set(scratch.subarray(0, n), length);
      buf = bigger;
      length += n;
    }
    return length === buf.length ? buf : buf.slice(0, length);
  } finally {
    closeSync(fd);
  }
}

const scratch = new Uint8Array(64 * 1024);

/** A file in chunks of at most `size` bytes, read synchronously (see readFileBounded). */
export async function* readChunks(file: string, size: number): AsyncGenerator<Uint8Array> {
  const fd = openSync(file, "r");
  try {
    for (;;) {
      const buf = Buffer.allocUnsafeSlow(size);
      const n = readSync(fd, buf, 0, size, null);
      if (n === 0) return;
      yield buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** The size of a file, for progress totals; 0 when it cannot be read. */
export function sizeOf(input: Input): number {
  if (input.kind !== "file") return 0;
  if (input.size !== undefined) return input.size;
  try {
    return statSync(input.path).size;
  } catch {
    return 0;
  }
}

export async function readInput(input: Input, readStdin: () => Promise<Uint8Array>, maxBytes = Infinity): Promise<ReadResult> {
  const read = await readInputBytes(input, readStdin, maxBytes);
  if ("error" in read) return read;
  const decoded = decodeFile(read.bytes);
  if ("error" in decoded) return decoded;
  const text = dropBom(decoded.text);
  return decoded.warnings.length > 0 ? { text, warnings: decoded.warnings } : { text };
}

/**
 * Reads a stream to its end once; later calls get the same bytes (`newsner - -`). Past
 * `maxBytes` the rest is drained unkept and the read fails with TooLargeError.
 */
export function stdinReader(stdin: AsyncIterable<Uint8Array | string>, maxBytes = Infinity): () => Promise<Uint8Array> {
  let bytes: Promise<Uint8Array> | undefined;
  return () => {
    bytes ??= (async () => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of stdin) {
        const buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
        size += buf.length;
        if (size <= maxBytes) chunks.push(buf);
        else chunks.length = 0;
      }
      if (size > maxBytes) throw new TooLargeError(maxBytes);
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
  if (isCode(err, "ELOOP")) return { code: "READ_ERROR", message: "too many levels of symbolic links" };
  const message = err instanceof Error ? err.message : String(err);
  return { code: "READ_ERROR", message };
}

function isCode(err: unknown, code: string): boolean {
  return typeof err === "object" && err !== null && (err as NodeJS.ErrnoException).code === code;
}
