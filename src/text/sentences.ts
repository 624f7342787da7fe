import { TokenKind, type Token } from "./tokenize.js";

export interface Sentence {
  /** Token index of the first token. */
  start: number;
  /** Token index one past the last token. */
  end: number;
  /** Most words are upper case: a headline, dateline or result table ("DUSHANBE, April 24"). */
  allCaps: boolean;
}

export interface SentenceCues {
  /** Words whose trailing period does not end a sentence ("Mr", "Gen", "Inc", "Jan"). */
  abbreviations: ReadonlySet<string>;
}

/** ".", "!", "?" or "…" (tested by character code: every token passes through here). */
function isTerminal(t: Token): boolean {
  if (t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** A quote or bracket closing what a sentence end precedes: " ” ’ ' ) ] ». */
function isCloser(t: Token): boolean {
  if (t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93 || c === 0xbb;
}

/** Where the closers and further stops after a sentence end run out, on the same line ("?!”"). */
function afterClosers(tokens: Token[], j: number): number {
  while (j < tokens.length && (isCloser(tokens[j]) || isTerminal(tokens[j])) && !tokens[j].newlineBefore) j++;
  return j;
}

function endsSentence(tokens: Token[], i: number, cues: SentenceCues): boolean {
  const t = tokens[i];
  if (!isTerminal(t)) return false;
  const j = afterClosers(tokens, i + 1);
  if (j >= tokens.length) return true;
  const next = tokens[j];
  if (next.newlineBefore) return true;
  const period = t.text === ".";
  const prev = i > 0 ? tokens[i - 1] : undefined;
  // "Mr. Lavrov", "J. Smith", "Gen. Petrov": the period belongs to the abbreviation.
  if (period && prev && prev.end === t.start && prev.kind === TokenKind.Word) {
    if (cues.abbreviations.has(prev.text)) return false;
    if (prev.cap && prev.text.length === 1) return false;
  }
  if (next.cap) return true;
  // Both tests are made after every stop, "!" and "?" included, so the rarer stops take no path of their own.
  const nextIsWord = next.kind === TokenKind.Word;
  const opensQuoteOrNumber = next.kind === TokenKind.Number || next.text === "\"" || next.text === "“";
  return period ? opensQuoteOrNumber : !nextIsWord;
}

function lineBreakEnds(tokens: Token[], i: number): boolean {
  const next = tokens[i];
  if (!next.newlineBefore) return false;
  // A hard-wrapped line continues when it ends mid-phrase and the next line starts in lower case.
  const prev = tokens[i - 1];
  const midPhrase = prev.kind === TokenKind.Word || prev.text === ",";
  const continues = next.kind === TokenKind.Word && !next.cap;
  return !(midPhrase && continues);
}

/**
 * Text without sentence ends (a table, a run-on transcript, random bytes) is cut into pieces of at
 * most this many tokens, so rules and relation evidence stay bounded whatever the input.
 */
export const MAX_SENTENCE_TOKENS = 400;

export function splitSentences(tokens: Token[], cues: SentenceCues): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  // the words since `start`, and those of them in capitals ("DUSHANBE", "A"), counted in the same pass
  let words = 0;
  let caps = 0;
  const close = (end: number) => {
    if (end > start) sentences.push({ start, end, allCaps: words > 0 && caps / words >= 0.75 });
    start = end;
    words = 0;
    caps = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > start && lineBreakEnds(tokens, i)) close(i);
    if (i - start >= MAX_SENTENCE_TOKENS) close(i);
    const t = tokens[i];
    if (t.kind === TokenKind.Word && (t.text.length >= 2 || t.cap)) {
      words++;
      if (t.allCaps || (t.cap && t.text.length === 1)) caps++;
    }
    if (endsSentence(tokens, i, cues)) {
      // the stops and closing quotes passed over here are punctuation, none of them a word to count
      const j = afterClosers(tokens, i + 1);
      close(j);
      i = j - 1;
    }
  }
  close(tokens.length);
  return sentences;
}
