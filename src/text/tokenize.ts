export const enum TokenKind {
  Word = 0,
  Number = 1,
  Punct = 2,
}

export interface Token {
  text: string;
  /** UTF-16 offsets into the document text. */
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower-cased text with straight apostrophes: the key of the gazetteer trie and of the lower-case word lists. */
  lower: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Every letter is upper case and there are at least two letters ("NATO", "U.S."). */
  allCaps: boolean;
  /** Whitespace (or the start of the text) precedes the token. */
  spaceBefore: boolean;
  /** A line break lies between this token and the previous one. */
  newlineBefore: boolean;
}

const UPPER_LETTER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const ENDS_IN_LETTER = /\p{L}$/u;

function classify(text: string, c: number): TokenKind {
  if (c >= 48 && c <= 57) return TokenKind.Number;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return TokenKind.Word;
  if (text.length === 1 && c < 128) return TokenKind.Punct;
  if (text.length > 1 && (c === 39 || c === 0x2019)) return TokenKind.Word;
  if (LETTER.test(text[0]) || (text.length > 1 && LETTER.test(text))) return TokenKind.Word;
  return NUMBER.test(text) ? TokenKind.Number : TokenKind.Punct;
}

function isCapital(text: string, c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER_LETTER.test(text[0]);
}

/** Upper case throughout, with at least two letters: "NATO", "U.S.", "DUSHANBE". */
function isAllCaps(text: string, lower: string): boolean {
  if (text.length < 2 || text === lower) return false;
  let letters = 0;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    const lo = lower[k];
    if (ch !== lo) letters++;
    else if (ch !== ch.toUpperCase()) return false;
  }
  return letters >= 2 && text.toUpperCase() === text;
}

function makeToken(text: string, start: number, spaceBefore: boolean, newlineBefore: boolean): Token {
  const c = text.charCodeAt(0);
  const kind = classify(text, c);
  const lower = kind === TokenKind.Punct ? (c === 0x2019 ? "'" : text) : foldCase(text);
  const cap = kind === TokenKind.Word && isCapital(text, c);
  const allCaps = cap && isAllCaps(text, lower);
  return newToken(text, start, kind, lower, cap, allCaps, spaceBefore, newlineBefore);
}

function newToken(text: string, start: number, kind: TokenKind, lower: string, cap: boolean, allCaps: boolean, spaceBefore: boolean, newlineBefore: boolean): Token {
  return { text, start, end: start + text.length, kind, lower, cap, allCaps, spaceBefore, newlineBefore };
}

/** "O’Brien" → "o'brien": lower case, typographic apostrophes straightened. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

function isPossessive(raw: string): boolean {
  const n = raw.length;
  if (n <= 2 || raw.charCodeAt(n - 1) !== 115) return false;
  const q = raw.charCodeAt(n - 2);
  return (q === 39 || q === 0x2019) && ENDS_IN_LETTER.test(raw.slice(0, -2));
}

const enum CharClass {
  Space = 0,
  Letter = 1,
  Mark = 2,
  Number = 3,
  Other = 4,
  ZeroWidth = 5,
}

const ASCII_CLASS = new Uint8Array(128).fill(CharClass.Other);
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = CharClass.Letter;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = CharClass.Letter;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = CharClass.Number;
for (const c of [9, 10, 11, 12, 13, 32]) ASCII_CLASS[c] = CharClass.Space;

const NON_ASCII_SPACE = /[\s]/u;
const MARK = /\p{M}/u;
const nonAsciiClasses = new Map<number, CharClass>();

function classOf(cp: number): CharClass {
  if (cp < 128) return ASCII_CLASS[cp] as CharClass;
  let k = nonAsciiClasses.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    if ((cp >= 0x200b && cp <= 0x200d) || cp === 0x2060) k = CharClass.ZeroWidth;
    else if (NON_ASCII_SPACE.test(ch)) k = CharClass.Space;
    else if (LETTER.test(ch)) k = CharClass.Letter;
    else if (MARK.test(ch)) k = CharClass.Mark;
    else if (NUMBER.test(ch)) k = CharClass.Number;
    else k = CharClass.Other;
    nonAsciiClasses.set(cp, k);
  }
  return k;
}

function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1);
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isSeparator = (c: number) => c === 46 || c === 44 || c === 58 || c === 47;

/** Class of the code point at i, or Space past the end. */
function classAt(text: string, i: number): CharClass {
  return i < text.length ? classOf(codePointAt(text, i)) : CharClass.Space;
}

