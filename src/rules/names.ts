import { TokenKind } from "../text/tokenize.js";
import { isNameWord, isOrdinaryWordAt, type Doc } from "./document.js";

export interface Run {
  start: number;
  end: number;
}

/**
 * Can token i continue a name begun before it? Covers initials ("J. D. Tippit"), particles
 * ("Anna van der Mool", "Charles de Gaulle"), joined hyphens ("Itar-Tass", "al-Assad") and "&".
 */
function continuesName(doc: Doc, i: number, end: number): number {
  const t = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  if (isNameWord(doc, i)) return 1;
  if (t.text === "." && !t.spaceBefore && prev.kind === TokenKind.Word && prev.cap && prev.text.length <= 3 && isNameWord(doc, i + 1) && i + 1 < end) {
    return 1;
  }
  if (t.text === "-" && !t.spaceBefore && i + 1 < end && !doc.tokens[i + 1].spaceBefore && isNameWord(doc, i + 1)) return 1;
  if (t.text === "&" && i + 1 < end && isNameWord(doc, i + 1)) return 1;
  // "Farmers' Unity Party", "Gold Fields' Kloof mine": a plural possessive inside a name
  if ((t.text === "'" || t.text === "’") && /s$/.test(prev.text) && i + 1 < end && isNameWord(doc, i + 1)) return 1;
  if (doc.cues.nameParticles.has(t.text)) {
    let j = i;
    while (j < end && doc.cues.nameParticles.has(doc.tokens[j].text)) j++;
    if (j < end && doc.tokens[j].text === "-" && !doc.tokens[j].spaceBefore) j++;
    if (j < end && isNameWord(doc, j) && j - i <= 3) return j - i;
  }
  return 0;
}

/** Maximal runs of capitalised words within each sentence ("Foreign Minister Hamrohon Zarifi"). */
export function capitalisedRuns(doc: Doc): Run[] {
  const runs: Run[] = [];
  for (const s of doc.sentences) {
    let i = s.start;
    while (i < s.end) {
      if (!isNameWord(doc, i)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < s.end) {
        const step = continuesName(doc, j, s.end);
        if (step === 0) break;
        j += step;
      }
      runs.push({ start: i, end: j });
      i = j;
    }
  }
  return runs;
}

/** Drops ordinary words that are capitalised only because they open a clause ("Illegal migration"). */
export function trimOrdinaryStart(doc: Doc, run: Run): Run {
  let start = run.start;
  while (start < run.end && isOrdinaryWordAt(doc, start)) start++;
  return { start, end: run.end };
}

/** Where a person's surname starts: the last word, with the particles before it ("bin Saleh", "van der Mool"). */
export function surnameStart(doc: Doc, m: Run): number {
  let k = m.end - 1;
  while (k - 1 > m.start && (doc.cues.nameParticles.has(doc.tokens[k - 1].lower) || (doc.tokens[k - 1].text === "-" && !doc.tokens[k - 1].spaceBefore))) k--;
  return k;
}

/** The lower-cased words of tokens [start, end), one space apart: a key that ignores case and spacing. */
export function tokenWords(doc: Doc, start: number, end: number): string {
  let s = "";
  for (let k = start; k < end; k++) s += (k > start ? " " : "") + doc.tokens[k].lower;
  return s;
}
