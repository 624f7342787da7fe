import { setFlagsFromString } from "node:v8";

// V8 would optimise the engine's many rule functions early, then again after each rarely taken
// branch: optimising a function only after more work (interrupt budget 300 KB, V8's default
// 66 KB) and inlining less into each one saves about a quarter of the CPU a 5 MB batch spends,
// most of it compiling. Imported before the engine's modules load, so that their functions get
// the larger budget; worker threads share the flags. `npm run bench` measures the effect, and
// its floor run (scripts/bench-floor.mjs) sets the same flags.
setFlagsFromString("--interrupt-budget=300000");
setFlagsFromString("--max-inlined-bytecode-size-cumulative=400");
