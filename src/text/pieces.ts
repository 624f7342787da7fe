/** Longest stretch of text extracted in one pass; longer texts are read piece by piece. */
export const PIECE_CHARS = 1 << 20;

/**
 * Cuts a long text into pieces of at most `limit` UTF-16 units (and never inside a surrogate
 * pair), each ending at a paragraph break, else a line break, else a sentence end, else a space,
 * as late as possible. Returns [start, end) offsets covering the text; a short text is one piece.
 */
export function pieceBounds(text: string, limit: number = PIECE_CHARS): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > limit) {
    const window = text.slice(start, start + limit);
    let cut = window.lastIndexOf("\n\n") + 2;
    if (cut < limit / 2) cut = window.lastIndexOf("\n") + 1;
    if (cut < limit / 2) cut = Math.max(window.lastIndexOf(". "), window.lastIndexOf("? "), window.lastIndexOf("! ")) + 2;
    if (cut < limit / 2) cut = window.lastIndexOf(" ") + 1;
    if (cut < limit / 2) cut = limit;
    const code = text.charCodeAt(start + cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    // a piece never opens with U+FEFF, which the engine would take for a byte-order mark
    while (text.charCodeAt(start + cut) === 0xfeff && cut < limit) cut++;
    bounds.push([start, start + cut]);
    start += cut;
  }
  bounds.push([start, text.length]);
  return bounds;
}
