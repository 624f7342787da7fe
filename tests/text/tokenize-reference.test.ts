// The tokenizer is a hand-written scanner for speed; this regular expression states the same
// rules in one line and serves as its reference on random and real text.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/text/tokenize.js";
import { HAVE_SHARED, SHARED } from "../eval/helpers.js";

const REFERENCE =
  /['’]s(?!\p{L})|\p{L}\.(?:\p{L}\.)+|\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|[^\s\u200B-\u200D\u2060]/gu;

function reference(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (const m of text.matchAll(REFERENCE)) {
    const raw = m[0];
    if (/^.*\p{L}['’]s$/u.test(raw) && raw.length > 2) {
      out.push([m.index, raw.slice(0, -2)], [m.index + raw.length - 2, raw.slice(-2)]);
    } else out.push([m.index, raw]);
  }
  return out;
}

const scanned = (text: string) => tokenize(text).map((t): [number, string] => [t.start, t.text]);

const ALPHABET = ["a", "B", "z", "É", "é", "ß", "Ж", "字", "1", "9", "٣", ".", ",", ":", "/", "'", "’", "s", "S", "-", " ", "\n", "\u00a0", "\u200b", "😀", "𝐀", "\u0301", "(", "\"", "“", "&"];

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("tokenize agrees with its reference expression", () => {
  it("on 2,000 random strings", () => {
    const random = seeded(42);
    for (let n = 0; n < 2000; n++) {
      let text = "";
      const len = Math.floor(random() * 30);
      for (let k = 0; k < len; k++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
      expect(scanned(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it.skipIf(!HAVE_SHARED)("on the BBC corpus", () => {
    const root = join(SHARED, "corpora", "bbc");
    for (const section of readdirSync(root)) {
      for (const file of readdirSync(join(root, section)).slice(0, 40)) {
        const text = readFileSync(join(root, section, file), "utf8");
        expect(scanned(text)).toEqual(reference(text));
      }
    }
  });
});
