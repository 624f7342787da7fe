// Renders evaluation results as text tables (laid out like conll_score.py's, so the two can be
// diffed) and as JSON (with conll_score.py's "all" / "restricted" / "restricted_types" keys).

import type { ConllEvaluation } from "./conll.js";
import type { Conll04Evaluation } from "./conll04.js";
import type { Counts, ScoreResult } from "./score.js";

/**
 * Python's format(x, ".Nf"). Number#toFixed rounds an exact tie (3.125 → "3.13") away from zero
 * where Python rounds it to even ("3.12"); every other value rounds the same way in both.
 */
export function pyFixed(x: number, digits: number): string {
  const rounded = x.toFixed(digits);
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return rounded;
  const exact = Math.abs(x).toFixed(100); // exact decimal expansion of the double
  const point = exact.indexOf(".");
  const tail = exact.slice(point + 1 + digits);
  if (!/^50*$/.test(tail)) return rounded;
  const kept = exact.slice(0, point + 1 + digits).replace(/\.$/, "");
  const lastDigit = Number(kept[kept.length - 1]);
  if (lastDigit % 2 === 1) return rounded;
  return (x < 0 ? "-" : "") + kept;
}

function row(label: string, d: Counts, width: number): string {
  return (
    label.padEnd(width) +
    pyFixed(d.P, 2).padStart(8) +
    pyFixed(d.R, 2).padStart(8) +
    pyFixed(d.F1, 2).padStart(8) +
    String(d.pred).padStart(7) +
    String(d.gold).padStart(7) +
    String(d.correct).padStart(7)
  );
}

/** One score block, character for character what conll_score.py's fmt() prints (width 6). */
export function formatScoreTable(result: ScoreResult, title: string, width = 6): string {
  const lines = [title, "type".padEnd(width) + "P".padStart(8) + "R".padStart(8) + "F1".padStart(8) + "pred".padStart(7) + "gold".padStart(7) + "corr".padStart(7)];
  for (const [type, d] of Object.entries(result.per_type)) lines.push(row(type, d, width));
  lines.push(row("micro", result.micro, width));
  return lines.join("\n");
}

export interface ReportContext {
  /** The file as the user named it. */
  file: string;
  tagger: boolean;
}

export function conllReportTable(evaluation: ConllEvaluation, context: ReportContext): string {
  const { documents, sentences, tokens } = evaluation.counts;
  return [
    `${context.file}: ${documents} documents, ${sentences} sentences, ${tokens} tokens (compromise tagger ${context.tagger ? "on" : "off"})`,
    formatScoreTable(evaluation.all, "== all gold types"),
    formatScoreTable(evaluation.restricted, `== restricted to ${evaluation.restricted_types.join(",")}`),
    "",
  ].join("\n");
}

export function conllReportJson(evaluation: ConllEvaluation, context: ReportContext): string {
  const json = {
    file: context.file,
    tagger: context.tagger,
    counts: evaluation.counts,
    all: evaluation.all,
    restricted: evaluation.restricted,
    restricted_types: evaluation.restricted_types,
  };
  return JSON.stringify(json, null, 2) + "\n";
}

function countList(record: Record<string, number>): string {
  const entries = Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length ? entries.map(([k, v]) => `${k} ${v}`).join(", ") : "none";
}

export function conll04ReportTable(evaluation: Conll04Evaluation, context: ReportContext): string {
  const c = evaluation.counts;
  const otherExcluded = Object.entries(c.excluded_gold).filter(([k]) => k !== "Kill");
  return [
    `${context.file}: ${c.sentences} sentences, ${c.tokens} tokens (compromise tagger ${context.tagger ? "on" : "off"})`,
    `gold relations scored: ${c.gold_relations}; Kill relations in the file (not scored): ${c.kill_relations}` +
      (otherExcluded.length ? `; other unscored: ${countList(Object.fromEntries(otherExcluded))}` : ""),
    `predicted relations mapped: ${c.predicted_relations}; without a CoNLL04 type: ${countList(c.unmapped_predicted)}`,
    formatScoreTable(evaluation.relations.strict, "== relations, strict (exact argument spans)", 12),
    formatScoreTable(evaluation.relations.lenient, "== relations, lenient (overlapping argument spans)", 12),
    formatScoreTable(evaluation.entities, "== entities (Peop→PER, Org→ORG, Loc→LOC; Other ignored)", 12),
    "",
  ].join("\n");
}

export function conll04ReportJson(evaluation: Conll04Evaluation, context: ReportContext): string {
  const json = {
    file: context.file,
    tagger: context.tagger,
    counts: evaluation.counts,
    relations: evaluation.relations,
    entities: evaluation.entities,
  };
  return JSON.stringify(json, null, 2) + "\n";
}
