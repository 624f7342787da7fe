// Property tests: random bytes, and random mixes of news sentences and garbage, through
// the library and the whole command. Whatever the input: no throw, one record per input,
// every mention's and every evidence's offsets slice the decoded text (in code points) to
// exactly its text, and the output is the same on every run and for any --jobs.
//
// Seeded, so a failure reproduces: the message names the seed. CI runs a few dozen cases;
// NEWSNER_FUZZ_ITERATIONS=2000 (and NEWSNER_FUZZ_SEED=…) runs a longer search.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decode, decodeBytes, dropBom } from "../src/batch/decode.js";
import { run } from "../src/cli/main.js";
import { formatJsonLine } from "../src/format/json.js";
import { extract } from "../src/index.js";
import type { DocumentResult } from "../src/types.js";
import { fakeIO } from "./cli/fake-io.js";
import { makeTree } from "./cli/tmp.js";

const ITERATIONS = Math.max(1, Number(process.env.NEWSNER_FUZZ_ITERATIONS ?? 40));
const SEED = Number(process.env.NEWSNER_FUZZ_SEED ?? 20240611);

// Written for these tests: invented people and firms beside well-known places and bodies.
const SENTENCES = [
  "Prime Minister Keir Starmer met French President Emmanuel Macron in London on Friday.",
  "Mayor Anne Hidalgo said the Paris metro would reopen on Monday.",
  "Quorvex Dynamics chief executive Lena Marchetti told reporters in Milan that profits rose.",
  "The North Atlantic Treaty Organization (NATO) will meet in Brussels next week.",
  "NATO officials declined to comment.",
  "Kenyan President William Ruto flew to Addis Ababa for talks with the African Union.",
  "\u201cWe are not worried,\u201d said Tomasz Wrobel, a spokesman for the Baltic Grain Board.",
  "Shares of Halden Ostergaard fell 4% in Copenhagen after the ruling.",
  "Officials in Ulaanbaatar said the road to the Chinese border was closed.",
  "Dr. Amara Okafor, 58, was named director of the Lagos Institute of Tropical Medicine.",
  "Okafor, who studied in Edinburgh, said the work would take years.",
  "The U.S. Department of State said Secretary Marco Rubio would visit Tokyo.",
  "Germany's Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk spoke by phone.",
  "Floods hit the Brazilian state of Rio Grande do Sul, killing dozens.",
  "The European Central Bank (ECB) kept rates unchanged; the ECB meets again in June.",
  "Wrobel's sister, Agata Wrobel, lives in Gdansk.",
  "Rescue teams from Turkey and Greece arrived in Izmir on Sunday.",
  "Brenmark Shipping said its terminal in Rotterdam would close for two days.",
  "Russian Foreign Minister Sergei Lavrov arrived in Dushanbe, the capital of Tajikistan.",
  "\u00c9lodie Fontaine-Brun, mayor of Saint-\u00c9tienne, resigned.",
  "President Luiz In\u00e1cio Lula da Silva met Argentine President Javier Milei in Bras\u00edlia.",
  "The World Health Organization warned about cholera in Sudan.",
  "Ishikawa Heavy Industries Ltd. agreed to buy a stake in a Vietnamese shipyard.",
  "MOSCOW, March 3 (Reuters) - Gas prices rose sharply.",
];

// Garbage: pieces chosen to trip tokenizers and offset arithmetic.
const GARBAGE = [
  "\u{1F600}", "\u{1F1FA}\u{1F1F8}", "\u{1D400}\u{1D401}", "e\u0301", "\u200b", "\u200d", "\u2060", "\uFEFF", "\u00a0", "\u3000",
  "\r", "\n", "\r\n", "\t", "  ", "\u2028", "\f", "\u0007", "\u001b[31m",
  "\"", "'", "\u201c", "\u201d", "\u2019", "(", ")", "[", "]", "{", "}", "...", "\u2026", "\u2014", "-", "/", "&", ";", ":", "!", "?", ".",
  "U.S.", "A.", "Mr.", "St.", "(ABC)", "Inc.", "O'Neill", "McDonald's", "3.5%", "1,000", "2024-06-11", "#tag", "@user", "http://example.com/a?b=c",
  "\uFFFD", "\uD800", "\uDC00", "\u0000",
  "ZZZZZZ", "Xq", "Minister", "President", "of", "the", "in", "and",
];

/** mulberry32: small, fast, good enough to pick cases. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const int = (r: Rand, n: number) => Math.floor(r() * n);

function capitalisedWord(r: Rand): string {
  const letters = "abcdefghijklmnopqrstuvwxyz\u00e9\u00f6\u00f1";
  let w = String.fromCharCode(65 + int(r, 26));
  for (let i = 1 + int(r, 8); i > 0; i--) w += pick(r, [...letters]);
  return w;
}

/** A random mix of sentences, garbage and invented capitalised words. */
function mixText(r: Rand): string {
  const parts: string[] = [];
  for (let i = int(r, 40); i > 0; i--) {
    const roll = r();
    if (roll < 0.45) parts.push(pick(r, SENTENCES));
    else if (roll < 0.8) parts.push(pick(r, GARBAGE));
    else if (roll < 0.95) parts.push(capitalisedWord(r));
    else parts.push(pick(r, SENTENCES).slice(int(r, 20))); // a sentence cut anywhere, maybe mid-surrogate-free word
  }
  return parts.join(pick(r, [" ", "", "\n", " ", "  "]));
}

function randomBytes(r: Rand, n: number): Uint8Array {
  return new Uint8Array(n).map(() => int(r, 256));
}

