// Shared view of one document for the relation families: every mention with its entity, sentence
// by sentence, plus the small token tests the patterns are written with. No I/O, no mutation.

import type { ResolvedEntities } from "../resolve/entities.js";
import { keptBuffer } from "../kept-buffer.js";
import { PRIORITY } from "../rules/candidate.js";
import type { Cues, Doc } from "../rules/document.js";
import type { CodePointMap } from "../text/offsets.js";
import { TokenKind } from "../text/tokenize.js";
import type { Entity, EntityType, MentionForm, RelationType } from "../types.js";

// Word sets the patterns test tokens against (Set lookups: no regex object per test).
const THE_A_AN = new Set(["the", "a", "an"]);

/** One mention as the patterns see it: a token range [start, end) naming entity `entity`. */
export interface MentionRef {
  /** Index into resolved.entities (entity id is `e${entity + 1}`). */
  entity: number;
  type: EntityType;
  start: number;
  end: number;
  form: MentionForm;
  /** Title found before the name by the rule "title-before-name" ("Foreign Minister"). */
  title?: string;
  /** Typed only by a weak contextual guess ("in English" → LOCATION). */
  guess: boolean;
}

/** A relation as a family finds it, before evidence is merged. */
export interface Found {
  type: RelationType;
  subject: number;
  object: number;
  role?: string;
  /** Sentence index of the supporting sentence. */
  sentence: number;
  /** Pattern name, reported as `rule:<pattern>`. */
  pattern: string;
}

export interface RelationContext {
  doc: Doc;
  entities: Entity[];
  /** All mentions in text order. */
  mentions: MentionRef[];
  /** Mention index starting at / ending just before / covering each token, or -1. */
  startsAt: Int32Array;
  endsBefore: Int32Array;
  covering: Int32Array;
  /** Memo of `isRoleWord` per token: -1 not yet asked, 0 no, 1 yes. */
  roleWordAt: Int32Array;
  /** Lower-case words that are a title or a person's role (`roleWordsOf`). */
  roleWords: ReadonlySet<string>;
  /**
   * Mentions of each sentence, in text order (indices into `mentions`). The families walk these lists
   * by index, not with for-of: cheaper while V8 still runs the loops unoptimised, as in a one-pass CLI run.
   */
  bySentence: number[][];
  /** Per sentence, the `HAS_*` flags of the words it holds. */
  sentenceWords: number[];
  /** Tokens holding one of those words, in text order; a sentence with fewer than two mentions has none. */
  wordTokens: number[];
  /** Sentence s's entries of `wordTokens` are [wordTokensFrom[s], wordTokensFrom[s + 1]). */
  wordTokensFrom: number[];
  /** COUNTRY entities by upper-cased name, made by the first `countryNamed` (most documents never ask). */
  countryByName: Map<string, number> | undefined;
  toCodePoint: CodePointMap;
}

export function buildContext(doc: Doc, resolved: ResolvedEntities): RelationContext {
  const size = doc.tokens.length + 1;
  const indexes = tokenIndexBuffer(4 * size);
  const mentions = mentionsInTextOrder(resolved);
  indexes.fill(-1, 0, 4 * size);
  const startsAt = indexes.subarray(0, size);
  const endsBefore = indexes.subarray(size, 2 * size);
  const covering = indexes.subarray(2 * size, 3 * size);
  const roleWordAt = indexes.subarray(3 * size, 4 * size);
  // filled by push, not new Array(n).fill(): a packed array, read without hole checks by every family
  const bySentence: number[][] = [];
  for (let s = 0; s < doc.sentences.length; s++) bySentence.push(NONE);
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (startsAt[m.start] === -1) startsAt[m.start] = k;
    endsBefore[m.end] = k;
    for (let t = m.start; t < m.end; t++) if (covering[t] === -1) covering[t] = k;
    const s = doc.sentenceOf[m.start]!;
    if (bySentence[s] === NONE) bySentence[s] = [k];
    else bySentence[s]!.push(k);
  }
  const words = sentenceWordsOf(doc, bySentence);
  return {
    doc,
    entities: resolved.entities,
    mentions,
    startsAt,
    endsBefore,
    covering,
    roleWordAt,
    roleWords: roleWordsOf(doc.cues),
    bySentence,
    sentenceWords: words.flags,
    wordTokens: words.tokens,
    wordTokensFrom: words.from,
    countryByName: undefined,
    toCodePoint: resolved.toCodePoint,
  };
}

