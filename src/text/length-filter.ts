/**
 * One bit per word length (31 for any longer) for each pair of first two characters of the
 * words in a list, the characters folded to their low five bits. A word whose bit is clear is not
 * in the list, found without hashing it: "the", "said" or "was" against the sports words.
 */
export function lengthsByFirstChars(words: Iterable<string>): Uint32Array {
  const lengths = new Uint32Array(1024);
  for (const w of words) addLength(lengths, w);
  return lengths;
}

/** Lets `word` through the filter from now on. */
export function addLength(lengths: Uint32Array, word: string): void {
  lengths[firstCharsSlot(word)] |= lengthBit(word);
}

/** Reads no character past the word's end ("a"), which would slow optimised code. */
function firstCharsSlot(word: string): number {
  const second = word.length > 1 ? word.charCodeAt(1) & 31 : 0;
  return ((word.charCodeAt(0) & 31) << 5) | second;
}

function lengthBit(word: string): number {
  return 1 << Math.min(word.length, 31);
}

/** False for a word lengthsByFirstChars rules out; true when the list may hold it. */
export function mayBeListed(lengths: Uint32Array, word: string): boolean {
  return (lengths[firstCharsSlot(word)] & lengthBit(word)) !== 0;
}
