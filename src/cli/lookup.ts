import type { Gazetteer, GazetteerEntry } from "../gazetteer/gazetteer.js";

// `newsner lookup NAME…`: what the gazetteers know about a name. Exact matches are on the
// canonical name or an alias, ignoring case; when there is none, close matches are offered:
// entries whose names contain the query as whole words ("Lavrov" → Sergei Lavrov), then
// names within a small edit distance ("Tajikstan" → Tajikistan).

export interface LookupHit {
  entry: GazetteerEntry;
  /** The name or alias that matched. */
  matched: string;
}

export interface LookupResult {
  query: string;
  exact: LookupHit[];
  /** Only when nothing matched exactly: the closest names, best first. */
  close: LookupHit[];
}

const MAX_CLOSE = 10;

function fold(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

function namesOf(entry: GazetteerEntry): string[] {
  return [entry.name, ...entry.aliases];
}

export function lookup(gazetteer: Gazetteer, query: string): LookupResult {
  const q = fold(query);
  const exact: LookupHit[] = [];
  for (const entry of gazetteer.entries) {
    const matched = namesOf(entry).find((n) => fold(n) === q);
    if (matched !== undefined) exact.push({ entry, matched });
  }
  if (exact.length > 0 || q === "") return { query, exact, close: [] };

  // Scored: whole-word containment first (fewer extra words is better), then edit distance.
  const scored: Array<LookupHit & { score: number }> = [];
  const words = q.split(" ");
  const maxEdits = q.length <= 4 ? 1 : q.length <= 8 ? 2 : 3;
  for (const entry of gazetteer.entries) {
    let best: { matched: string; score: number } | undefined;
    for (const n of namesOf(entry)) {
      const f = fold(n);
      const fw = f.split(/[\s-]+/);
      let score: number | undefined;
      if (words.every((w) => fw.includes(w))) score = fw.length - words.length;
      else {
        const d = editDistance(q, f, maxEdits);
        if (d <= maxEdits) score = 100 + d;
      }
      if (score !== undefined && (!best || score < best.score)) best = { matched: n, score };
    }
    if (best) scored.push({ entry, ...best });
  }
  scored.sort((a, b) => a.score - b.score || a.entry.name.length - b.entry.name.length || a.entry.index - b.entry.index);
  return { query, exact, close: scored.slice(0, MAX_CLOSE).map(({ entry, matched }) => ({ entry, matched })) };
}

/** An entry as plain data, for `--format json`. */
export function plainEntry(hit: LookupHit, showFile: (file: string) => string = (f) => f): object {
  const e = hit.entry;
  const attributes: Record<string, string> = {};
  for (const k of Object.keys(e.attributes).sort()) attributes[k] = e.attributes[k]!;
  return { name: e.name, type: e.type, aliases: [...e.aliases], attributes, source: `${showFile(e.file)}:${e.line}`, matched: hit.matched };
}