/** Bytes of a document: a mix in one of the encodings newsner reads, sometimes damaged, or plain random bytes. */
function randomDocument(r: Rand): Uint8Array {
  const roll = r();
  if (roll < 0.2) return randomBytes(r, int(r, 3000));
  const text = mixText(r);
  let bytes: Uint8Array;
  if (roll < 0.3) bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
  else if (roll < 0.35) bytes = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, "utf16le").swap16()]);
  else if (roll < 0.45) bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, "utf8")]);
  else bytes = new Uint8Array(Buffer.from(text, "utf8"));
  if (r() < 0.25 && bytes.length > 0) {
    // Damage: a few stray bytes (Latin-1 letters, lone continuation bytes, truncated leads).
    const out = [...bytes];
    for (let i = 1 + int(r, 4); i > 0; i--) out.splice(int(r, out.length), 0, pick(r, [0xe9, 0x80, 0xbf, 0xc3, 0xe2, 0xf0, 0xff]));
    bytes = new Uint8Array(out);
  }
  return bytes;
}

function expectSlices(doc: DocumentResult, text: string, context: string): void {
  const chars = [...text];
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      expect(m.start, context).toBeLessThan(m.end);
      expect(chars.slice(m.start, m.end).join(""), context).toBe(m.text);
    }
  }
  for (const rel of doc.relations) for (const ev of rel.evidence) expect(chars.slice(ev.start, ev.end).join(""), context).toBe(ev.text);
}

describe(`fuzz (seed ${SEED}, ${ITERATIONS} iterations)`, () => {
  it("extract(): no throw, offsets slice the text, the same result twice", () => {
    for (let i = 0; i < ITERATIONS * 5; i++) {
      const r = rng(SEED + i);
      const text = r() < 0.1 ? decodeBytes(randomBytes(r, int(r, 2000))).text : mixText(r);
      const context = `seed ${SEED + i}`;
      const first = extract(text, { source: "fuzz" });
      expectSlices(first, dropBom(text), context); // offsets count after one leading BOM
      expect(formatJsonLine(extract(text, { source: "fuzz" })), context).toBe(formatJsonLine(first));
    }
  }, 120_000);

  const docs = Array.from({ length: Math.max(12, ITERATIONS) }, (_, i) => randomDocument(rng(SEED * 31 + i)));
  const tree = makeTree(Object.fromEntries(docs.map((b, i) => [`docs/d${String(i).padStart(5, "0")}.txt`, b])));
  afterAll(() => tree.cleanup());

  async function newsner(args: string[], input?: Uint8Array) {
    const io = fakeIO({ cwd: tree.root, input });
    const code = await run(args, io);
    return { code, out: io.out, err: io.err };
  }

  it("a folder of random documents: one record per file, errors only NOT_TEXT, offsets slice, --jobs 3 = --jobs 1", async () => {
    const one = await newsner(["docs", "--format", "jsonl", "--jobs", "1"]);
    const records = one.out.trimEnd().split("\n").map((l) => JSON.parse(l) as DocumentResult & { error?: { code: string } });
    expect(records).toHaveLength(docs.length);
    records.forEach((rec, i) => {
      expect(rec.source).toBe(path.join("docs", `d${String(i).padStart(5, "0")}.txt`));
      if (rec.error) {
        expect(rec.error.code, `${rec.source} (seed ${SEED * 31 + i})`).toBe("NOT_TEXT");
        return;
      }
      expectSlices(rec, decode(readFileSync(path.join(tree.root, rec.source))), `${rec.source} (seed ${SEED * 31 + i})`);
    });
    expect(one.code).toBe(records.some((rec) => rec.error) ? 1 : 0);
    const three = await newsner(["docs", "--format", "jsonl", "--jobs", "3"]);
    expect(three).toEqual(one);
  }, 120_000);

  it("a JSONL stream of records, garbage lines and random bytes: one record per non-blank line, the same for any --jobs", async () => {
    const r = rng(SEED * 17);
    const lines: Buffer[] = [];
    for (let i = 0; i < Math.max(30, ITERATIONS * 2); i++) {
      const roll = r();
      if (roll < 0.5) lines.push(Buffer.from(JSON.stringify({ id: `r${i}`, text: mixText(r) })));
      else if (roll < 0.7) lines.push(Buffer.from(mixText(r).replace(/[\r\n\u2028]/g, " ")));
      else if (roll < 0.9) lines.push(Buffer.from(randomBytes(r, int(r, 200)).filter((b) => b !== 0x0a)));
      else lines.push(Buffer.from(pick(r, ["", " ", "\t", "{}", "[]", '{"text":null}', '{"text":"\\ud800"}'])));
    }
    const input = new Uint8Array(Buffer.concat(lines.flatMap((l) => [l, Buffer.from("\n")])));
    const blank = (l: Buffer) => l.every((b) => b === 0x20 || b === 0x09 || b === 0x0d);
    const expected = lines.filter((l, i) => !blank(i === 0 && l[0] === 0xef && l[1] === 0xbb && l[2] === 0xbf ? l.subarray(3) : l)).length;
    const one = await newsner(["--input", "jsonl", "--jobs", "1"], input);
    const records = one.out.trimEnd().split("\n").map((l) => JSON.parse(l) as { error?: unknown });
    expect(records).toHaveLength(expected);
    const three = await newsner(["--input", "jsonl", "--jobs", "3"], input);
    expect(three).toEqual(one);
  }, 120_000);
});
