import { TokenKind } from "../text/tokenize.js";
import { candidate, PRIORITY, type Candidate } from "./candidate.js";
import type { Doc } from "./document.js";

export interface AcronymLink {
  long: Candidate;
  acronym: Candidate;
}

function looksLikeAcronym(text: string): boolean {
  const capitals = text.replace(/[^\p{Lu}]/gu, "").length;
  return /^[\p{L}.&-]{2,12}$/u.test(text) && capitals >= 2 && text[0] === text[0].toUpperCase();
}

function initials(doc: Doc, c: Candidate): string {
  let s = "";
  for (let k = c.start; k < c.end; k++) {
    const t = doc.tokens[k];
    if (t.kind === TokenKind.Word && t.cap) s += t.text[0];
  }
  return s.toUpperCase();
}

/** The acronym's letters appear in order among the long name's words ("CSTO" in "Collective Security Treaty Organization"). */
function plausible(acronym: string, longInitials: string, longText: string): boolean {
  const a = acronym.replace(/[^\p{L}]/gu, "").toUpperCase();
  if (a.length === 0) return false;
  // "Democratic Forces for the Liberation of Rwanda (FDLR)": the initials of a name in another language's order
  if (a.length === longInitials.length && [...a].sort().join("") === [...longInitials].sort().join("")) return true;
  if (a[0] !== longInitials[0] && a[0] !== longText[0]?.toUpperCase()) return false;
  let k = 0;
  const upper = longText.toUpperCase();
  for (const ch of a) {
    k = upper.indexOf(ch, k);
    if (k < 0) return false;
    k++;
  }
  return true;
}

/** The bracket that closes one opening a definition: "(NGEA)", "/CSTO/", "[EDB]". */
function closingBracket(open: string): string | undefined {
  return open === "(" ? ")" : open === "/" ? "/" : open === "[" ? "]" : undefined;
}

/**
 * "Collective Security Treaty Organization /CSTO/", "Northern Grain Exporters Association (NGEA)"
 * and "NGEA (Northern Grain Exporters Association)": the bracketed name is the same entity.
 */
export function acronymDefinitions(doc: Doc, mentions: Candidate[], taken: Uint8Array): AcronymLink[] {
  const links: AcronymLink[] = [];
  let byStart: Map<number, Candidate> | undefined;
  const mentionAt = (start: number) => (byStart ??= new Map(mentions.map((m) => [m.start, m]))).get(start);
  for (const long of mentions) {
    if (long.type === "PERSON" || long.form === "demonym") continue;
    const open = doc.tokens[long.end];
    const close = open && closingBracket(open.text);
    if (!close) continue;
    const inner = long.end + 1;
    const after = doc.tokens[inner + 1];
    const acr = doc.tokens[inner];
    if (!acr || after?.text !== close || !looksLikeAcronym(acr.text)) continue;
    const longText = doc.text.slice(doc.tokens[long.start].start, doc.tokens[long.end - 1].end);
    if (!plausible(acr.text, initials(doc, long), longText)) continue;
    const existing = mentionAt(inner);
    if (existing && existing.end === inner + 1) {
      links.push({ long, acronym: existing });
    } else if (!taken[inner]) {
      const acronym = candidate(inner, inner + 1, long.type, "acronym", "rule:acronym-definition", PRIORITY.strongRule);
      links.push({ long, acronym });
    }
  }
  // NGEA (Northern Grain Exporters Association)
  for (const long of mentions) {
    if (long.type === "PERSON") continue;
    const open = doc.tokens[long.start - 1];
    const acrIndex = long.start - 2;
    if (open?.text !== "(" || doc.tokens[long.end]?.text !== ")" || acrIndex < 0) continue;
    const acr = doc.tokens[acrIndex];
    if (!looksLikeAcronym(acr.text)) continue;
    const longText = doc.text.slice(doc.tokens[long.start].start, doc.tokens[long.end - 1].end);
    if (!plausible(acr.text, initials(doc, long), longText)) continue;
    const existing = mentionAt(acrIndex);
    if (existing && existing.end === acrIndex + 1) links.push({ long, acronym: existing });
    else if (!taken[acrIndex]) {
      links.push({ long, acronym: candidate(acrIndex, acrIndex + 1, long.type, "acronym", "rule:acronym-definition", PRIORITY.strongRule) });
    }
  }
  return links;
}

/**
 * "The Essarin Development Bank (EDB)": the text's own definition wins over a gazetteer entry
 * with the same acronym (Eurasian Development Bank), for the definition and every later "EDB".
 * Returns the mentions with such acronyms re-pointed at the defined name; `links` is updated too.
 */
export function redefineAcronyms(doc: Doc, mentions: Candidate[], links: AcronymLink[]): Candidate[] {
  const redefined = new Map<string, Candidate>();
  for (const link of links) {
    const { long, acronym } = link;
    if (acronym.entry === undefined || acronym.entry === long.entry) continue;
    redefined.set(doc.tokens[acronym.start].text, long);
  }
  if (redefined.size === 0) return mentions;
  const replaced = new Map<Candidate, Candidate>();
  const out = mentions.map((m) => {
    const long = m.end - m.start === 1 ? redefined.get(doc.tokens[m.start].text) : undefined;
    if (!long || m === long || m.entry === long.entry) return m;
    const copy = candidate(m.start, m.end, long.type, "acronym", "rule:acronym-definition", m.priority, long.entry, undefined, long);
    replaced.set(m, copy);
    return copy;
  });
  for (const link of links) link.acronym = replaced.get(link.acronym) ?? link.acronym;
  return out;
}
