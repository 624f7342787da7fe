import { ENTITY_TYPES, type MentionForm } from "../types.js";
import { addLowerStart, emptyTrie, type Gazetteer, type GazetteerEntry, type KeyVariant, type TrieNode } from "./gazetteer.js";

/**
 * The compiled gazetteer as plain JSON, so a start-up reads one file instead of parsing and
 * tokenising every TSV again. `fingerprint` is a digest of the TSV files it was built from
 * (names and contents); a snapshot whose fingerprint no longer matches is ignored.
 *
 * Its bulk is long strings of records, split into fields only where a text needs them.
 * Records and fields are parted by two printable characters the gazetteers do not use
 * (`separators`), not by newlines and tabs, because JSON.parse copies a string without escapes
 * several times faster; and the file escapes every non-ASCII character, so it is read as one-byte text.
 */
export interface Snapshot {
  format: 4;
  fingerprint: string;
  /** The record separator, then the field separator. */
  separators: string;
  /** The entries' names, one per record. */
  names: string;
  /** The entries' types, one digit each: the index in ENTITY_TYPES. */
  types: string;
  /** The rest of each entry, decoded for entries a text mentions: aliases joined by "|", attributes as "key=value" joined by ";", file (an index into `files`), line; one field each. */
  details: string[];
  files: string[];
  /**
   * The trie's nodes depth first, one record per node, so a node's children are read when a text
   * first reaches it: one space per level of depth, the node's lower-cased token, then for each
   * key ending there a field "entry form context token token …" (form as an index into FORMS,
   * context 1 when the key needs it). A node's children follow it, one space deeper.
   */
  trie: string;
  /** The first key tokens, one per record, and where each one's node starts in `trie`: all a start-up reads of the trie. */
  roots: string;
  rootStarts: number[];
  lowerStarts: string[];
  /** Each cue word list, one word per record. */
  words: Record<string, string>;
}

export const SNAPSHOT_FORMAT = 4;

const FORMS: MentionForm[] = ["name", "alias", "acronym", "short", "demonym"];

/** Printable ASCII characters that JSON writes as they are, tried in turn as separators. */
const SEPARATOR_CANDIDATES = "^~`@#%*<>?{}[]$!&+";

function encodeAttributes(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([k, v]) => `${k}=${v}`)
    .join(";");
}

function decodeAttributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!raw) return out;
  for (const pair of raw.split(";")) {
    const eq = pair.indexOf("=");
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

/** A snapshot's trie with the separators it uses. */
interface TrieText {
  text: string;
  record: string;
  field: string;
}

/** The end of the record starting at `start`: the next record separator or the end of the text. */
function recordEnd(source: TrieText, start: number): number {
  const end = source.text.indexOf(source.record, start);
  return end === -1 ? source.text.length : end;
}

/**
 * An entry read from a snapshot. Its record "aliases, attributes, file, line" is read a part at a
 * time on first use: a text's candidates need every mentioned entry's file and line, its entities
 * the attributes, and nothing in extraction the aliases.
 */
class SnapshotEntry implements GazetteerEntry {
  // declared, not defined: a defined class field costs every one of the thousands of instances a second store
  declare readonly index: number;
  declare readonly name: string;
  declare readonly type: GazetteerEntry["type"];
  declare private readonly snapshot: Snapshot;
  declare private decodedAttributes: Record<string, string> | undefined;
  declare private decodedFile: string | undefined;
  declare private decodedLine: number;
  constructor(index: number, name: string, type: GazetteerEntry["type"], snapshot: Snapshot) {
    this.index = index;
    this.name = name;
    this.type = type;
    this.snapshot = snapshot;
    this.decodedAttributes = undefined;
    this.decodedFile = undefined;
    this.decodedLine = 0;
  }
  get aliases(): string[] {
    const record = this.snapshot.details[this.index];
    const aliases = record.slice(0, record.indexOf(this.snapshot.separators[1]));
    return aliases ? aliases.split("|") : [];
  }
  get attributes(): Record<string, string> {
    if (!this.decodedAttributes) {
      const record = this.snapshot.details[this.index];
      const field = this.snapshot.separators[1];
      const from = record.indexOf(field) + 1;
      this.decodedAttributes = decodeAttributes(record.slice(from, record.indexOf(field, from)));
    }
    return this.decodedAttributes;
  }
  get file(): string {
    if (this.decodedFile === undefined) this.decodePlace();
    return this.decodedFile!;
  }
  get line(): number {
    if (this.decodedFile === undefined) this.decodePlace();
    return this.decodedLine;
  }
  /** The last two fields: the file's index in `files` and the line. */
  private decodePlace(): void {
    const record = this.snapshot.details[this.index];
    const field = this.snapshot.separators[1];
    const lineAt = record.lastIndexOf(field);
    const fileAt = record.lastIndexOf(field, lineAt - 1);
    this.decodedFile = this.snapshot.files[Number(record.slice(fileAt + 1, lineAt))];
    this.decodedLine = Number(record.slice(lineAt + 1));
  }
}

/**
 * A trie node read from a snapshot: where its record starts. The keys ending at it and its
 * children are decoded on first use, so a start-up reads only the first tokens of the keys.
 */
class SnapshotNode implements TrieNode {
  // declared, not defined, like SnapshotEntry's fields
  declare private readonly source: TrieText;
  declare private readonly start: number;
  declare private readonly depth: number;
  declare private decodedVariants: KeyVariant[] | null | undefined;
  declare private decodedChildren: Map<string, TrieNode> | null | undefined;
  constructor(source: TrieText, start: number, depth: number) {
    this.source = source;
    this.start = start;
    this.depth = depth;
    this.decodedVariants = undefined;
    this.decodedChildren = undefined;
  }
  get variants(): KeyVariant[] | null {
    if (this.decodedVariants === undefined) {
      const end = recordEnd(this.source, this.start);
      const field = this.source.text.indexOf(this.source.field, this.start);
      this.decodedVariants = field === -1 || field > end ? null : decodeVariants(this.source, field + 1, end);
    }
    return this.decodedVariants;
  }
  get children(): Map<string, TrieNode> | null {
    if (this.decodedChildren === undefined) this.decodedChildren = readLevel(this.source, recordEnd(this.source, this.start) + 1, this.depth + 1);
    return this.decodedChildren;
  }
}

/** The nodes `depth` spaces deep from offset `from` until a record less deep; null when there are none. */
function readLevel(source: TrieText, from: number, depth: number): Map<string, TrieNode> | null {
  const { text, field } = source;
  let level: Map<string, TrieNode> | null = null;
  for (let start = from; start < text.length; ) {
    const end = recordEnd(source, start);
    let indent = 0;
    while (indent < depth && text.charCodeAt(start + indent) === 32) indent++;
    if (indent < depth) break;
    if (text.charCodeAt(start + depth) !== 32) {
      const fieldAt = text.indexOf(field, start + depth);
      (level ??= new Map()).set(text.slice(start + depth, fieldAt === -1 || fieldAt > end ? end : fieldAt), new SnapshotNode(source, start, depth));
    }
    start = end + 1;
  }
  return level;
}

/**
 * The fields from `from` to `end`, read in place rather than split apart first. Built by pushing,
 * never by `map`: optimised code may give a mapped array holes, and the matcher's code wants one array kind.
 */
function decodeVariants(source: TrieText, from: number, end: number): KeyVariant[] {
  const variants: KeyVariant[] = [];
  for (let at = from; at < end; ) {
    const next = source.text.indexOf(source.field, at);
    const fieldEnd = next === -1 || next > end ? end : next;
    variants.push(decodeVariant(source.text, at, fieldEnd));
    at = fieldEnd + 1;
  }
  return variants;
}

/** "8984 0 0 Information Ministry": entry, form and context take one digit each, so the tokens start four characters after the entry. */
function decodeVariant(text: string, from: number, end: number): KeyVariant {
  const space = text.indexOf(" ", from);
  return {
    entry: Number(text.slice(from, space)),
    tokens: text.slice(space + 5, end).split(" "),
    form: FORMS[text.charCodeAt(space + 1) - 48],
    needsContext: text.charCodeAt(space + 3) === 49,
  };
}

/** The first two candidates that occur in none of the texts. */
function chooseSeparators(texts: string[]): string {
  const unused = [...SEPARATOR_CANDIDATES].filter((c) => texts.every((t) => !t.includes(c)));
  if (unused.length < 2) throw new Error("gazetteer snapshot: every separator candidate occurs in the gazetteers");
  return unused[0] + unused[1];
}

export function snapshotGazetteer(g: Gazetteer, fingerprint: string): Snapshot {
  const files = [...new Set(g.entries.map((e) => e.file))];
  const nodes: string[][] = [];
  const rootNodes = new Set<number>();
  const write = (level: Map<string, TrieNode>, indent: string) => {
    for (const [token, node] of level) {
      if (!indent) rootNodes.add(nodes.length);
      nodes.push([`${indent}${token}`, ...(node.variants ?? []).map((v) => `${v.entry} ${FORMS.indexOf(v.form)} ${v.needsContext ? 1 : 0} ${v.tokens.join(" ")}`)]);
      if (node.children) write(node.children, indent + " ");
    }
  };
  write(g.trie.roots, "");
  const details = g.entries.map((e) => [e.aliases.join("|"), encodeAttributes(e.attributes), String(files.indexOf(e.file)), String(e.line)]);
  const words = [...g.words].map(([name, set]): [string, string[]] => [name, [...set]]);
  const separators = chooseSeparators([...g.entries.map((e) => e.name), ...details.flat(), ...nodes.flat(), ...words.flatMap(([, list]) => list)]);
  const [record, field] = separators;
  const nodeRecords = nodes.map((node) => node.join(field));
  const rootStarts: number[] = [];
  let offset = 0;
  for (const [k, node] of nodeRecords.entries()) {
    if (rootNodes.has(k)) rootStarts.push(offset);
    offset += node.length + 1;
  }
  return {
    format: SNAPSHOT_FORMAT,
    fingerprint,
    separators,
    names: g.entries.map((e) => e.name).join(record),
    types: g.entries.map((e) => ENTITY_TYPES.indexOf(e.type)).join(""),
    details: details.map((fields) => fields.join(field)),
    files,
    trie: nodeRecords.join(record),
    roots: [...g.trie.roots.keys()].join(record),
    rootStarts,
    lowerStarts: [...g.trie.lowerStarts],
    words: Object.fromEntries(words.map(([name, list]) => [name, list.join(record)])),
  };
}

/** The snapshot as JSON with every non-ASCII character escaped, so the file is one-byte text. */
export function snapshotJson(s: Snapshot): string {
  return JSON.stringify(s).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function restoreGazetteer(s: Snapshot): Gazetteer {
  const [record, field] = s.separators;
  const names = s.names === "" ? [] : s.names.split(record);
  const entries: GazetteerEntry[] = [];
  for (let k = 0; k < names.length; k++) entries.push(new SnapshotEntry(k, names[k], ENTITY_TYPES[s.types.charCodeAt(k) - 48], s));
  const trie = emptyTrie();
  const source: TrieText = { text: s.trie, record, field };
  const roots = s.roots === "" ? [] : s.roots.split(record);
  for (let k = 0; k < roots.length; k++) trie.roots.set(roots[k], new SnapshotNode(source, s.rootStarts[k], 0));
  for (const first of s.lowerStarts) addLowerStart(trie, first);
  const words = new Map<string, ReadonlySet<string>>(Object.entries(s.words).map(([name, list]) => [name, new Set(list === "" ? [] : list.split(record))]));
  return { entries, trie, words };
}
