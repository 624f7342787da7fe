import { PRIORITY, type Candidate } from "./candidate.js";
import type { Doc } from "./document.js";
import type { Run } from "./names.js";

export interface Repetition {
  mention: Candidate;
  /** The earlier mention this one repeats or shortens. */
  of: Candidate;
}

function key(doc: Doc, start: number, end: number): string {
  let s = "";
  for (let k = start; k < end; k++) s += (k > start ? " " : "") + doc.tokens[k].lower;
  return s;
}

const MAX_NAME_TOKENS = 6;

/**
 * A name found once is found everywhere: "Lavrov’s official visit" after "Sergei Lavrov",
 * "NGEA" after "Northern Grain Exporters Association (NGEA)".
 */
/**
 * "Arafat" after "Yasser Arafat", "Washington" after "MaliVai Washington": a one-word place from the
 * gazetteer that is the surname of a person named in full in the same text is that person.
 */
export function surnamesOverPlaces(doc: Doc, mentions: Candidate[]): Repetition[] {
  const surnames = new Map<string, Candidate>();
  for (const m of mentions) {
    if (m.type === "PERSON" && m.end - m.start >= 2 && doc.tokens[m.end - 1].cap) surnames.set(doc.tokens[m.end - 1].lower, m);
  }
  if (surnames.size === 0) return [];
  const out: Repetition[] = [];
  for (const m of mentions) {
    if (m.end - m.start !== 1 || (m.type !== "LOCATION" && m.type !== "COUNTRY" && m.source !== "rule:place-as-team") || m.form === "demonym") continue;
    const of = surnames.get(doc.tokens[m.start].lower);
    if (!of) continue;
    const prev = doc.tokens[m.start - 1];
    if (prev && doc.sentenceOf[m.start - 1] === doc.sentenceOf[m.start] && doc.cues.placePrepositions.has(prev.text)) continue;
    out.push({ mention: { start: m.start, end: m.end, type: "PERSON", form: "short", source: "rule:surname", priority: PRIORITY.rule }, of });
  }
  return out;
}

export function repeatedNames(doc: Doc, runs: Run[], mentions: Candidate[], taken: Uint8Array): Repetition[] {
  const known = new Map<string, { of: Candidate; surname: boolean }>();
  for (const m of mentions) {
    if (m.form === "demonym") continue;
    const k = key(doc, m.start, m.end);
    if (!known.has(k)) known.set(k, { of: m, surname: false });
  }
  for (const m of mentions) {
    if (m.type !== "PERSON" || m.end - m.start < 2) continue;
    const last = doc.tokens[m.end - 1];
    if (!last.cap || last.text.length < 2) continue;
    const k = last.lower;
    if (!known.has(k)) known.set(k, { of: m, surname: true });
  }
  const out: Repetition[] = [];
  for (const run of runs) {
    let i = run.start;
    while (i < run.end) {
      if (taken[i]) {
        i++;
        continue;
      }
      let found = 0;
      for (let len = Math.min(MAX_NAME_TOKENS, run.end - i); len >= 1 && !found; len--) {
        let free = true;
        for (let k = i; k < i + len; k++) if (taken[k]) free = false;
        if (!free) continue;
        const hit = known.get(key(doc, i, i + len));
        if (!hit) continue;
        if (len === 1 && !doc.tokens[i].cap) continue;
        const of = hit.of;
        out.push({
          mention: {
            start: i,
            end: i + len,
            type: of.type,
            form: hit.surname ? "short" : of.form === "name" ? "name" : of.form,
            entry: of.entry,
            source: hit.surname ? "rule:surname" : "rule:repeated-name",
            priority: PRIORITY.rule,
          },
          of,
        });
        found = len;
      }
      i += found || 1;
    }
  }
  return out;
}