/** The four token indexes of a document, in one buffer; documents up to 2^20 entries share it. */
const tokenIndexBuffer = keptBuffer((n) => new Int32Array(n), 4096, 1 << 20);

function mentionsInTextOrder(resolved: ResolvedEntities): MentionRef[] {
  const mentions: MentionRef[] = [];
  for (let k = 0; k < resolved.mentions.length; k++) {
    const c = resolved.mentions[k]!;
    const entity = resolved.entityAt[k]!;
    mentions.push({ entity, type: resolved.entities[entity]!.type, start: c.start, end: c.end, form: c.form, title: c.attributes?.title, guess: c.priority <= PRIORITY.guess });
  }
  // already by start: the sort only puts the longer of two mentions with one start first (entity order breaks ties)
  return mentions.sort(byStartThenLongest);
}

function byStartThenLongest(a: MentionRef, b: MentionRef): number {
  return a.start - b.start || b.end - a.end || a.entity - b.entity;
}

/** Flags for the words some pattern scans a whole sentence for (`sentenceWords`). */
export const HAS_BETWEEN = 1;
export const HAS_NATIVE = 2;
export const HAS_BORN = 4;
export const HAS_POSSESSIVE = 8;

const ANY_WORDS = HAS_BETWEEN | HAS_NATIVE | HAS_BORN | HAS_POSSESSIVE;

/**
 * One pass over the sentences with two mentions or more for the words of `sentenceWordFlag`, noting
 * the tokens that hold them. A sentence with one mention is not read (only "born" matters there, and
 * findBorn looks at a few tokens itself): it may hold any of the words. A sentence without mentions yields nothing.
 */
function sentenceWordsOf(doc: Doc, bySentence: number[][]): { flags: number[]; tokens: number[]; from: number[] } {
  const flags: number[] = [];
  const tokens: number[] = [];
  const from: number[] = [];
  for (let s = 0; s < bySentence.length; s++) {
    from.push(tokens.length);
    const mentions = bySentence[s]!.length;
    if (mentions < 2) {
      flags.push(mentions === 1 ? ANY_WORDS : 0);
      continue;
    }
    const { start, end } = doc.sentences[s]!;
    let found = 0;
    for (let i = start; i < end; i++) {
      const flag = sentenceWordFlag(doc.tokens[i]!.lower);
      if (flag === 0) continue;
      found |= flag;
      tokens.push(i);
    }
    flags.push(found);
  }
  from.push(tokens.length);
  return { flags, tokens, from };
}

// "talks between Lavrov and Zarifi"; "his native South Carolina"; "was born in Philadelphia"; "her home in Louisville", "Merin Tolk's Denver home"
// (the first letter first: most tokens are rejected without comparing strings)
function sentenceWordFlag(x: string): number {
  switch (x.charCodeAt(0)) {
    case 39: // '
      return x === "'" || x === "'s" ? HAS_POSSESSIVE : 0;
    case 104: // h
      return x === "his" || x === "her" ? HAS_POSSESSIVE : 0;
    case 98: // b
      return x === "born" ? HAS_BORN : x === "between" ? HAS_BETWEEN : 0;
    case 110: // n
      return x === "native" ? HAS_NATIVE : 0;
    default:
      return 0;
  }
}

/** The mention list of a sentence without mentions: shared, never written to. */
const NONE: number[] = [];

/** No mentions found: shared, never written to. */
export const NO_MENTIONS: MentionRef[] = [];

/** Lower-cased text of token i, or "" past either end. */
export function w(ctx: RelationContext, i: number): string {
  // bounds first: a negative index on an array is a slow dictionary lookup
  return i >= 0 && i < ctx.doc.tokens.length ? ctx.doc.tokens[i]!.lower : "";
}

export function sameSentence(ctx: RelationContext, a: number, b: number): boolean {
  const n = ctx.doc.tokens.length;
  return a >= 0 && b >= 0 && a < n && b < n && ctx.doc.sentenceOf[a] === ctx.doc.sentenceOf[b];
}

export function isPossessive(ctx: RelationContext, i: number): boolean {
  const x = w(ctx, i);
  return x === "'s" || (x === "'" && ctx.doc.tokens[i]!.spaceBefore && i > 0 && /s$/i.test(ctx.doc.tokens[i - 1]!.text));
}

