import { ENTITY_TYPES, type EntityType } from "../types.js";
import { GazetteerError } from "./gazetteer.js";

export interface ParsedEntry {
  name: string;
  type: EntityType;
  aliases: string[];
  attributes: Record<string, string>;
  line: number;
}

function dataLines(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "" || line.startsWith("#")) continue;
    out.push([i + 1, line]);
  }
  return out;
}

export function parseEntityTsv(text: string, file: string): ParsedEntry[] {
  const lines = dataLines(text);
  if (lines.length === 0) throw new GazetteerError(file, 1, "no header line (expected name, type, aliases, attributes)");
  const [headerLine, header] = lines[0];
  const columns = header.split("\t").map((c) => c.trim());
  const col = (name: string) => columns.indexOf(name);
  const nameCol = col("name");
  const typeCol = col("type");
  if (nameCol < 0 || typeCol < 0) {
    throw new GazetteerError(file, headerLine, `header must name the columns "name" and "type", found: ${columns.join(", ")}`);
  }
  const aliasCol = col("aliases");
  const attrCol = col("attributes");
  const entries: ParsedEntry[] = [];
  for (let k = 1; k < lines.length; k++) {
    const [lineNo, line] = lines[k];
    const cells = line.split("\t");
    if (cells.length > columns.length) {
      throw new GazetteerError(file, lineNo, `${cells.length} columns, header has ${columns.length}`);
    }
    const name = (cells[nameCol] ?? "").trim();
    if (!name) throw new GazetteerError(file, lineNo, "empty name");
    const type = (cells[typeCol] ?? "").trim() as EntityType;
    if (!ENTITY_TYPES.includes(type)) {
      throw new GazetteerError(file, lineNo, `unknown type "${type}" (expected ${ENTITY_TYPES.join(", ")})`);
    }
    const aliases = aliasCol >= 0 ? splitList(cells[aliasCol] ?? "", "|") : [];
    const attributes: Record<string, string> = {};
    if (attrCol >= 0) {
      for (const pair of splitList(cells[attrCol] ?? "", ";")) {
        const eq = pair.indexOf("=");
        if (eq <= 0) throw new GazetteerError(file, lineNo, `attribute "${pair}" is not key=value`);
        attributes[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
      }
    }
    entries.push({ name, type, aliases, attributes, line: lineNo });
  }
  return entries;
}

export function parseWordTsv(text: string, file: string): string[] {
  const lines = dataLines(text);
  if (lines.length === 0) throw new GazetteerError(file, 1, "no header line (expected word)");
  const [headerLine, header] = lines[0];
  const wordCol = header.split("\t").map((c) => c.trim()).indexOf("word");
  if (wordCol < 0) throw new GazetteerError(file, headerLine, `header must name the column "word", found: ${header}`);
  const words: string[] = [];
  for (let k = 1; k < lines.length; k++) {
    const [lineNo, line] = lines[k];
    const word = (line.split("\t")[wordCol] ?? "").trim();
    if (!word) throw new GazetteerError(file, lineNo, "empty word");
    words.push(word);
  }
  return words;
}

function splitList(cell: string, sep: string): string[] {
  return cell
    .split(sep)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
