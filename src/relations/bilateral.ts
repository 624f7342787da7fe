// bilateral: COUNTRY ↔ COUNTRY, listed once per pair. Capitals stand for their countries.

import { coordinatedFrom, COUNTRIES, countryOf, HAS_BETWEEN, isPossessive, joinsName, mentionOf, PLACES, w, type Found, type MentionRef, type RelationContext } from "./context.js";

// Word sets the patterns test tokens against (Set lookups: no regex object per test).
const HAVE_HAS_HAD_ETC = new Set(["have", "has", "had", "will", "also", "today", "jointly", "to"]);

const RELATION_NOUNS = new Set(["relations", "ties", "talks", "cooperation", "collaboration", "partnership", "agreement", "accord", "treaty", "trade", "dialogue", "summit", "border", "war", "conflict", "dispute", "alliance", "rapprochement", "friendship", "negotiations", "pact", "deal", "contacts", "links", "rivalry"]);
const JOINT_VERBS = new Set(["cooperate", "cooperated", "cooperating", "signed", "sign", "agreed", "agree", "established", "restored", "resumed", "negotiated", "fought", "clashed", "share", "shared", "discussed", "normalised", "normalized"]);

/** Bilateral pairs by pattern: three read on from each place mention, one from the word "between". */
export function bilateralRelations(ctx: RelationContext): Found[] {
  const out: Found[] = [];
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const list = ctx.bySentence[s]!;
    for (let n = 0; n < list.length; n++) {
      const k = list[n]!;
      const m = ctx.mentions[k]!;
      if (m.type !== "COUNTRY" && m.type !== "LOCATION") continue;
      hyphenatedPair(ctx, out, m, s);
      pairActingJointly(ctx, out, k, m, s);
      relationsWith(ctx, out, m, s);
    }
    if (list.length >= 2 && (ctx.sentenceWords[s]! & HAS_BETWEEN) !== 0) relationsBetween(ctx, out, s);
  }
  return out;
}

function pair(out: Found[], a: number | undefined, b: number | undefined, s: number, pattern: string): void {
  if (a !== undefined && b !== undefined && a !== b) out.push({ type: "bilateral", subject: a, object: b, sentence: s, pattern });
}

// Russian-Tajikistani collaboration; U.S.-Soviet relations
function hyphenatedPair(ctx: RelationContext, out: Found[], m: MentionRef, s: number): void {
  if (w(ctx, m.end) !== "-" || ctx.doc.tokens[m.end + 1]?.spaceBefore || ctx.doc.tokens[m.end]!.spaceBefore) return;
  const b = mentionOf(ctx, ctx.startsAt[m.end + 1] ?? -1, COUNTRIES);
  const next = b ? ctx.doc.tokens[b.end] : undefined;
  if (b && m.type === "COUNTRY" && (!next || (!next.cap && next.text !== "-") || next.text === "relations")) pair(out, m.entity, b.entity, s, "demonym-hyphen-demonym");
}

// Russia and Tajikistan cooperate within the UN
function pairActingJointly(ctx: RelationContext, out: Found[], k: number, m: MentionRef, s: number): void {
  // a second place follows only a joining word: most places are read no further
  if (m.form === "demonym" || !joinsName(w(ctx, m.end))) return;
  const group = coordinatedFrom(ctx, k, PLACES);
  if (group.length !== 2 || group[1]!.form === "demonym") return;
  let i = group[1]!.end;
  while (HAVE_HAS_HAD_ETC.has(w(ctx, i))) i++;
  if (JOINT_VERBS.has(w(ctx, i))) pair(out, countryOf(ctx, group[0]!, true), countryOf(ctx, group[1]!, true), s, "countries-verb-jointly");
}

// Russia's relations with Tajikistan
function relationsWith(ctx: RelationContext, out: Found[], m: MentionRef, s: number): void {
  if (!isPossessive(ctx, m.end) || !RELATION_NOUNS.has(w(ctx, m.end + 1)) || w(ctx, m.end + 2) !== "with") return;
  const b = mentionOf(ctx, ctx.startsAt[m.end + 3] ?? -1, PLACES);
  if (b) pair(out, countryOf(ctx, m, true), countryOf(ctx, b, true), s, "country-relations-with-country");
}

// relations between Moscow and Dushanbe; talks between Russia and Tajikistan
function relationsBetween(ctx: RelationContext, out: Found[], s: number): void {
  for (let t = ctx.wordTokensFrom[s]!; t < ctx.wordTokensFrom[s + 1]!; t++) {
    const i = ctx.wordTokens[t]!;
    if (w(ctx, i) !== "between") continue;
    let j = i + 1;
    if (w(ctx, j) === "the") j++;
    const group = coordinatedFrom(ctx, ctx.startsAt[j] ?? -1, PLACES);
    if (group.length !== 2 || group.some((g) => g.form === "demonym")) continue;
    const context = [w(ctx, i - 1), w(ctx, i - 2), w(ctx, i - 3)].some((x) => RELATION_NOUNS.has(x));
    if (context) pair(out, countryOf(ctx, group[0]!, true), countryOf(ctx, group[1]!, true), s, "relations-between-countries");
  }
}
