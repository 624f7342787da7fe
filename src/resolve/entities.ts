import type { Candidate } from "../rules/candidate.js";
import type { Doc } from "../rules/document.js";
import { surnameStart, tokenWords } from "../rules/names.js";
import { entrySource } from "../rules/gazetteer.js";
import type { CodePointMap } from "../text/offsets.js";
import type { GazetteerEntry } from "../gazetteer/gazetteer.js";
import type { AttributeValue, Entity, EntityType, Mention } from "../types.js";

/** Two mentions known to name the same thing, with the reason. */
export interface Link {
  a: Candidate;
  b: Candidate;
}

class UnionFind {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** The mention's words with any run of white space between them written as one space. */
function surface(doc: Doc, m: Candidate): string {
  if (m.end - m.start === 1) return doc.tokens[m.start].text;
  let s = doc.tokens[m.start].text;
  for (let k = m.start + 1; k < m.end; k++) s += (doc.tokens[k].spaceBefore ? " " : "") + doc.tokens[k].text;
  return s;
}

/**
 * A short name ("Lavrov", "Bin Saleh", "Wang" of "Wang Yi", "Brenmark" of "Brenmark Holdings
 * Ltd.") joins the closest earlier full name of its type that it shortens, else the first later
 * one; each short mention is placed on its own, so two people who share a surname stay apart.
 */
function shortNameTargets(doc: Doc, mentions: Candidate[]): Map<Candidate, Candidate> {
  const targets = new Map<Candidate, Candidate>();
  // full names by each short form they allow, in text order
  const byShortForm = new Map<string, Candidate[]>();
  const allow = (form: string, p: Candidate) => {
    const list = byShortForm.get(form);
    if (list) list.push(p);
    else byShortForm.set(form, [p]);
  };
  for (const p of mentions) {
    if (p.type !== "PERSON" || p.end - p.start < 2) continue;
    const surname = tokenWords(doc, surnameStart(doc, p), p.end);
    const last = doc.tokens[p.end - 1];
    allow(surname, p);
    if (last.lower !== surname) allow(last.lower, p);
    const first = doc.tokens[p.start];
    // Wang Yi, Kim Jong-un: family name first
    if (p.end - p.start === 2 && first.lower !== surname && first.lower !== last.lower && doc.cues.surnames.has(first.text) && !doc.cues.firstNames.has(last.text)) allow(first.lower, p);
  }
  // Brenmark Holdings Ltd. … Brenmark shares fell: an organization's leading words stand for it
  for (const p of mentions) {
    if (p.type !== "ORGANIZATION" || p.entry !== undefined || p.end - p.start < 2 || doc.cues.commonWords.has(doc.tokens[p.start].lower)) continue;
    for (let end = p.start + 1; end < p.end; end++) {
      if (!doc.tokens[end - 1].cap) break;
      allow(tokenWords(doc, p.start, end), p);
    }
  }
  if (byShortForm.size === 0) return targets;
  for (const m of mentions) {
    if ((m.type !== "PERSON" && m.type !== "ORGANIZATION") || m.entry !== undefined || m.end - m.start > 3) continue;
    const found = byShortForm.get(tokenWords(doc, m.start, m.end));
    if (!found) continue;
    // closest earlier full name (each type's names are in text order), else the first later one
    let earlier: Candidate | undefined;
    let later: Candidate | undefined;
    for (const p of found) {
      if (p.type !== m.type || p === m || p.end - p.start <= m.end - m.start) continue;
      if (p.start < m.start) earlier = p;
      else later ??= p;
    }
    const best = earlier ?? later;
    if (best) targets.set(m, best);
  }
  return targets;
}

const TYPE_STRENGTH: Record<EntityType, number> = { COUNTRY: 5, ORGANIZATION: 4, LOCATION: 3, PERSON: 2, MISC: 1 };

function strength(m: Candidate): number {
  return m.priority * 10 + (m.end - m.start);
}

/** The mention that decides a gazetteer-less entity's type: highest strength, then type strength, then the earliest. */
function strongestOf(group: Candidate[]): Candidate {
  let best = group[0];
  for (let k = 1; k < group.length; k++) {
    const m = group[k];
    const diff = strength(m) - strength(best);
    if (diff > 0 || (diff === 0 && TYPE_STRENGTH[m.type] > TYPE_STRENGTH[best.type])) best = m;
  }
  return best;
}

/** Where in the group the mention that names the entity is: the longest full name (any mention if none), then the earliest. */
function longestNameAt(group: Candidate[]): number {
  let best = 0;
  let bestIsName = group[0].form === "name";
  for (let k = 1; k < group.length; k++) {
    const m = group[k];
    const isName = m.form === "name";
    if ((isName && !bestIsName) || (isName === bestIsName && m.end - m.start > group[best].end - group[best].start)) {
      best = k;
      bestIsName = isName;
    }
  }
  return best;
}

/** What an entity takes from its gazetteer entry, worked out once per entry. */
interface EntryFacts {
  /** The entry's attributes without the matcher's `context`, population as a number. */
  attributes: Record<string, AttributeValue>;
  /** The entry gives an acronym, which one written in the text does not replace. */
  hasAcronym: boolean;
  source: string;
}

/** Each gazetteer's entry facts by entry index, filled as entries are first mentioned. */
const factsByGazetteer = new WeakMap<GazetteerEntry[], (EntryFacts | undefined)[]>();

/** The facts of one gazetteer's entries, looked up once per document rather than once per entity. */
function entryFactsOf(entries: GazetteerEntry[]): (EntryFacts | undefined)[] {
  let facts = factsByGazetteer.get(entries);
  if (!facts) {
    facts = new Array<EntryFacts | undefined>(entries.length).fill(undefined);
    factsByGazetteer.set(entries, facts);
  }
  return facts;
}

function factsOf(entry: GazetteerEntry, known: (EntryFacts | undefined)[]): EntryFacts {
  let facts = known[entry.index];
  if (!facts) {
    const attributes: Record<string, AttributeValue> = {};
    for (const [k, v] of Object.entries(entry.attributes)) if (k !== "context") attributes[k] = k === "population" && /^\d+$/.test(v) ? Number(v) : v;
    facts = { attributes, hasAcronym: Boolean(attributes.acronym), source: entrySource(entry) };
    known[entry.index] = facts;
  }
  return facts;
}

/** Entities in order of first mention, with the mentions they were resolved from. */
export interface ResolvedEntities {
  entities: Entity[];
  /** The mentions as token ranges, in text order. */
  mentions: Candidate[];
  /** Index in `entities` of each mention's entity. */
  entityAt: number[];
  /** The document's UTF-16 to code-point offset map, for stages that report offsets. */
  toCodePoint: CodePointMap;
}

/** The titles the mentions carry ("President", "Chancellor"), each once, in order of first use. */
function titlesOf(group: Candidate[]): string[] | undefined {
  let titles: string[] | undefined;
  for (const m of group) {
    const title = m.attributes?.title;
    if (!title) continue;
    if (!titles) titles = [title];
    else if (!titles.includes(title)) titles.push(title);
  }
  return titles;
}

/**
 * The entry's attributes, then the mentions' titles (sorted when several), then the acronym the
 * entity was written as. Entries differ in their keys, so they are copied by Object.assign
 * rather than by property stores that would see a new object layout with each kind of entry.
 */
function entityAttributes(facts: EntryFacts | undefined, titles: string[] | undefined, acronym: string | undefined): Record<string, AttributeValue> {
  const added: { title?: AttributeValue; acronym?: string } = {};
  if (titles) added.title = titles.length === 1 ? titles[0] : titles.sort();
  if (acronym !== undefined && !facts?.hasAcronym) added.acronym = acronym;
  return Object.assign({}, facts?.attributes, added);
}

/** One entity from its mentions (in text order). */
function entityOf(doc: Doc, id: string, group: Candidate[], known: (EntryFacts | undefined)[], toCodePoint: CodePointMap, explain: boolean | undefined): Entity {
  let withEntry: Candidate | undefined;
  let acronymAt = -1;
  const surfaces: string[] = [];
  for (let k = 0; k < group.length; k++) {
    const m = group[k];
    surfaces.push(surface(doc, m));
    if (!withEntry && m.entry !== undefined) withEntry = m;
    if (acronymAt < 0 && m.form === "acronym") acronymAt = k;
  }
  const entry = withEntry ? doc.gazetteer.entries[withEntry.entry!] : undefined;
  const facts = entry ? factsOf(entry, known) : undefined;
  const type: EntityType = entry ? entry.type : strongestOf(group).type;
  const longestAt = entry ? -1 : longestNameAt(group);
  const name = entry ? entry.name : surfaces[longestAt];
  const attributes = entityAttributes(facts, titlesOf(group), acronymAt < 0 ? undefined : surfaces[acronymAt]);
  const aliases: string[] = [];
  const mentions: Mention[] = [];
  for (let k = 0; k < group.length; k++) {
    const m = group[k];
    const text = surfaces[k];
    if (text !== name && !aliases.includes(text)) aliases.push(text);
    const renamed = m.form === "name" && text !== name;
    const form = renamed && m.entry === undefined && type === "PERSON" && m.end - m.start === 1 ? "short" : renamed ? "alias" : m.form;
    const from = doc.tokens[m.start].start;
    const to = doc.tokens[m.end - 1].end;
    const mention: Mention = { start: toCodePoint(from), end: toCodePoint(to), text: doc.text.slice(from, to), form };
    if (explain) mention.source = m.source;
    mentions.push(mention);
  }
  const source = facts ? facts.source : group[longestAt].source;
  return { id, type, name, aliases, mentions, attributes, source };
}

/** Merges mentions (in text order) into entities. */
export function resolveEntities(
  doc: Doc,
  mentions: Candidate[],
  links: Link[],
  toCodePoint: CodePointMap,
  options: { explain?: boolean } = {},
): ResolvedEntities {
  const uf = new UnionFind();
  const byEntry = new Map<number, number>();
  const byWords = new Map<EntityType, Map<string, number>>();
  // mentions of one gazetteer entry, or of the same words with the same type, start as one entity
  const indexOf = (m: Candidate): number => {
    if (m.entry !== undefined) {
      let ix = byEntry.get(m.entry);
      if (ix === undefined) byEntry.set(m.entry, (ix = uf.add()));
      return ix;
    }
    let ofType = byWords.get(m.type);
    if (!ofType) byWords.set(m.type, (ofType = new Map()));
    const words = tokenWords(doc, m.start, m.end);
    let ix = ofType.get(words);
    if (ix === undefined) ofType.set(words, (ix = uf.add()));
    return ix;
  };
  const targets = shortNameTargets(doc, mentions);
  const mentionIx: number[] = [];
  for (const m of mentions) mentionIx.push(indexOf(targets.get(m) ?? m));
  for (const { a, b } of links) {
    if (targets.has(b)) continue;
    uf.union(indexOf(targets.get(a) ?? a), indexOf(b));
  }

  // mentions are in text order, so each group is, and groups come in order of first mention
  const groupOfRoot = new Map<number, number>();
  const groups: Candidate[][] = [];
  const entityAt: number[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const root = uf.find(mentionIx[k]);
    let group = groupOfRoot.get(root);
    if (group === undefined) {
      group = groups.length;
      groupOfRoot.set(root, group);
      groups.push([mentions[k]]);
    } else groups[group].push(mentions[k]);
    entityAt.push(group);
  }

  const known = entryFactsOf(doc.gazetteer.entries);
  const entities: Entity[] = [];
  for (const group of groups) entities.push(entityOf(doc, `e${entities.length + 1}`, group, known, toCodePoint, options.explain));
  return { entities, mentions, entityAt, toCodePoint };
}
