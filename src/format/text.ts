import { Chalk } from "chalk";
import { ENTITY_TYPES, type DocumentResult, type EntityType } from "../types.js";
import { isErrorRecord, type OutputRecord } from "./json.js";
import { TYPE_COLOURS } from "./table.js";

// `--format text`: the article itself with every mention marked. With colour each mention
// is painted in its type's colour (the same colours as the tables) under a legend line;
// without colour it is bracketed, so a log stays readable:
//   "[Russia|COUNTRY]’s Foreign Minister [Sergei Lavrov|PERSON] is holding talks"

export interface TextOptions {
  colour: boolean;
}

/** Code-point ranges [start, end) of the mentions, each with its entity's type, in text order. */
interface Mark {
  start: number;
  end: number;
  type: EntityType;
}

function marksOf(record: DocumentResult): Mark[] {
  const marks = record.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })));
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  // Mentions never overlap in newsner's output; if they ever did, the earlier, longer one wins.
  const kept: Mark[] = [];
  for (const m of marks) if (kept.length === 0 || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

/** The legend: each type in its colour (or `[name|TYPE]` explained, without colour). */
export function textLegend(options: TextOptions): string {
  const c = new Chalk({ level: options.colour ? 1 : 0 });
  if (!options.colour) return c.dim(`mentions are marked [text|TYPE]; types: ${ENTITY_TYPES.join(" ")}`);
  return ENTITY_TYPES.map((t) => c[TYPE_COLOURS[t]].bold(t)).join("  ");
}

/**
 * `text` is the document the record was extracted from (a leading BOM is dropped, as the
 * offsets count from the character after it).
 */
export function formatText(record: OutputRecord, text: string, options: TextOptions): string {
  if (isErrorRecord(record)) return "";
  const c = new Chalk({ level: options.colour ? 1 : 0 });
  const chars = [...(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)];
  const label = record.source === "-" ? "- (stdin)" : record.source;
  let out = `${c.bold(label)}\n${textLegend(options)}\n\n`;
  let at = 0;
  for (const m of marksOf(record)) {
    if (m.start < at || m.end > chars.length) continue;
    out += chars.slice(at, m.start).join("");
    const surface = chars.slice(m.start, m.end).join("");
    out += options.colour ? c[TYPE_COLOURS[m.type]].bold(surface) : `[${surface}|${m.type}]`;
    at = m.end;
  }
  out += chars.slice(at).join("");
  return out.endsWith("\n") ? out : out + "\n";
}
