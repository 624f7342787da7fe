import { accessSync, constants, readFileSync } from "node:fs";
import * as path from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { extract, GazetteerError, loadGazetteers } from "../index.js";
import { FORMATS, streamFormatter, type Format, type OutputRecord } from "../format/index.js";
import { ENTITY_TYPES, type DocumentResult, type EntityType } from "../types.js";
import { runEvalCommand } from "./eval.js";
import { readInput, resolveInputs, stdinReader } from "./inputs.js";
import { processIO, useColour, type CliIO } from "./io.js";

export type { CliIO } from "./io.js";

// Exit codes: 0 every input processed, 1 some input failed (the others were still
// printed), 2 the command line or a --gazetteer file is wrong and nothing was done.
export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

interface ExtractFlags {
  format: Format;
  types?: EntityType[];
  gazetteer?: string[];
  tagger?: boolean;
}

const EXAMPLES = `
Examples:
  cat article.txt | newsner                        a table of the entities in the terminal
  newsner extract article.txt --format json        exact JSON for scripts
  newsner extract corpus/ --format jsonl           every text file under a folder, one JSON line each
  newsner extract a.txt b.txt --types PERSON,ORGANIZATION
  newsner extract article.txt --gazetteer my-names.tsv --gazetteer more.tsv
  newsner eval conll2003/dev.txt --output predictions.txt

Exit codes: 0 all inputs processed, 1 some input failed (the rest still printed),
2 usage error (unknown option, bad value, malformed --gazetteer file).
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

class UsageError extends Error {}

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
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], flags: ExtractFlags) => {
      setExit(await runExtract(paths, flags, io));
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
      setExit(await runEvalCommand(file, flags, io));
    });

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

async function runExtract(paths: string[], flags: ExtractFlags, io: CliIO): Promise<number> {
  const gazetteers = loadUserGazetteers(flags.gazetteer ?? [], io.cwd);
  const { inputs, single } = await resolveInputs(paths, io.cwd);
  if (inputs.some((i) => i.kind === "stdin") && io.stdinIsTTY) {
    io.stderr("newsner: reading text from standard input; end it with Ctrl-D (newsner --help for more)\n");
  }
  const readStdin = stdinReader(io.stdin);
  const formatter = streamFormatter(flags.format, { colour: useColour(io), single });
  const write = (text: string) => {
    if (text !== "") io.stdout(text);
  };
  let failed = false;
  write(formatter.begin());
  for (const input of inputs) {
    if (io.stdoutClosed?.()) break;
    const read = await readInput(input, readStdin);
    let record: OutputRecord;
    if ("error" in read) {
      record = { source: input.source, error: read.error };
    } else {
      try {
        record = extractOne(read.text, input.source, flags, gazetteers);
      } catch (err) {
        record = { source: input.source, error: { code: "EXTRACT_FAILED", message: err instanceof Error ? err.message : String(err) } };
      }
    }
    if ("error" in record) {
      failed = true;
      io.stderr(`newsner: ${record.source}: ${record.error.message}\n`);
    }
    write(formatter.item(record));
  }
  write(formatter.end());
  return failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

function extractOne(text: string, source: string, flags: ExtractFlags, gazetteers: ReturnType<typeof loadGazetteers>): DocumentResult {
  return extract(text, { source, types: flags.types, gazetteers, tagger: flags.tagger === true });
}

// Built-in gazetteers plus the user's, loaded once per run. A bad user file is a usage
// error reported as `file:line: problem`, with the path as the user typed it.
function loadUserGazetteers(files: string[], cwd: string): ReturnType<typeof loadGazetteers> {
  const shown = new Map<string, string>();
  const extraFiles = files.map((file) => {
    const full = path.resolve(cwd, file);
    shown.set(full, file);
    try {
      accessSync(full, constants.R_OK);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UsageError(`${file}: ${code === "ENOENT" ? "no such gazetteer file" : "cannot read gazetteer file"}`);
    }
    // The path as typed when it resolves the same way for the engine, so entity sources
    // and error messages show `my-names.tsv:3` rather than a long absolute path.
    const arg = path.isAbsolute(file) || path.resolve(file) === full ? file : full;
    shown.set(arg, file);
    return arg;
  });
  try {
    return loadGazetteers({ extraFiles });
  } catch (err) {
    if (err instanceof GazetteerError) {
      const given = shown.get(err.file);
      const message = given !== undefined && err.message.startsWith(err.file) ? given + err.message.slice(err.file.length) : err.message;
      throw new UsageError(message);
    }
    throw err;
  }
}

function readVersion(): string {
  // dist/cli/main.js and src/cli/main.ts both sit two folders below package.json.
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
