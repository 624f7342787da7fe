import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { compileGazetteer, type SourceFile } from "./compile.js";
import { GazetteerError, type Gazetteer } from "./gazetteer.js";
import { parseEntityTsv, parseWordTsv } from "./parse.js";
import { restoreGazetteer, SNAPSHOT_FORMAT, type Snapshot } from "./snapshot.js";

/** The gazetteers/ folder shipped with newsner (beside dist/ and src/). */
export const BUILTIN_GAZETTEER_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "gazetteers");

export interface LoadOptions {
  /** Extra entity TSV files, added on top of the built-in ones. */
  extraFiles?: string[];
  /** Folder holding the built-in files; tests point it elsewhere. */
  dir?: string;
}

function readText(path: string, label: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const problem = code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a folder, not a TSV file" : `cannot read (${code ?? String(err)})`;
    throw new GazetteerError(label, 0, problem);
  }
}

function tsvFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".tsv"))
    .sort();
}

/** Written by `npm run build` beside the compiled library: dist/gazetteers.json. */
export const SNAPSHOT_PATH = join(dirname(fileURLToPath(import.meta.url)), "..", "gazetteers.json");

/**
 * A digest of every TSV file in the folder, names and contents: a snapshot built from other files
 * is stale. Contents, not modification times, so an installed package (whose files all carry
 * npm's fixed date) still recognises its own snapshot.
 */
export function fingerprint(dir: string): string {
  const hash = createHash("sha1");
  // each file is named by its path below `dir`, written out rather than found by path.relative, which resolves both paths on every call
  for (const [sub, prefix] of [[dir, ""], [join(dir, "words"), "words/"]]) {
    let names: string[] = [];
    try {
      names = tsvFiles(sub);
    } catch {
      continue;
    }
    for (const f of names) {
      hash.update(prefix + f);
      hash.update(readFileSync(join(sub, f)));
    }
  }
  return hash.digest("hex");
}

/** The gazetteer in the snapshot at `path` when it was built from the TSV files in `dir` as they are now; undefined when it is missing or stale. */
export function freshSnapshot(path: string, dir: string): Gazetteer | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(text) as Snapshot;
  } catch {
    return undefined; // cut short or damaged: the TSV files are read instead
  }
  if (snapshot?.format !== SNAPSHOT_FORMAT || snapshot.fingerprint !== fingerprint(dir)) return undefined;
  return restoreGazetteer(snapshot);
}

let builtin: Gazetteer | undefined;

/** Loads the built-in gazetteers plus any extra TSV files; throws GazetteerError naming file:line. */
export function loadGazetteers(options: Pick<LoadOptions, "extraFiles"> = {}): Gazetteer {
  if (!options.extraFiles || options.extraFiles.length === 0) return (builtin ??= loadGazetteerFiles());
  return loadGazetteerFiles({ extraFiles: options.extraFiles });
}

/** The built-in gazetteers (from the build's snapshot when it is fresh) plus any extra TSV files. */
export function loadGazetteerFiles(options: LoadOptions = {}): Gazetteer {
  const dir = options.dir ?? BUILTIN_GAZETTEER_DIR;
  if (!options.dir && (options.extraFiles ?? []).length === 0) {
    const cached = freshSnapshot(SNAPSHOT_PATH, dir);
    if (cached) return cached;
  }
  return parseGazetteerFiles(dir, options.extraFiles ?? []);
}

export function parseGazetteerFiles(dir: string, extraFiles: string[]): Gazetteer {
  const root = dirname(dir);
  const files: SourceFile[] = [];
  for (const f of tsvFiles(dir)) {
    const path = join(dir, f);
    const label = relative(root, path).split("\\").join("/");
    files.push({ file: label, entries: parseEntityTsv(readText(path, label), label) });
  }
  for (const path of extraFiles) {
    files.push({ file: path, entries: parseEntityTsv(readText(path, path), path) });
  }
  const words = new Map<string, ReadonlySet<string>>();
  const wordDir = join(dir, "words");
  let wordFiles: string[] = [];
  try {
    wordFiles = tsvFiles(wordDir);
  } catch {
    wordFiles = [];
  }
  for (const f of wordFiles) {
    const path = join(wordDir, f);
    const label = relative(root, path).split("\\").join("/");
    words.set(basename(f, ".tsv"), new Set(parseWordTsv(readText(path, label), label)));
  }
  return compileGazetteer(files, words);
}
