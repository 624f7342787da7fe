// The six fixture articles through the REAL command, as a user runs it from the repository root:
//   node bin/newsner.js extract fixtures/<name>.txt --format json
// Its stdout must equal fixtures/<name>.expected.json byte for byte (`npm test` builds dist/ first).
// After an intentional change, regenerate with `npm run update-fixtures` and review the diff
// against fixtures/<name>.expected.md.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = fileURLToPath(new URL("../bin/newsner.js", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const NAMES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -".txt".length))
  .sort();

function runCli(name: string) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1" };
  delete env.FORCE_COLOR;
  return spawnSync(process.execPath, [BIN, "extract", `fixtures/${name}.txt`, "--format", "json"], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

const entityLine = (e: { type: string; name: string; mentions: unknown[] }) => `${e.type}:${e.name} ×${e.mentions.length}`;

/** A readable account of how two JSON outputs differ: entities gone and new, then the first differing lines. */
function explain(name: string, expected: string, actual: string): string {
  const lines = [`fixtures/${name}.txt: output differs from fixtures/${name}.expected.json`];
  try {
    const was = (JSON.parse(expected).entities as Parameters<typeof entityLine>[0][]).map(entityLine);
    const now = (JSON.parse(actual).entities as Parameters<typeof entityLine>[0][]).map(entityLine);
    const gone = was.filter((x) => !now.includes(x));
    const added = now.filter((x) => !was.includes(x));
    if (gone.length) lines.push(`  entities no longer found (or with other mention counts): ${gone.join("; ")}`);
    if (added.length) lines.push(`  entities new (or with other mention counts): ${added.join("; ")}`);
  } catch {
    lines.push("  (output is not valid JSON)");
  }
  const a = expected.split("\n");
  const b = actual.split("\n");
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  lines.push(`  first difference at line ${k + 1}:`);
  for (let j = Math.max(0, k - 3); j < Math.min(Math.max(a.length, b.length), k + 4); j++) {
    if (a[j] === b[j]) lines.push(`    ${a[j] ?? ""}`);
    else {
      if (j < a.length) lines.push(`  - ${a[j]}`);
      if (j < b.length) lines.push(`  + ${b[j]}`);
    }
  }
  lines.push("  If the change is intended, run `npm run update-fixtures` (or `node scripts/update-fixtures.mjs` after `npm run build`),");
  lines.push(`  then review the new JSON against fixtures/${name}.expected.md before committing it.`);
  return lines.join("\n");
}

describe("fixture articles: the real CLI's JSON output is unchanged", () => {
  it("has at least five fixture articles, each with expected JSON", () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(5);
    const missing = NAMES.filter((n) => !existsSync(`${FIXTURES}${n}.expected.json`));
    expect(missing, `missing expected JSON — run \`npm run update-fixtures\`: ${missing.join(", ")}`).toEqual([]);
  });

  it.each(NAMES)("%s", (name) => {
    const expectedPath = `${FIXTURES}${name}.expected.json`;
    if (!existsSync(expectedPath)) return; // reported by the test above
    const result = runCli(name);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe("");
    const expected = readFileSync(expectedPath, "utf8");
    if (result.stdout !== expected) expect.fail(explain(name, expected, result.stdout));
  });
});
