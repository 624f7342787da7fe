// `newsner eval FILE`: CoNLL-2003 entity scores, or with --relations CoNLL04 relation scores.
// Reads the file, runs the extractor (built-in gazetteers loaded once), prints a table or JSON and,
// with --output, writes conlleval lines that ../shared/tools/conll_score.py --conlleval can score.

import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { extract, loadGazetteers } from "../index.js";
import { evaluateConll, parseConll, toConlleval, type Extractor } from "../eval/conll.js";
import { evaluateConll04, parseConll04 } from "../eval/conll04.js";
import { conll04ReportJson, conll04ReportTable, conllReportJson, conllReportTable } from "../eval/report.js";
import type { CliIO } from "./io.js";

export interface EvalOptions {
  output?: string;
  tagger?: boolean;
  relations?: boolean;
  format?: "table" | "json";
}

/** Builds the extractor under evaluation; tests pass a fake one. */
export type ExtractorFactory = (options: { tagger: boolean }) => Extractor;

export const defaultExtractorFactory: ExtractorFactory = ({ tagger }) => {
  const gazetteers = loadGazetteers();
  return (text) => extract(text, { gazetteers, tagger });
};

async function readInput(file: string, io: CliIO): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
    return Buffer.concat(chunks).toString("utf8");
  }
  return readFile(resolve(io.cwd, file), "utf8");
}

/** Returns the exit code: 0 done, 1 unreadable or malformed input, 2 bad option. */
export async function runEvalCommand(
  file: string,
  opts: EvalOptions,
  io: CliIO,
  makeExtractor: ExtractorFactory = defaultExtractorFactory,
): Promise<number> {
  const format = opts.format ?? "table";
  if (format !== "table" && format !== "json") {
    io.stderr(`newsner eval: --format must be table or json, not ${JSON.stringify(format)}\n`);
    return 2;
  }
  const tagger = Boolean(opts.tagger);
  let content: string;
  try {
    content = await readInput(file, io);
  } catch (err) {
    io.stderr(`newsner eval: cannot read ${file}: ${(err as Error).message}\n`);
    return 1;
  }
  if (content.startsWith("\ufeff")) content = content.slice(1);

  let report: string;
  let conlleval: string;
  try {
    if (opts.relations) {
      const sentences = parseConll04(content);
      const evaluation = evaluateConll04(sentences, makeExtractor({ tagger }));
      const context = { file, tagger };
      report = format === "json" ? conll04ReportJson(evaluation, context) : conll04ReportTable(evaluation, context);
      conlleval = toConlleval(evaluation.documents, evaluation.predicted);
    } else {
      if (/^\s*[[{]/.test(content)) {
        io.stderr(`newsner eval: ${file} looks like JSON; for CoNLL04 relation files add --relations\n`);
        return 1;
      }
      const documents = parseConll(content);
      const evaluation = evaluateConll(documents, makeExtractor({ tagger }));
      const context = { file, tagger };
      report = format === "json" ? conllReportJson(evaluation, context) : conllReportTable(evaluation, context);
      conlleval = toConlleval(documents, evaluation.predicted);
    }
  } catch (err) {
    const e = err as Error;
    if (e.name === "ConllFormatError" || e.name === "Conll04FormatError") {
      io.stderr(`newsner eval: ${file}: ${e.message}\n`);
      return 1;
    }
    throw err;
  }

  if (opts.output) {
    try {
      await writeFile(resolve(io.cwd, opts.output), conlleval, "utf8");
    } catch (err) {
      io.stderr(`newsner eval: cannot write ${opts.output}: ${(err as Error).message}\n`);
      return 1;
    }
  }
  io.stdout(report);
  return 0;
}
