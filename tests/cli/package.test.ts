// The npm package as a user gets it: `npm pack`, installed into an empty folder (offline,
// from the npm cache that `npm ci` filled), then `npx newsner` and `import … from "newsner"`
// there. Needs a build (npm test runs one first).
import { execFileSync, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const TSC = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");

// npm run from `npm test` passes its settings on as npm_config_* variables (the project's
// prefix among them): the child npm must not see them, or it installs into the project.
const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
env.NO_COLOR = "1";

let work: string;
let app: string;
let packed: Array<{ path: string }>;

function sh(cmd: string, args: string[], options: { cwd?: string; input?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd: options.cwd ?? app, input: options.input, env, encoding: "utf8", timeout: 120_000 });
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "newsner-pack-"));
  app = path.join(work, "app");
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", work], { cwd: ROOT, env, encoding: "utf8" });
  const [info] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = info!.files;
  execFileSync("mkdir", [app]);
  writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "newsner-user", version: "1.0.0", private: true, type: "module" }));
  const tarball = path.join(work, info!.filename);
  // Offline from the cache first, as a machine without network would; else as CI has it.
  let install = sh("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball]);
  if (install.status !== 0) install = sh("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball]);
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm package", () => {
  it("holds only dist, bin, gazetteers, README, LICENSE and package.json", () => {
    const tops = new Set(packed.map((f) => f.path.split("/")[0]));
    expect([...tops].sort()).toEqual(["LICENSE", "README.md", "bin", "dist", "gazetteers", "package.json"]);
    expect(packed.map((f) => f.path)).toContain("dist/gazetteers.json");
    expect(packed.map((f) => f.path)).toContain("dist/index.d.ts");
    expect(packed.map((f) => f.path)).toEqual(expect.arrayContaining(["dist/bundle/cli.js", "dist/bundle/worker.js"]));
  });

  it("runs with npx in a folder where it was installed", () => {
    const version = sh("npx", ["--offline", "newsner", "--version"]);
    expect(version.stderr).toBe("");
    expect(version.stdout).toBe(`${VERSION}\n`);
    const run = sh("npx", ["--offline", "newsner", "--format", "json"], { input: "Russian Foreign Minister Sergei Lavrov met NATO officials in Brussels.\n" });
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { entities: Array<{ name: string }> };
    expect(result.entities.map((e) => e.name)).toContain("Sergei Lavrov");
    const lookup = sh("npx", ["--offline", "newsner", "lookup", "csto", "--format", "json"]);
    expect(lookup.status).toBe(0);
    expect(lookup.stdout).toContain("Collective Security Treaty Organization");
  });

  it("runs a folder with worker threads from the installed bundle, as with one thread", () => {
    const folder = path.join(work, "stories");
    execFileSync("mkdir", [folder]);
    writeFileSync(path.join(folder, "a.txt"), "Tajik President Emomali Rahmon received Sergei Lavrov in Dushanbe.\n");
    writeFileSync(path.join(folder, "b.txt"), "The CSTO met in Moscow on Friday.\n");
    const threads = sh("npx", ["--offline", "newsner", folder, "--format", "jsonl", "--jobs", "2"]);
    expect(threads.stderr).toBe("");
    expect(threads.status).toBe(0);
    expect(threads.stdout.trim().split("\n")).toHaveLength(2);
    expect(threads.stdout).toContain("Emomali Rahmon");
    expect(threads.stdout).toBe(sh("npx", ["--offline", "newsner", folder, "--format", "jsonl", "--jobs", "1"]).stdout);
  });

  it("imports from ESM, prints nothing itself, and returns the JSON contract", () => {
    writeFileSync(
      path.join(app, "use.mjs"),
      'import { extract, loadGazetteers, ENTITY_TYPES } from "newsner";\n' +
        'const g = loadGazetteers();\nconst r = extract("Lavrov spoke in Dushanbe.", { source: "x", gazetteers: g });\n' +
        "process.stdout.write(JSON.stringify({ types: ENTITY_TYPES, names: r.entities.map((e) => e.name), source: r.source }));\n",
    );
    const run = sh("node", ["use.mjs"]);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ types: ["PERSON", "COUNTRY", "LOCATION", "ORGANIZATION", "MISC"], names: expect.arrayContaining(["Dushanbe"]), source: "x" });
  });

  it("gives TypeScript users typed results", () => {
    writeFileSync(
      path.join(app, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, noEmit: true, skipLibCheck: false, types: [] } }),
    );
    writeFileSync(
      path.join(app, "typed.ts"),
      [
        'import { extract, type DocumentResult, type Entity, type EntityType, type Mention, type Relation } from "newsner";',
        'const result: DocumentResult = extract("Sergei Lavrov met Wang Yi.", { types: ["PERSON"] });',
        "const first: Entity | undefined = result.entities[0];",
        'const type: EntityType | undefined = first?.type;',
        "const mention: Mention | undefined = first?.mentions[0];",
        "const relation: Relation | undefined = result.relations[0];",
        "// @ts-expect-error a start offset is a number",
        "const wrong: string | undefined = mention?.start;",
        "// @ts-expect-error WIDGET is no entity type",
        'extract("x", { types: ["WIDGET"] });',
        "export { type, relation, wrong };",
        "",
      ].join("\n"),
    );
    const check = sh("node", [TSC, "-p", "tsconfig.json"]);
    expect(check.stdout + check.stderr).toBe("");
    expect(check.status).toBe(0);
  });
});
