#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";

// V8 would optimise the engine's many rule functions early, then again after each rarely taken
// branch: optimising a function only after more work (interrupt budget 300 KB, V8's default
// 132 KB) and inlining less into each one saves about a quarter of the CPU a 5 MB batch spends,
// most of it compiling. Set before the engine's modules load, so that their functions get the
// larger budget; worker threads share the flags. `npm run bench` measures the effect.
setFlagsFromString("--interrupt-budget=300000");
setFlagsFromString("--max-inlined-bytecode-size-cumulative=400");

// The command line as bundled by `npm run build` (scripts/bundle.mjs): a start-up loads a few
// files instead of some sixty modules.
const { run } = await import("../dist/bundle/cli.js");

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
