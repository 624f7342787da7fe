// Ctrl-C during `--out`: the real command gets SIGINT while it writes results; whatever
// moment it lands, DIR then holds only complete results (no hidden .partial file), the
// exit code is 130, and a rerun with --skip-existing finishes the set.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { makeTree } from "./tmp.js";

const BIN = fileURLToPath(new URL("../../bin/newsner.js", import.meta.url));
const STORY = "Prime Minister Keir Starmer met French President Emmanuel Macron in London on Friday, a spokesman said. ";
const FILES = 240;

const files: Record<string, string> = {};
for (let i = 0; i < FILES; i++) files[`in/f${String(i).padStart(3, "0")}.txt`] = STORY.repeat(40 + (i % 7) * 20);
const lines: string[] = [];
for (let i = 0; i < 3000; i++) lines.push(JSON.stringify({ id: `r${i}`, text: STORY.repeat(1 + (i % 5)) }));
files["jsonl/a.jsonl"] = lines.join("\n") + "\n";
files["jsonl/b.jsonl"] = lines.join("\n") + "\n";
const tree = makeTree(files);
afterAll(() => tree.cleanup());

function listAll(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => !f.endsWith("/"));
}

/** Runs newsner and sends SIGINT once `ready()` is true (or after `ms`); resolves with the exit code and stderr. */
function interruptWhen(args: string[], ready: () => boolean, ms = 4000): Promise<{ code: number | null; signal: string | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: tree.root, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    const started = Date.now();
    const poll = setInterval(() => {
      if (ready() || Date.now() - started > ms) {
        clearInterval(poll);
        child.kill("SIGINT");
      }
    }, 5);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, err });
    });
  });
}

describe("SIGINT during --out leaves only complete results", () => {
  it.each([["--jobs 1"], ["--jobs 3"]])("text files, %s", async (jobs) => {
    const out = path.join(tree.root, `out-${jobs.replace(/\W+/g, "")}`);
    const args = ["in", "--out", out, ...jobs.split(" ")];
    const r = await interruptWhen(args, () => listAll(out).length >= 5);
    const written = listAll(out);
    // Finished before the signal (a very fast machine) is fine too; cut short is the case meant.
    expect([0, 130]).toContain(r.code);
    expect(r.err).not.toMatch(/Error|at .*\.js:\d+/);
    if (r.code === 130) expect(r.err).toContain("newsner: interrupted; the results in");
    expect(written.filter((f) => f.includes(".partial"))).toEqual([]);
    for (const f of written) {
      const doc = JSON.parse(readFileSync(path.join(out, f), "utf8")) as { source: string; entities: unknown[] };
      expect(doc.source).toBe(path.join("in", f.replace(/\.json$/, "")));
      expect(doc.entities.length).toBeGreaterThan(0);
    }
    const rerun = spawnSync(process.execPath, [BIN, ...args, "--skip-existing"], { cwd: tree.root, encoding: "utf8", timeout: 120_000 });
    expect(rerun.status).toBe(0);
    expect(listAll(out).filter((f) => f.endsWith(".json"))).toHaveLength(FILES);
  }, 180_000);

  it("JSON lines: a result file is complete or absent", async () => {
    const out = path.join(tree.root, "out-jsonl");
    const r = await interruptWhen(["--input", "jsonl", "jsonl", "--out", out, "--jobs", "2"], () => listAll(out).some((f) => f.includes("partial")), 4000);
    expect([0, 130]).toContain(r.code);
    const written = listAll(out);
    expect(written.filter((f) => f.includes(".partial"))).toEqual([]);
    for (const f of written) expect(readFileSync(path.join(out, f), "utf8").trimEnd().split("\n")).toHaveLength(3000);
  }, 180_000);
});
