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

/** The fields of an entry that a start-up does not read. */
interface EntryDetails {
  aliases: string[];
  attributes: Record<string, string>;
  file: string;
  line: number;
}

/** An entry read from a snapshot; its aliases, attributes and source line are decoded on first use. */
class SnapshotEntry implements GazetteerEntry {
  // declared, not defined: a defined class field costs every one of the thousands of instances a second store
  declare readonly index: number;
  declare readonly name: string;
  declare readonly type: GazetteerEntry["type"];
  declare private readonly snapshot: Snapshot;
  declare private decoded: EntryDetails | undefined;
  constructor(index: number, name: string, type: GazetteerEntry["type"], snapshot: Snapshot) {
    this.index = index;
    this.name = name;
    this.type = type;
    this.snapshot = snapshot;
    this.decoded = undefined;
  }
  private get details(): EntryDetails {
    if (!this.decoded) {
      const [aliases, attributes, file, line] = this.snapshot.details[this.index].split(this.snapshot.separators[1]);
      this.decoded = { aliases: aliases ? aliases.split("|") : [], attributes: decodeAttributes(attributes), file: this.snapshot.files[Number(file)], line: Number(line) };
    }
    return this.decoded;
  }
  get aliases(): string[] {
    return this.details.aliases;
  }
  get attributes(): Record<string, string> {
    return this.details.attributes;
  }
  get file(): string {
    return this.details.file;
  }
  get line(): number {
    return this.details.line;
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
      this.decodedVariants = field === -1 || field > end ? null : decodeVariants(this.source.text.slice(field + 1, end).split(this.source.field));
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
      const tab = text.indexOf(field, start + depth);
      (level ??= new Map()).set(text.slice(start + depth, tab === -1 || tab > end ? end : tab), new SnapshotNode(source, start, depth));
    }
    start = end + 1;
  }
  return level;
}

/** Built by pushing, never by `map`: optimised code may give a mapped array holes, and the matcher's code wants one array kind. */
function decodeVariants(raws: string[]): KeyVariant[] {
  const variants: KeyVariant[] = [];
  for (const raw of raws) variants.push(decodeVariant(raw));
  return variants;
}

function decodeVariant(raw: string): KeyVariant {
  const parts = raw.split(" ");
  return { entry: Number(parts[0]), tokens: parts.slice(3), form: FORMS[Number(parts[1])], needsContext: parts[2] === "1" };
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
