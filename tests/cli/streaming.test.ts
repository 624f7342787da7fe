// newsner as a separate process in a pipeline: as a GNU parallel --pipe mapper, and
// killed in the middle of an --out run, then resumed. Runs the built bin/ (npm test
// builds first).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { documents, jsonl } from "./corpus.js";
import { makeTree } from "./tmp.js";

const BIN = fileURLToPath(new URL("../../bin/newsner.js", import.meta.url));
const RECORDS = jsonl(documents(400));

const files: Record<string, string> = { "records.jsonl": RECORDS };
documents(300).forEach((text, i) => (files[`corpus/${String(i % 7)}/story-${String(i).padStart(3, "0")}.txt`] = text));
const tree = makeTree(files);
afterAll(() => tree.cleanup());

function sh(command: string, input?: string) {
  const r = spawnSync("bash", ["-c", command], { cwd: tree.root, input, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const hasParallel = spawnSync("bash", ["-c", "command -v parallel"]).status === 0;
// CI installs GNU parallel (.ci/run); a developer without it gets a skip, CI never does.
const parallelTest = hasParallel || process.env.CI ? it : it.skip;

describe("GNU parallel --pipe", () => {
  parallelTest("split into blocks across processes, the merged output equals one process's output", () => {
    expect(hasParallel, "GNU parallel must be installed in CI (.ci/run installs it)").toBe(true);
    const single = sh(`node ${JSON.stringify(BIN)} --input jsonl --jobs 1 < records.jsonl`);
    expect(single.code).toBe(0);
    expect(single.out.trimEnd().split("\n")).toHaveLength(400);
    // -N 37: 37 records per block, so blocks end mid-corpus; -k: output in block order.
    const piped = sh(`parallel --will-cite --pipe -k -N 37 -j 3 node ${JSON.stringify(BIN)} --input jsonl --jobs 1 --quiet < records.jsonl`);
    expect(piped.err).toBe("");
    expect(piped.code).toBe(0);
    expect(piped.out).toBe(single.out);
  });
});

describe("--out when the process is killed", () => {
  it("leaves only whole result files, and --skip-existing finishes the job exactly", async () => {
    const clean = path.join(tree.root, "clean");
    const out = path.join(tree.root, "killed");
    expect(sh(`node ${JSON.stringify(BIN)} corpus --out clean --jobs 2`).code).toBe(0);

    const child = spawn(process.execPath, [BIN, "corpus", "--out", out, "--jobs", "2"], { cwd: tree.root, stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    const deadline = Date.now() + 60_000;
    const written = () => (existsSync(out) ? readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json")).length : 0);
    while (written() < 30 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
    child.kill("SIGKILL");
    await exited;
    // Almost always stopped part-way; on a machine fast enough to finish first the checks
    // below still hold, they just test less.

    const results = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".json"))
        .sort();
    for (const f of results(out)) {
      const name = path.basename(f);
      if (name.startsWith(".")) continue; // a .partial file is allowed to be cut short
      expect(() => JSON.parse(readFileSync(path.join(out, f), "utf8")), f).not.toThrow();
    }

    const resumed = sh(`node ${JSON.stringify(BIN)} corpus --out killed --skip-existing --jobs 2`);
    expect(resumed.code).toBe(0);
    const visible = (dir: string) => results(dir).filter((f) => !path.basename(f).startsWith("."));
    expect(visible(out)).toEqual(visible(clean));
    expect(visible(out)).toHaveLength(300);
    for (const f of visible(clean)) expect(readFileSync(path.join(out, f), "utf8")).toBe(readFileSync(path.join(clean, f), "utf8"));
    const leftovers = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".partial"));
    expect(leftovers).toEqual([]);
  });
});
