import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { FORMATS } from "../format/formats.js";
import { ENTITY_TYPES, type EntityType } from "../types.js";
import { addKnowledgeCommands } from "./commands.js";
import { runExtract, UsageError, type ExtractFlags } from "./extract.js";
import { processIO, type CliIO } from "./io.js";

export type { CliIO } from "./io.js";

// Exit codes: 0 every input processed, 1 some input failed (the others were still
// printed), 2 the command line or a --gazetteer file is wrong and nothing was done.
export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;


const EXAMPLES = `
Examples:
  cat article.txt | newsner                        a table of the entities in the terminal
  newsner extract article.txt --format json        exact JSON for scripts
  newsner extract corpus/ --format jsonl           every text file under a folder, one JSON line each
  newsner extract a.txt b.txt --types PERSON,ORGANIZATION
  newsner extract article.txt --gazetteer my-names.tsv --gazetteer more.tsv
  newsner archive/ --ext txt,md --glob '2024/**' --format jsonl > entities.jsonl
  newsner archive/ --out results/ --skip-existing      one .json per file; a rerun resumes
  newsner archive/ --summary                       the most mentioned names across the corpus
  cat docs.jsonl | newsner --input jsonl --id-field url --text-field body
  newsner eval conll2003/dev.txt --output predictions.txt

Exit codes: 0 all inputs processed, 1 some input failed (the rest still printed),
2 usage error (unknown option, bad value, malformed --gazetteer file), 130 interrupted
(Ctrl-C; with --out only complete result files are left). A failed input gets an error
record (NOT_FOUND, PERMISSION_DENIED, NOT_TEXT, TOO_LARGE, BAD_RECORD, ...) and a line
"newsner: path: message" on standard error; invalid UTF-8 is replaced and warned about.
`;

export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (err instanceof UsageError) {
      io.stderr(`newsner: ${err.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`newsner: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT_INPUT_FAILED;
  }
  return exitCode;
}

function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command("newsner")
    .description("List the people, countries, places and organizations in English news text.")
    .version(readVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show this help")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(`newsner: ${s.replace(/^error: /, "")}run newsner --help for usage\n`),
    })
    .showSuggestionAfterError(true);

  const extractCommand = program
    .command("extract", { isDefault: true })
    .description("extract entities from files, folders (walked for text files) or stdin (the default command)")
    .argument("[paths...]", "files or folders to read; none or - reads standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("table"))
    .addOption(
      new Option("-t, --types <list>", `keep only these entity types, comma-separated (${ENTITY_TYPES.join(", ")})`).argParser(parseTypes),
    )
    .addOption(
      new Option("-g, --gazetteer <file>", "add the entries of a TSV gazetteer file (repeatable; format in gazetteers/README.md)")
        .argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]),
    )
    .option("--tagger", "also run compromise's tagger on spans the rules cannot decide (slower)")
    .addOption(new Option("--input <kind>", "what the inputs hold: text (one document per file) or jsonl (one JSON record per line)").choices(["text", "jsonl"] as const).default("text"))
    .option("--text-field <name>", 'with --input jsonl: the field holding the text (default: "text")')
    .option("--id-field <name>", 'with --input jsonl: the field reported as source (default: "id"; else input:line)')
    .addOption(new Option("--ext <list>", "extensions to take when walking folders, comma-separated (default: txt,text,md,markdown and extension-less text files; jsonl,ndjson with --input jsonl)").argParser(parseExtensions))
    .addOption(new Option("--glob <pattern>", "take only files whose path below the folder matches (repeatable; *, **, ?, [abc], {a,b})").argParser(collect))
    .option("--out <dir>", "write one .json per input file into DIR, mirroring the input tree (written whole, then renamed)")
    .option("--skip-existing", "with --out: skip inputs whose result is already there (resume an interrupted run)")
    .addOption(new Option("-j, --jobs <n>", "worker threads; results are the same, in the same order, for any n").argParser(parseJobs).default(availableParallelism()))
    .option("-q, --quiet", "no progress line and no notices on standard error (failed inputs and warnings are still reported)")
    .option("--summary", "print only a corpus summary: the most mentioned people, countries, places and organizations, with document counts")
    .addOption(new Option("--top <n>", "with --summary: names per type (default: 20)").argParser(parsePositive("--top")))
    .option("--relations", "with --format csv: one row per relation instead of one per entity")
    .option("--explain", "say which gazetteer line or rule produced each mention and why mentions were merged (table, json, jsonl)")
    .option("--no-color", "no colours, even on a terminal or with FORCE_COLOR (NO_COLOR=1 does the same)")
    .addOption(new Option("--max-bytes <size>", "inputs (or JSONL lines) larger than this get an error record; e.g. 500k, 50MB, 1G").argParser(parseSize).default(50 * 1024 * 1024, "50MB"))
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], flags: Omit<ExtractFlags, "formatGiven">, command: Command) => {
      const formatGiven = command.getOptionValueSource("format") !== "default";
      setExit(await runExtract(paths, { ...flags, formatGiven }, io));
    });

  const evalCommand = program
    .command("eval")
    .description("score the extractor on a CoNLL-2003 file (precision, recall, F1 per type), or on CoNLL04 relations")
    .argument("<file>", "CoNLL-2003 file (one token per line, tag in the last column), or - for stdin")
    .option("-o, --output <file>", "write conlleval lines (token gold predicted) to this file")
    .option("--tagger", "run with compromise's tagger on")
    .option("--relations", "score relations on a CoNLL04 JSON file instead of entities")
    .addOption(new Option("-f, --format <format>", "report format").choices(["table", "json"] as const).default("table"))
    .action(async (file: string, flags: { output?: string; tagger?: boolean; relations?: boolean; format?: "table" | "json" }) => {
      const { runEvalCommand } = await import("./eval.js");
      setExit(await runEvalCommand(file, flags, io));
    });

  addKnowledgeCommands(program, io, setExit, parseTypes);

  // `newsner --help` shows every command's options, since extract is what `newsner` runs.
  program.addHelpText("after", () => {
    const width = Math.max(
      ...[program, extractCommand, evalCommand].map((c) => c.createHelp().padWidth(c, c.createHelp())),
    );
    return (
      `\nOptions of extract (newsner [paths...] is short for newsner extract [paths...]):\n${optionLines(extractCommand, width)}` +
      `\nOptions of eval:\n${optionLines(evalCommand, width)}${EXAMPLES}`
    );
  });
  return program;
}

