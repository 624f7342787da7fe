import { formatJson, formatJsonLine, jsonArrayWriter, type OutputRecord } from "./json.js";
import { formatTable } from "./table.js";

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

export function streamFormatter(format: Format, options: { colour: boolean; single: boolean }): StreamFormatter {
  switch (format) {
    case "json":
      if (options.single) return { begin: () => "", item: formatJson, end: () => "" };
      return jsonArrayWriter();
    case "jsonl":
      return { begin: () => "", item: formatJsonLine, end: () => "" };
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
export function formatRecords(format: Format, records: readonly OutputRecord[], options: { colour: boolean; single?: boolean }): string {
  const f = streamFormatter(format, { colour: options.colour, single: options.single ?? records.length === 1 });
  return f.begin() + records.map((r) => f.item(r)).join("") + f.end();
}
