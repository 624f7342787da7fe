/** Maps UTF-16 offsets (what JavaScript strings index) to Unicode code-point offsets. */
export type CodePointMap = (utf16Offset: number) => number;

const SURROGATE = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

export function codePointMap(text: string): CodePointMap {
  if (!SURROGATE.test(text)) return (o) => o;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        table[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  table[text.length] = cp;
  return (o) => table[o];
}
