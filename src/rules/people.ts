import { TokenKind } from "../text/tokenize.js";
import { candidate, PRIORITY, type Candidate } from "./candidate.js";
import { inList, isNameWord, isOrdinaryWordAt, type Doc } from "./document.js";
import type { Run } from "./names.js";

function person(start: number, end: number, source: string, priority: number = PRIORITY.rule, attributes?: Record<string, string>): Candidate {
  return candidate(start, end, "PERSON", "name", source, priority, undefined, attributes);
}

/** Non-person gazetteer entry that covers the whole stretch ("General Motors", "Manchester United"). */
function coveredByOtherGazetteer(doc: Doc, start: number, end: number): boolean {
  for (const m of doc.matchesAt.get(start) ?? []) {
    if (m.end < end) continue;
    if (m.variants.some((v) => doc.gazetteer.entries[v.entry].type !== "PERSON" && !v.needsContext)) return true;
  }
  return false;
}

function isTitle(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && t.kind === TokenKind.Word && (inList(doc.cues.titles, t) || (t.allCaps && doc.cues.titles.has(t.lower)));
}

/** Where the name proper starts: after the last title word of the run ("Russian Foreign Minister Sergei Lavrov" → "Sergei"). */
export function nameStartAfterTitles(doc: Doc, run: Run): number {
  let found = -1;
  for (let k = run.start; k < run.end - 1; k++) {
    if (isTitle(doc, k)) {
      // "Gen. Petrov": the title's full stop goes with it
      const next = doc.tokens[k + 1];
      found = k + (!next.spaceBefore && next.text === "." ? 2 : 1);
      continue;
    }
    // "Martin Luther King Jr.": once a name has begun, a title word is part of it
    if (found >= 0 && k >= found && isPartOfName(doc, k)) break;
    if (found < 0 && isPartOfName(doc, k) && !doc.matchesAt.has(k)) break;
  }
  return found < run.end ? found : -1;
}

/** A word that can only be part of a person's name here: a first name, or an uncommon capitalised word. */
function isPartOfName(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (t.kind !== TokenKind.Word || !t.cap || t.allCaps) return false;
  return doc.cues.firstNames.has(t.text) || !doc.cues.commonWords.has(t.lower);
}

/** Name words from i to the run's end, stopping before a trailing title word. */
function nameSpan(doc: Doc, start: number, runEnd: number): number {
  let end = start;
  while (end < runEnd && !(end > start && isTitle(doc, end) && doc.tokens[end].cap && !isNameWord(doc, end + 1))) end++;
  return end;
}

// President Emomali Rahmon; Foreign Minister Hamrohon Zarifi; Gen. Petrov; spokesman Ivan Petrov
function titleBeforeName(doc: Doc, run: Run, afterTitle: number, out: Candidate[]): void {
  const end = nameSpan(doc, afterTitle, run.end);
  if (end > afterTitle && !coveredByOtherGazetteer(doc, afterTitle, end)) {
    const title = doc.text.slice(doc.tokens[run.start].start, doc.tokens[afterTitle - 1].end).replace(/\.$/, "");
    out.push(person(afterTitle, end, "rule:title-before-name", PRIORITY.strongRule, { title }));
  }
}

/** "J.D.", "U.S.": capital letters each with a full stop. */
const INITIALS = /^(\p{Lu}\.)+$/u;

function startsWithInitials(doc: Doc, run: Run): boolean {
  const first = doc.tokens[run.start].text;
  if (first.length === 1) return doc.tokens[run.start + 1]?.text === ".";
  return first.charCodeAt(first.length - 1) === 46 && INITIALS.test(first);
}

// J.D. Tippit; J. D. Salinger — but not "U.S. Open", whose first word the gazetteer knows.
// Kept out of peopleCandidates, whose compiled code would otherwise be thrown away at the first initials.
function nameWithInitials(doc: Doc, run: Run, out: Candidate[]): void {
  if (startsWithInitials(doc, run) && !doc.matchesAt.has(run.start)) out.push(person(run.start, run.end, "rule:initials"));
}

const SPEECH_AUXILIARY = new Set(["has", "had", "have", "also", "later", "then", "again", "earlier", "once", "recently", "previously", "would", "will", "could", "might", "repeatedly", "reportedly"]);

