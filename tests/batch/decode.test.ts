import { describe, expect, it } from "vitest";
import { decode, decodeBytes, decodeFile, decodeUtf8, firstInvalidUtf8, notTextReason, SNIFF_BYTES } from "../../src/batch/decode.js";

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));

describe("decodeBytes: text and warnings", () => {
  it.each([
    ["UTF-8", bytes("Kyiv"), "Kyiv", undefined],
    ["UTF-8 with BOM (kept: the engine drops one)", bytes([0xef, 0xbb, 0xbf], "Kyiv"), "\uFEFFKyiv", undefined],
    ["UTF-16LE with BOM", bytes([0xff, 0xfe, 0x4b, 0, 0x79, 0]), "\uFEFFKy", undefined],
    ["UTF-16BE with BOM", bytes([0xfe, 0xff, 0, 0x4b, 0, 0x79]), "\uFEFFKy", undefined],
    ["UTF-16LE with an astral character", bytes([0xff, 0xfe, 0x3d, 0xd8, 0x00, 0xde, 0x41, 0]), "\uFEFF\u{1f600}A", undefined],
    ["UTF-16LE with a lone surrogate", bytes([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0]), "\uFEFF\ufffdA", undefined],
    ["empty", bytes(), "", undefined],
    ["a Latin-1 byte", bytes("Caf", [0xe9], " Nord"), "Caf\ufffd Nord", "1 invalid UTF-8 sequence replaced with U+FFFD (the first at byte offset 3)"],
    ["two bad bytes", bytes([0x93], "Oslo", [0x94]), "\ufffdOslo\ufffd", "2 invalid UTF-8 sequences replaced with U+FFFD (the first at byte offset 0)"],
    ["a truncated sequence at the end", bytes("Riga ", [0xe2, 0x80]), "Riga \ufffd", "1 invalid UTF-8 sequence replaced with U+FFFD (the first at byte offset 5)"],
    ["an overlong slash", bytes("a", [0xc0, 0xaf], "b"), "a\ufffd\ufffdb", "2 invalid UTF-8 sequences replaced with U+FFFD (the first at byte offset 1)"],
    ["an encoded surrogate", bytes([0xed, 0xa0, 0x80]), "\ufffd\ufffd\ufffd", "3 invalid UTF-8 sequences replaced with U+FFFD (the first at byte offset 0)"],
    ["a real U+FFFD beside a bad byte (only the bad byte counts)", bytes("\ufffd", [0xff]), "\ufffd\ufffd", "1 invalid UTF-8 sequence replaced with U+FFFD (the first at byte offset 3)"],
    ["BOM then a bad byte (offset in the file, BOM included)", bytes([0xef, 0xbb, 0xbf, 0x41, 0xff]), "\uFEFFA\ufffd", "1 invalid UTF-8 sequence replaced with U+FFFD (the first at byte offset 4)"],
  ])("%s", (_name, input, text, warning) => {
    const decoded = decodeBytes(input);
    expect(decoded.text).toBe(text);
    expect(decoded.warnings).toEqual(warning === undefined ? [] : [{ code: "INVALID_UTF8", message: warning }]);
  });

  it.each([
    ["one BOM", bytes([0xef, 0xbb, 0xbf], "Kyiv"), "Kyiv"],
    ["two BOMs: the second is text", bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], "Kyiv"), "\uFEFFKyiv"],
    ["UTF-16 BOM then U+FEFF", bytes([0xff, 0xfe, 0xff, 0xfe, 0x4b, 0]), "\uFEFFK"],
  ])("decode (what offsets count): %s", (_name, input, text) => {
    expect(decode(input)).toBe(text);
  });

  it("decodeUtf8 does not take a UTF-16 BOM as one (a JSONL line is UTF-8)", () => {
    expect(decodeUtf8(bytes([0xff, 0xfe, 0x41])).warnings).toHaveLength(1);
  });
});

