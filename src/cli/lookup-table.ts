import { Chalk } from "chalk";
import { renderTable, TYPE_COLOURS, formatAttributes } from "../format/table.js";
import type { GazetteerFileInfo, Problem } from "./gazetteers.js";
import type { LookupHit, LookupResult } from "./lookup.js";

// Terminal output of `lookup` and `gazetteers` (kept apart so JSON output never loads chalk
// and cli-table3).

interface Options {
  colour: boolean;
  width: number;
  /** How a gazetteer file is named (a --gazetteer file as the user typed it). */
  showFile?: (file: string) => string;
}

function hitTable(hits: LookupHit[], o: Options): string {
  const c = new Chalk({ level: o.colour ? 1 : 0 });
  const rows = hits.map((h) => [h.entry.type, h.entry.name, h.entry.aliases.join(", "), formatAttributes(h.entry.attributes), `${(o.showFile ?? ((f: string) => f))(h.entry.file)}:${h.entry.line}`]);
  return renderTable(["type", "name", "aliases", "attributes", "source"], rows, [12, 36, 36, 48, 36], c, o.width, (row, i) => [c[TYPE_COLOURS[hits[i]!.entry.type]](row[0]!), ...row.slice(1)], [4]);
}

export function formatLookup(results: LookupResult[], o: Options): string {
  const c = new Chalk({ level: o.colour ? 1 : 0 });
  return results
    .map((r) => {
      if (r.exact.length > 0) return `${c.bold(r.query)}  ${c.dim(r.exact.length === 1 ? "1 entry" : `${r.exact.length} entries`)}\n${hitTable(r.exact, o)}\n`;
      if (r.close.length === 0) return `${c.bold(r.query)}  ${c.dim("no entry, and nothing close")}\n`;
      return `${c.bold(r.query)}  ${c.dim("no entry; close matches:")}\n${hitTable(r.close, o)}\n`;
    })
    .join("\n");
}

export function renderFileList(files: GazetteerFileInfo[], o: Options): string {
  const c = new Chalk({ level: o.colour ? 1 : 0 });
  const rows = files.map((f) => [f.file, f.kind, String(f.entries), f.licence, f.source]);
  const total = files.filter((f) => f.kind === "entities").reduce((n, f) => n + f.entries, 0);
  return (
    renderTable(["file", "kind", "entries", "licence", "source"], rows, [42, 8, 7, 20, 80], c, o.width) +
    "\n" +
    c.dim(`${total} entity lines in ${files.filter((f) => f.kind === "entities").length} files; format and sources: gazetteers/README.md`) +
    "\n"
  );
}

export function renderProblems(file: string, problems: Problem[], o: { colour: boolean }): string {
  const c = new Chalk({ level: o.colour ? 1 : 0 });
  if (problems.length === 0) return `${file}: ${c.green("ok")}\n`;
  return problems
    .map((p) => `${file}:${p.line}: ${p.severity === "error" ? c.red("error") : c.yellow("warning")}: ${p.message}\n`)
    .join("");
}