function optionLines(command: Command, width: number): string {
  const help = command.createHelp();
  const options = help.visibleOptions(command).filter((o) => o.long !== "--help");
  return options.map((o) => help.formatItem(help.optionTerm(o), width, help.optionDescription(o), help) + "\n").join("");
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function parseExtensions(value: string, previous: string[] | undefined): string[] {
  const list = value
    .split(",")
    .map((e) => e.trim().toLowerCase().replace(/^\*?\.?/, ""))
    .filter((e) => e !== "")
    .map((e) => `.${e}`);
  if (list.length === 0) throw new InvalidArgumentError("no extension given, e.g. --ext txt,md");
  return [...(previous ?? []), ...list];
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError("give a whole number of threads from 1 to 256.");
  return n;
}

function parsePositive(name: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} takes a whole number above 0.`);
    return n;
  };
}

const SIZE_UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** "50MB", "500k", "1G", "1048576": sizes in bytes, units in powers of 1024. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) throw new InvalidArgumentError("give a size such as 500k, 50MB or 1G.");
  return Math.floor(Number(m[1]) * unit);
}

function parseTypes(value: string, previous: EntityType[] | undefined): EntityType[] {
  const wanted = new Set(previous ?? []);
  for (const raw of value.split(",")) {
    const name = raw.trim().toUpperCase();
    if (name === "") continue;
    if (!(ENTITY_TYPES as readonly string[]).includes(name)) {
      throw new InvalidArgumentError(`unknown type "${raw.trim()}"; types are ${ENTITY_TYPES.join(", ")}.`);
    }
    wanted.add(name as EntityType);
  }
  if (wanted.size === 0) throw new InvalidArgumentError(`no type given; types are ${ENTITY_TYPES.join(", ")}.`);
  return ENTITY_TYPES.filter((t) => wanted.has(t));
}

function readVersion(): string {
  // src/cli/main.ts, dist/cli/main.js and the bundle in dist/bundle/ all sit two folders below package.json.
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
