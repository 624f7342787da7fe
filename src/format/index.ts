import { formatJson, formatJsonLine, jsonArrayWriter, type OutputRecord } from "./json.js";
import { formatTable } from "./table.js";
import { csvHeader, formatCsvRows } from "./csv.js";

export * from "./json.js";
export { formatTable, formatAttributes, snippet, TYPE_COLOURS, type TableOptions } from "./table.js";

export { FORMATS, type Format } from "./formats.js";
import type { Format } from "./formats.js";

/**
 * Renders records one at a time, in input order. `count` is the number of records that
 * will follow: `json` prints one object for a single input and an array otherwise.
 */
export interface StreamFormatter {
  begin(): string;
  item(record: OutputRecord): string;
  end(): string;
}

// text and conll print the document itself, so they are rendered where the text is (src/batch/task.ts).
export function streamFormatter(format: Exclude<Format, "text" | "conll">, options: { colour: boolean; single: boolean }): StreamFormatter {
  switch (format) {
    case "json":
      if (options.single) return { begin: () => "", item: formatJson, end: () => "" };
      return jsonArrayWriter();
    case "jsonl":
      return { begin: () => "", item: formatJsonLine, end: () => "" };
    case "csv":
      return { begin: () => csvHeader(), item: (record) => formatCsvRows(record), end: () => "" };
    case "table": {
      let printed = 0;
      return {
        begin: () => "",
        item(record) {
          const text = formatTable(record, { colour: options.colour });
          if (text === "") return "";
          return (printed++ > 0 ? "\n" : "") + text;
        },
        end: () => "",
      };
    }
  }
}

/** All records at once, as `streamFormatter` would print them. */
export function formatRecords(format: Exclude<Format, "text" | "conll">, records: readonly OutputRecord[], options: { colour: boolean; single?: boolean }): string {
  const f = streamFormatter(format, { colour: options.colour, single: options.single ?? records.length === 1 });
  return f.begin() + records.map((r) => f.item(r)).join("") + f.end();
}
