// The output formats, apart from their renderers so the CLI can name them without
// loading chalk and cli-table3 (tens of milliseconds of start-up).
export const FORMATS = ["table", "json", "jsonl", "text", "csv", "conll"] as const;
export type Format = (typeof FORMATS)[number];
