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
  /** Upper-cased text, the key used by the gazetteer trie. */
  upper: string;
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
const LOWER_LETTER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

function classify(text: string): TokenKind {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return TokenKind.Number;
  if (text.length === 1 && !LETTER.test(text) && !(c >= 0x30 && c <= 0x39)) {
    return /\p{N}/u.test(text) ? TokenKind.Number : TokenKind.Punct;
  }
  return TokenKind.Word;
}

function makeToken(text: string, start: number, spaceBefore: boolean, newlineBefore: boolean): Token {
  const kind = classify(text);
  const first = text[0];
  const cap = kind === TokenKind.Word && first !== first.toLowerCase() && UPPER_LETTER.test(first);
  let allCaps = false;
  if (cap && text.length > 1) {
    const upper = text.toUpperCase();
    allCaps = upper === text && !LOWER_LETTER.test(text) && countLetters(text) >= 2;
  }
  return {
    text,
    start,
    end: start + text.length,
    kind,
    upper: text.toUpperCase(),
    cap,
    allCaps,
    spaceBefore,
    newlineBefore,
  };
}

function countLetters(text: string): number {
  let n = 0;
  for (const ch of text) if (LETTER.test(ch)) n++;
  return n;
}

const POSSESSIVE = /^(.+?)(['’]s)$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  let prevEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_PATTERN.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    const gap = start > prevEnd ? text.slice(prevEnd, start) : "";
    const spaceBefore = start === 0 || gap.length > 0;
    const newlineBefore = gap.includes("\n") || gap.includes("\r");
    prevEnd = start + raw.length;
    const possessive = raw.length > 2 ? POSSESSIVE.exec(raw) : null;
    if (possessive && LETTER.test(possessive[1])) {
      const stem = possessive[1];
      tokens.push(makeToken(stem, start, spaceBefore, newlineBefore));
      tokens.push(makeToken(possessive[2], start + stem.length, false, false));
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
