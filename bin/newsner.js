#!/usr/bin/env node
import "./v8-flags.js";

// The command line as bundled by `npm run build` (scripts/bundle.mjs): a start-up loads a few
// files instead of some sixty modules.
const { run } = await import("../dist/bundle/cli.js");

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
