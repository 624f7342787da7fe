// scripts/bench-floor.mjs, the floor `npm run bench` sets beside newsner's figures: each stage
// does what the one before it does and more, over the documents a list file names. Needs a
// build (npm test runs one first).
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { makeTree } from "../cli/tmp.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FLOOR = path.join(ROOT, "scripts", "bench-floor.mjs");

const tree = makeTree({
  "a.txt": "Foreign Minister Sergei Lavrov arrived in Dushanbe on Monday.",
  "b/c.txt": "Zorvath Quell said nothing.",
});
afterAll(() => tree.cleanup());
const list = path.join(tree.root, "list.txt");
writeFileSync(list, [path.join(tree.root, "a.txt"), path.join(tree.root, "b/c.txt")].join("\n") + "\n");

function floor(...args: string[]) {
  return spawnSync(process.execPath, [FLOOR, ...args], { encoding: "utf8" });
}

function lines(stage: string): Array<{ source: string; bytes: number; tokens: number | null; matches: number | null }> {
  const run = floor("--stage", stage, list);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return run.stdout.trim() === "" ? [] : run.stdout.trim().split("\n").map((l) => JSON.parse(l));
}

describe("bench-floor", () => {
  it.each([
    ["gazetteers", []],
    [
      "read",
      [
        ["a.txt", 61, null, null],
        ["b/c.txt", 27, null, null],
      ],
    ],
    [
      "tokens",
      [
        ["a.txt", 61, 10, null],
        ["b/c.txt", 27, 5, null],
      ],
    ],
  ] as const)("stage %s writes one line per document with what it computed", (stage, expected) => {
    expect(lines(stage).map((l) => [path.relative(tree.root, l.source), l.bytes, l.tokens, l.matches])).toEqual(expected);
  });

  it("finds gazetteer keys at the last stage, and none in a text of invented names", () => {
    const [known, invented] = lines("matches");
    expect(known!.matches).toBeGreaterThanOrEqual(2); // "Sergei Lavrov", "Dushanbe"
    expect(invented!.matches).toBe(0);
  });

  it.each([[["--stage", "rules", list]], [["--stage", "read"]], [[list]]])("refuses %j with a usage line and exit 2", (args) => {
    const run = floor(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^usage: node scripts\/bench-floor\.mjs --stage gazetteers\|read\|tokens\|matches LIST\n$/);
  });
});
