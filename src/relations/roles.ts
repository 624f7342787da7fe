// holds_role: PERSON → ORGANIZATION or COUNTRY (or a LOCATION for offices such as governor), with the role.

import type { EntityType } from "../types.js";
import {
  coordinatedFrom,
  countryOf,
  isPossessive,
  isRoleWord,
  mentionOf,
  sameSentence,
  skipArticle,
  tokenSpanText,
  w,
  type Found,
  type MentionRef,
  type RelationContext,
} from "./context.js";

const EMPLOYERS: readonly EntityType[] = ["ORGANIZATION", "COUNTRY", "LOCATION"];

// Modifiers that may sit inside a title without being titles themselves ("senior duty officer", "first deputy").
const TITLE_MODIFIERS = new Set([
  "senior", "junior", "chief", "first", "second", "deputy", "former", "acting", "top", "vice", "assistant", "executive", "general",
  "foreign", "prime", "defence", "defense", "interior", "finance", "economy", "trade", "justice", "news", "press", "duty",
  "state", "national", "regional", "local", "managing", "technical", "political", "military", "operations", "public", "affairs",
  "information", "communications", "sales", "marketing", "legal", "research", "foreign-policy", "security", "education", "health",
  "labor", "labour", "energy", "agriculture", "transport", "culture", "environment", "industry", "of", "for",
]);

// Offices of a place rather than of a body: "Texas Governor X", "Boston mayor X", "Modesto native X".
const PLACE_OFFICES = /^(governor|gov|mayor|senator|sen|congressman|congresswoman|representative|rep|lawmaker|legislator|councillor|councilman|sheriff|premier|president|king|queen|prince|princess|emir|sultan|prime minister|minister|foreign minister|leader|ambassador)$/i;
const RESIDENTS = /^(native|resident|citizen|residents|natives|citizens)$/i;