export function isPunct(ctx: RelationContext, i: number): boolean {
  return ctx.doc.tokens[i]?.kind === TokenKind.Punct;
}

/** A word listed as a title or a person's role ("President", "spokesman", "correspondent"). */
export function isRoleWord(ctx: RelationContext, i: number): boolean {
  // bounds first: reading past either end of an array is slow
  if (i < 0 || i >= ctx.doc.tokens.length) return false;
  const known = ctx.roleWordAt[i]!;
  if (known !== -1) return known === 1;
  const yes = isRoleWordUncached(ctx, i);
  ctx.roleWordAt[i] = yes ? 1 : 0;
  return yes;
}

function isRoleWordUncached(ctx: RelationContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (t.kind !== TokenKind.Word) return false;
  // roleWords holds every title: a token written in lower case needs no second lookup
  return ctx.roleWords.has(t.lower) || (t.text !== t.lower && ctx.doc.cues.titles.has(t.text));
}

const roleWordsByCues = new WeakMap<Cues, ReadonlySet<string>>();

/** Person roles, titles and the extra role nouns in one set, so that a word that is none of them costs one lookup. */
function roleWordsOf(cues: Cues): ReadonlySet<string> {
  let words = roleWordsByCues.get(cues);
  if (!words) {
    words = new Set([...cues.personRoles, ...cues.titles, ...ROLE_EXTRA]);
    roleWordsByCues.set(cues, words);
  }
  return words;
}

// Role nouns the cue lists leave out because they are not written before names.
const ROLE_EXTRA = new Set(["employee", "employees", "members", "staff", "official", "officials", "physiologist", "ecologist", "entomologist", "linguist", "publisher", "registrar", "shearer", "soprano", "chief", "head", "leader", "lt", "sen", "gov", "rep", "dr"]);

// Type lists for mentionOf and coordinatedFrom, built once rather than at each call.
export const PERSONS: readonly EntityType[] = ["PERSON"];
export const ORGANIZATIONS: readonly EntityType[] = ["ORGANIZATION"];
export const COUNTRIES: readonly EntityType[] = ["COUNTRY"];
export const LOCATIONS: readonly EntityType[] = ["LOCATION"];
export const PLACES: readonly EntityType[] = ["LOCATION", "COUNTRY"];

/** The mention at index k, if it has one of the types. */
export function mentionOf(ctx: RelationContext, k: number, types: readonly EntityType[]): MentionRef | undefined {
  const m = k >= 0 ? ctx.mentions[k] : undefined;
  return m && types.includes(m.type) ? m : undefined;
}

/** "the", "a" or "an". */
export function isArticle(x: string): boolean {
  return THE_A_AN.has(x);
}

/** Skips "the" / "a" / "an" at token i. */
export function skipArticle(ctx: RelationContext, i: number): number {
  return isArticle(w(ctx, i)) ? i + 1 : i;
}

/** "'s" or "'": a word that may make the name before it possessive (isPossessive decides). */
export function mayBePossessive(x: string): boolean {
  return x === "'s" || x === "'";
}

/**
 * A word after a name that coordinatedFrom may join another name on with: ",", "and", "or".
 * A pattern that reads on from a name only after such a word, or after a word of its own, asks this first.
 */
export function joinsName(x: string): boolean {
  return x === "," || x === "and" || x === "or";
}

/**
 * The mention starting at token i together with those coordinated after it
 * ("the UN, CIS and OSCE"; "Emomali Rahmon and Foreign Minister Hamrohon Zarifi" when `titled`).
 */
export function coordinatedFrom(ctx: RelationContext, k: number, types: readonly EntityType[], titled = false): MentionRef[] {
  const first = mentionOf(ctx, k, types);
  if (!first) return NO_MENTIONS;
  const out = [first];
  let end = first.end;
  for (;;) {
    let i = end;
    if (w(ctx, i) === ",") i++;
    if (w(ctx, i) === "and" || w(ctx, i) === "or") i++;
    else if (i === end) break;
    i = skipArticle(ctx, i);
    if (titled) while (isRoleWord(ctx, i) || (ctx.doc.tokens[i]?.cap && ctx.startsAt[i] === -1 && ctx.covering[i] === -1)) i++;
    const next = mentionOf(ctx, ctx.startsAt[i] ?? -1, types);
    if (!next || !sameSentence(ctx, next.start, first.start)) break;
    out.push(next);
    end = next.end;
  }
  return out;
}

