// Regenerates fixtures/<name>.expected.json from the built CLI, byte for byte what
//   node bin/newsner.js extract fixtures/<name>.txt --format json
// prints (run from the repository root, so "source" is "fixtures/<name>.txt").
// Run it after an intentional change to the extractor (`npm run update-fixtures` builds first),
// then review the JSON diff against each fixture's .expected.md checklist before committing.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "bin", "newsner.js");

if (!existsSync(join(ROOT, "dist", "index.js"))) {
  process.stderr.write("dist/ is missing: run `npm run build` first (or `npm run update-fixtures`, which builds).\n");
  process.exit(1);
}

const only = process.argv.slice(2);
const names = readdirSync(join(ROOT, "fixtures"))
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -".txt".length))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

let failed = 0;
for (const name of names) {
  const result = spawnSync(process.execPath, [BIN, "extract", `fixtures/${name}.txt`, "--format", "json"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stderr.write(`${name}: newsner exited with ${result.status}\n${result.stderr}`);
    failed++;
    continue;
  }
  const target = join(ROOT, "fixtures", `${name}.expected.json`);
  const before = existsSync(target) ? readFileSync(target, "utf8") : undefined;
  writeFileSync(target, result.stdout);
  const state = before === undefined ? "created" : before === result.stdout ? "unchanged" : "updated";
  const count = JSON.parse(result.stdout).entities.length;
  process.stdout.write(`${state.padEnd(9)} fixtures/${name}.expected.json (${count} entities)\n`);
}
process.exitCode = failed > 0 ? 1 : 0;
