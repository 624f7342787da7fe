import type { GazetteerEntry, KeyVariant } from "../gazetteer/gazetteer.js";
import type { GazetteerMatch } from "../gazetteer/match.js";
import { TokenKind } from "../text/tokenize.js";
import type { EntityType } from "../types.js";
import { candidate, PRIORITY, type Candidate } from "./candidate.js";
import { isClauseInitial, isNameWord, sentenceAt, type Doc } from "./document.js";

const TYPE_ORDER: EntityType[] = ["COUNTRY", "ORGANIZATION", "LOCATION", "PERSON", "MISC"];

export function entrySource(entry: GazetteerEntry): string {
  return `${entry.file}:${entry.line}`;
}

/** "Bath" and "Reading" count as places only after "in", before ", England" or in a dateline. */
function contextSupports(doc: Doc, m: GazetteerMatch, entry: GazetteerEntry): boolean {
  const prev = doc.tokens[m.start - 1];
  const next = doc.tokens[m.end];
  const sameSentence = (k: number) => k >= 0 && k < doc.tokens.length && doc.sentenceOf[k] === doc.sentenceOf[m.start];
  if (entry.type === "LOCATION") {
    if (prev && sameSentence(m.start - 1) && doc.cues.placePrepositions.has(prev.lower)) return true;
    if (next && sameSentence(m.end) && next.text === "," && isNameWord(doc, m.end + 1)) {
      const after = doc.matchesAt.get(m.end + 1);
      if (after?.some((a) => a.variants.some((v) => ["COUNTRY", "LOCATION"].includes(doc.gazetteer.entries[v.entry].type)))) return true;
    }
    if (isDateline(doc, m.start, m.end)) return true;
  }
  if (entry.type === "ORGANIZATION" && entry.attributes.sport && doc.sportsDocument) {
    return true;
  }
  // "the Senate voted", "the Treasury said": a body named by an ordinary word takes "the"
  if (entry.type === "ORGANIZATION" && !entry.attributes.sport && prev?.lower === "the" && sameSentence(m.start - 1) && m.end - m.start === 1) {
    return !isNameWord(doc, m.end);
  }
  return false;
}

const MONTH = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/i;

/** "DUSHANBE, April 24 (Itar-Tass) –", "LONDON 1996-08-30": an upper-case place opening a line, then a date or an agency. */
export function isDateline(doc: Doc, start: number, end: number): boolean {
  const s = sentenceAt(doc, start);
  if (start !== s.start && !doc.tokens[start].newlineBefore) return false;
  for (let k = start; k < end; k++) {
    const t = doc.tokens[k];
    if (t.kind === TokenKind.Word && (!t.allCaps || doc.cues.notNames.has(t.text) || doc.cues.notNames.has(t.text[0] + t.text.slice(1).toLowerCase()))) return false;
  }
  let k = end;
  // "CHATTANOOGA, Tenn., April 24": an optional region between place and date
  if (doc.tokens[k]?.text === ",") k++;
  while (k < s.end && k < end + 6 && doc.tokens[k].cap && !MONTH.test(doc.tokens[k].text)) k++;
  if (k > end + 1 && doc.tokens[k]?.text === ".") k++;
  if (doc.tokens[k]?.text === ",") k++;
  const next = doc.tokens[k];
  if (!next || doc.sentenceOf[k] !== doc.sentenceOf[start]) return false;
  if (MONTH.test(next.text)) return doc.tokens[k + 1]?.kind === TokenKind.Number;
  // "LONDON 1996-08-30"
  const isoDate = /^\d{4}$/.test(next.text) && doc.tokens[k + 1]?.text === "-" && !doc.tokens[k + 1].spaceBefore;
  // "SEOUL (AP) -": an agency in brackets, then a dash
  const agency = next.text === "(" && doc.tokens[k + 2]?.text === ")" && /^[-–—]$/.test(doc.tokens[k + 3]?.text ?? "");
  return isoDate || agency;
}

function pickVariant(doc: Doc, m: GazetteerMatch): { variant: KeyVariant; entry: GazetteerEntry; weak: boolean } | null {
  const ranked = m.variants.length === 1 ? m.variants : [...m.variants].sort((a, b) => {
    const ea = doc.gazetteer.entries[a.entry];
    const eb = doc.gazetteer.entries[b.entry];
    if (a.needsContext !== b.needsContext) return a.needsContext ? 1 : -1;
    return TYPE_ORDER.indexOf(ea.type) - TYPE_ORDER.indexOf(eb.type) || ea.index - eb.index;
  });
  for (const variant of ranked) {
    const entry = doc.gazetteer.entries[variant.entry];
    if (!variant.needsContext) return { variant, entry, weak: false };
    if (contextSupports(doc, m, entry)) return { variant, entry, weak: true };
  }
  return null;
}

/** A single capitalised common word opening a sentence is an ordinary word, not a name ("Turkey sandwiches" aside, "Reading is"). */
function ordinaryOpening(doc: Doc, m: GazetteerMatch, entry: GazetteerEntry): boolean {
  if (m.end - m.start !== 1 || entry.type === "COUNTRY") return false;
  const t = doc.tokens[m.start];
  if (t.allCaps) return false;
  if (!isClauseInitial(doc, m.start)) return false;
  return doc.cues.commonWords.has(t.lower) && !isNameWord(doc, m.end);
}

export function gazetteerCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const m of doc.matches) {
    const picked = pickVariant(doc, m);
    if (!picked) continue;
    const { variant, entry, weak } = picked;
    if (ordinaryOpening(doc, m, entry)) continue;
    out.push(candidate(m.start, m.end, entry.type, variant.form, entrySource(entry), weak ? PRIORITY.gazetteerWeak : PRIORITY.gazetteer, entry.index));
  }
  return out;
}
