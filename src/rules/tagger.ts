import { candidate, PRIORITY, type Candidate } from "./candidate.js";
import { sentenceAt, type Doc } from "./document.js";
import type { Run } from "./names.js";
import { trim, uncoveredSegments } from "./unknown.js";

/** A part-of-speech tagger's view of one sentence: terms with offsets into it and their tags. */
export type SentenceTagger = (sentence: string) => Array<{ start: number; end: number; tags: readonly string[] }>;

const TAG_TYPES: Array<[string, Candidate["type"]]> = [
  ["Person", "PERSON"],
  ["Organization", "ORGANIZATION"],
  ["Country", "COUNTRY"],
  ["Place", "LOCATION"],
];

/**
 * Capitalised words that neither gazetteers nor rules could type ("Cofinec shares fell") are
 * handed, with their sentence, to the tagger; its Person, Organization or Place tag decides.
 */
export function taggerGuesses(doc: Doc, runs: Run[], taken: Uint8Array, tagger: SentenceTagger): Candidate[] {
  const out: Candidate[] = [];
  const tagged = new Map<number, ReturnType<SentenceTagger>>();
  for (const run of runs) {
    const sentence = sentenceAt(doc, run.start);
    if (sentence.allCaps) continue;
    for (const raw of uncoveredSegments(run, taken)) {
      const seg = trim(doc, raw);
      if (seg.end <= seg.start) continue;
      const base = doc.tokens[sentence.start].start;
      const k = doc.sentenceOf[seg.start];
      let terms = tagged.get(k);
      if (!terms) {
        terms = tagger(doc.text.slice(base, doc.tokens[sentence.end - 1].end));
        tagged.set(k, terms);
      }
      const from = doc.tokens[seg.start].start - base;
      const to = doc.tokens[seg.end - 1].end - base;
      const inside = terms.filter((t) => t.start < to && t.end > from);
      if (inside.length === 0) continue;
      const type = TAG_TYPES.find(([tag]) => inside.every((t) => t.tags.includes(tag)))?.[1];
      if (type) out.push(candidate(seg.start, seg.end, type, "name", "rule:tagger", PRIORITY.guess));
    }
  }
  return out;
}
