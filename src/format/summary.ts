import type { SummaryReport } from "../batch/summary.js";
import type { EntityType } from "../types.js";

// `--summary` output: pure functions from a corpus report to text.

/** `--format json` (or jsonl): the report as one object, keys in a fixed order. */
export function formatSummaryJson(report: SummaryReport, options: { pretty: boolean }): string {
  const entities: Record<string, unknown> = {};
  for (const [type, list] of Object.entries(report.entities)) {
    entities[type] = list!.map((e) => ({ name: e.name, mentions: e.mentions, documents: e.documents }));
  }
  const plain = { documents: report.documents, failed: report.failed, approximate: report.approximate, entities };
  return (options.pretty ? JSON.stringify(plain, null, 2) : JSON.stringify(plain)) + "\n";
}

/** `--format table`: a heading with the counts, then one row per entity, grouped by type. */
export async function formatSummaryTable(report: SummaryReport, options: { colour: boolean }): Promise<string> {
  const { Chalk } = await import("chalk");
  const { default: Table } = await import("cli-table3");
  const { TYPE_COLOURS } = await import("./table.js");
  const c = new Chalk({ level: options.colour ? 1 : 0 });
  const docs = `${report.documents} ${report.documents === 1 ? "document" : "documents"}`;
  const failed = report.failed > 0 ? `, ${report.failed} failed` : "";
  const approx = report.approximate ? "; counts of rare names are approximate" : "";
  let out = `${c.bold("corpus summary")}  ${c.dim(`${docs}${failed}${approx}`)}\n`;
  const rows: [EntityType, string, string, string][] = [];
  for (const [type, list] of Object.entries(report.entities) as [EntityType, SummaryReport["entities"][EntityType]][]) {
    for (const e of list ?? []) rows.push([type, e.name, String(e.mentions), String(e.documents)]);
  }
  if (rows.length === 0) return out + c.dim("(no entities)") + "\n";
  const head = ["type", "name", "mentions", "documents"];
  const caps = [12, 40, 10, 10];
  const widths = head.map((h, col) => Math.min(Math.max(h.length, ...rows.map((r) => [...r[col]!].length)), caps[col]!) + 2);
  const table = new Table({
    head: head.map((h) => c.bold(h)),
    colWidths: widths,
    colAligns: ["left", "left", "right", "right"],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const [type, ...rest] of rows) table.push([c[TYPE_COLOURS[type]](type), ...rest]);
  return out + table.toString() + "\n";
}
