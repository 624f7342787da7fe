import { TokenKind } from "../text/tokenize.js";
import { candidate, PRIORITY, type Candidate } from "./candidate.js";
import { isClauseInitial, isOrdinaryWordAt, sentenceAt, type Doc } from "./document.js";
import type { Run } from "./names.js";

function guess(start: number, end: number, type: Candidate["type"], source: string): Candidate {
  return candidate(start, end, type, "name", source, PRIORITY.guess);
}

export function uncoveredSegments(run: Run, taken: Uint8Array): Run[] {
  const out: Run[] = [];
  let i = run.start;
  while (i < run.end) {
    if (taken[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < run.end && !taken[j]) j++;
    out.push({ start: i, end: j });
    i = j;
  }
  return out;
}

function isCommon(doc: Doc, k: number): boolean {
  return doc.cues.commonWords.has(doc.tokens[k].lower);
}

/** Particles, titles, "'s" and the like, which no name starts or ends with. */
function edgeJunk(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return t.kind !== TokenKind.Word || doc.cues.edgeWords.has(t.text) || t.text === "'s" || t.text === "’s";
}

export function trim(doc: Doc, seg: Run): Run {
  let { start, end } = seg;
  while (start < end && (edgeJunk(doc, start) || isOrdinaryWordAt(doc, start))) start++;
  while (end > start && edgeJunk(doc, end - 1)) end--;
  return { start, end };
}

const MOTION_VERBS = /^(moved|move|moving|flew|fly|flying|travelled|traveled|travel|returned|return|went|go|going|headed|fled|sailed|drove|deported|evacuated|airlifted|relocated|transferred|extradited|exiled|trip|visit|journey|flight|road|route|way)$/;
const PLACE_OF = /^(mayor|governor|city|town|village|province|region|capital|outskirts|suburbs|residents|people|streets|centre|center|north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|heart|port|district|county|state|area|coast|island|islands|citizens|inhabitants|population)$/;

/** Words before an unknown name that say it is a place. */
function placeContext(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  if (!prev || doc.sentenceOf[i - 1] !== doc.sentenceOf[i]) return false;
  if (doc.cues.placePrepositions.has(prev.lower) || prev.lower === "through") return true;
  const before = doc.tokens[i - 2];
  if (!before || doc.sentenceOf[i - 2] !== doc.sentenceOf[i]) return false;
  if (prev.lower === "to" && MOTION_VERBS.test(before.lower)) return true;
  return prev.lower === "of" && PLACE_OF.test(before.lower);
}

const ADJECTIVE_ENDING = /(ian|an|ese|ish|ic|i|ern)$/;
const SCORE = /^\d+(-\d+)?$/;

/** Token k exists and lies in sentence `sentence`. */
function inSentence(doc: Doc, k: number, sentence: number): boolean {
  return k >= 0 && k < doc.tokens.length && doc.sentenceOf[k] === sentence;
}

/** One unknown capitalised word: typed only where its neighbours say what it is. */
function singleWordGuess(doc: Doc, i: number): Candidate | null {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  const sentence = doc.sentenceOf[i];
  // a Texan businessman; Kurdish rebels
  if (ADJECTIVE_ENDING.test(t.text) && next && inSentence(doc, i + 1, sentence) && next.kind === TokenKind.Word && !next.cap) {
    return guess(i, i + 1, "MISC", "rule:adjective-before-noun");
  }
  // Jan Kroslak ( Slovakia ) beat; Medvedev (Ukraine)
  if (next?.text === "(" && inSentence(doc, i + 1, sentence) && countryInBrackets(doc, i + 1)) return guess(i, i + 1, "PERSON", "rule:name-before-country");
  // Kennedy; Khrushchev: a known surname that is no ordinary word
  if (doc.cues.knownSurnames.has(t.text) && !doc.cues.commonWords.has(t.lower) && !t.allCaps) {
    return guess(i, i + 1, "PERSON", "rule:known-surname");
  }
  if (doc.sportsDocument && inResult(doc, i)) return guess(i, i + 1, "ORGANIZATION", "rule:team-in-result");
  return null;
}

/** "(Slovakia)": a country alone in the brackets opening at token `open`. */
function countryInBrackets(doc: Doc, open: number): boolean {
  const inner = doc.matchesAt.get(open + 1);
  return inner !== undefined && inner.some((m) => m.variants.some((v) => doc.gazetteer.entries[v.entry].type === "COUNTRY")) && doc.tokens[open + 2]?.text === ")";
}

/** Pohang 3 Ulsan 2; v Glamorgan; beat Dinamo */
function inResult(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  const sentence = doc.sentenceOf[i];
  return (next !== undefined && inSentence(doc, i + 1, sentence) && SCORE.test(next.text)) || (prev !== undefined && inSentence(doc, i - 1, sentence) && /^(v|vs|beat|against)$/.test(prev.text));
}

/** Of a stretch of two or more words: a person's name unless mostly ordinary words or all in capitals. */
function looksLikePersonName(doc: Doc, start: number, end: number): boolean {
  // "Collective Rapid Deployment": mostly ordinary words make no person's name ("Lee Harvey Oswald" does)
  let ordinary = 0;
  for (let k = start; k < end; k++) if (isCommon(doc, k) && !doc.cues.firstNames.has(doc.tokens[k].text)) ordinary++;
  if (ordinary * 2 >= end - start) return false;
  // "MOSKOVSKIY KOMSOMOLETS" in running text: capitals throughout name a title or a body, not a person
  for (let k = start; k < end; k++) if (!doc.tokens[k].allCaps) return true;
  return false;
}

// Nice 2 Lens 1: in a result line a town that is also an ordinary word is a team. Kept out of
// segmentGuess, whose compiled code would otherwise be thrown away at the first result line.
function knownTownAsTeam(doc: Doc, i: number): Candidate | null {
  return doc.matchesAt.has(i) && inResult(doc, i) ? guess(i, i + 1, "ORGANIZATION", "rule:team-in-result") : null;
}

/** The guess for one stretch of a run that nothing else covered, if its surroundings give one. */
function segmentGuess(doc: Doc, raw: Run): Candidate | null {
  const { start, end } = trim(doc, raw);
  const len = end - start;
  if (len <= 0) return null;
  let allCommon = true;
  for (let k = start; k < end; k++) if (!isCommon(doc, k) && doc.tokens[k].kind === TokenKind.Word) allCommon = false;
  if (len === 1 && doc.sportsDocument) {
    const team = knownTownAsTeam(doc, start);
    if (team) return team;
  }
  if (allCommon) {
    // the Democratic nominee; Western diplomats: an ordinary adjective capitalised mid-sentence is a proper one
    if (len === 1 && !isClauseInitial(doc, start) && ADJECTIVE_ENDING.test(doc.tokens[start].text)) {
      const next = doc.tokens[end];
      if (next && next.kind === TokenKind.Word && !next.cap && doc.sentenceOf[end] === doc.sentenceOf[start]) return guess(start, end, "MISC", "rule:proper-adjective");
    }
    // "the Collective Rapid Deployment task force": ordinary words in capitals name no one in particular
    return null;
  }
  // talks in Karvossa; moved to Karvossa; the mayor of Toldmere
  if (len <= 2 && placeContext(doc, start)) return guess(start, end, "LOCATION", "rule:place-after-preposition");
  if (len >= 2) return looksLikePersonName(doc, start, end) ? guess(start, end, "PERSON", "rule:capitalised-name") : null;
  return singleWordGuess(doc, start);
}

/** Capitalised words no gazetteer or rule explained, typed by their surroundings. */
export function unknownNameGuesses(doc: Doc, runs: Run[], taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (const run of runs) {
    // a headline in capitals gives no clue; a document in capitals throughout must still be read
    if (!doc.upperCaseDocument && sentenceAt(doc, run.start).allCaps) continue;
    for (const raw of uncoveredSegments(run, taken)) {
      const guessed = segmentGuess(doc, raw);
      if (guessed) out.push(guessed);
    }
  }
  return out;
}
