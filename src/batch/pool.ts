import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Batch, BatchConfig, BatchResult } from "./task.js";

// A fixed set of worker threads, each loading the gazetteers once. A batch goes to the
// worker with the fewest batches in hand; its bytes are moved, not copied.
//
//   main → worker   Batch                                 (after start: BatchConfig as workerData)
//   worker → main   { type: "ready" }                     gazetteers loaded
//                   { type: "init-error", error }          loading failed (a bad --gazetteer file)
//                   { type: "result", result }             one BatchResult per Batch, in order

/** A worker could not start; `file` is set for a gazetteer error. */
export class WorkerInitError extends Error {
  constructor(
    message: string,
    readonly errorName: string,
    readonly file?: string,
  ) {
    super(message);
  }
}

type Message =
  | { type: "ready" }
  | { type: "init-error"; error: { name: string; message: string; file?: string } }
  | { type: "result"; result: BatchResult };

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve(r: BatchResult): void; reject(e: unknown): void }>;
}

export class WorkerPool {
  /** Settles when every worker has loaded its gazetteers; rejects with WorkerInitError. */
  readonly ready: Promise<void>;
  private readonly slots: Slot[] = [];
  private failure: unknown;
  private closed = false;
  private closing: Promise<void> | undefined;

  constructor(size: number, config: BatchConfig) {
    const readies: Promise<void>[] = [];
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerFile(), { workerData: config });
      const slot: Slot = { worker, pending: new Map() };
      this.slots.push(slot);
      readies.push(
        new Promise<void>((resolve, reject) => {
          worker.on("message", (msg: Message) => {
            if (msg.type === "ready") resolve();
            else if (msg.type === "init-error") {
              const err = new WorkerInitError(msg.error.message, msg.error.name, msg.error.file);
              reject(err);
              this.fail(err);
            } else {
              const waiting = slot.pending.get(msg.result.seq);
              slot.pending.delete(msg.result.seq);
              waiting?.resolve(msg.result);
            }
          });
          worker.on("error", (err) => {
            reject(err);
            this.fail(err);
          });
          worker.on("exit", (code) => {
            if (this.closed) return;
            const err = new Error(`a worker thread stopped (exit code ${code})`);
            reject(err);
            this.fail(err);
          });
        }),
      );
    }
    this.ready = Promise.all(readies).then(() => undefined);
    this.ready.catch(() => {}); // reported through run() and by whoever awaits ready
  }

  get size(): number {
    return this.slots.length;
  }

  run(batch: Batch): Promise<BatchResult> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error("worker pool is closed"));
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    return new Promise<BatchResult>((resolve, reject) => {
      slot.pending.set(batch.seq, { resolve, reject });
      const buffer = batch.bytes.buffer;
      const movable = buffer instanceof ArrayBuffer && batch.bytes.byteOffset === 0 && batch.bytes.byteLength === buffer.byteLength;
      slot.worker.postMessage(batch, movable ? [buffer] : []);
    });
  }

  /** Terminates the workers; every call waits until they are gone (a Ctrl-C handler closes early). */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.closed = true;
      await Promise.all(this.slots.map((s) => s.worker.terminate()));
      const err = new Error("worker pool is closed");
      for (const s of this.slots) for (const p of s.pending.values()) p.reject(err);
    })();
    return this.closing;
  }

  private fail(err: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = err;
    for (const s of this.slots) {
      for (const p of s.pending.values()) p.reject(err);
      s.pending.clear();
    }
  }
}

// The compiled worker, beside this module: dist/batch/worker.js, or dist/bundle/worker.js
// when the command line runs from the bundle. Under vitest this module runs from src/ as
// TypeScript, which a worker thread cannot load, so it uses the build in dist/ (`npm test`
// builds first).
function workerFile(): URL {
  const here = import.meta.url;
  if (here.endsWith(".js")) return new URL("./worker.js", here);
  const built = new URL("../../dist/batch/worker.js", here);
  if (!existsSync(fileURLToPath(built))) throw new Error("dist/batch/worker.js is missing: run npm run build");
  return built;
}
