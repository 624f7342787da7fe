import { candidate, PRIORITY, type Candidate } from "./candidate.js";
import { isOrdinaryWordAt, sentenceAt, type Doc } from "./document.js";
import type { Run } from "./names.js";
import { afterLeadingCountries, extendOverConnectors } from "./organizations.js";
import { nameStartAfterTitles } from "./people.js";

const ROMAN_NUMERAL = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)$/;

/** Lower-case nouns after a name that make the name an event's: "the Wimbledon tournament". */
const EVENT_NOUN = new Set(["tournament", "championship", "championships", "marathon", "regatta"]);

/** Last words that make a run in sports copy a competition. */
const LEAGUE_WORD = new Set(["League", "Division", "Conference"]);

const ORGANIZATION: readonly string[] = ["ORGANIZATION"];
const OF: readonly string[] = ["of"];

function misc(start: number, end: number, source: string, priority: number): Candidate {
  return candidate(start, end, "MISC", "name", source, priority);
}

function firstNameWord(doc: Doc, start: number, end: number): number {
  let first = start;
  while (first < end && isOrdinaryWordAt(doc, first)) first++;
  return first;
}

// American League; Central Division: in sports copy a league is a competition, not a body
function leagueName(doc: Doc, run: Run): Candidate | undefined {
  if (!LEAGUE_WORD.has(doc.tokens[run.end - 1].text) || sentenceAt(doc, run.start).allCaps) return undefined;
  const first = firstNameWord(doc, run.start, run.end - 1);
  return run.end - first >= 2 ? misc(first, run.end, "rule:league-name", PRIORITY.strongRule) : undefined;
}

// World War II; Asian Cup; Kyoto Protocol; U.S. Open; Nobel Peace Prize
function miscSuffixName(doc: Doc, run: Run): Candidate | undefined {
  const start = firstNameWord(doc, Math.max(run.start, nameStartAfterTitles(doc, run)), run.end);
  let last = run.end - 1;
  if (last > start && ROMAN_NUMERAL.test(doc.tokens[last].text)) last--;
  if (last <= start || !doc.cues.miscSuffixes.has(doc.tokens[last].text)) return undefined;
  // "CIS Collective Security Treaty": an organization in front is its own mention ("U.S. Open" keeps its country).
  const named = afterLeadingCountries(doc, start, last + 1, ORGANIZATION);
  if (named >= last) return undefined;
  // Velmarian War of Independence; Treaty of Versailles style names go on over "of"
  const end = doc.tokens[run.end]?.text === "of" ? extendOverConnectors(doc, run.end, sentenceAt(doc, run.start).end, OF) : run.end;
  return misc(named, end, "rule:misc-suffix", PRIORITY.rule);
}

/** World War II; Asian Cup; Kyoto Protocol; U.S. Open; Nobel Peace Prize — the run's last word says what it is. */
export function miscCandidates(doc: Doc, runs: Run[]): Candidate[] {
  const out: Candidate[] = [];
  const { miscSuffixes } = doc.cues;
  for (const run of runs) {
    if (doc.sportsDocument && run.end - run.start >= 2) {
      const league = leagueName(doc, run);
      if (league) {
        out.push(league);
        continue;
      }
    }
    // the Wimbledon tournament; the Boston marathon
    if (run.end < doc.tokens.length && EVENT_NOUN.has(doc.tokens[run.end].text) && doc.sentenceOf[run.end] === doc.sentenceOf[run.start]) {
      const first = firstNameWord(doc, run.start, run.end);
      if (first < run.end) {
        out.push(misc(first, run.end, "rule:name-before-event-noun", PRIORITY.strongRule));
        continue;
      }
    }
    // only a run that ends in a suffix word, perhaps before a numeral, can name one
    if (!miscSuffixes.has(doc.tokens[run.end - 1].text) && (run.end - run.start < 2 || !miscSuffixes.has(doc.tokens[run.end - 2].text))) continue;
    const named = miscSuffixName(doc, run);
    if (named) out.push(named);
  }
  return out;
}
