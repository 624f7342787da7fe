#!/usr/bin/env node
// Part of `npm run build`, after tsc: bundles the command line (dist/cli/main.js) and the batch
// worker (dist/batch/worker.js) into dist/bundle/, so that a start-up, and each --jobs worker's,
// loads a few files instead of resolving and linking some sixty modules one by one. Code used
// by both goes into a shared chunk; modules loaded only when wanted (the table and CSV
// formatters, eval, the tagger) stay in chunks of their own, and npm packages stay outside.
// The bundle lives two folders below the project root, as dist/cli/ and dist/batch/ do, so the
// paths the modules find from their own location (gazetteers/, dist/gazetteers.json,
// package.json, the worker beside the pool) are the same.
import { rmSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "dist", "bundle");

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: { cli: path.join(ROOT, "dist/cli/main.js"), worker: path.join(ROOT, "dist/batch/worker.js") },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  chunkNames: "chunk-[hash]",
  logLevel: "warning",
});