function roleText(ctx: RelationContext, start: number, end: number): string {
  while (start < end && /^(the|a|an|another|its|his|her|their|'s)$/.test(w(ctx, start))) start++;
  while (end > start && /^[.,]$/.test(w(ctx, end - 1))) end--;
  return end > start ? tokenSpanText(ctx, start, end) : "";
}

/** A token that can belong to a title: a title or role word, a modifier, a capitalised word no mention claims, "Lt." dots, hyphens. */
function titleToken(ctx: RelationContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (!t) return false;
  if (ctx.covering[i] !== -1) return false;
  if (isRoleWord(ctx, i) || TITLE_MODIFIERS.has(w(ctx, i)) || RESIDENTS.test(w(ctx, i))) return true;
  if (t.text === "." && !t.spaceBefore) return true;
  if (t.text === "-" && !t.spaceBefore) return true;
  return t.cap && !t.allCaps && ctx.doc.sentenceOf[i] === ctx.doc.sentenceOf[i + 1] && isRoleWordAhead(ctx, i);
}

function isRoleWordAhead(ctx: RelationContext, i: number): boolean {
  for (let k = i + 1; k < i + 4; k++) if (isRoleWord(ctx, k)) return true;
  return false;
}

/** Title between an employer and a name, read leftwards from the name; returns the title's first token or -1. */
function titleBefore(ctx: RelationContext, personStart: number): number {
  let i = personStart - 1;
  let hasRole = false;
  while (i >= 0 && personStart - i <= 6 && sameSentence(ctx, i, personStart) && titleToken(ctx, i)) {
    if (isRoleWord(ctx, i) || RESIDENTS.test(w(ctx, i))) hasRole = true;
    i--;
  }
  return hasRole && /^(of|for)$/.test(w(ctx, i + 1)) === false ? i + 1 : -1;
}

function roleRelation(ctx: RelationContext, person: MentionRef, employer: MentionRef, role: string, sentence: number, pattern: string): Found | undefined {
  if (employer.entity === person.entity) return undefined;
  const bare = role.replace(/\.$/, "");
  if (employer.type === "LOCATION" || (employer.type === "COUNTRY" && bare.split(" ").some((x) => RESIDENTS.test(x)))) {
    if (bare.split(" ").some((x) => RESIDENTS.test(x))) return { type: "lives_in", subject: person.entity, object: employer.entity, sentence, pattern };
    if (!PLACE_OFFICES.test(bare) && !PLACE_OFFICES.test(bare.split(" ").pop() ?? "")) return undefined;
  }
  return { type: "holds_role", subject: person.entity, object: employer.entity, role: role || undefined, sentence, pattern };
}

export function roleRelations(ctx: RelationContext): Found[] {
  const out: Found[] = [];
  const explicit = new Set<number>();
  const add = (f: Found | undefined) => {
    if (!f) return;
    out.push(f);
    if (f.type === "holds_role") explicit.add(f.subject);
  };

  ctx.bySentence.forEach((list, s) => {
    for (const k of list) {
      const p = ctx.mentions[k]!;
      if (p.type !== "PERSON") continue;

      // Russia's Foreign Minister Sergei Lavrov; XBT spokesman Allan Fitzmaurice; Haitian President Jean-Bertrand Aristide
      // France's deputy representative, M. Pierre Brochand; Ohio's governor, Democrat Richard Celeste
      let titleStart = titleBefore(ctx, p.start);
      if (titleStart < 0 && w(ctx, p.start - 1) === ",") titleStart = titleBefore(ctx, p.start - 1);
      if (titleStart > 0) {
        let j = titleStart;
        if (isPossessive(ctx, j - 1)) j--;
        // PAN (National Action Party) candidate Fernandez de Cevallos
        if (w(ctx, j - 1) === ")" && w(ctx, j - 3) === "(") j -= 3;
        else if (w(ctx, j - 1) === ")" && w(ctx, j - 4) === "(" && ctx.covering[j - 2] !== -1) j -= 4;
        const employer = mentionOf(ctx, ctx.endsBefore[j] ?? -1, EMPLOYERS);
        if (employer && sameSentence(ctx, employer.start, p.start)) {
          add(roleRelation(ctx, p, employer, roleText(ctx, titleStart, w(ctx, p.start - 1) === "," ? p.start - 1 : p.start), s, "employer-title-name"));
        }
      }

      // Valtrin Oskoda, chief executive of Brenmark Holdings Ltd.; Mikhail Shevtsov, a correspondent for ITAR-TASS
      const group = coordinatedFrom(ctx, k, ["PERSON"]);
      const last = group[group.length - 1]!;
      if (group[0] === p) {
        let i = last.end;
        if (w(ctx, i) === "," && /^\d+$/.test(w(ctx, i + 1)) && w(ctx, i + 2) === ",") i += 2;
        // Sen. Alan Cranston, D-Calif., chairman of …
        if (w(ctx, i) === "," && /^[rdi]$/.test(w(ctx, i + 1)) && w(ctx, i + 2) === "-") {
          let e = i + 3;
          while (e < i + 8 && w(ctx, e) !== "," && sameSentence(ctx, e, i)) e++;
          if (w(ctx, e) === ",") i = e;
        }
        if (w(ctx, i) === ",") appositive(ctx, group, i + 1, s, add);
        // Lt. Jim Bowell of the Butler Township Fire Department; James Blight and David Welch of Harvard University
        else if (/^(of|at)$/.test(w(ctx, i))) {
          const target = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, i + 1)] ?? -1, EMPLOYERS);
          if (target && sameSentence(ctx, target.start, p.start)) {
            for (const person of group) {
              if (target.type === "ORGANIZATION") {
                add(roleRelation(ctx, person, target, person.title ?? "", s, "name-of-employer"));
                // of Harvard University's John F. Kennedy School of Government
                const inner = isPossessive(ctx, target.end) ? mentionOf(ctx, ctx.startsAt[target.end + 1] ?? -1, ["ORGANIZATION"]) : undefined;
                if (inner) add(roleRelation(ctx, person, inner, person.title ?? "", s, "name-of-employer"));
              }
              else if (w(ctx, i) === "of") {
                // Bob Dole of Kansas; President Emomali Rahmon of Tajikistan
                const honorific = !person.title || /^(Mr|Mrs|Ms|Miss|Dr)\.?$/.test(person.title);
                if (!honorific && target.type === "COUNTRY") add(roleRelation(ctx, person, target, person.title!, s, "name-of-country"));
                else add({ type: "lives_in", subject: person.entity, object: target.entity, sentence: s, pattern: "name-of-place" });
              }
            }
          }
        }
        // X, who works for Y; X heads Y; X joined Y
        verbOfEmployment(ctx, group, last.end, s, add);
      }
    }
  });

  // President Emomali Rahmon (the country the sentence places him in: "… in Dushanbe includes President Emomali Rahmon")
  ctx.bySentence.forEach((list, s) => {
    const people = list.map((k) => ctx.mentions[k]!).filter((m) => m.type === "PERSON" && m.title && NATIONAL_TITLE.test(m.title) && !explicit.has(m.entity));
    if (people.length === 0) return;
    const country = sentenceCountry(ctx, s);
    if (country === undefined) return;
    for (const p of people) {
      if (!out.some((f) => f.subject === p.entity && f.type === "holds_role")) {
        out.push({ type: "holds_role", subject: p.entity, object: country, role: p.title, sentence: s, pattern: "national-title-in-country" });
      }
    }
  });
  return out;
}