/** The mention ending just before token i together with those coordinated before it ("James Blight and David Welch of"). */
export function coordinatedBefore(ctx: RelationContext, i: number, types: readonly EntityType[]): MentionRef[] {
  const last = mentionOf(ctx, ctx.endsBefore[i] ?? -1, types);
  if (!last) return NO_MENTIONS;
  const out = [last];
  let start = last.start;
  for (;;) {
    let j = start - 1;
    if (w(ctx, j) !== "and" && w(ctx, j) !== "or" && w(ctx, j) !== ",") break;
    j--;
    if (w(ctx, j) === ",") j--;
    const prev = mentionOf(ctx, ctx.endsBefore[j + 1] ?? -1, types);
    if (!prev || !sameSentence(ctx, prev.start, last.start)) break;
    out.unshift(prev);
    start = prev.start;
  }
  return out;
}

/** The COUNTRY entity a place stands for: itself, or the country of a capital city ("relations between Moscow and Dushanbe"). */
export function countryOf(ctx: RelationContext, m: MentionRef, capitalsOnly: boolean): number | undefined {
  if (m.type === "COUNTRY") return m.entity;
  if (m.type !== "LOCATION") return undefined;
  const attrs = ctx.entities[m.entity]!.attributes;
  if (capitalsOnly && attrs.capital !== "yes") return undefined;
  if (m.guess) return undefined;
  const country = attrs.country;
  return typeof country === "string" ? countryNamed(ctx, country) : undefined;
}

/** The COUNTRY entity named `name` (any case), if the document has one. */
export function countryNamed(ctx: RelationContext, name: string): number | undefined {
  if (ctx.countryByName === undefined) {
    ctx.countryByName = new Map();
    for (let k = 0; k < ctx.entities.length; k++) {
      const e = ctx.entities[k]!;
      if (e.type === "COUNTRY") ctx.countryByName.set(e.name.toUpperCase(), k);
    }
  }
  return ctx.countryByName.get(name.toUpperCase());
}

export function entityKind(ctx: RelationContext, entity: number): string {
  const kind = ctx.entities[entity]!.attributes.kind;
  return typeof kind === "string" ? kind : "";
}

export function tokenSpanText(ctx: RelationContext, start: number, end: number): string {
  const { tokens, text } = ctx.doc;
  return text.slice(tokens[start]!.start, tokens[end - 1]!.end).replace(/\s+/g, " ");
}

// Words that end a role description: prepositions, pronouns, conjunctions, auxiliaries and speech verbs.
// "Dana Orlik, a lawyer for Tesmar Ltd." is a role; "Dana Orlik, who spoke after Tesmar Ltd." is not.
const FUNCTION_WORDS = new Set([
  "in", "on", "to", "from", "by", "about", "after", "before", "under", "over", "into", "onto", "through", "during", "against",
  "between", "among", "without", "within", "near", "since", "until", "like", "as", "than", "of", "for", "at", "with", "via",
  "along", "together", "around", "across", "behind", "beyond", "toward", "towards", "upon", "despite", "amid", "outside",
  "he", "she", "it", "they", "we", "i", "you", "his", "him", "its", "their", "them", "our", "us", "my", "me", "your", "her",
  "but", "or", "nor", "so", "yet", "because", "while", "when", "where", "if", "although", "though", "whether", "then", "also",
  "is", "was", "were", "are", "be", "been", "being", "has", "had", "have", "will", "would", "can", "could", "should", "may",
  "might", "must", "shall", "do", "does", "did", "said", "says", "say", "told", "tells", "added", "according", "asked", "called",
  "who", "whom", "whose", "which", "that", "what", "this", "these", "those", "there", "here", "not", "no", "only", "all", "both",
  // irregular verb forms, which no suffix gives away
  "met", "gave", "took", "sent", "led", "won", "lost", "hit", "saw", "chose", "made", "left", "beat", "put", "let", "set", "sold",
  "bought", "brought", "caught", "taught", "thought", "sought", "fought", "found", "held", "kept", "paid", "ran", "became", "came",
  "went", "got", "knew", "born", "died", "dies", "today", "yesterday", "tomorrow", "tonight", "now", "here", "later", "earlier", "wrote", "drew", "threw", "shot", "struck", "meet", "see", "give", "take", "tell", "ask", "get", "make",
]);

