// Bytes to text, shared by the CLI (one file at a time) and the batch workers.

/** How much of a file is looked at to decide whether it is text. */
export const SNIFF_BYTES = 8192;

/** Text means a UTF-16 BOM, or no NUL byte (images, archives and office files all have them). */
export function looksLikeText(bytes: Uint8Array): boolean {
  return utf16Encoding(bytes) !== undefined || !bytes.includes(0);
}

function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Bytes to text: UTF-16 when it starts with a UTF-16 BOM, else UTF-8, and Windows-1252
 * (a superset of Latin-1, common in older news archives) when the bytes are not valid
 * UTF-8. A leading BOM is dropped, so offsets count from the first real character.
 */
export function decode(bytes: Uint8Array): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes); // drops the BOM (ignoreBOM: false)
  try {
    return utf8.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Node's TextDecoder("windows-1252") decodes as ISO-8859-1 (0x93 stays a C1 control
// instead of a curly quote), so the 0x80–0x9F row is mapped here. Undefined bytes keep
// their Latin-1 code point.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}
