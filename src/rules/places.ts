import { TokenKind } from "../text/tokenize.js";
import { candidate, PRIORITY, type Candidate } from "./candidate.js";
import { isOrdinaryWordAt, sentenceAt, type Doc } from "./document.js";
import { isDateline } from "./gazetteer.js";
import type { Run } from "./names.js";

function place(start: number, end: number, source: string): Candidate {
  return candidate(start, end, "LOCATION", "name", source, PRIORITY.rule);
}

/** A country, state or province starts at token `start` ("Tenn.", "Ukraine"); a city does not count. */
function isRegionMatch(doc: Doc, start: number): number {
  for (const m of doc.matchesAt.get(start) ?? []) {
    const region = m.variants.some((v) => {
      const e = doc.gazetteer.entries[v.entry];
      return e.type === "COUNTRY" || (e.type === "LOCATION" && e.attributes.kind !== "city");
    });
    if (region) return m.end;
  }
  return -1;
}

export function placeCandidates(doc: Doc, runs: Run[]): Candidate[] {
  const out: Candidate[] = [];
  for (const run of runs) {
    const words = run.end - run.start;
    // Tiananmen Square; Grace Road; Karvossa Province
    if (words >= 2 && words <= 4 && doc.cues.placeSuffixes.has(doc.tokens[run.end - 1].text) && !sentenceAt(doc, run.start).allCaps) {
      const start = isOrdinaryWordAt(doc, run.start) ? run.start + 1 : run.start;
      if (run.end - start >= 2) out.push(place(start, run.end, "rule:place-suffix"));
    }
    // Mount Kenya; Lake Victoria; Fort Worth
    if (words >= 2 && words <= 3 && doc.cues.placePrefixes.has(doc.tokens[run.start].text) && !sentenceAt(doc, run.start).allCaps) {
      out.push(place(run.start, run.end, "rule:place-prefix"));
    }
    // DUSHANBE, April 24 (Itar-Tass) –
    if (isDateline(doc, run.start, run.end) && run.end - run.start <= 3) {
      out.push(place(run.start, run.end, "rule:dateline"));
      continue;
    }
    // Chattanooga, Tenn.; Karvossa, Ukraine
    if (run.end < doc.tokens.length && doc.tokens[run.end].text === "," && doc.sentenceOf[run.end] === doc.sentenceOf[run.start] && run.end - run.start <= 3 && !isOrdinaryWordAt(doc, run.start)) {
      const regionEnd = isRegionMatch(doc, run.end + 1);
      if (regionEnd > 0) {
        const after = doc.tokens[regionEnd];
        const closes = !after || after.kind === TokenKind.Punct || !after.cap || doc.sentenceOf[regionEnd] !== doc.sentenceOf[run.start];
        const prev = doc.tokens[run.start - 1];
        const listed = prev?.text === ",";
        if (closes && !listed) out.push(place(run.start, run.end, "rule:city-comma-region"));
      }
    }
  }
  return out;
}