const NATIONAL_TITLE = /^((Deputy |Vice |First Deputy )?(President|Prime Minister|Premier|Foreign Minister|Defen[cs]e Minister|Interior Minister|Finance Minister|Economy Minister|Minister)|King|Queen|Emir|Sultan|Chancellor)$/;
const TRAVEL = /^(visit|visits|visited|visiting|arrive|arrives|arrived|arriving|trip|tour|flew|travel|travelled|traveled|traveling|travelling|guest|guests|trip)$/;

/** The one country the sentence's "in <place>" phrases point to, when there is exactly one and nobody travels. */
function sentenceCountry(ctx: RelationContext, s: number): number | undefined {
  const sentence = ctx.doc.sentences[s]!;
  const found = new Set<number>();
  for (let i = sentence.start; i < sentence.end; i++) {
    if (TRAVEL.test(w(ctx, i))) return undefined;
    if (w(ctx, i) !== "in") continue;
    const m = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, i + 1)] ?? -1, ["COUNTRY", "LOCATION"]);
    if (!m || m.form === "demonym") continue;
    const c = countryOf(ctx, m, false);
    if (c !== undefined) found.add(c);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** ", a top official of the Italian Agricultural Confederation": the role, then the employer after of/for/at/with. */
function appositive(ctx: RelationContext, people: MentionRef[], start: number, s: number, add: (f: Found | undefined) => void): void {
  let i = start;
  const roleStart = i;
  let roleEnd = -1;
  let hasRole = false;
  // ", another Emery employee"; ", the Washington correspondent for …"
  const det = /^(a|an|the|another|its)$/.test(w(ctx, i)) ? i + 1 : i;
  const lead = mentionOf(ctx, ctx.startsAt[det] ?? -1, EMPLOYERS);
  if (lead && lead.form !== "demonym") {
    let j = lead.end;
    if (isPossessive(ctx, j)) j++;
    let e = j;
    while (e < j + 4 && e < lead.end + 5 && titleToken(ctx, e)) e++;
    const role = roleText(ctx, j, e);
    if (e > j && role && (isRoleWord(ctx, e - 1) || RESIDENTS.test(w(ctx, e - 1))) && (/^[,.;)]$/.test(w(ctx, e)) || /^(for|at|in|who|said|says)$/.test(w(ctx, e)) || !ctx.doc.tokens[e])) {
      for (const p of people) {
        // Richard Taylor, an Atlanta architect
        if (lead.type === "LOCATION" && !PLACE_OFFICES.test(role)) add({ type: "lives_in", subject: p.entity, object: lead.entity, sentence: s, pattern: "name-comma-place-role" });
        else add(roleRelation(ctx, p, lead, role, s, "name-comma-employer-role"));
      }
      return;
    }
  }
  for (; i < start + 9; i++) {
    const t = ctx.doc.tokens[i];
    if (!t || !sameSentence(ctx, i, start)) return;
    if (/^(of|for|at|with)$/.test(w(ctx, i)) && hasRole) {
      if (roleEnd < 0) roleEnd = i;
      const target = employerAt(ctx, skipArticle(ctx, i + 1));
      const targets = target ? coordinatedFrom(ctx, ctx.startsAt[target.start]!, ["ORGANIZATION"]) : [];
      if (target && targets.length === 0) targets.push(target);
      if (target) {
        for (const tg of targets) for (const p of people) add(roleRelation(ctx, p, tg, roleText(ctx, roleStart, roleEnd), s, "name-comma-role-of-employer"));
        // "of Harvard University 's John F. Kennedy School of Government"
        const after = target.end;
        if (isPossessive(ctx, after)) {
          const inner = mentionOf(ctx, ctx.startsAt[after + 1] ?? -1, ["ORGANIZATION"]);
          if (inner) for (const p of people) add(roleRelation(ctx, p, inner, roleText(ctx, roleStart, roleEnd), s, "name-comma-role-of-employer"));
        }
        return;
      }
      continue;
    }
    if (ctx.covering[i] !== -1) return;
    if (t.text !== "-" && t.text !== "and" && /^[\p{P}]$/u.test(t.text)) return;
    if (isRoleWord(ctx, i)) hasRole = true;
    if (/^(who|which|that|is|was|said|says|has|had|will|would)$/.test(w(ctx, i))) return;
  }
}

