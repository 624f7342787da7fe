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
    const prev = tokenAt(doc, m.start - 1);
    if (prev && doc.sentenceOf[m.start - 1] === doc.sentenceOf[m.start] && doc.cues.placePrepositions.has(prev.lower)) continue;
    out.push({ mention: candidate(m.start, m.end, "PERSON", "short", "rule:surname", PRIORITY.rule), of });
  }
  return out;
}

/** The words of an organization's name before its suffix words: "Brenmark" of "Brenmark Holdings Ltd.". */
function organizationShortForms(doc: Doc, m: Candidate): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let end = m.end;
  while (end > m.start + 1 && (doc.cues.orgSuffixes.has(doc.tokens[end - 1].text) || doc.tokens[end - 1].text === ".")) {
    end--;
    out.push([m.start, end]);
  }
  return out.filter(([s, e]) => e - s > 1 || !doc.cues.commonWords.has(doc.tokens[s].lower));
}

export function repeatedNames(doc: Doc, runs: Run[], mentions: Candidate[], taken: Uint8Array): Repetition[] {
  const known = new Map<string, { of: Candidate; surname: boolean }>();
  for (const m of mentions) {
    if (m.form === "demonym") continue;
    const k = tokenWords(doc, m.start, m.end);
    if (!known.has(k)) known.set(k, { of: m, surname: false });
  }
  // Brenmark Holdings Ltd. … Brenmark shares fell
  for (const m of mentions) {
    if (m.type !== "ORGANIZATION" || m.entry !== undefined || m.source !== "rule:org-suffix") continue;
    for (const [s, e] of organizationShortForms(doc, m)) {
      const k = tokenWords(doc, s, e);
      if (!known.has(k)) known.set(k, { of: m, surname: false });
    }
  }
  const people = mentions.filter((m) => m.type === "PERSON" && m.end - m.start >= 2);
  for (const m of people) {
    const last = doc.tokens[m.end - 1];
    if (!last.cap || last.text.length < 2) continue;
    for (const k of [tokenWords(doc, surnameStart(doc, m), m.end), last.lower]) if (!known.has(k)) known.set(k, { of: m, surname: true });
  }
  const out: Repetition[] = [];
  const spans: Array<[number, number]> = [];
  for (const run of runs) {
    for (const seg of uncoveredSegments(run, taken)) {
      if (sentenceAt(doc, seg.start).allCaps) {
        // "VALTRIN OSKODA WINS AWARD": in a headline every word is capitalised, so look inside the run
        for (let i = seg.start; i < seg.end; i++) {
          for (let len = Math.min(MAX_NAME_TOKENS, seg.end - i); len >= 1; len--) {
            if (known.has(tokenWords(doc, i, i + len))) {
              spans.push([i, i + len]);
              i += len - 1;
              break;
            }
          }
        }
        continue;
      }
      // the whole uncovered stretch must be the known name: "Tariq bin Saleh" is not "Saleh"
      const { start, end } = trim(doc, seg);
      if (end - start >= 1 && end - start <= MAX_NAME_TOKENS) spans.push([start, end]);
    }
  }
  for (const [start, end] of spans) {
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
