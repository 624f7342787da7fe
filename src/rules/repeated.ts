import { candidate, PRIORITY, type Candidate } from "./candidate.js";
import { sentenceAt, tokenAt } from "./document.js";
import type { Doc } from "./document.js";
import { surnameStart, tokenWords, type Run } from "./names.js";
import { trim, uncoveredSegments } from "./unknown.js";

export interface Repetition {
  mention: Candidate;
  /** The earlier mention this one repeats or shortens. */
  of: Candidate;
}

const MAX_NAME_TOKENS = 6;

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
    const prev = tokenAt(doc, m.start - 1);
    if (prev && doc.sentenceOf[m.start - 1] === doc.sentenceOf[m.start] && doc.cues.placePrepositions.has(prev.lower)) continue;
    out.push({ mention: candidate(m.start, m.end, "PERSON", "short", "rule:surname", PRIORITY.rule), of });
  }
  return out;
}

/** Where the shorter names of an organization end, dropping its suffix words: "Brenmark" of "Brenmark Holdings Ltd.". */
function organizationShortEnds(doc: Doc, m: Candidate): number[] {
  const ends: number[] = [];
  let end = m.end;
  while (end > m.start + 1 && (doc.cues.orgSuffixes.has(doc.tokens[end - 1].text) || doc.tokens[end - 1].text === ".")) {
    end--;
    if (end - m.start > 1 || !doc.cues.commonWords.has(doc.tokens[m.start].lower)) ends.push(end);
  }
  return ends;
}

interface KnownName {
  of: Candidate;
  surname: boolean;
}

/** The first mention to use a name keeps it. */
function remember(known: Map<string, KnownName>, key: string, of: Candidate, surname: boolean): void {
  if (!known.has(key)) known.set(key, { of, surname });
}

/** The names of a document's mentions, their organizations' names without suffixes, and its people's surnames. */
function knownNames(doc: Doc, mentions: Candidate[]): Map<string, KnownName> {
  const known = new Map<string, KnownName>();
  for (const m of mentions) {
    if (m.form !== "demonym") remember(known, tokenWords(doc, m.start, m.end), m, false);
  }
  // Brenmark Holdings Ltd. … Brenmark shares fell
  for (const m of mentions) {
    if (m.type !== "ORGANIZATION" || m.entry !== undefined || m.source !== "rule:org-suffix") continue;
    for (const end of organizationShortEnds(doc, m)) remember(known, tokenWords(doc, m.start, end), m, false);
  }
  for (const m of mentions) {
    if (m.type !== "PERSON" || m.end - m.start < 2) continue;
    const last = doc.tokens[m.end - 1];
    if (!last.cap || last.text.length < 2) continue;
    remember(known, tokenWords(doc, surnameStart(doc, m), m.end), m, true);
    remember(known, last.lower, m, true);
  }
  return known;
}

/** "VALTRIN OSKODA WINS AWARD": in a headline every word is capitalised, so known names are looked for inside the stretch. */
function knownNamesInCapitals(doc: Doc, seg: Run, known: Map<string, KnownName>, spans: Run[]): void {
  for (let i = seg.start; i < seg.end; i++) {
    for (let len = Math.min(MAX_NAME_TOKENS, seg.end - i); len >= 1; len--) {
      if (known.has(tokenWords(doc, i, i + len))) {
        spans.push({ start: i, end: i + len });
        i += len - 1;
        break;
      }
    }
  }
}

/**
 * A name found once is found everywhere: "Lavrov’s official visit" after "Sergei Lavrov",
 * "NGEA" after "Northern Grain Exporters Association (NGEA)".
 */
export function repeatedNames(doc: Doc, runs: Run[], mentions: Candidate[], taken: Uint8Array): Repetition[] {
  const known = knownNames(doc, mentions);
  const spans: Run[] = [];
  for (const run of runs) {
    for (const seg of uncoveredSegments(run, taken)) {
      if (sentenceAt(doc, seg.start).allCaps) {
        knownNamesInCapitals(doc, seg, known, spans);
        continue;
      }
      // the whole uncovered stretch must be the known name: "Tariq bin Saleh" is not "Saleh"
      const span = trim(doc, seg);
      if (span.end - span.start >= 1 && span.end - span.start <= MAX_NAME_TOKENS) spans.push(span);
    }
  }
  const out: Repetition[] = [];
  for (const { start, end } of spans) {
    const hit = known.get(tokenWords(doc, start, end));
    if (!hit || (end - start === 1 && !doc.tokens[start].cap)) continue;
    const of = hit.of;
    out.push({
      mention: candidate(
        start,
        end,
        of.type,
        hit.surname ? "short" : of.form === "name" ? "name" : of.form,
        hit.surname ? "rule:surname" : "rule:repeated-name",
        PRIORITY.rule,
        of.entry,
      ),
      of,
    });
  }
  return out;
}