// Zarifi told reporters; Hamrohon Zarifi said; Prime Minister Viktor Chernomyrdin said; Stone has said
function nameBeforeReportingVerb(doc: Doc, run: Run, afterTitle: number, out: Candidate[]): void {
  const verbAt = run.end < doc.tokens.length && SPEECH_AUXILIARY.has(doc.tokens[run.end].lower) ? run.end + 1 : run.end;
  if (verbAt >= doc.tokens.length || !doc.cues.reportingVerbs.has(doc.tokens[verbAt].lower) || doc.sentenceOf[verbAt] !== doc.sentenceOf[run.start]) return;
  let core = Math.max(run.start, afterTitle);
  while (core < run.end && (isOrdinaryWordAt(doc, core) || doc.cues.notNames.has(doc.tokens[core].text))) core++;
  if (core === run.end || run.end - core > 4) return;
  const lastWord = doc.tokens[run.end - 1].text;
  if (doc.cues.orgSuffixes.has(lastWord) || doc.cues.placeSuffixes.has(lastWord) || doc.cues.miscSuffixes.has(lastWord)) return;
  if (run.end - core === 1) {
    const word = doc.tokens[core];
    const firstName = doc.cues.firstNames.has(word.text);
    if (doc.cues.commonWords.has(word.lower) && !firstName && !doc.cues.surnames.has(word.text)) return;
    // "The VCC said": an acronym that speaks is an organization
    if (word.allCaps && !firstName) {
      out.push(candidate(core, run.end, "ORGANIZATION", "name", "rule:acronym-before-reporting-verb", PRIORITY.rule));
      return;
    }
  }
  out.push(person(core, run.end, "rule:name-before-reporting-verb"));
}

// "…," said Kevin O'Brien, a spokesman; "No," said Velto.
function reportingVerbBeforeName(doc: Doc, run: Run, out: Candidate[]): void {
  const words = run.end - run.start;
  if (words > 4) return;
  if (words === 1 && (doc.tokens[run.start].allCaps || doc.cues.commonWords.has(doc.tokens[run.start].lower))) return;
  const after = doc.tokens[run.end];
  if (!after || after.text === "," || after.text === "." || doc.sentenceOf[run.end] !== doc.sentenceOf[run.start]) {
    out.push(person(run.start, run.end, "rule:reporting-verb-before-name"));
  }
}

// Mikhail Shevtsov, a correspondent for ITAR-TASS; Ivan Petrov, 45,
function nameBeforeApposition(doc: Doc, run: Run, out: Candidate[]): void {
  const a = doc.tokens[run.end + 1];
  if (a === undefined) return;
  const b = doc.tokens[run.end + 2];
  if (a.text === "a" || a.text === "an" || a.text === "the") {
    const c = doc.tokens[run.end + 3];
    const isRole = (t: typeof a | undefined) => t !== undefined && doc.cues.personRoles.has(t.text);
    if (isRole(b) || (b && !b.cap && isRole(c))) out.push(person(run.start, run.end, "rule:name-before-role"));
  } else if (a.kind === TokenKind.Number && /^\d{2}$/.test(a.text) && b?.text === ",") {
    out.push(person(run.start, run.end, "rule:name-before-age"));
  }
}

export function peopleCandidates(doc: Doc, runs: Run[]): Candidate[] {
  const out: Candidate[] = [];
  const { firstNames, ambiguousFirstNames, reportingVerbs, commonWords } = doc.cues;
  for (const run of runs) {
    const afterTitle = nameStartAfterTitles(doc, run);
    if (afterTitle > run.start && afterTitle < run.end) titleBeforeName(doc, run, afterTitle, out);
    const before = run.start - 1;
    if (before >= 0 && isTitle(doc, before) && doc.sentenceOf[before] === doc.sentenceOf[run.start]) {
      const prev = doc.tokens[before];
      if ((!prev.cap || doc.sentences[doc.sentenceOf[run.start]].allCaps) && !coveredByOtherGazetteer(doc, run.start, run.end)) {
        out.push(person(run.start, run.end, "rule:title-before-name", PRIORITY.strongRule, { title: prev.text }));
      }
    }

    // Sergei Lavrov; Anna van der Mool — a known first name and at least one more name word
    const first = doc.tokens[run.start];
    if (run.end - run.start >= 2 && inList(firstNames, first)) {
      const second = doc.tokens[run.start + 1];
      const ambiguous = inList(ambiguousFirstNames, first) || commonWords.has(first.lower);
      if (!ambiguous || (second.cap && !commonWords.has(second.lower))) {
        out.push(person(run.start, run.end, "rule:first-name"));
      }
    }

    if (run.end - run.start >= 2 && run.end - run.start <= 4) nameWithInitials(doc, run, out);

    nameBeforeReportingVerb(doc, run, afterTitle, out);
    if (before >= 0 && reportingVerbs.has(doc.tokens[before].lower)) reportingVerbBeforeName(doc, run, out);
    if (run.end < doc.tokens.length && doc.tokens[run.end].text === ",") nameBeforeApposition(doc, run, out);
  }
  return out;
}