// Participles that still describe a person's standing ("a retired Navy officer", "recently named chairman of").
const ROLE_PARTICIPLES = new Set(["retired", "named", "appointed", "elected", "designated", "unnamed", "unidentified", "based", "renowned", "acclaimed", "noted", "distinguished", "respected", "licensed", "certified", "registered"]);

// Heads of descriptions that relate a person to a body without working for it.
const NOT_ROLE_HEADS = new Set([
  "critic", "critics", "opponent", "opponents", "rival", "rivals", "enemy", "enemies", "victim", "victims", "customer", "customers",
  "client", "clients", "fan", "fans", "friend", "friends", "guest", "guests", "visitor", "visitors", "target", "hostage", "hostages",
  "prisoner", "prisoners", "student", "students", "graduate", "alumnus", "alumna", "patient", "patients", "shareholder", "shareholders",
  "investor", "investors", "creditor", "creditors", "debtor", "buyer", "seller", "winner", "loser", "recipient", "subject", "focus",
  "lot", "number", "part", "one", "some", "many", "most", "each", "other", "others", "kind", "sort", "type", "same", "rest",
  "admirer", "supporter", "supporters", "defender", "ally", "allies", "son", "daughter", "wife", "husband", "father", "mother",
  "brother", "sister", "widow", "widower", "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "parent", "parents",
  "home", "house", "office", "headquarters", "offices", "city", "town", "village", "area", "region", "state", "country", "time", "year", "years",
]);

/** A word that may sit in a role description ("a senior researcher", "vice president and general counsel"). */
export function roleDescriptionToken(ctx: RelationContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (!t) return false;
  if (ctx.covering[i] !== -1) return ctx.mentions[ctx.covering[i]!]!.form === "demonym";
  if (t.kind === TokenKind.Number) return /^\d+(st|nd|rd|th)$/.test(t.lower);
  if (t.kind !== TokenKind.Word) return t.text === "-" && !t.spaceBefore;
  const x = t.lower;
  if (FUNCTION_WORDS.has(x)) return false;
  if (x.endsWith("ed") && !ROLE_PARTICIPLES.has(x)) return false;
  return true;
}

/** The last word of a role description: a noun such as "economist", "lawyer", "vice president". */
export function roleHead(ctx: RelationContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (!t || t.kind !== TokenKind.Word || ctx.covering[i] !== -1) return false;
  const x = t.lower;
  if (isRoleWord(ctx, i)) return !NOT_ROLE_HEADS.has(x);
  if (x.length < 3 || NOT_ROLE_HEADS.has(x) || x === "and" || x === "the" || x === "a" || x === "an") return false;
  return !(x.endsWith("ly") || x.endsWith("ed") || x.endsWith("'s"));
}

/**
 * A role description from token i: words that may describe a person, ending in a role head, at most
 * `limit` tokens. Returns the index one past its last token, or -1 ("a senior researcher" in "a senior researcher at").
 */
export function roleDescription(ctx: RelationContext, i: number, limit: number): number {
  let e = i;
  while (e < i + limit && sameSentence(ctx, e, i) && roleDescriptionToken(ctx, e)) e++;
  // "the New York attorney representing Church's": the description ends at its last role noun
  while (e > i && !roleHead(ctx, e - 1)) e--;
  return e > i ? e : -1;
}

/** One past an organization's last token, with a trailing "Co." / "Inc." the name left out ("Manufacturers Hanover Trust Co."). */
export function orgEnd(ctx: RelationContext, m: MentionRef): number {
  let e = m.end;
  const t = ctx.doc.tokens[e];
  if (t && t.kind === TokenKind.Word && ctx.covering[e] === -1 && ctx.doc.cues.orgSuffixes.has(t.text) && t.text.length <= 4) e++;
  const dot = ctx.doc.tokens[e];
  if (dot && dot.text === "." && !dot.spaceBefore && ctx.doc.cues.orgSuffixes.has(ctx.doc.tokens[e - 1]!.text) && ctx.doc.sentenceOf[e] === ctx.doc.sentenceOf[e + 1]) e++;
  return e;
}
