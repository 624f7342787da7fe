// meets: PERSON ↔ PERSON, listed once per pair.

import { coordinatedFrom, HAS_BETWEEN, isPossessive, joinsName, mayBePossessive, mentionOf, PERSONS, sameSentence, skipArticle, w, type Found, type MentionRef, type RelationContext } from "./context.js";

// Word sets the patterns test tokens against (Set lookups: no regex object per test).
const HAS_HAVE_HAD_ETC = new Set(["has", "have", "had", "will", "would", "is", "are", "was", "were", "also", "later", "then", "on", "today", "yesterday", "again", "to", "be"]);
const MET_MEET = new Set(["met", "meet"]);
const HELD_HOLDS_HOLD_ETC = new Set(["held", "holds", "hold", "holding"]);

const MEET_VERBS = new Set(["met", "meets", "meet", "meeting", "received", "receives", "receive", "hosted", "hosts", "host"]);
const TALK_VERBS = new Set(["talked", "talks", "talk", "conferred", "confers", "spoke", "speaks", "negotiated"]);
const TALK_NOUNS = new Set(["talks", "meeting", "meetings", "summit", "discussions", "conversation", "negotiations"]);

function pairs(a: MentionRef[], b: MentionRef[], s: number, pattern: string): Found[] {
  const out: Found[] = [];
  for (const x of a) for (const y of b) if (x.entity !== y.entity) out.push({ type: "meets", subject: x.entity, object: y.entity, sentence: s, pattern });
  return out;
}

/** The people named from token i on, allowing a title before each ("President Emomali Rahmon and Foreign Minister Hamrohon Zarifi"). */
function peopleAt(ctx: RelationContext, i: number): MentionRef[] {
  const from = skipArticle(ctx, i);
  let j = from;
  while (j < from + 4 && ctx.covering[j] === -1 && ctx.doc.tokens[j] && (ctx.doc.cues.titles.has(ctx.doc.tokens[j]!.text) || ctx.doc.tokens[j]!.cap || ctx.doc.tokens[j]!.text === ".")) j++;
  const k = ctx.startsAt[j] ?? -1;
  return mentionOf(ctx, k, PERSONS) ? coordinatedFrom(ctx, k, PERSONS, true) : [];
}

/** Meetings by pattern: read on from each person named, and from each "talks between". */
export function meetingRelations(ctx: RelationContext): Found[] {
  const out: Found[] = [];
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const list = ctx.bySentence[s]!;
    for (let n = 0; n < list.length; n++) if (ctx.mentions[list[n]!]!.type === "PERSON") meetingsOfNamed(ctx, out, list[n]!, s);
    if (list.length >= 2 && (ctx.sentenceWords[s]! & HAS_BETWEEN) !== 0) talksBetween(ctx, out, s);
  }
  return out;
}

/** Whom the people named from PERSON mention k on met or talked with. */
function meetingsOfNamed(ctx: RelationContext, out: Found[], k: number, s: number): void {
  const p = ctx.mentions[k]!;
  if (!mayFollowInMeeting(w(ctx, p.end))) return;
  const subjects = coordinatedFrom(ctx, k, PERSONS, true);
  let i = subjects[subjects.length - 1]!.end;
  // Lavrov's talks with Zarifi; Lavrov's meetings with Rahmon and Zarifi
  if (isPossessive(ctx, i) && TALK_NOUNS.has(w(ctx, i + 1)) && w(ctx, i + 2) === "with") {
    out.push(...pairs(subjects, peopleAt(ctx, i + 3), s, "name-talks-with-name"));
    return;
  }
  while (HAS_HAVE_HAD_ETC.has(w(ctx, i)) || w(ctx, i).endsWith("day")) i++;
  // X met Y; Y received X; X met with Y
  if (MEET_VERBS.has(w(ctx, i)) && sameSentence(ctx, i, p.start)) {
    const at = w(ctx, i + 1) === "with" ? i + 2 : i + 1;
    const objects = peopleAt(ctx, at);
    if (subjects.length > 1 && objects.length === 0 && MET_MEET.has(w(ctx, i))) {
      // Lavrov and Zarifi met on Monday
      for (let a = 0; a < subjects.length; a++) out.push(...pairs([subjects[a]!], subjects.slice(a + 1), s, "names-met"));
    } else out.push(...pairs(subjects, objects, s, "name-met-name"));
    return;
  }
  // X held talks with Y; X talked with Y
  if (HELD_HOLDS_HOLD_ETC.has(w(ctx, i)) && TALK_NOUNS.has(w(ctx, i + 1)) && w(ctx, i + 2) === "with") {
    out.push(...pairs(subjects, peopleAt(ctx, i + 3), s, "name-held-talks-with-name"));
  } else if (TALK_VERBS.has(w(ctx, i)) && w(ctx, i + 1) === "with") {
    out.push(...pairs(subjects, peopleAt(ctx, i + 2), s, "name-talked-with-name"));
  }
}

/**
 * Whether the word after a person can go on to a meeting: a name joined on ("Lavrov and Zarifi met"),
 * "'s talks with", an auxiliary or a day ("has met", "on Monday met"), or the verb itself. Most names are followed by none.
 */
function mayFollowInMeeting(x: string): boolean {
  if (joinsName(x) || mayBePossessive(x) || x.endsWith("day")) return true;
  return HAS_HAVE_HAD_ETC.has(x) || MEET_VERBS.has(x) || HELD_HOLDS_HOLD_ETC.has(x) || TALK_VERBS.has(x);
}

// talks between Lavrov and Zarifi
function talksBetween(ctx: RelationContext, out: Found[], s: number): void {
  const sentence = ctx.doc.sentences[s]!;
  for (let t = ctx.wordTokensFrom[s]!; t < ctx.wordTokensFrom[s + 1]!; t++) {
    const i = ctx.wordTokens[t]!;
    if (i === sentence.start || w(ctx, i) !== "between" || !TALK_NOUNS.has(w(ctx, i - 1))) continue;
    const people = peopleAt(ctx, i + 1);
    for (let a = 0; a < people.length; a++) out.push(...pairs([people[a]!], people.slice(a + 1), s, "talks-between-names"));
  }
}
