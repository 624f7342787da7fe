import { readFileSync } from "node:fs";
import * as path from "node:path";
import { Command, Option } from "commander";
import type { EntityType } from "../types.js";
import { UsageError } from "./extract.js";
import { loadWithUserFiles } from "./gazetteer-args.js";
import { checkGazetteerFile, gazetteerFiles } from "./gazetteers.js";
import { lookup, plainEntry, type LookupResult } from "./lookup.js";
import { useColour, tableWidth, type CliIO } from "./io.js";
import { GRAPH_FORMATS, type GraphFormat } from "../graph/render.js";

// The knowledge and corpus commands: `lookup`, `gazetteers` and `graph`. Each is added to
// the program by one call from main.ts; each returns its exit code through `setExit`.

type SetExit = (code: number) => void;

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function addKnowledgeCommands(program: Command, io: CliIO, setExit: SetExit, parseTypes: (v: string, p: EntityType[] | undefined) => EntityType[]): Command[] {
  const lookupCommand = program
    .command("lookup")
    .description("what the gazetteers know about a name: type, canonical name, aliases, attributes, file:line (close matches when none is exact)")
    .argument("<names...>", "names to look up, any case; quote names of several words")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"] as const).default("table"))
    .addOption(new Option("-g, --gazetteer <file>", "also search the entries of this TSV file (repeatable)").argParser(collect))
    .option("--no-color", "no colours, even on a terminal or with FORCE_COLOR")
    .addHelpText("after", '\nExamples:\n  newsner lookup Lavrov "Collective Security Treaty Organization" csto\n  newsner lookup Tajikstan            close matches: Tajikistan\n\nExit code 1 when some name has no exact match.\n')
    .action(async (names: string[], flags: LookupFlags) => {
      setExit(await runLookup(names, flags, io));
    });

  const gazetteersCommand = program
    .command("gazetteers")
    .description("list the built-in gazetteer files with entry counts, sources and licences; --check validates a TSV of your own")
    .addOption(new Option("--check <file>", "check a gazetteer TSV (the --gazetteer format) and report every problem with its line").argParser(collect))
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"] as const).default("table"))
    .option("--no-color", "no colours, even on a terminal or with FORCE_COLOR")
    .addHelpText("after", "\nExamples:\n  newsner gazetteers\n  newsner gazetteers --check my-names.tsv\n\nWith --check, exit code 1 when a file has errors (warnings alone give 0).\n")
    .action(async (flags: GazetteersFlags) => {
      setExit(await runGazetteers(flags, io));
    });

  const graphCommand = program
    .command("graph")
    .description("one graph of a whole corpus: entities merged across documents by name and type, relations as edges")
    .argument("[paths...]", "files or folders to read (folders are walked for text files); none or - reads standard input")
    .addOption(new Option("-f, --format <format>", "dot (Graphviz), graphml (Gephi, yEd), csv (edges) or csv-nodes").choices(GRAPH_FORMATS).default("dot"))
    .option("--cooccurrence", "also join entities named in the same sentence (dashed, undirected edges)")
    .addOption(new Option("-t, --types <list>", "keep only these entity types, comma-separated").argParser(parseTypes))
    .addOption(new Option("-g, --gazetteer <file>", "add the entries of a TSV gazetteer file (repeatable)").argParser(collect))
    .addHelpText("after", "\nExamples:\n  newsner graph corpus/ > corpus.dot && dot -Tpng corpus.dot -o corpus.png\n  newsner graph corpus/ --format graphml --cooccurrence > corpus.graphml\n  newsner graph corpus/ --format csv > edges.csv && newsner graph corpus/ --format csv-nodes > nodes.csv\n")
    .action(async (paths: string[], flags: GraphFlags) => {
      const { runGraph } = await import("./graph.js");
      setExit(await runGraph(paths, flags, io));
    });
  return [lookupCommand, gazetteersCommand, graphCommand];
}

interface LookupFlags {
  format: "table" | "json";
  gazetteer?: string[];
  color?: boolean;
}

interface GazetteersFlags {
  check?: string[];
  format: "table" | "json";
  color?: boolean;
}

export interface GraphFlags {
  format: GraphFormat;
  cooccurrence?: boolean;
  types?: EntityType[];
  gazetteer?: string[];
}

async function runLookup(names: string[], flags: LookupFlags, io: CliIO): Promise<number> {
  const gazetteer = loadWithUserFiles(flags.gazetteer ?? [], io.cwd);
  const results = names.map((n) => lookup(gazetteer, n));
  // A --gazetteer file opened by its absolute path is shown relative to where newsner was run.
  const showFile = (file: string) => {
    const rel = path.relative(io.cwd, file);
    return path.isAbsolute(file) && !rel.startsWith("..") ? rel : file;
  };
  if (flags.format === "json") {
    const plain = results.map((r) => ({ query: r.query, entries: r.exact.map((h) => plainEntry(h, showFile)), close: r.close.map((h) => plainEntry(h, showFile)) }));
    io.stdout(JSON.stringify(plain, null, 2) + "\n");
  } else {
    const { formatLookup } = await import("./lookup-table.js");
    io.stdout(formatLookup(results, { colour: flags.color !== false && useColour(io), width: tableWidth(io), showFile }));
  }
  return results.every((r: LookupResult) => r.exact.length > 0) ? 0 : 1;
}

async function runGazetteers(flags: GazetteersFlags, io: CliIO): Promise<number> {
  const { renderFileList, renderProblems } = await import("./lookup-table.js");
  const colour = flags.color !== false && useColour(io);
  if (!flags.check) {
    const files = gazetteerFiles();
    io.stdout(flags.format === "json" ? JSON.stringify(files, null, 2) + "\n" : renderFileList(files, { colour, width: tableWidth(io) }));
    return 0;
  }
  let failed = false;
  const reports: Array<{ file: string; problems: ReturnType<typeof checkGazetteerFile> }> = [];
  for (const file of flags.check) {
    let text: string;
    try {
      text = readFileSync(path.resolve(io.cwd, file), "utf8");
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UsageError(`${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a TSV file" : "cannot read file"}`);
    }
    const problems = checkGazetteerFile(text, file);
    if (problems.some((p) => p.severity === "error")) failed = true;
    reports.push({ file, problems });
  }
  io.stdout(flags.format === "json" ? JSON.stringify(reports, null, 2) + "\n" : reports.map((r) => renderProblems(r.file, r.problems, { colour })).join(""));
  return failed ? 1 : 0;
}
