import { TokenKind } from "../text/tokenize.js";
import { PRIORITY, type Candidate } from "./candidate.js";
import { isNameWord, isOrdinaryWordAt, sentenceAt, type Doc } from "./document.js";
import { nameStartAfterTitles } from "./people.js";
import type { Run } from "./names.js";

function org(start: number, end: number, rule: string, priority: number = PRIORITY.rule): Candidate {
  return { start, end, type: "ORGANIZATION", form: "name", source: `rule:${rule}`, priority };
}

/** Extends a run over "X of Y", "X for Y and Z", "X & Y" ("Bank of England", "Organisation for Security and Cooperation in Europe"). */
function extendOverConnectors(doc: Doc, end: number, limit: number): number {
  let j = end;
  for (;;) {
    const t = doc.tokens[j];
    if (!t || j >= limit) return j;
    const connector = t.text === "of" || t.text === "for" || t.text === "and" || t.text === "&";
    if (!connector) return j;
    let k = j + 1;
    if (doc.tokens[k]?.text === "the") k++;
    if (k >= limit || !isNameWord(doc, k)) return j;
    let e = k + 1;
    while (e < limit && isNameWord(doc, e)) e++;
    j = e;
  }
}

/** "Turkish Foreign Ministry", "CIS Collective Security Treaty Organization": a leading country or organization is its own mention. */
export function afterLeadingCountries(doc: Doc, start: number, end: number, types: readonly string[] = ["COUNTRY", "ORGANIZATION"]): number {
  for (;;) {
    const lead = (doc.matchesAt.get(start) ?? []).find(
      (m) => m.end < end - 1 && m.variants.some((v) => types.includes(doc.gazetteer.entries[v.entry].type) && !v.needsContext),
    );
    if (!lead) return start;
    start = lead.end;
  }
}

export function organizationCandidates(doc: Doc, runs: Run[]): Candidate[] {
  const out: Candidate[] = [];
  const { orgSuffixes, orgHeads } = doc.cues;
  for (const run of runs) {
    const sentence = sentenceAt(doc, run.start);
    let start = run.start;
    while (start < run.end && isOrdinaryWordAt(doc, start) && !orgHeads.has(doc.tokens[start].text)) start++;
    const afterTitle = nameStartAfterTitles(doc, { start, end: run.end });
    if (afterTitle > start) start = afterTitle;
    if (start >= run.end) continue;

    // University of Texas; Ministry of Foreign Affairs; Bank of England
    const extended = extendOverConnectors(doc, run.end, sentence.end);
    for (let k = start; k < run.end; k++) {
      if (orgHeads.has(doc.tokens[k].text) && extended > run.end && k === run.end - 1) {
        out.push(org(start, extended, "org-of-name"));
      }
    }

    // Procter & Gamble; Douglas & Lomason: an ampersand joins firm names, not a person's
    for (let k = start + 1; k < run.end - 1; k++) {
      if (doc.tokens[k].text === "&") {
        out.push(org(start, run.end, "ampersand-name"));
        break;
      }
    }

    // Brenmark Holdings Ltd.; Northern Grain Exporters Association; Foreign Ministry
    start = afterLeadingCountries(doc, start, run.end);
    for (let k = run.end - 1; k > start; k--) {
      const t = doc.tokens[k];
      if (t.kind !== TokenKind.Word || !orgSuffixes.has(t.text)) continue;
      if (sentence.allCaps && run.end - run.start > 4) break;
      let end = k + 1;
      // "Ltd." and "Inc." keep their period when the sentence goes on after it.
      if (doc.tokens[end]?.text === "." && !doc.tokens[end].spaceBefore && /^(Inc|Corp|Ltd|Co|Bros|Plc)$/.test(t.text) && doc.sentenceOf[end + 1] === doc.sentenceOf[end]) {
        end++;
      }
      out.push(org(start, end, "org-suffix"));
      break;
    }
  }
  return out;
}
