import { TokenKind } from "../text/tokenize.js";
import { PRIORITY, type Candidate } from "./candidate.js";
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

const OPEN_CLOSE: Record<string, string> = { "(": ")", "/": "/", "[": "]" };

/**
 * "Collective Security Treaty Organization /CSTO/", "Northern Grain Exporters Association (NGEA)"
 * and "NGEA (Northern Grain Exporters Association)": the bracketed name is the same entity.
 */
export function acronymDefinitions(doc: Doc, mentions: Candidate[], taken: Uint8Array): AcronymLink[] {
  const links: AcronymLink[] = [];
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  for (const long of mentions) {
    if (long.type === "PERSON" || long.form === "demonym") continue;
    const open = doc.tokens[long.end];
    const close = OPEN_CLOSE[open?.text ?? ""];
    if (!close) continue;
    const inner = long.end + 1;
    const after = doc.tokens[inner + 1];
    const acr = doc.tokens[inner];
    if (!acr || after?.text !== close || !looksLikeAcronym(acr.text)) continue;
    const longText = doc.text.slice(doc.tokens[long.start].start, doc.tokens[long.end - 1].end);
    if (!plausible(acr.text, initials(doc, long), longText)) continue;
    const existing = byStart.get(inner);
    if (existing && existing.end === inner + 1) {
      links.push({ long, acronym: existing });
    } else if (!taken[inner]) {
      const acronym: Candidate = { start: inner, end: inner + 1, type: long.type, form: "acronym", source: "rule:acronym-definition", priority: PRIORITY.strongRule };
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
    const existing = byStart.get(acrIndex);
    if (existing && existing.end === acrIndex + 1) links.push({ long, acronym: existing });
    else if (!taken[acrIndex]) {
      links.push({ long, acronym: { start: acrIndex, end: acrIndex + 1, type: long.type, form: "acronym", source: "rule:acronym-definition", priority: PRIORITY.strongRule } });
    }
  }
  return links;
}