/**
 * The employer named at token i. A demonym yields to the organization it qualifies: "the Italian
 * Agricultural Confederation", "the Peruvian silver mining company Minpeco S.A.".
 */
function employerAt(ctx: RelationContext, i: number): MentionRef | undefined {
  const m = mentionOf(ctx, ctx.startsAt[i] ?? -1, EMPLOYERS);
  if (!m || m.form !== "demonym") return m;
  for (let j = m.end; j <= m.end + 3; j++) {
    const org = mentionOf(ctx, ctx.startsAt[j] ?? -1, ["ORGANIZATION"]);
    if (org) return org;
    const t = ctx.doc.tokens[j];
    if (!t || t.cap || t.kind !== 0 || ctx.covering[j] !== -1) break;
  }
  return undefined;
}

const EMPLOYMENT = /^(works|worked|working|work)$/;
const LEADING = /^(heads|headed|leads|led|chairs|chaired|runs|ran|founded|owns|owned|joined|joins|represents|represented)$/;

/** "X, who works for Y"; "X works at Y"; "X heads Y". */
function verbOfEmployment(ctx: RelationContext, people: MentionRef[], end: number, s: number, add: (f: Found | undefined) => void): void {
  let i = end;
  if (w(ctx, i) === ",") i++;
  if (w(ctx, i) === "who") i++;
  while (/^(has|had|have|also|now|still|once|previously|currently|since|long|then)$/.test(w(ctx, i))) i++;
  if (EMPLOYMENT.test(w(ctx, i)) && /^(for|at)$/.test(w(ctx, i + 1))) {
    const target = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, i + 2)] ?? -1, ["ORGANIZATION"]);
    if (target && sameSentence(ctx, target.start, end - 1)) for (const p of people) add(roleRelation(ctx, p, target, "", s, "name-works-for"));
    return;
  }
  if (LEADING.test(w(ctx, i))) {
    const target = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, i + 1)] ?? -1, ["ORGANIZATION"]);
    if (!target || !sameSentence(ctx, target.start, end - 1)) return;
    const verb = w(ctx, i);
    const role = /^(heads|headed|leads|led)$/.test(verb) ? "head" : /^(chairs|chaired)$/.test(verb) ? "chair" : /^(founded)$/.test(verb) ? "founder" : /^(owns|owned)$/.test(verb) ? "owner" : /^join/.test(verb) ? "member" : /^repr/.test(verb) ? "representative" : "head";
    for (const p of people) add(roleRelation(ctx, p, target, role, s, "name-leads-employer"));
  }
}

