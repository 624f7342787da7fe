import { TokenKind } from "../text/tokenize.js";
import { candidate, PRIORITY, type Candidate } from "./candidate.js";
import type { Doc } from "./document.js";
import { isDateline } from "./gazetteer.js";

/** Kinds of place whose name stands for a club or county side in sports copy. */
const TEAM_PLACE_KINDS = new Set(["city", "state", "province", "county", "prefecture", "region"]);

/**
 * In sports coverage a town or county names its team: "Leicestershire beat Somerset",
 * "Pohang 3 Ulsan 2", "joined Newcastle". Venues keep their place type: "at Wembley", "in Leeds".
 */
export function placeAsTeamCandidates(doc: Doc, gazetteerCandidates: Candidate[]): Candidate[] {
  if (!doc.sportsDocument) return [];
  const out: Candidate[] = [];
  for (const c of gazetteerCandidates) {
    if (c.type !== "LOCATION" || c.entry === undefined) continue;
    const entry = doc.gazetteer.entries[c.entry];
    if (!TEAM_PLACE_KINDS.has(entry.attributes.kind ?? "")) continue;
    const prev = doc.tokens[c.start - 1];
    const samePrev = prev !== undefined && doc.sentenceOf[c.start - 1] === doc.sentenceOf[c.start];
    if (samePrev && (doc.cues.placePrepositions.has(prev.lower) || prev.text === "of")) continue;
    if (isDateline(doc, c.start, c.end)) continue;
    const next = doc.tokens[c.end];
    // "Newcastle-based", "Leeds-born"
    if (next && next.text === "-" && !next.spaceBefore) continue;
    if (next && next.kind === TokenKind.Word && !next.cap && /^(area|region|city|province|county|state|streets|residents|police|airport)$/.test(next.text)) continue;
    // "Newcastle" for Newcastle United when the sports gazetteer knows the club by its town
    const club = (doc.matchesAt.get(c.start) ?? [])
      .filter((m) => m.end === c.end)
      .flatMap((m) => m.variants)
      .find((v) => doc.gazetteer.entries[v.entry].type === "ORGANIZATION" && doc.gazetteer.entries[v.entry].attributes.sport);
    out.push(candidate(c.start, c.end, "ORGANIZATION", club ? "short" : "name", "rule:place-as-team", PRIORITY.strongRule, club?.entry));
  }
  return out;
}
