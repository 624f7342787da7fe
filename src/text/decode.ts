/** Drops a leading byte-order mark; offsets in results count from the character after it. */
export function decodeText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