/** Skips code points of the given classes from i; returns where the run ends. */
function skipClasses(text: string, i: number, a: CharClass, b: CharClass, c: CharClass): number {
  const n = text.length;
  while (i < n) {
    const unit = text.charCodeAt(i);
    if (unit < 128) {
      const k = ASCII_CLASS[unit];
      if (k !== a && k !== b && k !== c) break;
      i++;
      continue;
    }
    const cp = codePointAt(text, i);
    const k = classOf(cp);
    if (k !== a && k !== b && k !== c) break;
    i += width(cp);
  }
  return i;
}

/**
 * Where the token that starts at i ends. In order: "’s" (a possessive ending); single letters
 * with full stops ("U.S.", "J.D."); numbers with separators and a unit ("1,234.5", "20th");
 * words, with apostrophes inside ("O'Brien", "Lavrov’s"); any other single character.
 */
function tokenEnd(text: string, i: number, cp: number, k: CharClass): number {
  if (isApostrophe(cp) && text.charCodeAt(i + 1) === 115 && classAt(text, i + 2) !== CharClass.Letter) return i + 2;
  if (k === CharClass.Letter) {
    let j = i;
    let letters = 0;
    while (j < text.length) {
      const c = codePointAt(text, j);
      if (classOf(c) !== CharClass.Letter || text.charCodeAt(j + width(c)) !== 46) break;
      j += width(c) + 1;
      letters++;
    }
    if (letters >= 2) return j;
  }
  if (k === CharClass.Number) {
    let j = skipClasses(text, i, CharClass.Number, CharClass.Number, CharClass.Number);
    while (isSeparator(text.charCodeAt(j)) && classAt(text, j + 1) === CharClass.Number) {
      j = skipClasses(text, j + 1, CharClass.Number, CharClass.Number, CharClass.Number);
    }
    return skipClasses(text, j, CharClass.Letter, CharClass.Letter, CharClass.Letter);
  }
  if (k === CharClass.Letter || k === CharClass.Mark) {
    let j = skipClasses(text, i, CharClass.Letter, CharClass.Mark, CharClass.Number);
    while (isApostrophe(text.charCodeAt(j))) {
      const after = classAt(text, j + 1);
      if (after !== CharClass.Letter && after !== CharClass.Mark) break;
      j = skipClasses(text, j + 1, CharClass.Letter, CharClass.Mark, CharClass.Mark);
    }
    return j;
  }
  return i + width(cp);
}

/**
 * End of a plain word at i ("said", "Lavrov"): an ASCII letter, then one or more lower-case ASCII
 * letters, then the end, a space or punctuation other than an apostrophe. 0 for anything else,
 * which tokenEnd measures.
 */
function plainWordEnd(text: string, i: number, first: number): number {
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return 0;
  let j = i + 1;
  let c = text.charCodeAt(j);
  while (c >= 97 && c <= 122) c = text.charCodeAt(++j);
  if (j - i < 2) return 0;
  if (j === text.length) return j;
  const k = c < 128 ? ASCII_CLASS[c] : CharClass.Letter;
  return (k === CharClass.Space || k === CharClass.Other) && c !== 39 ? j : 0;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let i = 0;
  let newlineBefore = false;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    // spaces between words, the commonest characters here
    if (unit === 32) {
      i++;
      continue;
    }
    const cp = unit < 0xd800 ? unit : codePointAt(text, i);
    const k = classOf(cp);
    if (k === CharClass.Space || k === CharClass.ZeroWidth) {
      if (cp === 10 || cp === 13) newlineBefore = true;
      i += width(cp);
      continue;
    }
    const start = i;
    const spaceBefore = start === 0 || start > prevEnd;
    const wordEnd = plainWordEnd(text, i, unit);
    const end = wordEnd > 0 ? wordEnd : tokenEnd(text, i, cp, k);
    const raw = text.slice(start, end);
    prevEnd = end;
    i = end;
    if (wordEnd > 0) {
      // in lower case, or capitalised with lower case after the first letter: never all capitals
      const cap = unit <= 90;
      tokens.push(newToken(raw, start, TokenKind.Word, cap ? raw.toLowerCase() : raw, cap, false, spaceBefore, newlineBefore));
    } else if (isPossessive(raw)) {
      const stem = raw.slice(0, -2);
      tokens.push(makeToken(stem, start, spaceBefore, newlineBefore));
      tokens.push(makeToken(raw.slice(-2), start + stem.length, false, false));
    } else {
      tokens.push(makeToken(raw, start, spaceBefore, newlineBefore));
    }
    newlineBefore = false;
  }
  return tokens;
}

/** Splits a gazetteer key the same way text is split, so keys and text meet token by token. */
export function keyTokens(key: string): string[] {
  return tokenize(key).map((t) => t.text);
}
