import { extract } from "../index.js";
import { wordList } from "../gazetteer/gazetteer.js";
import { buildGraph, type GraphInput } from "../graph/build.js";
import { renderGraph } from "../graph/render.js";
import { sentenceRanges } from "../graph/sentences.js";
import type { GraphFlags } from "./commands.js";
import { loadWithUserFiles } from "./gazetteer-args.js";
import { readInput, resolveInputs, stdinReader } from "./inputs.js";
import type { CliIO } from "./io.js";

// `newsner graph`: read every input, extract, merge into one graph, print it once at the
// end. A failed input is reported on stderr (exit code 1) and left out of the graph.

export async function runGraph(paths: string[], flags: GraphFlags, io: CliIO): Promise<number> {
  const gazetteers = loadWithUserFiles(flags.gazetteer ?? [], io.cwd);
  const cues = { abbreviations: wordList(gazetteers, "abbreviations") };
  const { inputs } = await resolveInputs(paths, io.cwd);
  if (inputs.some((i) => i.kind === "stdin") && io.stdinIsTTY) {
    io.stderr("newsner: reading text from standard input; end it with Ctrl-D (newsner graph --help for more)\n");
  }
  const readStdin = stdinReader(io.stdin);
  const docs: GraphInput[] = [];
  let failed = false;
  for (const input of inputs) {
    const read = await readInput(input, readStdin);
    if ("error" in read) {
      failed = true;
      io.stderr(`newsner: ${input.source}: ${read.error.message}\n`);
      continue;
    }
    for (const w of read.warnings ?? []) io.stderr(`newsner: ${input.source}: warning: ${w.message}\n`);
    try {
      const result = extract(read.text, { source: input.source, gazetteers, types: flags.types });
      docs.push({ result, sentences: flags.cooccurrence ? sentenceRanges(read.text, cues) : undefined });
    } catch (err) {
      failed = true;
      io.stderr(`newsner: ${input.source}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  io.stdout(renderGraph(buildGraph(docs, { cooccurrence: flags.cooccurrence }), flags.format));
  return failed ? 1 : 0;
}