describe("firstInvalidUtf8 agrees with the WHATWG decoder", () => {
  const strict = new TextDecoder("utf-8", { fatal: true });
  it("on 3,000 seeded random byte strings biased to UTF-8 lead and continuation bytes", () => {
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 2 ** 24;
    const pool = [0x41, 0x20, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff];
    for (let n = 0; n < 3000; n++) {
      const b = new Uint8Array(1 + Math.floor(rand() * 8)).map(() => pool[Math.floor(rand() * pool.length)]!);
      let valid = true;
      try {
        strict.decode(b);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(b) === -1, `bytes ${[...b].map((x) => x.toString(16)).join(" ")}`).toBe(valid);
    }
  });
});

describe("notTextReason: what is refused as NOT_TEXT", () => {
  const random = (n: number, from: number) => {
    let seed = from;
    return new Uint8Array(n).map(() => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) & 0xff);
  };
  const noNul = (b: Uint8Array) => b.map((x) => (x === 0 ? 1 : x));
  it.each([
    ["English", bytes("The Senate met on Tuesday.\r\n\tIt adjourned.\f"), undefined],
    ["UTF-8 with accents and emoji", bytes("Zo\u00eb Kravitz in S\u00e3o Paulo \u{1f44b}"), undefined],
    ["Latin-1 prose (a few bad bytes)", bytes("Le pr", [0xe9], "sident a parl", [0xe9], " ", [0xe0], " Paris, o", [0xf9], " il ", [0xe9], "tait n", [0xe9], ". Le d", [0xe9], "bat a dur", [0xe9], " trois heures."), undefined],
    ["a short run of bad bytes (under 8 odd characters)", bytes([0xff, 0xfd, 0x80, 0x81]), undefined],
    ["UTF-16 with BOM (has NULs)", bytes([0xff, 0xfe, 0x41, 0, 0x42, 0]), undefined],
    ["a character cut at the end of the sample", bytes("x".repeat(100), [0xe2, 0x80]), undefined],
    ["text with ANSI colours", bytes("\u001b[31mred\u001b[0m alert in Lagos"), undefined],
    ["a NUL byte", bytes("abc", [0], "def"), "it has NUL bytes"],
    ["random bytes without NULs", noNul(random(2000, 1)), "mostly bytes that are not UTF-8 or UTF-16 text"],
    ["control characters", bytes([1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f, 0x10], "ab"), "mostly bytes that are not UTF-8 or UTF-16 text"],
  ])("%s", (_name, sample, reason) => {
    expect(notTextReason(sample)).toBe(reason);
  });

  // decodeFile settles plain text from the decoded characters and asks notTextReason otherwise:
  // it must refuse exactly what notTextReason refuses, looking at the first SNIFF_BYTES only.
  const controls = [1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f, 0x10, 0x11];
  it.each([
    ["English", bytes("The Senate met on Tuesday.\r\n\tIt adjourned.\f")],
    ["Latin-1 prose", bytes("Le pr", [0xe9], "sident a parl", [0xe9], " ", [0xe0], " Paris.")],
    ["UTF-16 with BOM", bytes([0xff, 0xfe, 0x41, 0, 0x42, 0])],
    ["a NUL byte", bytes("abc", [0], "def")],
    ["random bytes without NULs", noNul(random(2000, 1))],
    ["control characters", bytes(controls)],
    ["control characters after the sniffed bytes", bytes("a".repeat(SNIFF_BYTES), controls)],
    ["a NUL byte after the sniffed bytes", bytes("a".repeat(SNIFF_BYTES + 5), [0], "b")],
    ["text, then binary after the sniffed bytes", bytes("Paris. ".repeat(SNIFF_BYTES / 7 + 1), [...noNul(random(3000, 2))])],
  ])("decodeFile agrees: %s", (_name, file) => {
    const reason = notTextReason(file.subarray(0, SNIFF_BYTES));
    const result = decodeFile(file);
    if (reason === undefined) expect(result).toEqual(decodeBytes(file));
    else expect(result).toEqual({ error: { code: "NOT_TEXT", message: `not a text file (${reason})` } });
  });
});
