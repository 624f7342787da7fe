import { parentPort, workerData } from "node:worker_threads";
import { createContext, processBatch, type Batch, type BatchConfig } from "./task.js";

// A pool thread: loads the gazetteers once, then turns batches into results until the
// pool terminates it. Messages are described in pool.ts.

const port = parentPort!;
try {
  const ctx = await createContext(workerData as BatchConfig);
  port.on("message", (batch: Batch) => port.postMessage({ type: "result", result: processBatch(batch, ctx) }));
  port.postMessage({ type: "ready" });
} catch (err) {
  const e = err as Error & { file?: unknown };
  port.postMessage({
    type: "init-error",
    error: { name: e?.name ?? "Error", message: e?.message ?? String(err), file: typeof e?.file === "string" ? e.file : undefined },
  });
}
