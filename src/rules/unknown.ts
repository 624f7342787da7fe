import { TokenKind } from "../text/tokenize.js";
import { PRIORITY, type Candidate } from "./candidate.js";
import { isClauseInitial, isOrdinaryWordAt, sentenceAt, type Doc } from "./document.js";
import type { Run } from "./names.js";

function guess(start: number, end: number, type: Candidate["type"], rule: string): Candidate {
  return { start, end, type, form: "name", source: `rule:${rule}`, priority: PRIORITY.guess };
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

export function trim(doc: Doc, seg: Run): Run {
  let { start, end } = seg;
  const edgeJunk = (k: number) => {
    const t = doc.tokens[k];
    return t.kind !== TokenKind.Word || doc.cues.nameParticles.has(t.text) || doc.cues.notNames.has(t.text) || doc.cues.titles.has(t.text) || t.text === "'s" || t.text === "’s";
  };
  while (start < end && (edgeJunk(start) || isOrdinaryWordAt(doc, start))) start++;
  while (end > start && edgeJunk(end - 1)) end--;
  return { start, end };
}

function isCommon(doc: Doc, k: number): boolean {
  return doc.cues.commonWords.has(doc.tokens[k].lower);
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

/** One unknown capitalised word: typed only where its neighbours say what it is. */
function singleWordGuess(doc: Doc, i: number): { type: Candidate["type"]; rule: string } | null {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  const same = (k: number) => k >= 0 && k < doc.tokens.length && doc.sentenceOf[k] === doc.sentenceOf[i];
  // a Texan businessman; Kurdish rebels
  if (ADJECTIVE_ENDING.test(t.text) && next && same(i + 1) && next.kind === TokenKind.Word && !next.cap) {
    return { type: "MISC", rule: "adjective-before-noun" };
  }
  // Jan Kroslak ( Slovakia ) beat; Medvedev (Ukraine)
  if (next?.text === "(" && same(i + 1)) {
    const inner = doc.matchesAt.get(i + 2);
    if (inner?.some((m) => m.variants.some((v) => doc.gazetteer.entries[v.entry].type === "COUNTRY")) && doc.tokens[i + 3]?.text === ")") {
      return { type: "PERSON", rule: "name-before-country" };
    }
  }
  // Kennedy; Khrushchev: a known surname that is no ordinary word
  if (doc.cues.knownSurnames.has(t.text) && !doc.cues.commonWords.has(t.lower) && !t.allCaps) {
    return { type: "PERSON", rule: "known-surname" };
  }
  if (doc.sportsDocument && inResult(doc, i)) return { type: "ORGANIZATION", rule: "team-in-result" };
  return null;
}

/** Pohang 3 Ulsan 2; v Glamorgan; beat Dinamo */
function inResult(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  const same = (k: number) => k >= 0 && k < doc.tokens.length && doc.sentenceOf[k] === doc.sentenceOf[i];
  return (next !== undefined && same(i + 1) && SCORE.test(next.text)) || (prev !== undefined && same(i - 1) && /^(v|vs|beat|against)$/.test(prev.text));
}

/** Capitalised words no gazetteer or rule explained, typed by their surroundings. */
export function unknownNameGuesses(doc: Doc, runs: Run[], taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (const run of runs) {
    // a headline in capitals gives no clue; a document in capitals throughout must still be read
    if (sentenceAt(doc, run.start).allCaps && !doc.upperCaseDocument) continue;
    for (const raw of uncoveredSegments(run, taken)) {
      const seg = trim(doc, raw);
      const len = seg.end - seg.start;
      if (len <= 0) continue;
      let allCommon = true;
      for (let k = seg.start; k < seg.end; k++) if (!isCommon(doc, k) && doc.tokens[k].kind === TokenKind.Word) allCommon = false;
      // Nice 2 Lens 1: in a result line a town that is also an ordinary word is a team
      if (len === 1 && doc.sportsDocument && doc.matchesAt.has(seg.start) && inResult(doc, seg.start)) {
        out.push(guess(seg.start, seg.end, "ORGANIZATION", "team-in-result"));
        continue;
      }
      // the Democratic nominee; Western diplomats: an ordinary adjective capitalised mid-sentence is a proper one
      if (allCommon && len === 1 && !isClauseInitial(doc, seg.start) && ADJECTIVE_ENDING.test(doc.tokens[seg.start].text)) {
        const next = doc.tokens[seg.end];
        if (next && next.kind === TokenKind.Word && !next.cap && doc.sentenceOf[seg.end] === doc.sentenceOf[seg.start]) {
          out.push(guess(seg.start, seg.end, "MISC", "proper-adjective"));
          continue;
        }
      }
      // "the Collective Rapid Deployment task force": ordinary words in capitals name no one in particular
      if (allCommon) continue;
      // talks in Karvossa; moved to Karvossa; the mayor of Toldmere
      if (len <= 2 && placeContext(doc, seg.start)) {
        out.push(guess(seg.start, seg.end, "LOCATION", "place-after-preposition"));
        continue;
      }
      if (len >= 2) {
        // "Collective Rapid Deployment": mostly ordinary words make no person's name ("Lee Harvey Oswald" does)
        let ordinary = 0;
        for (let k = seg.start; k < seg.end; k++) if (isCommon(doc, k) && !doc.cues.firstNames.has(doc.tokens[k].text)) ordinary++;
        if (ordinary * 2 >= len) continue;
        // "MOSKOVSKIY KOMSOMOLETS" in running text: capitals throughout name a title or a body, not a person
        let capitals = 0;
        for (let k = seg.start; k < seg.end; k++) if (doc.tokens[k].allCaps) capitals++;
        if (capitals === len) continue;
        out.push(guess(seg.start, seg.end, "PERSON", "capitalised-name"));
        continue;
      }
      const single = singleWordGuess(doc, seg.start);
      if (single) out.push(guess(seg.start, seg.end, single.type, single.rule));
    }
  }
  return out;
}
