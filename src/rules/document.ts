import type { Gazetteer } from "../gazetteer/gazetteer.js";
import { wordList } from "../gazetteer/gazetteer.js";
import type { GazetteerMatch } from "../gazetteer/match.js";
import { TokenKind, type Token } from "../text/tokenize.js";
import type { Sentence } from "../text/sentences.js";
import { keptBuffer } from "../kept-buffer.js";
import { lengthsByFirstChars, mayBeListed } from "../text/length-filter.js";

/** The cue word lists the rules consult, each a file in gazetteers/words. */
export interface Cues {
  firstNames: ReadonlySet<string>;
  ambiguousFirstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  personRoles: ReadonlySet<string>;
  orgSuffixes: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  reportingVerbs: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  miscSuffixes: ReadonlySet<string>;
  sportsWords: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  placeSuffixes: ReadonlySet<string>;
  placePrefixes: ReadonlySet<string>;
  /** Surnames from the surname list and the last words of the people gazetteer's names ("Kennedy", "Khrushchev"). */
  knownSurnames: ReadonlySet<string>;
  /** sportsWords' lengths by first character (see lengthsByFirstChars). */
  sportsWordLengths: Uint32Array;
  /** Name particles, not-names and titles in one set: the words no name starts or ends with ("van", "The", "President"). */
  edgeWords: ReadonlySet<string>;
}

function peopleSurnames(g: Gazetteer, listed: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set(listed);
  for (const e of g.entries) {
    if (e.type !== "PERSON") continue;
    const last = e.name.slice(e.name.lastIndexOf(" ") + 1);
    if (last.length > 2 && /^\p{Lu}\p{Ll}/u.test(last)) out.add(last);
  }
  return out;
}

export function cuesOf(g: Gazetteer): Cues {
  return {
    firstNames: wordList(g, "first-names"),
    ambiguousFirstNames: wordList(g, "ambiguous-first-names"),
    surnames: wordList(g, "surnames"),
    commonWords: wordList(g, "common-words"),
    titles: wordList(g, "titles"),
    personRoles: wordList(g, "person-roles"),
    orgSuffixes: wordList(g, "org-suffixes"),
    orgHeads: wordList(g, "org-heads"),
    reportingVerbs: wordList(g, "reporting-verbs"),
    placePrepositions: wordList(g, "place-prepositions"),
    nameParticles: wordList(g, "name-particles"),
    notNames: wordList(g, "not-names"),
    miscSuffixes: wordList(g, "misc-suffixes"),
    sportsWords: wordList(g, "sports-words"),
    abbreviations: wordList(g, "abbreviations"),
    placeSuffixes: wordList(g, "place-suffixes"),
    placePrefixes: wordList(g, "place-prefixes"),
    knownSurnames: peopleSurnames(g, wordList(g, "surnames")),
    sportsWordLengths: lengthsByFirstChars(wordList(g, "sports-words")),
    edgeWords: new Set([...wordList(g, "name-particles"), ...wordList(g, "not-names"), ...wordList(g, "titles")]),
  };
}

/** Everything the rules read about one document. Built once; the rules write only to the `ordinaryWord` memo. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
  cues: Cues;
  matches: GazetteerMatch[];
  /** Matches by start token. */
  matchesAt: Map<number, GazetteerMatch[]>;
  /** Document mostly lacks lower-case letters, so capitals carry no signal. */
  upperCaseDocument: boolean;
  /** Sports coverage, where a town's name often stands for its club ("Barnsley 3 Oxford 1"). */
  sportsDocument: boolean;
  /** 1 where the token is the first word of its sentence, after opening quotes and brackets. */
  sentenceInitial: Uint8Array;
  /** 1 where the token is a name word (isNameWord). */
  nameWord: Uint8Array;
  /** isOrdinaryWordAt's answers so far: 0 not yet asked, 1 no, 2 yes (rules ask about the same words many times). */
  ordinaryWord: Uint8Array;
}

