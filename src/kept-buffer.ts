/**
 * Scratch space for one document's per-token arrays, kept from document to document: a fresh
 * typed array per document costs more than the work that fills it. The returned function gives
 * an array of at least `length` elements, with whatever the last document left in it (the
 * caller clears what it uses). Above `limit` elements it makes an array that is not kept, so one
 * very long text does not hold its size in memory. Only one document at a time may use the
 * array: the stage that asks for it must be done with it before the next document starts.
 */
export function keptBuffer<T extends Int32Array | Uint8Array | Float64Array>(make: (length: number) => T, initial: number, limit: number): (length: number) => T {
  let kept = make(initial);
  return (length) => {
    if (length <= kept.length) return kept;
    if (length > limit) return make(length);
    kept = make(Math.min(limit, Math.max(length, 2 * kept.length)));
    return kept;
  };
}
