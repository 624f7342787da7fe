import type { Candidate } from "../rules/candidate.js";
import type { Doc } from "../rules/document.js";
import { surnameStart, tokenWords } from "../rules/names.js";
import { entrySource } from "../rules/gazetteer.js";
import type { CodePointMap } from "../text/offsets.js";
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

function mentionKey(doc: Doc, m: Candidate): string {
  if (m.entry !== undefined) return `g${m.entry}`;
  return `${m.type}|${tokenWords(doc, m.start, m.end)}`;
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
  for (const p of mentions) {
    if (p.type !== "PERSON" || p.end - p.start < 2) continue;
    const forms = new Set([tokenWords(doc, surnameStart(doc, p), p.end), doc.tokens[p.end - 1].lower]);
    const first = doc.tokens[p.start];
    // Wang Yi, Kim Jong-un: family name first
    if (p.end - p.start === 2 && doc.cues.surnames.has(first.text) && !doc.cues.firstNames.has(doc.tokens[p.end - 1].text)) forms.add(first.lower);
    for (const f of forms) {
      const list = byShortForm.get(f);
      if (list) list.push(p);
      else byShortForm.set(f, [p]);
    }
  }
  // Brenmark Holdings Ltd. … Brenmark shares fell: an organization's leading words stand for it
  for (const p of mentions) {
    if (p.type !== "ORGANIZATION" || p.entry !== undefined || p.end - p.start < 2 || doc.cues.commonWords.has(doc.tokens[p.start].lower)) continue;
    for (let end = p.start + 1; end < p.end; end++) {
      if (!doc.tokens[end - 1].cap) break;
      const f = tokenWords(doc, p.start, end);
      const list = byShortForm.get(f);
      if (list) list.push(p);
      else byShortForm.set(f, [p]);
    }
  }
  if (byShortForm.size === 0) return targets;
  for (const m of mentions) {
    if ((m.type !== "PERSON" && m.type !== "ORGANIZATION") || m.entry !== undefined || m.end - m.start > 3) continue;
    const found = byShortForm.get(tokenWords(doc, m.start, m.end));
    const candidates = found?.filter((p) => p.type === m.type);
    if (!candidates || candidates.length === 0) continue;
    const usable = (p: Candidate) => p !== m && p.end - p.start > m.end - m.start;
    // closest earlier full name (candidates are in text order), else the first later one
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (candidates[mid].start < m.start) lo = mid + 1;
      else hi = mid;
    }
    let best: Candidate | undefined;
    for (let k = lo - 1; k >= 0 && !best; k--) if (usable(candidates[k])) best = candidates[k];
    for (let k = lo; k < candidates.length && !best; k++) if (usable(candidates[k])) best = candidates[k];
    if (best) targets.set(m, best);
  }
  return targets;
}

const TYPE_STRENGTH: Record<EntityType, number> = { COUNTRY: 5, ORGANIZATION: 4, LOCATION: 3, PERSON: 2, MISC: 1 };

function strength(m: Candidate): number {
  return m.priority * 10 + (m.end - m.start);
}

/** Entities in order of first mention, with each entity's mentions as token ranges (same order as `mentions`). */
export interface ResolvedEntities {
  entities: Entity[];
  spans: Candidate[][];
  /** The document's UTF-16 to code-point offset map, for stages that report offsets. */
  toCodePoint: CodePointMap;
}

export function resolveEntities(
  doc: Doc,
  mentions: Candidate[],
  links: Link[],
  toCodePoint: CodePointMap,
  options: { explain?: boolean } = {},
): ResolvedEntities {
  const uf = new UnionFind();
  const keyIndex = new Map<string, number>();
  const indexOf = (m: Candidate): number => {
    const k = mentionKey(doc, m);
    let ix = keyIndex.get(k);
    if (ix === undefined) {
      ix = uf.add();
      keyIndex.set(k, ix);
    }
    return ix;
  };
  const targets = shortNameTargets(doc, mentions);
  const mentionIx = mentions.map((m) => {
    const target = targets.get(m);
    return target ? indexOf(target) : indexOf(m);
  });
  for (const { a, b } of links) {
    if (targets.has(b)) continue;
    uf.union(targets.has(a) ? indexOf(targets.get(a)!) : indexOf(a), indexOf(b));
  }

  const groups = new Map<number, Candidate[]>();
  mentions.forEach((m, k) => {
    const root = uf.find(mentionIx[k]);
    const list = groups.get(root);
    if (list) list.push(m);
    else groups.set(root, [m]);
  });

  const entities: Array<Entity & { first: number; group: Candidate[] }> = [];
  for (const group of groups.values()) {
    group.sort((x, y) => x.start - y.start);
    const withEntry = group.find((m) => m.entry !== undefined);
    const strongest = [...group].sort((x, y) => strength(y) - strength(x) || TYPE_STRENGTH[y.type] - TYPE_STRENGTH[x.type])[0];
    const entry = withEntry?.entry !== undefined ? doc.gazetteer.entries[withEntry.entry] : undefined;
    const type: EntityType = entry ? entry.type : strongest.type;
    const fullNames = group.filter((m) => m.form === "name");
    const longest = [...(fullNames.length ? fullNames : group)].sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start)[0];
    const name = entry ? entry.name : surface(doc, longest);
    const attributes: Record<string, AttributeValue> = {};
    if (entry) for (const [k, v] of Object.entries(entry.attributes)) if (k !== "context") attributes[k] = /^\d+$/.test(v) && k === "population" ? Number(v) : v;
    const titles = new Set<string>();
    for (const m of group) if (m.attributes?.title) titles.add(m.attributes.title);
    if (titles.size > 0) attributes.title = titles.size === 1 ? [...titles][0] : [...titles].sort();
    const acronym = group.find((m) => m.form === "acronym");
    if (acronym && !attributes.acronym) attributes.acronym = surface(doc, acronym);
    const out: Mention[] = group.map((m) => {
      const text = surface(doc, m);
      const form = m.form === "name" && text !== name && m.entry === undefined && type === "PERSON" && m.end - m.start === 1 ? "short" : m.form === "name" && text !== name ? "alias" : m.form;
      const start = toCodePoint(doc.tokens[m.start].start);
      const end = toCodePoint(doc.tokens[m.end - 1].end);
      const mention: Mention = { start, end, text: doc.text.slice(doc.tokens[m.start].start, doc.tokens[m.end - 1].end), form };
      if (options.explain) mention.source = m.source;
      return mention;
    });
    const aliases = [...new Set(group.map((m) => surface(doc, m)).filter((s) => s !== name))];
    const source = entry ? entrySource(entry) : longest.source;
    entities.push({ id: "", type, name, aliases, mentions: out, attributes, source, first: group[0].start, group });
  }
  entities.sort((a, b) => a.first - b.first);
  return {
    entities: entities.map(({ first: _first, group: _group, ...e }, k) => ({ ...e, id: `e${k + 1}` })),
    spans: entities.map((e) => e.group),
    toCodePoint,
  };
}