const OPENERS = /^["“‘'(\[–—-]$/;

/** Marks the first word of each sentence; quotes, brackets and dashes before it do not count. */
function markSentenceInitial(tokens: Token[], sentences: Sentence[], marks: Uint8Array): Uint8Array {
  for (const s of sentences) {
    for (let k = s.start; k < s.end; k++) {
      const t = tokens[k];
      if (t.kind === TokenKind.Word || t.kind === TokenKind.Number) {
        marks[k] = 1;
        break;
      }
      if (!OPENERS.test(t.text)) break;
    }
  }
  return marks;
}

/** The bytes of a document's per-token arrays; documents up to 4 MB of them share one buffer. */
const perTokenBytes = keptBuffer((n) => new Uint8Array(n), 1 << 14, 1 << 22);

/** A document's per-token arrays, zeroed, as views of one buffer (perTokenBytes). A Doc lives only while runPipeline runs. */
function perTokenArrays(tokenCount: number): { sentenceOf: Int32Array; sentenceInitial: Uint8Array; nameWord: Uint8Array; ordinaryWord: Uint8Array } {
  const bytes = 7 * tokenCount;
  const buffer = perTokenBytes(bytes);
  buffer.fill(0, 0, bytes);
  return {
    sentenceOf: new Int32Array(buffer.buffer, 0, tokenCount),
    sentenceInitial: new Uint8Array(buffer.buffer, 4 * tokenCount, tokenCount),
    nameWord: new Uint8Array(buffer.buffer, 5 * tokenCount, tokenCount),
    ordinaryWord: new Uint8Array(buffer.buffer, 6 * tokenCount, tokenCount),
  };
}

export function buildDoc(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  gazetteer: Gazetteer,
  cues: Cues,
  matches: GazetteerMatch[],
): Doc {
  const { sentenceOf, sentenceInitial, nameWord, ordinaryWord } = perTokenArrays(tokens.length);
  sentences.forEach((s, k) => sentenceOf.fill(k, s.start, s.end));
  const matchesAt = new Map<number, GazetteerMatch[]>();
  for (const m of matches) {
    const list = matchesAt.get(m.start);
    if (list) list.push(m);
    else matchesAt.set(m.start, [m]);
  }
  // words in lower case, in capitals and about sport, counted in the pass that marks the name words
  let lower = 0;
  let upper = 0;
  let sports = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== TokenKind.Word) continue;
    if (t.allCaps) upper++;
    else if (!t.cap) lower++;
    if (mayBeListed(cues.sportsWordLengths, t.lower) && cues.sportsWords.has(t.lower)) sports++;
    if (isNameWordToken(t, sentences[sentenceOf[i]], cues)) nameWord[i] = 1;
  }
  return {
    text,
    tokens,
    sentences,
    sentenceOf,
    gazetteer,
    cues,
    matches,
    matchesAt,
    upperCaseDocument: upper > 0 && lower === 0,
    sportsDocument: sports >= 3 && sports * 40 >= tokens.length,
    sentenceInitial: markSentenceInitial(tokens, sentences, sentenceInitial),
    nameWord,
    ordinaryWord,
  };
}

/** Token i, or undefined outside the text, without reading past either end of the token list (such a read slows optimised code). */
export function tokenAt(doc: Doc, i: number): Token | undefined {
  return i >= 0 && i < doc.tokens.length ? doc.tokens[i] : undefined;
}

export function sentenceAt(doc: Doc, i: number): Sentence {
  return doc.sentences[doc.sentenceOf[i]];
}

/** First word of its sentence, after opening quotes and brackets. */
export function isSentenceInitial(doc: Doc, i: number): boolean {
  return doc.sentenceInitial[i] === 1;
}

/** Starts a clause: sentence start, or after a colon, dash or opening quote. */
export function isClauseInitial(doc: Doc, i: number): boolean {
  if (isSentenceInitial(doc, i)) return true;
  const prev = doc.tokens[i - 1];
  if (!prev || doc.sentenceOf[i - 1] !== doc.sentenceOf[i]) return true;
  return /^[:;"“‘–—(]$/.test(prev.text) || (prev.text === "-" && prev.spaceBefore);
}

/** Capitalised word that can be part of a name ("Lavrov", "DUSHANBE", "O'Brien"). */
export function isNameWord(doc: Doc, i: number): boolean {
  return i >= 0 && i < doc.nameWord.length && doc.nameWord[i] === 1;
}

/** Is the word t, in its sentence, a name word? Asked once of each word by buildDoc, for isNameWord: the rules ask about the same words many times. */
function isNameWordToken(t: Token, sentence: Sentence, cues: Cues): boolean {
  if (!t.cap) return false;
  // asked of every word in capitals, not only in headlines, so that the rare headline takes no path of its own
  return !(t.allCaps && !isNameWordInCapitals(cues, t) && sentence.allCaps);
}

// "PRESIDENT VALTRIN OSKODA SAID": in capitals throughout, ordinary words are not name words
function isNameWordInCapitals(cues: Cues, t: Token): boolean {
  if (LEGAL_FORM.test(t.text)) return true;
  if (inList(cues.notNames, t)) return false;
  return !cues.commonWords.has(t.lower) || inList(cues.firstNames, t);
}

/** Company forms that end a name even in capitals: "BRENMARK HOLDINGS LTD". */
const LEGAL_FORM = /^(LTD|INC|CORP|CO|PLC|AG|SA|NV|GMBH|SPA|LLC|LLP)$/;

/** "Rahmon" as written, and "RAHMON" in capitals throughout, are both in a list of "Rahmon". */
export function inList(list: ReadonlySet<string>, t: Token): boolean {
  if (list.has(t.text)) return true;
  return t.allCaps && list.has(t.text[0] + t.lower.slice(1));
}

export function lowerWord(t: Token): string {
  return t.lower;
}

/** A capitalised word that is only an ordinary English word placed first in a clause ("The", "Illegal"). */
export function isOrdinaryWordAt(doc: Doc, i: number): boolean {
  const known = doc.ordinaryWord[i];
  if (known !== 0) return known === 2;
  const answer = ordinaryWordAt(doc, i);
  doc.ordinaryWord[i] = answer ? 2 : 1;
  return answer;
}

function ordinaryWordAt(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t.cap) return false;
  const lower = lowerWord(t);
  if (doc.cues.notNames.has(t.text)) return true;
  if (!isClauseInitial(doc, i) && !t.allCaps) return false;
  // "Van der Mool said": a particle opening a name; "Jack Ruby fired": a first name before a name
  const next = tokenAt(doc, i + 1);
  if (next && next.cap && doc.cues.firstNames.has(t.text)) return false;
  if (doc.cues.nameParticles.has(lower) && next && (doc.cues.nameParticles.has(next.text) || next.cap)) return false;
  return doc.cues.commonWords.has(lower);
}

export function tokenText(doc: Doc, start: number, end: number): string {
  return doc.text.slice(doc.tokens[start].start, doc.tokens[end - 1].end);
}
