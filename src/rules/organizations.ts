import { TokenKind } from "../text/tokenize.js";
import { candidate, PRIORITY, type Candidate } from "./candidate.js";
import { inList, isNameWord, isOrdinaryWordAt, sentenceAt, type Doc } from "./document.js";
import { nameStartAfterTitles } from "./people.js";
import type { Run } from "./names.js";
import type { Sentence } from "../text/sentences.js";

function org(start: number, end: number, source: string, priority: number = PRIORITY.rule): Candidate {
  return candidate(start, end, "ORGANIZATION", "name", source, priority);
}

const CONNECTORS: readonly string[] = ["of", "for", "and", "&"];
const OF_FOR: readonly string[] = ["of", "for"];
const COUNTRY_OR_ORGANIZATION: readonly string[] = ["COUNTRY", "ORGANIZATION"];

/** Extends a run over "X of Y", "X for Y and Z", "X & Y" ("Bank of England", "Organisation for Security and Cooperation in Europe"). */
export function extendOverConnectors(doc: Doc, end: number, limit: number, connectors: readonly string[] = CONNECTORS): number {
  let j = end;
  for (;;) {
    if (j >= limit || j >= doc.tokens.length) return j;
    const t = doc.tokens[j];
    const connector = connectors.includes(t.text);
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
export function afterLeadingCountries(doc: Doc, start: number, end: number, types: readonly string[] = COUNTRY_OR_ORGANIZATION): number {
  for (;;) {
    const matches = doc.matchesAt.get(start);
    if (matches === undefined) return start;
    const lead = matches.find(
      (m) => m.end < end - 1 && m.variants.some((v) => types.includes(doc.gazetteer.entries[v.entry].type) && !v.needsContext),
    );
    if (!lead) return start;
    start = lead.end;
  }
}

/** "Commonwealth Scientific and Industrial Research Organisation": a name joined by "and" to the one before. */
function coordinatedStart(doc: Doc, start: number, sentenceStart: number): number {
  const and = start - 1;
  if (and - 1 < sentenceStart || doc.tokens[and].text !== "and" || !isNameWord(doc, and - 1) || doc.matchesAt.has(and - 1)) return start;
  let k = and - 1;
  while (k - 1 >= sentenceStart && isNameWord(doc, k - 1) && !isOrdinaryWordAt(doc, k - 1)) k--;
  if (isOrdinaryWordAt(doc, k)) k++;
  return k < and ? k : start;
}

/** "Ltd." and "Inc." keep their full stop when the sentence goes on after it. */
function withFullStop(doc: Doc, end: number): number {
  const t = doc.tokens[end - 1];
  const dot = doc.tokens[end];
  if (dot?.text === "." && !dot.spaceBefore && /^(Inc|Corp|Ltd|Co|Bros|Plc)$/.test(t.text) && doc.sentenceOf[end + 1] === doc.sentenceOf[end]) return end + 1;
  return end;
}

function onlySuffixWords(doc: Doc, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const t = doc.tokens[k];
    if (!doc.cues.orgSuffixes.has(t.text) && t.text !== "." && t.text !== "&") return false;
  }
  return end > start;
}

/**
 * "Gloria Bistrita 2 Dinamo Bucharest 1": in sports copy, two to four words opening a result line,
 * or after the first score, before a bare score, name a team. Kept out of organizationCandidates,
 * whose compiled code would otherwise be thrown away at the first result line.
 */
function teamInResultLine(doc: Doc, run: Run, sentence: Sentence, out: Candidate[]): void {
  const words = run.end - run.start;
  if (words < 2 || words > 4 || sentence.allCaps) return;
  const next = doc.tokens[run.end];
  if (!next || !/^\d{1,3}$/.test(next.text) || doc.sentenceOf[run.end] !== doc.sentenceOf[run.start]) return;
  const prev = doc.tokens[run.start - 1];
  const opensLine = !prev || doc.sentenceOf[run.start - 1] !== doc.sentenceOf[run.start] || doc.tokens[run.start].newlineBefore;
  if (opensLine || /^\d{1,3}$/.test(prev.text)) out.push(org(run.start, run.end, "rule:team-in-result-line", PRIORITY.strongRule));
}

/** Words after a name that make it a company's: "Cofinec shares fell", "Zenith's net profit". */
const COMPANY_AFTER = new Set(["shares", "stock", "shareholders", "stockholders", "profit", "profits", "earnings", "revenue", "revenues", "sales", "subsidiary", "unit", "turnover"]);
/** Words before a name that make it a company's: "a stake in Cofinec", "the takeover of Zenith". */
const COMPANY_BEFORE = new Set(["stake in", "shares in", "shares of", "bid for", "takeover of", "acquisition of", "merger with", "analyst at", "unit of", "subsidiary of", "stake of"]);
/** The last words of COMPANY_BEFORE, checked before the pair is put together. */
const COMPANY_BEFORE_LAST = new Set([...COMPANY_BEFORE].map((phrase) => phrase.slice(phrase.indexOf(" ") + 1)));

/** Nouns that, in an apposition after a name, say it is an organization ("Cofinec, the packaging company"). */
const ORGANIZATION_NOUN = /^(company|firm|group|bank|maker|manufacturer|producer|carrier|airline|insurer|retailer|operator|supplier|newspaper|daily|weekly|broadcaster|agency|club|party|union|organisation|organization|movement|association|institute|university|chain|conglomerate|subsidiary|brokerage|fund|charity|consortium|exporter|importer|distributor|developer|publisher)$/;

/** "Cofinec, the first foreign company to list"; "Zenith, a Chicago-based maker of televisions". */
function organizationApposition(doc: Doc, end: number): boolean {
  if (end >= doc.tokens.length || doc.tokens[end].text !== ",") return false;
  const same = (k: number) => k < doc.tokens.length && doc.sentenceOf[k] === doc.sentenceOf[end];
  if (!same(end + 1)) return false;
  const article = doc.tokens[end + 1].lower;
  if (article !== "a" && article !== "an" && article !== "the") return false;
  for (let k = end + 2; k < end + 7 && same(k); k++) {
    const t = doc.tokens[k];
    // "X, the company's founder": a possessive noun is not the head
    if (ORGANIZATION_NOUN.test(t.lower) && !t.cap) return doc.tokens[k + 1]?.lower !== "'s";
    if (t.text === "," || t.lower === "of" || t.lower === "who" || t.lower === "which") return false;
  }
  return false;
}

/** A name that business copy treats as a company, whatever else it looks like. */
function companyContext(doc: Doc, start: number, end: number): boolean {
  const sentence = doc.sentenceOf[start];
  let k = end;
  if (k < doc.tokens.length && doc.sentenceOf[k] === sentence && doc.tokens[k].lower === "'s") k++;
  if (k < doc.tokens.length && doc.sentenceOf[k] === sentence && COMPANY_AFTER.has(doc.tokens[k].lower) && !doc.tokens[k].cap) return true;
  if (start >= 2 && doc.sentenceOf[start - 2] === sentence && COMPANY_BEFORE_LAST.has(doc.tokens[start - 1].lower)) {
    if (COMPANY_BEFORE.has(`${doc.tokens[start - 2].lower} ${doc.tokens[start - 1].lower}`)) return true;
  }
  return organizationApposition(doc, end);
}

// Daimler-Benz AG; Nissan Motor Co. Ltd.: a known company followed only by suffix words is that company
function knownNameWithSuffix(doc: Doc, start: number, runEnd: number, out: Candidate[]): boolean {
  const company = doc.matchesAt.get(start)!.find((m) => m.end < runEnd && m.variants.some((v) => doc.gazetteer.entries[v.entry].type === "ORGANIZATION" && !v.needsContext));
  if (!company || !onlySuffixWords(doc, company.end, runEnd)) return false;
  const variant = company.variants.find((v) => doc.gazetteer.entries[v.entry].type === "ORGANIZATION")!;
  const end = withFullStop(doc, runEnd);
  out.push(candidate(start, end, "ORGANIZATION", "alias", "rule:known-name-with-suffix", PRIORITY.strongRule, variant.entry));
  return true;
}

export function organizationCandidates(doc: Doc, runs: Run[]): Candidate[] {
  const out: Candidate[] = [];
  const { orgSuffixes, orgHeads } = doc.cues;
  for (const run of runs) {
    const sentence = sentenceAt(doc, run.start);
    // Cofinec shares fell; a stake in Zenith
    if (run.end - run.start <= 3 && !sentence.allCaps && companyContext(doc, run.start, run.end)) {
      let first = run.start;
      while (first < run.end && isOrdinaryWordAt(doc, first)) first++;
      // "Tokyo shares", "the Buenos Aires stock exchange": a known name keeps its own type
      if (first < run.end && !doc.matchesAt.has(first)) out.push(org(first, run.end, "rule:company-context", PRIORITY.strongRule));
    }
    if (doc.sportsDocument) teamInResultLine(doc, run, sentence, out);
    let start = run.start;
    while (start < run.end && isOrdinaryWordAt(doc, start) && !orgHeads.has(doc.tokens[start].text)) start++;
    const afterTitle = nameStartAfterTitles(doc, { start, end: run.end });
    if (afterTitle > start) start = afterTitle;
    if (start >= run.end) continue;

    // University of Texas; Ministry of Foreign Affairs; Bank of England
    const extended = extendOverConnectors(doc, run.end, sentence.end);
    if (extended > run.end && inList(orgHeads, doc.tokens[run.end - 1])) out.push(org(start, extended, "rule:org-of-name"));

    // Procter & Gamble; Douglas & Lomason: an ampersand joins firm names, not a person's
    for (let k = start + 1; k < run.end - 1; k++) {
      if (doc.tokens[k].text === "&") {
        out.push(org(start, run.end, "rule:ampersand-name"));
        break;
      }
    }

    if (doc.matchesAt.has(start) && knownNameWithSuffix(doc, start, run.end, out)) continue;

    // Brenmark Holdings Ltd.; Northern Grain Exporters Association; Foreign Ministry
    start = afterLeadingCountries(doc, start, run.end);
    for (let k = run.end - 1; k > start; k--) {
      const t = doc.tokens[k];
      if (t.kind !== TokenKind.Word || !inList(orgSuffixes, t)) continue;
      if (sentence.allCaps && run.end - run.start > 4) break;
      let end = withFullStop(doc, k + 1);
      // Democratic Forces for the Liberation of Rwanda
      if (end === run.end && (doc.tokens[end]?.text === "for" || doc.tokens[end]?.text === "of")) end = extendOverConnectors(doc, end, sentence.end, OF_FOR);
      out.push(org(coordinatedStart(doc, start, sentence.start), end, "rule:org-suffix"));
      break;
    }
  }
  return out;
}
