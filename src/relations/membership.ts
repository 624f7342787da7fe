// member_of: COUNTRY or ORGANIZATION → ORGANIZATION.

import type { EntityType } from "../types.js";
import { coordinatedBefore, coordinatedFrom, isPossessive, mentionOf, skipArticle, w, type Found, type MentionRef, type RelationContext } from "./context.js";

const MEMBERS: readonly EntityType[] = ["COUNTRY", "ORGANIZATION"];
const MEMBER_NOUNS = /^(members?|member-states?|signatories|signatory)$/;

export function membershipRelations(ctx: RelationContext): Found[] {
  const out: Found[] = [];
  const member = (subjects: MentionRef[], bodies: MentionRef[], s: number, pattern: string) => {
    for (const x of subjects) for (const b of bodies) {
      if (x.entity !== b.entity && x.form !== "demonym") out.push({ type: "member_of", subject: x.entity, object: b.entity, sentence: s, pattern });
    }
  };
  /** "member (state) of (the) ORG, ORG and ORG" from token i (the word "member"). */
  const bodiesAfterMember = (i: number): MentionRef[] => {
    let j = i + 1;
    if (/^(state|states|country|countries|nation|nations)$/.test(w(ctx, j))) j++;
    if (w(ctx, j) !== "of" && w(ctx, j) !== "in") return [];
    return coordinatedFrom(ctx, ctx.startsAt[skipArticle(ctx, j + 1)] ?? -1, ["ORGANIZATION"]);
  };
  ctx.bySentence.forEach((list, s) => {
    for (const k of list) {
      const m = ctx.mentions[k]!;
      if (!MEMBERS.includes(m.type)) continue;
      const subjects = coordinatedFrom(ctx, k, MEMBERS);
      if (subjects[0] !== m) continue;
      let i = subjects[subjects.length - 1]!.end;
      // Tajikistan, a member of the CSTO; Tajikistan, a founding member of the SCO
      if (w(ctx, i) === ",") {
        let j = skipArticle(ctx, i + 1);
        if (/^(founding|full|fellow|permanent|associate|new)$/.test(w(ctx, j))) j++;
        if (MEMBER_NOUNS.test(w(ctx, j))) member(subjects, bodiesAfterMember(j), s, "name-comma-member-of");
        continue;
      }
      // Russia and China are members of the SCO; Tajikistan became a member of the CSTO
      while (/^(is|are|was|were|became|become|becomes|has|have|been|remains|remain|also|now|already)$/.test(w(ctx, i))) i++;
      const j0 = skipArticle(ctx, i);
      let j = j0;
      if (/^(founding|full|fellow|permanent|associate|new)$/.test(w(ctx, j))) j++;
      if (j0 > i || i > subjects[subjects.length - 1]!.end) {
        if (MEMBER_NOUNS.test(w(ctx, j))) {
          member(subjects, bodiesAfterMember(j), s, "name-is-member-of");
          continue;
        }
      }
      // Ukraine joined NATO; Kazakhstan joined the WTO
      if (/^(joined|joins|join|rejoined)$/.test(w(ctx, i))) {
        const bodies = coordinatedFrom(ctx, ctx.startsAt[skipArticle(ctx, i + 1)] ?? -1, ["ORGANIZATION"]);
        member(subjects, bodies, s, "name-joined-org");
      }
      // Tajikistan's membership in the CSTO
      if (isPossessive(ctx, i) && /^(membership|accession)$/.test(w(ctx, i + 1)) && /^(in|of|to)$/.test(w(ctx, i + 2))) {
        member(subjects, coordinatedFrom(ctx, ctx.startsAt[skipArticle(ctx, i + 3)] ?? -1, ["ORGANIZATION"]), s, "name-membership-in-org");
      }
    }
    // the SCO's member states Russia and China; NATO members Poland and Hungary
    for (const k of list) {
      const body = ctx.mentions[k]!;
      if (body.type !== "ORGANIZATION") continue;
      let i = body.end;
      if (isPossessive(ctx, i)) i++;
      if (!MEMBER_NOUNS.test(w(ctx, i))) continue;
      i++;
      if (/^(states|countries|nations)$/.test(w(ctx, i))) i++;
      if (w(ctx, i) === ",") i++;
      member(coordinatedFrom(ctx, ctx.startsAt[i] ?? -1, ["COUNTRY"]), [body], s, "org-member-states-names");
    }
  });
  void coordinatedBefore;
  void mentionOf;
  return out;
}
