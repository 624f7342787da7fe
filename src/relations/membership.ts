// member_of: COUNTRY or ORGANIZATION → ORGANIZATION.

import type { EntityType } from "../types.js";
import { coordinatedFrom, COUNTRIES, isArticle, isPossessive, joinsName, mayBePossessive, ORGANIZATIONS, skipArticle, w, type Found, type MentionRef, type RelationContext } from "./context.js";

// Word sets the patterns test tokens against (Set lookups: no regex object per test).
const STATE_STATES_COUNTRY_ETC = new Set(["state", "states", "country", "countries", "nation", "nations"]);
const FOUNDING_FULL_FELLOW_ETC = new Set(["founding", "full", "fellow", "permanent", "associate", "new"]);
const IS_ARE_WAS_ETC = new Set(["is", "are", "was", "were", "became", "become", "becomes", "has", "have", "been", "remains", "remain", "also", "now", "already"]);
const JOINED_JOINS_JOIN_ETC = new Set(["joined", "joins", "join", "rejoined"]);
const MEMBERSHIP_ACCESSION = new Set(["membership", "accession"]);
const IN_OF_TO = new Set(["in", "of", "to"]);
const STATES_COUNTRIES_NATIONS = new Set(["states", "countries", "nations"]);

const MEMBERS: readonly EntityType[] = ["COUNTRY", "ORGANIZATION"];
const MEMBER_NOUNS = new Set(["member", "members", "member-state", "member-states", "signatories", "signatory"]);

/** Memberships by pattern: read on from each country or organization named, and from each organization's "member states". */
export function membershipRelations(ctx: RelationContext): Found[] {
  const out: Found[] = [];
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const list = ctx.bySentence[s]!;
    for (let n = 0; n < list.length; n++) if (MEMBERS.includes(ctx.mentions[list[n]!]!.type)) membershipsOfNamed(ctx, out, list[n]!, s);
    for (let n = 0; n < list.length; n++) if (ctx.mentions[list[n]!]!.type === "ORGANIZATION") memberStatesOf(ctx, out, ctx.mentions[list[n]!]!, s);
  }
  return out;
}

function member(out: Found[], subjects: MentionRef[], bodies: MentionRef[], s: number, pattern: string): void {
  for (const x of subjects) for (const b of bodies) {
    if (x.entity !== b.entity && x.form !== "demonym") out.push({ type: "member_of", subject: x.entity, object: b.entity, sentence: s, pattern });
  }
}

/** "member (state) of (the) ORG, ORG and ORG" from token i (the word "member"). */
function bodiesAfterMember(ctx: RelationContext, i: number): MentionRef[] {
  let j = i + 1;
  if (STATE_STATES_COUNTRY_ETC.has(w(ctx, j))) j++;
  if (w(ctx, j) !== "of" && w(ctx, j) !== "in") return [];
  return coordinatedFrom(ctx, ctx.startsAt[skipArticle(ctx, j + 1)] ?? -1, ORGANIZATIONS);
}

/** The bodies that the countries or organizations named from mention k on are said to be members of. */
function membershipsOfNamed(ctx: RelationContext, out: Found[], k: number, s: number): void {
  if (!mayFollowInMembership(w(ctx, ctx.mentions[k]!.end))) return;
  const subjects = coordinatedFrom(ctx, k, MEMBERS);
  let i = subjects[subjects.length - 1]!.end;
  // Tajikistan, a member of the CSTO; Tajikistan, a founding member of the SCO
  if (w(ctx, i) === ",") {
    let j = skipArticle(ctx, i + 1);
    if (FOUNDING_FULL_FELLOW_ETC.has(w(ctx, j))) j++;
    if (MEMBER_NOUNS.has(w(ctx, j))) member(out, subjects, bodiesAfterMember(ctx, j), s, "name-comma-member-of");
    return;
  }
  // Russia and China are members of the SCO; Tajikistan became a member of the CSTO
  while (IS_ARE_WAS_ETC.has(w(ctx, i))) i++;
  const j0 = skipArticle(ctx, i);
  let j = j0;
  if (FOUNDING_FULL_FELLOW_ETC.has(w(ctx, j))) j++;
  if (j0 > i || i > subjects[subjects.length - 1]!.end) {
    if (MEMBER_NOUNS.has(w(ctx, j))) {
      member(out, subjects, bodiesAfterMember(ctx, j), s, "name-is-member-of");
      return;
    }
  }
  // Ukraine joined NATO; Kazakhstan joined the WTO
  if (JOINED_JOINS_JOIN_ETC.has(w(ctx, i))) {
    const bodies = coordinatedFrom(ctx, ctx.startsAt[skipArticle(ctx, i + 1)] ?? -1, ORGANIZATIONS);
    member(out, subjects, bodies, s, "name-joined-org");
  }
  // Tajikistan's membership in the CSTO
  if (isPossessive(ctx, i) && MEMBERSHIP_ACCESSION.has(w(ctx, i + 1)) && IN_OF_TO.has(w(ctx, i + 2))) {
    member(out, subjects, coordinatedFrom(ctx, ctx.startsAt[skipArticle(ctx, i + 3)] ?? -1, ORGANIZATIONS), s, "name-membership-in-org");
  }
}

/**
 * Whether the word after a country or body can go on to a membership: a name joined on ("Russia and China
 * are members"), ", a member", "is", "a member", "joined", "'s membership". Most names are followed by none.
 */
function mayFollowInMembership(x: string): boolean {
  if (joinsName(x) || mayBePossessive(x) || isArticle(x)) return true;
  return IS_ARE_WAS_ETC.has(x) || JOINED_JOINS_JOIN_ETC.has(x);
}

// the SCO's member states Russia and China; NATO members Poland and Hungary
function memberStatesOf(ctx: RelationContext, out: Found[], body: MentionRef, s: number): void {
  let i = body.end;
  if (isPossessive(ctx, i)) i++;
  if (!MEMBER_NOUNS.has(w(ctx, i))) return;
  i++;
  if (STATES_COUNTRIES_NATIONS.has(w(ctx, i))) i++;
  if (w(ctx, i) === ",") i++;
  member(out, coordinatedFrom(ctx, ctx.startsAt[i] ?? -1, COUNTRIES), [body], s, "org-member-states-names");
}
