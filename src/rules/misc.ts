import { PRIORITY, type Candidate } from "./candidate.js";
import { isOrdinaryWordAt, sentenceAt, type Doc } from "./document.js";
import type { Run } from "./names.js";
import { afterLeadingCountries, extendOverConnectors } from "./organizations.js";
import { nameStartAfterTitles } from "./people.js";

const ROMAN_NUMERAL = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)$/;

/** Lower-case nouns after a name that make the name an event's: "the Wimbledon tournament". */
const EVENT_NOUN = /^(tournament|championship|championships|marathon|regatta)$/;

/** World War II; Asian Cup; Kyoto Protocol; U.S. Open; Nobel Peace Prize — the run's last word says what it is. */
export function miscCandidates(doc: Doc, runs: Run[]): Candidate[] {
  const out: Candidate[] = [];
  for (const run of runs) {
    // American League; Central Division: in sports copy a league is a competition, not a body
    const lastWord = doc.tokens[run.end - 1];
    if (doc.sportsDocument && run.end - run.start >= 2 && /^(League|Division|Conference)$/.test(lastWord.text) && !sentenceAt(doc, run.start).allCaps) {
      let first = run.start;
      while (first < run.end - 1 && isOrdinaryWordAt(doc, first)) first++;
      if (run.end - first >= 2) {
        out.push({ start: first, end: run.end, type: "MISC", form: "name", source: "rule:league-name", priority: PRIORITY.strongRule });
        continue;
      }
    }
    // the Wimbledon tournament; the Boston marathon
    const after = doc.tokens[run.end];
    let first = run.start;
    while (first < run.end && isOrdinaryWordAt(doc, first)) first++;
    if (after && first < run.end && EVENT_NOUN.test(after.text) && doc.sentenceOf[run.end] === doc.sentenceOf[run.start]) {
      out.push({ start: first, end: run.end, type: "MISC", form: "name", source: "rule:name-before-event-noun", priority: PRIORITY.strongRule });
      continue;
    }
    let start = Math.max(run.start, nameStartAfterTitles(doc, run));
    while (start < run.end && isOrdinaryWordAt(doc, start)) start++;
    let last = run.end - 1;
    if (last > start && ROMAN_NUMERAL.test(doc.tokens[last].text)) last--;
    if (last <= start || !doc.cues.miscSuffixes.has(doc.tokens[last].text)) continue;
    // "CIS Collective Security Treaty": an organization in front is its own mention ("U.S. Open" keeps its country).
    start = afterLeadingCountries(doc, start, last + 1, ["ORGANIZATION"]);
    if (start >= last) continue;
    // Velmarian War of Independence; Treaty of Versailles style names go on over "of"
    const end = doc.tokens[run.end]?.text === "of" ? extendOverConnectors(doc, run.end, sentenceAt(doc, run.start).end, ["of"]) : run.end;
    out.push({ start, end, type: "MISC", form: "name", source: "rule:misc-suffix", priority: PRIORITY.rule });
  }
  return out;
}
