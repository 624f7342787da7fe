import { PRIORITY, type Candidate } from "./candidate.js";
import { isOrdinaryWordAt, type Doc } from "./document.js";
import type { Run } from "./names.js";
import { nameStartAfterTitles } from "./people.js";

/** World War II; Asian Cup; Kyoto Protocol; U.S. Open; Nobel Peace Prize */
export function miscCandidates(doc: Doc, runs: Run[]): Candidate[] {
  const out: Candidate[] = [];
  for (const run of runs) {
    let start = Math.max(run.start, nameStartAfterTitles(doc, run));
    while (start < run.end && isOrdinaryWordAt(doc, start)) start++;
    for (let k = run.end - 1; k > start; k--) {
      const t = doc.tokens[k];
      const numeral = /^(I|II|III|IV|V|VI)$/.test(t.text) && k === run.end - 1;
      if (numeral) continue;
      if (doc.cues.miscSuffixes.has(t.text)) {
        const end = doc.tokens[run.end - 1] && /^(I|II|III|IV|V|VI)$/.test(doc.tokens[run.end - 1].text) ? run.end : k + 1;
        out.push({ start, end, type: "MISC", form: "name", source: "rule:misc-suffix", priority: PRIORITY.strongRule });
        break;
      }
    }
  }
  return out;
}
