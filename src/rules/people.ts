import { TokenKind } from "../text/tokenize.js";
import { PRIORITY, type Candidate } from "./candidate.js";
import { inList, isNameWord, isOrdinaryWordAt, sentenceAt, type Doc } from "./document.js";
import type { Run } from "./names.js";

function person(start: number, end: number, rule: string, priority: number, attributes?: Record<string, string>): Candidate {
  return { start, end, type: "PERSON", form: "name", source: `rule:${rule}`, priority, attributes };
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
      found = doc.tokens[k + 1].text === "." && !doc.tokens[k + 1].spaceBefore ? k + 2 : k + 1;
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

const SPEECH_AUXILIARY = /^(has|had|have|also|later|then|again|earlier|once|recently|previously|would|will|could|might|repeatedly|reportedly)$/;

export function peopleCandidates(doc: Doc, runs: Run[]): Candidate[] {
  const out: Candidate[] = [];
  const { firstNames, ambiguousFirstNames, reportingVerbs, commonWords, personRoles } = doc.cues;
  for (const run of runs) {
    const sentence = sentenceAt(doc, run.start);

    // President Emomali Rahmon; Foreign Minister Hamrohon Zarifi; Gen. Petrov; spokesman Ivan Petrov
    const afterTitle = nameStartAfterTitles(doc, run);
    if (afterTitle > run.start && afterTitle < run.end) {
      const end = nameSpan(doc, afterTitle, run.end);
      if (end > afterTitle && !coveredByOtherGazetteer(doc, afterTitle, end)) {
        const title = doc.text.slice(doc.tokens[run.start].start, doc.tokens[afterTitle - 1].end).replace(/\.$/, "");
        out.push(person(afterTitle, end, "title-before-name", PRIORITY.strongRule, { title }));
      }
    }
    const prev = doc.tokens[run.start - 1];
    if (prev && isTitle(doc, run.start - 1) && (!prev.cap || sentence.allCaps) && doc.sentenceOf[run.start - 1] === doc.sentenceOf[run.start]) {
      if (!coveredByOtherGazetteer(doc, run.start, run.end)) {
        out.push(person(run.start, run.end, "title-before-name", PRIORITY.strongRule, { title: prev.text }));
      }
    }

    const first = doc.tokens[run.start];
    // Sergei Lavrov; Anna van der Mool — a known first name and at least one more name word
    if (run.end - run.start >= 2 && inList(firstNames, first)) {
      const second = doc.tokens[run.start + 1];
      const ambiguous = inList(ambiguousFirstNames, first) || commonWords.has(first.lower);
      if (!ambiguous || (second.cap && !commonWords.has(second.lower))) {
        out.push(person(run.start, run.end, "first-name", PRIORITY.rule));
      }
    }

    // J.D. Tippit; J. D. Salinger — but not "U.S. Open", whose first word the gazetteer knows
    const initials = /^(\p{Lu}\.)+$/u.test(first.text) || (first.text.length === 1 && doc.tokens[run.start + 1]?.text === ".");
    if (initials && run.end - run.start >= 2 && run.end - run.start <= 4 && !doc.matchesAt.has(run.start)) {
      out.push(person(run.start, run.end, "initials", PRIORITY.rule));
    }

    // Zarifi told reporters; Hamrohon Zarifi said; Prime Minister Viktor Chernomyrdin said; Stone has said
    const verbAt = SPEECH_AUXILIARY.test(doc.tokens[run.end]?.lower ?? "") ? run.end + 1 : run.end;
    const next = doc.tokens[verbAt];
    let core = Math.max(run.start, afterTitle);
    while (core < run.end && (isOrdinaryWordAt(doc, core) || doc.cues.notNames.has(doc.tokens[core].text))) core++;
    const lastWord = doc.tokens[run.end - 1];
    const namesAThing = doc.cues.orgSuffixes.has(lastWord.text) || doc.cues.placeSuffixes.has(lastWord.text) || doc.cues.miscSuffixes.has(lastWord.text);
    const oneOrdinaryWord = run.end - core === 1 && commonWords.has(doc.tokens[core].lower) && !firstNames.has(doc.tokens[core].text) && !doc.cues.surnames.has(doc.tokens[core].text);
    if (next && core < run.end && !namesAThing && !oneOrdinaryWord && reportingVerbs.has(next.lower) && run.end - core <= 4 && doc.sentenceOf[verbAt] === doc.sentenceOf[run.start]) {
      // "The VCC said": an acronym that speaks is an organization
      const acronym = run.end - core === 1 && doc.tokens[core].allCaps && !firstNames.has(doc.tokens[core].text);
      if (acronym) out.push({ start: core, end: run.end, type: "ORGANIZATION", form: "name", source: "rule:acronym-before-reporting-verb", priority: PRIORITY.rule });
      else out.push(person(core, run.end, "name-before-reporting-verb", PRIORITY.rule));
    }
    // "…," said Kevin O'Brien, a spokesman; "No," said Velto.
    const oneWordSpeaker = run.end - run.start === 1 && !commonWords.has(first.lower) && !first.allCaps;
    if (prev && reportingVerbs.has(prev.lower) && (run.end - run.start >= 2 || oneWordSpeaker) && run.end - run.start <= 4) {
      const after = doc.tokens[run.end];
      if (!after || after.text === "," || after.text === "." || doc.sentenceOf[run.end] !== doc.sentenceOf[run.start]) {
        out.push(person(run.start, run.end, "reporting-verb-before-name", PRIORITY.rule));
      }
    }
    // Mikhail Shevtsov, a correspondent for ITAR-TASS; Ivan Petrov, 45,
    if (next?.text === ",") {
      const a = doc.tokens[run.end + 1];
      const b = doc.tokens[run.end + 2];
      const c = doc.tokens[run.end + 3];
      const isRole = (t: typeof a) => t !== undefined && personRoles.has(t.text);
      if (a && (a.text === "a" || a.text === "an" || a.text === "the") && (isRole(b) || (b && !b.cap && isRole(c)))) {
        out.push(person(run.start, run.end, "name-before-role", PRIORITY.rule));
      } else if (a?.kind === TokenKind.Number && /^\d{2}$/.test(a.text) && b?.text === ",") {
        out.push(person(run.start, run.end, "name-before-age", PRIORITY.rule));
      }
    }
  }
  return out;
}
