import type { EntityType, MentionForm } from "../types.js";
import { addLength } from "../text/length-filter.js";

export interface GazetteerEntry {
  /** Index in Gazetteer.entries. */
  index: number;
  name: string;
  type: EntityType;
  aliases: string[];
  attributes: Record<string, string>;
  /** File label as reported in results: "gazetteers/orgs.tsv". */
  file: string;
  line: number;
}

/** One way of writing one entry, as the trie stores it. */
export interface KeyVariant {
  entry: number;
  tokens: string[];
  form: MentionForm;
  /** Taken only where context supports it: the entry's `context=required`, or an alias listed in `context_aliases`. */
  needsContext: boolean;
}

/** One prefix of one or more keys: the keys ending here, and the longer keys going on from it. */
export interface TrieNode {
  variants: KeyVariant[] | null;
  /** The nodes one key token further on, by that token lower-cased; null when no longer key goes on. */
  children: Map<string, TrieNode> | null;
}

/**
 * A word-level trie: the nodes of the first key tokens, lower-cased, each with its children
 * ("bank" → "of" → "england"), so a match steps from token to token with one lookup of the
 * token's own lower-case text.
 */
export interface Trie {
  roots: Map<string, TrieNode>;
  /** First key tokens that start in lower case ("dpa", "al"): the only lower-case words a match may start at. */
  lowerStarts: Set<string>;
  /** Lengths of `lowerStarts` by first characters (text/length-filter.ts): "the" and "said" are passed over without a lookup. */
  lowerStartLengths: Uint32Array;
}

export function emptyTrie(): Trie {
  return { roots: new Map(), lowerStarts: new Set(), lowerStartLengths: new Uint32Array(1024) };
}

/** Records a lower-case first key token ("dpa", "al"), at which a match may start. */
export function addLowerStart(trie: Trie, first: string): void {
  trie.lowerStarts.add(first);
  addLength(trie.lowerStartLengths, first);
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  /** Word-level trie keyed by lower-cased tokens. */
  trie: Trie;
  /** Cue word lists from gazetteers/words, by file stem ("first-names"). */
  words: Map<string, ReadonlySet<string>>;
}

export class GazetteerError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = "GazetteerError";
  }
}

export function wordList(gazetteer: Gazetteer, name: string): ReadonlySet<string> {
  return gazetteer.words.get(name) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();
