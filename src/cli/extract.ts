import { rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { jsonArrayJoiner, type InputErrorRecord } from "../format/json.js";
import type { Format } from "../format/formats.js";
import { splitLines } from "../batch/jsonl.js";
import { orderedMap } from "../batch/ordered.js";
import { AtomicFile, outPathFor, outputExists, partialPathFor } from "../batch/out-dir.js";
import { WorkerPool, WorkerInitError } from "../batch/pool.js";
import { CorpusSummary, SUMMARY_TYPES } from "../batch/summary.js";
import type { Batch, BatchConfig, BatchResult, Item, Rendering } from "../batch/task.js";
import type { EntityType } from "../types.js";
import { gazetteerArgs, loadUserGazetteers, shownGazetteerMessage } from "./gazetteer-args.js";
import { compileGlob } from "./glob.js";
import { describeError, JSONL_EXTENSIONS, openInputs, readChunks, readInputBytes, sizeOf, stdinReader, type Input, type WalkOptions } from "./inputs.js";
import { csvHeader } from "../format/csv.js";
import { tableWidth, useColour, type CliIO } from "./io.js";
import { Progress } from "./progress.js";

// `newsner extract`: inputs → batches → (this thread, or a pool of workers) → results
// printed in input order. The stages, in the order data flows:
//
//   openInputs          paths → files, lazily (inputs.ts)
//   textBatches /       files → batches of whole documents, or
//   jsonlBatches        JSONL streams → batches of lines (batch/jsonl.ts)
//   orderedMap          bounded work in flight, results in input order (batch/ordered.ts)
//   processBatch        decode, extract, render: the same code in every thread (batch/task.ts)
//   emit                stdout, --out files, --summary counts, progress on stderr

export class UsageError extends Error {}

export interface ExtractFlags {
  format: Format;
  /** False when --format was left at its default (then --input jsonl prints jsonl). */
  formatGiven: boolean;
  types?: EntityType[];
  gazetteer?: string[];
  tagger?: boolean;
  input: "text" | "jsonl";
  textField?: string;
  idField?: string;
  ext?: string[];
  glob?: string[];
  out?: string;
  skipExisting?: boolean;
  jobs: number;
  quiet?: boolean;
  summary?: boolean;
  top?: number;
  maxBytes: number;
  /** --format csv: one row per relation. */
  relations?: boolean;
  explain?: boolean;
  /** False with --no-color. */
  color?: boolean;
}

/** A batch is sent off once it holds this many documents or bytes. */
const BATCH_ITEMS = 64;
const BATCH_BYTES = 256 * 1024;
/** Batches read but not yet printed, per thread working on them. */
const BATCHES_PER_THREAD = 3;
/** Bytes read but not yet printed (one larger document is still let through on its own). */
const MAX_BYTES_IN_FLIGHT = 64 * 1024 * 1024;
/** Failed inputs listed after the tables; more are only counted (all are on standard error). */
const MAX_LISTED_FAILURES = 1000;

interface Job {
  batch: Batch;
  /** Inputs (files or records) and bytes of input the batch accounts for, for progress. */
  inputs: number;
  bytes: number;
  /** `--input jsonl --out`: the result file this batch's lines go to; `end` closes it. */
  group?: { path: string; end: boolean; failed?: boolean };
}

export async function runExtract(paths: string[], flags: ExtractFlags, io: CliIO): Promise<number> {
  checkFlags(paths, flags);
  const jsonl = flags.input === "jsonl";
  const format: Format = jsonl && !flags.formatGiven ? "jsonl" : flags.format;
  const walk = walkOptions(flags);
  const userGazetteers = gazetteerArgs(flags.gazetteer ?? [], io.cwd);
  const outDir = flags.out === undefined ? undefined : path.resolve(io.cwd, flags.out);
  const { inputs, single } = await openInputs(paths, io.cwd, walk);
  const singleDocument = single && !jsonl;
  const summaryTypes = flags.summary ? SUMMARY_TYPES.filter((t) => !flags.types || flags.types.includes(t)) : undefined;

  const rendering: Rendering =
    outDir !== undefined ? (jsonl ? "jsonl" : "none")
    : flags.summary ? "none"
    : format === "jsonl" ? "jsonl"
    : format === "json" ? (singleDocument ? "json" : "json-element")
    : format === "text" || format === "csv" || format === "conll" ? format
    : "table";
  const config: BatchConfig = {
    rendering,
    colour: flags.color !== false && useColour(io),
    types: flags.types,
    tagger: flags.tagger === true,
    summaryTypes,
    fields: { textField: flags.textField ?? "text", idField: flags.idField ?? "id" },
    extraFiles: userGazetteers.files,
    explain: flags.explain === true,
    relations: flags.relations === true,
    width: tableWidth(io),
  };

  // --jobs N: N worker threads, while this one reads, hands out batches and prints. (This
  // thread extracting too, between handing out batches, saved one isolate's memory but ran
  // about a fifth slower: a worker waited whenever this thread was busy with a batch.)
  // One document, or --jobs 1: no worker is worth its start-up time.
  const threads = flags.jobs === 1 || singleDocument ? 1 : flags.jobs;
  let runBatch: (batch: Batch) => Promise<BatchResult>;
  let pool: WorkerPool | undefined;
  if (threads === 1) {
    // The engine is loaded here, not with this module: with --jobs N only the workers need it.
    const { createContext, processBatch } = await import("../batch/task.js");
    const ctx = await createContext(config, loadUserGazetteers(userGazetteers));
    runBatch = async (batch) => processBatch(batch, ctx);
  } else {
    pool = new WorkerPool(threads, config);
    try {
      await pool.ready;
    } catch (err) {
      await pool.close();
      if (err instanceof WorkerInitError && err.errorName === "GazetteerError") {
        throw new UsageError(shownGazetteerMessage(err.message, err.file ?? "", userGazetteers.shown));
      }
      throw err;
    }
    const p = pool;
    runBatch = (batch) => p.run(batch);
  }

  const quiet = flags.quiet === true;
  if (!quiet && io.stdinIsTTY && (paths.length === 0 || paths.includes("-"))) {
    io.stderr(`newsner: reading ${jsonl ? "JSON lines" : "text"} from standard input; end it with Ctrl-D (newsner --help for more)\n`);
  }
  const progress = !quiet && io.stderrIsTTY ? new Progress({ write: io.stderr, unit: jsonl ? "records" : "files" }) : undefined;
  const sizing = progress ? measureTotal(paths, io.cwd, walk, (bytes) => progress.setTotal(bytes)) : undefined;

  const reading: Reading = { io, flags, outDir, readStdin: stdinReader(io.stdin, flags.maxBytes) };
  const jobs = jsonl ? jsonlBatches(inputs, reading) : textBatches(inputs, reading);
  const summary = summaryTypes ? new CorpusSummary(summaryTypes) : undefined;
  const emit = printer(rendering, io, flags);
  let failed = false;
  let openFile: AtomicFile | undefined;
  const failedInputs: InputErrorRecord[] = [];
  let unlistedFailures = 0;
  // Ctrl-C during `--out`: stop handing out work, let no worker write on, and remove the
  // temporary files of results cut short, so DIR holds only complete results (a second
  // Ctrl-C ends the process at once). Without --out the default applies: stop at once.
  let interrupted: NodeJS.Signals | undefined;
  const writing = new Set<string>(); // result files of batches sent out and not yet back
  const restoreSignals =
    outDir !== undefined
      ? io.onInterrupt?.((signal) => {
          interrupted = signal;
          void pool?.close();
        })
      : undefined;
  try {
    const results = orderedMap(
      jobs,
      async (job: Job) => {
        const files = outDir !== undefined ? outPathsOf(job.batch) : [];
        for (const f of files) writing.add(f);
        const result = job.batch.items.length > 0 ? await runBatch(job.batch) : undefined;
        for (const f of files) writing.delete(f);
        return { job, result };
      },
      { limit: threads * BATCHES_PER_THREAD, weight: (job) => job.batch.bytes.byteLength, maxWeight: MAX_BYTES_IN_FLIGHT },
    );
    for await (const { job, result } of results) {
      if (interrupted) break;
      if (result) {
        if (result.failures.length > 0) failed = true;
        if (result.messages.length > 0) {
          progress?.interrupt();
          for (const line of result.messages) io.stderr(`newsner: ${line}\n`);
        }
        if (rendering === "table") {
          for (const e of result.errors) {
            if (failedInputs.length < MAX_LISTED_FAILURES) failedInputs.push(e);
            else unlistedFailures++;
          }
        }
        if (summary) {
          for (const rows of result.rows ?? []) summary.addDocument(rows);
          for (let i = 0; i < result.failures.length; i++) summary.addFailure();
        }
        if (job.group) {
          openFile ??= new AtomicFile(job.group.path);
          openFile.write(result.pieces.join(""));
        } else {
          for (const piece of result.pieces) {
            if (io.stdoutClosed?.()) break;
            emit.piece(piece);
          }
        }
      }
      if (job.group?.end) {
        if (job.group.failed) openFile?.abort();
        else (openFile ?? new AtomicFile(job.group.path)).commit();
        openFile = undefined;
      }
      progress?.advance(job.inputs, job.bytes);
      if (io.stdoutClosed?.()) break;
      // A pipe to a slower reader: wait until it has taken this batch's results and messages,
      // or they would pile up in memory as fast as the engine makes them.
      const draining = io.outputDrained?.();
      if (draining) await draining;
      // Files are read synchronously, so without this the event loop would never turn in a
      // --jobs 1 run: V8 finishes its incremental garbage collection in event-loop tasks,
      // and the heap grew with the length of the run while they waited.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (!interrupted) {
      if (failedInputs.length > 0 && !io.stdoutClosed?.()) {
        const { formatFailureTable } = await import("../format/table.js");
        emit.piece(formatFailureTable(failedInputs, { colour: config.colour, width: config.width, more: unlistedFailures }));
      }
      emit.end();
      progress?.clear();
      if (summary) io.stdout(await renderSummary(summary, flags, format, io));
    }
  } catch (err) {
    if (!interrupted) throw err; // else: the pool was closed under a batch on purpose
  } finally {
    restoreSignals?.();
    openFile?.abort();
    sizing?.cancel();
    progress?.clear();
    await pool?.close();
  }
  if (interrupted) {
    // The workers are gone: a result file they had begun stays a hidden partial; drop it.
    for (const f of writing) rmSync(partialPathFor(f), { force: true });
    io.stderr(`newsner: interrupted; the results in ${flags.out} are complete (--skip-existing resumes)\n`);
    return interrupted === "SIGTERM" ? 143 : 130;
  }
  return failed ? 1 : 0;
}

/** The result files a batch's items will be written to (`--out`). */
function outPathsOf(batch: Batch): string[] {
  const files: string[] = [];
  for (const item of batch.items) if (item.kind === "text" && item.outPath !== undefined) files.push(item.outPath);
  return files;
}

function checkFlags(paths: string[], flags: ExtractFlags): void {
  const stdin = paths.length === 0 || paths.includes("-");
  if (flags.skipExisting && flags.out === undefined) throw new UsageError("--skip-existing needs --out DIR");
  if (flags.out !== undefined && stdin) throw new UsageError("--out writes one result per input file; name files or folders, not standard input");
  if (flags.out !== undefined && paths.length > 1) {
    const tops = paths.map((p) => path.basename(path.resolve(p)));
    const twice = tops.find((t, i) => tops.indexOf(t) !== i);
    if (twice !== undefined) throw new UsageError(`--out: two inputs are both named "${twice}"; their results would overwrite each other`);
  }
  if (flags.input !== "jsonl") {
    if (flags.textField !== undefined) throw new UsageError("--text-field goes with --input jsonl");
    if (flags.idField !== undefined) throw new UsageError("--id-field goes with --input jsonl");
  }
  if (flags.top !== undefined && !flags.summary) throw new UsageError("--top goes with --summary");
  if (flags.relations && flags.format !== "csv") throw new UsageError("--relations goes with --format csv");
  if (flags.explain && !["table", "json", "jsonl"].includes(flags.format)) throw new UsageError("--explain goes with --format table, json or jsonl");
}

function walkOptions(flags: ExtractFlags): WalkOptions {
  const options: WalkOptions = {};
  if (flags.ext) options.extensions = flags.ext;
  else if (flags.input === "jsonl") options.extensions = JSONL_EXTENSIONS;
  if (flags.glob) {
    options.globs = flags.glob.map((g) => {
      try {
        return compileGlob(g);
      } catch (err) {
        throw new UsageError((err as Error).message);
      }
    });
  }
  return options;
}

interface Reading {
  io: CliIO;
  flags: ExtractFlags;
  outDir: string | undefined;
  readStdin: () => Promise<Uint8Array>;
}

// Whole documents, several to a batch, each read only when there is room for it.
async function* textBatches(inputs: AsyncIterable<Input>, r: Reading): AsyncGenerator<Job> {
  const batch = new BatchBuilder();
  for await (const input of inputs) {
    let outPath: string | undefined;
    if (r.outDir !== undefined && input.kind === "file") {
      outPath = outPathFor(r.outDir, input.rel, "text");
      if (r.flags.skipExisting && outputExists(outPath)) {
        if (r.flags.summary) batch.addDone(input.source, await readFile(outPath));
        batch.account(1, sizeOf(input));
        if (batch.full()) yield batch.take();
        continue;
      }
    }
    const read = await readInputBytes(input, r.readStdin, r.flags.maxBytes);
    if ("error" in read) batch.addError(input.source, read.error);
    else batch.addText(input.source, read.bytes, outPath);
    batch.account(1, "bytes" in read ? read.bytes.length : 0);
    if (batch.full()) yield batch.take();
  }
  if (!batch.empty()) yield batch.take();
}

// JSON lines: each chunk of complete lines that has arrived is a batch, so a streaming
// producer's records are answered as they come.
async function* jsonlBatches(inputs: AsyncIterable<Input>, r: Reading): AsyncGenerator<Job> {
  for await (const input of inputs) {
    if (input.kind === "error") {
      yield new BatchBuilder().addError(input.source, input.error).account(1, 0).take();
      continue;
    }
    let group: string | undefined;
    if (r.outDir !== undefined && input.kind === "file") {
      group = outPathFor(r.outDir, input.rel, "jsonl");
      if (r.flags.skipExisting && outputExists(group)) {
        if (r.flags.summary) {
          for await (const chunk of splitLines(readChunks(group, BATCH_BYTES))) {
            const b = new BatchBuilder();
            for (const line of chunk.lines) if (!("tooLarge" in line)) b.addDone(group, chunk.bytes.subarray(line.start, line.end));
            yield b.take();
          }
        }
        yield new BatchBuilder().account(0, sizeOf(input)).take();
        continue;
      }
    }
    const stream = input.kind === "stdin" ? r.io.stdin : readChunks(input.path, BATCH_BYTES);
    let failed = false;
    try {
      for await (const chunk of splitLines(stream, r.flags.maxBytes)) {
        // A chunk holds every line that had arrived; it goes out as batches of at most
        // BATCH_ITEMS lines or BATCH_BYTES, so all threads get a share of a small file.
        let from = 0;
        while (from < chunk.lines.length) {
          let to = from;
          let size = 0;
          while (to < chunk.lines.length && to - from < BATCH_ITEMS && size < BATCH_BYTES) {
            const line = chunk.lines[to++]!;
            if (!("tooLarge" in line)) size += line.end - line.start;
          }
          const lines = chunk.lines.slice(from, to);
          const b = new BatchBuilder();
          b.setBytes(chunk.bytes, lines);
          for (const line of lines) {
            const at = `${input.source}:${line.line}`;
            if ("tooLarge" in line) b.addError(at, { code: "TOO_LARGE", message: `a line of ${line.size} bytes, larger than --max-bytes (${r.flags.maxBytes} bytes)` });
            else b.addRecord(at, line.start, line.end);
          }
          const job = b.account(lines.length, to === chunk.lines.length ? chunk.consumed : 0).take();
          if (group) job.group = { path: group, end: false };
          yield job;
          from = to;
        }
      }
    } catch (err) {
      failed = true;
      const job = new BatchBuilder().addError(input.source, describeError(err)).take();
      if (group) job.group = { path: group, end: false };
      yield job;
    }
    if (group) {
      const end = new BatchBuilder().take();
      end.group = { path: group, end: true, failed };
      yield end;
    }
  }
}

let seq = 0;

// Gathers items and their bytes into one buffer of the batch's own, which a worker can
// take over without a copy.
class BatchBuilder {
  private parts: Uint8Array[] = [];
  private size = 0;
  private items: Item[] = [];
  private inputs = 0;
  private bytes = 0;

  addText(source: string, bytes: Uint8Array, outPath?: string): this {
    this.items.push({ kind: "text", source, start: this.size, end: this.size + bytes.length, outPath });
    this.append(bytes);
    return this;
  }

  addDone(source: string, bytes: Uint8Array): this {
    this.items.push({ kind: "done", source, start: this.size, end: this.size + bytes.length });
    this.append(bytes);
    return this;
  }

  addError(source: string, error: InputErrorRecord["error"]): this {
    this.items.push({ kind: "error", source, error });
    return this;
  }

  /** The bytes of a chunk of lines: only the part the lines cover is kept. */
  setBytes(bytes: Uint8Array, lines: readonly ({ start: number; end: number } | { tooLarge: true })[]): void {
    let from = Infinity;
    let to = 0;
    for (const l of lines) {
      if ("tooLarge" in l) continue;
      from = Math.min(from, l.start);
      to = Math.max(to, l.end);
    }
    if (from === Infinity) return;
    this.base = from;
    this.append(bytes.subarray(from, to));
  }

  private base = 0;

  /** A JSONL line at [start, end) of the bytes given to setBytes. */
  addRecord(fallback: string, start: number, end: number): this {
    this.items.push({ kind: "record", fallback, start: start - this.base, end: end - this.base });
    return this;
  }

  account(inputs: number, bytes: number): this {
    this.inputs += inputs;
    this.bytes += bytes;
    return this;
  }

  full(): boolean {
    return this.items.length >= BATCH_ITEMS || this.size >= BATCH_BYTES;
  }

  empty(): boolean {
    return this.items.length === 0 && this.inputs === 0 && this.bytes === 0;
  }

  take(): Job {
    let bytes: Uint8Array;
    const only = this.parts[0];
    if (this.parts.length === 1 && only!.byteOffset === 0 && only!.byteLength === only!.buffer.byteLength) {
      bytes = only!; // a whole buffer of its own (a large file read): moved as it is
    } else {
      bytes = new Uint8Array(this.size);
      let at = 0;
      for (const p of this.parts) {
        bytes.set(p, at);
        at += p.length;
      }
    }
    const job: Job = { batch: { seq: seq++, bytes, items: this.items }, inputs: this.inputs, bytes: this.bytes };
    this.parts = [];
    this.size = 0;
    this.items = [];
    this.inputs = 0;
    this.bytes = 0;
    this.base = 0;
    return job;
  }

  private append(bytes: Uint8Array): void {
    this.parts.push(bytes);
    this.size += bytes.length;
  }
}

// Standard output for the rendered pieces: JSON arrays get their brackets and commas
// here, tables a blank line between documents.
function printer(rendering: Rendering, io: CliIO, flags: ExtractFlags): { piece(text: string): void; end(): void } {
  const write = (text: string) => {
    if (text !== "") io.stdout(text);
  };
  if (rendering === "json-element") {
    const join = jsonArrayJoiner();
    return { piece: (text) => write(join.item(text)), end: () => write(join.end()) };
  }
  if (rendering === "csv") {
    // One header for the whole output, printed even when no input gave a row.
    const header = csvHeader({ relations: flags.relations });
    let started = false;
    const start = () => !started && ((started = true), write(header));
    return { piece: (text) => (start(), write(text)), end: () => void start() };
  }
  if (rendering === "table" || rendering === "text") {
    let printed = 0;
    return { piece: (text) => text !== "" && write((printed++ > 0 ? "\n" : "") + text), end: () => {} };
  }
  return { piece: write, end: () => {} };
}

async function renderSummary(summary: CorpusSummary, flags: ExtractFlags, format: Format, io: CliIO): Promise<string> {
  const report = summary.report(flags.top ?? 20);
  const { formatSummaryJson, formatSummaryTable } = await import("../format/summary.js");
  if (format === "table") return formatSummaryTable(report, { colour: flags.color !== false && useColour(io) });
  return formatSummaryJson(report, { pretty: format === "json" });
}

// The total size of the inputs, listed a second time in the background so the progress
// line can show an ETA. Standard input has no known size.
function measureTotal(paths: string[], cwd: string, walk: WalkOptions, done: (bytes: number) => void): { cancel(): void } {
  let cancelled = false;
  void (async () => {
    const { inputs } = await openInputs(paths, cwd, walk);
    let total = 0;
    for await (const input of inputs) {
      if (cancelled || input.kind === "stdin") return;
      total += sizeOf(input);
    }
    if (!cancelled) done(total);
  })().catch(() => {});
  return { cancel: () => void (cancelled = true) };
}
