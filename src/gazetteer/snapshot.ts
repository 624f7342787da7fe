import { foldCase } from "../text/tokenize.js";
import { ENTITY_TYPES, type MentionForm } from "../types.js";
import { TRIE_SEPARATOR, type Gazetteer, type GazetteerEntry, type KeyVariant, type Trie, type TrieNode } from "./gazetteer.js";

/**
 * The compiled gazetteer as plain JSON, so a start-up reads one file instead of parsing and
 * tokenising every TSV again. `fingerprint` names the TSV files it was built from (size and
 * modification time); a snapshot whose fingerprint no longer matches is ignored.
 */
export interface Snapshot {
  format: 1;
  fingerprint: string;
  /** Aliases joined by "|", attributes as "key=value" joined by ";": decoded only for entries a text mentions. */
  entries: Array<[name: string, type: number, aliases: string, attributes: string, file: number, line: number]>;
  files: string[];
  /** Every key as [entry, tokens joined by U+0001, form, needs context (1) or not (0)]. */
  keys: Array<[number, string, number, number]>;
  words: Record<string, string[]>;
}

const FORMS: MentionForm[] = ["name", "alias", "acronym", "short", "demonym"];
const SEPARATOR = "\u0001";

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

/** An entry read from a snapshot; its aliases and attributes are decoded on first use. */
class SnapshotEntry implements GazetteerEntry {
  private decodedAliases?: string[];
  private decodedAttributes?: Record<string, string>;
  constructor(
    readonly index: number,
    readonly name: string,
    readonly type: GazetteerEntry["type"],
    private readonly rawAliases: string,
    private readonly rawAttributes: string,
    readonly file: string,
    readonly line: number,
  ) {}
  get aliases(): string[] {
    return (this.decodedAliases ??= this.rawAliases ? this.rawAliases.split("|") : []);
  }
  get attributes(): Record<string, string> {
    return (this.decodedAttributes ??= decodeAttributes(this.rawAttributes));
  }
}

export function snapshotGazetteer(g: Gazetteer, fingerprint: string): Snapshot {
  const files = [...new Set(g.entries.map((e) => e.file))];
  const keys: Snapshot["keys"] = [];
  for (const node of g.trie.nodes.values()) {
    for (const v of node.variants ?? []) keys.push([v.entry, v.tokens.join(SEPARATOR), FORMS.indexOf(v.form), v.needsContext ? 1 : 0]);
  }
  return {
    format: 1,
    fingerprint,
    entries: g.entries.map((e) => [e.name, ENTITY_TYPES.indexOf(e.type), e.aliases.join("|"), encodeAttributes(e.attributes), files.indexOf(e.file), e.line]),
    files,
    keys,
    words: Object.fromEntries([...g.words].map(([name, set]) => [name, [...set]])),
  };
}

/** Adds one key; `unique` skips the duplicate check for keys already known to be distinct (a snapshot's). */
export function insertVariant(root: Trie, variant: KeyVariant, unique = false): void {
  const first = variant.tokens[0];
  if (first && first[0] !== first[0].toUpperCase()) {
    root.lowerStarts.add(first);
    root.lowerStartChars[first.charCodeAt(0)] = 1;
  }
  let path = "";
  let node: TrieNode | undefined;
  for (let k = 0; k < variant.tokens.length; k++) {
    if (node) node.hasChildren = true;
    path = k === 0 ? foldCase(variant.tokens[0]) : path + TRIE_SEPARATOR + foldCase(variant.tokens[k]);
    node = root.nodes.get(path);
    if (!node) {
      node = { variants: null, hasChildren: false };
      root.nodes.set(path, node);
    }
  }
  if (!node) return;
  const list = node.variants ?? (node.variants = []);
  if (unique) {
    list.push(variant);
    return;
  }
  const same = (v: KeyVariant) => v.entry === variant.entry && v.needsContext === variant.needsContext && v.tokens.join(SEPARATOR) === variant.tokens.join(SEPARATOR);
  if (!list.some(same)) list.push(variant);
}

export function emptyTrie(): Trie {
  return { nodes: new Map(), lowerStarts: new Set(), lowerStartChars: new Uint8Array(65536) };
}

export function restoreGazetteer(s: Snapshot): Gazetteer {
  const entries: GazetteerEntry[] = s.entries.map(
    ([name, type, aliases, attributes, file, line], index) => new SnapshotEntry(index, name, ENTITY_TYPES[type], aliases, attributes, s.files[file], line),
  );
  const trie = emptyTrie();
  for (const [entry, tokens, form, needsContext] of s.keys) {
    insertVariant(trie, { entry, tokens: tokens.split(SEPARATOR), form: FORMS[form], needsContext: needsContext === 1 }, true);
  }
  const words = new Map<string, ReadonlySet<string>>(Object.entries(s.words).map(([name, list]) => [name, new Set(list)]));
  return { entries, trie, words };
}
