import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import * as path from "node:path";

// `--out DIR`: results mirror the input tree, one file per input. Every file is written
// under a temporary name beside its final one and renamed when complete, and rename is
// atomic within a folder: an interrupted run leaves whole results or none, never a
// truncated one, and `--skip-existing` can trust any file it finds.

/** `a/b.txt` → `DIR/a/b.txt.json`; a `--input jsonl` file keeps its name (`DIR/shard-01.jsonl`). */
export function outPathFor(outDir: string, rel: string, mode: "text" | "jsonl"): string {
  return path.join(outDir, mode === "text" ? `${rel}.json` : rel);
}

/** The hidden name a result is written under before the rename (walks skip dot files). */
export function partialPathFor(finalPath: string): string {
  return path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.partial`);
}

export function outputExists(finalPath: string): boolean {
  return existsSync(finalPath);
}

let lastMadeDir = "";

function ensureDir(dir: string): void {
  if (dir === lastMadeDir) return; // files come folder by folder, so this saves most calls
  mkdirSync(dir, { recursive: true });
  lastMadeDir = dir;
}

/** Writes `content` to `finalPath` via a temporary file and a rename. */
export function writeFileAtomic(finalPath: string, content: string): void {
  ensureDir(path.dirname(finalPath));
  const partial = partialPathFor(finalPath);
  try {
    writeFileSync(partial, content);
    renameSync(partial, finalPath);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
}

/** A result file written piece by piece (`--input jsonl`), renamed into place by `commit`. */
export class AtomicFile {
  private fd: number | undefined;
  private readonly partial: string;

  constructor(readonly finalPath: string) {
    ensureDir(path.dirname(finalPath));
    this.partial = partialPathFor(finalPath);
    this.fd = openSync(this.partial, "w");
  }

  write(text: string): void {
    if (this.fd === undefined) throw new Error(`${this.finalPath}: written after commit`);
    const bytes = Buffer.from(text, "utf8");
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done);
  }

  commit(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    renameSync(this.partial, this.finalPath);
  }

  /** Drops the partial file (an interrupted or failed run). */
  abort(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.partial, { force: true });
  }
}
