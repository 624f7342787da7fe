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
  /** Lower-cased text: the key of the gazetteer trie and of the lower-case word lists. */
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

// "U.S." and "J.D." keep their dots; "Lavrov’s" splits into "Lavrov" + "’s"; "O'Brien" stays whole.
const TOKEN_PATTERN =
  /['’]s(?!\p{L})|\p{L}\.(?:\p{L}\.)+|\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|[^\s\u200B-\u200D\u2060]/gu;

const UPPER_LETTER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

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
  const lower = kind === TokenKind.Punct ? text : text.toLowerCase();
  const cap = kind === TokenKind.Word && isCapital(text, c);
  const allCaps = cap && isAllCaps(text, lower);
  return { text, start, end: start + text.length, kind, lower, cap, allCaps, spaceBefore, newlineBefore };
}

function isPossessive(raw: string): boolean {
  const n = raw.length;
  if (n <= 2 || raw.charCodeAt(n - 1) !== 115) return false;
  const q = raw.charCodeAt(n - 2);
  return (q === 39 || q === 0x2019) && LETTER.test(raw[n - 3]);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  let prevEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_PATTERN.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    const spaceBefore = start === 0 || start > prevEnd;
    let newlineBefore = false;
    for (let k = prevEnd; k < start; k++) {
      const g = text.charCodeAt(k);
      if (g === 10 || g === 13) {
        newlineBefore = true;
        break;
      }
    }
    prevEnd = start + raw.length;
    if (isPossessive(raw)) {
      const stem = raw.slice(0, -2);
      tokens.push(makeToken(stem, start, spaceBefore, newlineBefore));
      tokens.push(makeToken(raw.slice(-2), start + stem.length, false, false));
      continue;
    }
    tokens.push(makeToken(raw, start, spaceBefore, newlineBefore));
  }
  return tokens;
}

/** Splits a gazetteer key the same way text is split, so keys and text meet token by token. */
export function keyTokens(key: string): string[] {
  return tokenize(key).map((t) => t.text);
}
