// holds_role: PERSON → ORGANIZATION or COUNTRY (or a LOCATION for offices such as governor), with the role.

import { TokenKind } from "../text/tokenize.js";
import type { EntityType } from "../types.js";
import {
  coordinatedFrom,
  countryOf,
  isPossessive,
  isPunct,
  isRoleWord,
  mentionOf,
  ORGANIZATIONS,
  orgEnd,
  PERSONS,
  PLACES,
  roleDescription,
  roleDescriptionToken,
  roleHead,
  sameSentence,
  skipArticle,
  tokenSpanText,
  w,
  type Found,
  type MentionRef,
  type RelationContext,
} from "./context.js";
import { placeChain } from "./places.js";

// Word sets the patterns test tokens against (Set lookups: no regex object per test).
const THE_A_AN_ETC = new Set(["the", "a", "an", "another", "its", "his", "her", "their", "'s"]);
const OF_FOR = new Set(["of", "for"]);
const OF_AT = new Set(["of", "at"]);
const THE = new Set(["the"]);
const OF_FOR_AT = new Set(["of", "for", "at"]);
const A_AN_THE_ETC = new Set(["a", "an", "the", "another", "its", "his", "her"]);
const THE_A_AN_ETC6 = new Set(["the", "a", "an", "its", "his", "her", "their", "more", "most", "all", "some", "no", "to", "that"]);
const FOR_AT = new Set(["for", "at"]);
const HEADS_HEADED_LEADS_ETC = new Set(["heads", "headed", "leads", "led"]);
const CHAIRS_CHAIRED = new Set(["chairs", "chaired"]);
const FOUNDED = new Set(["founded"]);
const OWNS_OWNED = new Set(["owns", "owned"]);

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
const RESIDENTS = new Set(["native", "resident", "citizen", "residents", "natives", "citizens"]);

function roleText(ctx: RelationContext, start: number, end: number): string {
  while (start < end && THE_A_AN_ETC.has(w(ctx, start))) start++;
  while (end > start && /^[.,]$/.test(w(ctx, end - 1))) end--;
  return end > start ? tokenSpanText(ctx, start, end) : "";
}

/** A token that can belong to a title: a title or role word, a modifier, a capitalised word no mention claims, "Lt." dots, hyphens. */
function titleToken(ctx: RelationContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (!t) return false;
  if (ctx.covering[i] !== -1) return false;
  if (isRoleWord(ctx, i) || TITLE_MODIFIERS.has(w(ctx, i)) || RESIDENTS.has(w(ctx, i))) return true;
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
  while (i >= 0 && personStart - i <= 6 && sameSentence(ctx, i, personStart) && (titleToken(ctx, i) || describesBefore(ctx, i))) {
    if (isRoleWord(ctx, i) || RESIDENTS.has(w(ctx, i))) hasRole = true;
    i--;
  }
  // CBS anchorman Dan Rather; Tempe plastic surgeon Richard Pavese: any singular role noun right before the name
  if (!hasRole && i < personStart - 1 && roleHead(ctx, personStart - 1) && !pluralOrVerb(w(ctx, personStart - 1))) hasRole = true;
  return hasRole && OF_FOR.has(w(ctx, i + 1)) === false ? i + 1 : -1;
}

/** A lower-case describing word inside a title ("plastic", "floor"), but no article, and "and" only between role words. */
function describesBefore(ctx: RelationContext, i: number): boolean {
  const x = w(ctx, i);
  if (x === "the" || x === "a" || x === "an" || ctx.covering[i] !== -1) return false;
  if (x === "and") return isRoleWord(ctx, i - 1) && isRoleWord(ctx, i + 1);
  // "Dushanbe includes President Emomali Rahmon": a verb ends the title
  if (pluralOrVerb(x) && !ctx.doc.tokens[i]!.cap) return false;
  return roleDescriptionToken(ctx, i);
}

/** "welcomes", "officials": a word before a name that is a verb or a plural, not one person's role. */
function pluralOrVerb(x: string): boolean {
  return x.endsWith("s") && !x.endsWith("ss");
}

function roleRelation(ctx: RelationContext, person: MentionRef, employer: MentionRef, role: string, sentence: number, pattern: string): Found | undefined {
  if (employer.entity === person.entity) return undefined;
  if (employer.type === "LOCATION" || employer.type === "COUNTRY") {
    const bare = role.replace(/\.$/, "");
    const words = bare.split(" ");
    const last = words[words.length - 1] ?? "";
    if (words.some((x) => RESIDENTS.has(x.toLowerCase()))) return { type: "lives_in", subject: person.entity, object: employer.entity, sentence, pattern };
    // Texas Governor X, Russia's Foreign Minister X: an office of the place; Atlanta architect X: a resident
    const office = PLACE_OFFICES.test(bare) || PLACE_OFFICES.test(last) || (employer.type === "COUNTRY" && bare !== "" && (ctx.doc.cues.titles.has(last) || ctx.doc.cues.titles.has(last.toLowerCase())));
    if (!office) return { type: "lives_in", subject: person.entity, object: employer.entity, sentence, pattern };
  }
  return { type: "holds_role", subject: person.entity, object: employer.entity, role: role || undefined, sentence, pattern };
}

export function roleRelations(ctx: RelationContext): Found[] {
  const out: Found[] = [];
  // who has a holds_role already, a Set so a long text with a titled name in every sentence stays
  // linear (a scan of `out` per sentence was quadratic)
  const holders = new Set<number>();
  const add = (f: Found | undefined) => {
    if (!f) return;
    out.push(f);
    if (f.type === "holds_role") holders.add(f.subject);
  };

  for (let s = 0; s < ctx.bySentence.length; s++) {
    const list = ctx.bySentence[s]!;
    for (let n = 0; n < list.length; n++) if (ctx.mentions[list[n]!]!.type === "PERSON") rolesOfPerson(ctx, list[n]!, s, add);
  }

  // President Emomali Rahmon (the country the sentence places him in: "… in Dushanbe includes President Emomali Rahmon")
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const people = nationalTitleHolders(ctx, ctx.bySentence[s]!, holders);
    if (people === undefined) continue;
    const country = sentenceCountry(ctx, s);
    if (country === undefined) continue;
    for (const p of people) {
      if (!holders.has(p.entity)) {
        holders.add(p.entity);
        out.push({ type: "holds_role", subject: p.entity, object: country, role: p.title, sentence: s, pattern: "national-title-in-country" });
      }
    }
  }
  return out;
}

/** The roles and homes read around PERSON mention k of sentence s. */
function rolesOfPerson(ctx: RelationContext, k: number, s: number, add: Add): void {
  const p = ctx.mentions[k]!;
  const wordBefore = w(ctx, p.start - 1);
  // Russia's Foreign Minister Sergei Lavrov; XBT spokesman Allan Fitzmaurice; Haitian President Jean-Bertrand Aristide
  // France's deputy representative, M. Pierre Brochand; Ohio's governor, Democrat Richard Celeste
  let titleStart = titleBefore(ctx, p.start);
  if (titleStart < 0 && wordBefore === ",") titleStart = titleBefore(ctx, p.start - 1);
  if (titleStart > 0) {
    let j = titleStart;
    if (isPossessive(ctx, j - 1)) j--;
    // PAN (National Action Party) candidate Fernandez de Cevallos
    if (w(ctx, j - 1) === ")" && w(ctx, j - 3) === "(") j -= 3;
    else if (w(ctx, j - 1) === ")" && w(ctx, j - 4) === "(" && ctx.covering[j - 2] !== -1) j -= 4;
    const employer = mentionOf(ctx, ctx.endsBefore[j] ?? -1, EMPLOYERS);
    // "Anderson's sister Peggy Say": kin of the name before, not staff ("North Carolina's native son X" is a resident)
    const roleEnd = wordBefore === "," ? p.start - 1 : p.start;
    if (employer && sameSentence(ctx, employer.start, p.start) && (!KIN.has(w(ctx, roleEnd - 1)) || RESIDENTS.has(w(ctx, roleEnd - 2)))) {
      add(roleRelation(ctx, p, employer, roleText(ctx, titleStart, roleEnd), s, "employer-title-name"));
    }
  }

  if (titleStart < 0) {
    const before = ctx.endsBefore[p.start - 1] ?? -1;
    // Dravnik Institute's Halvard Brisk (its staff); Ohio's Richard Celeste (a resident)
    const owner = isPossessive(ctx, p.start - 1) ? mentionOf(ctx, before, EMPLOYERS) : undefined;
    if (owner && owner.form !== "demonym" && sameSentence(ctx, owner.start, p.start)) {
      add(owner.type === "ORGANIZATION" ? roleRelation(ctx, p, owner, "", s, "employer-possessive-name") : { type: "lives_in", subject: p.entity, object: owner.entity, sentence: s, pattern: "place-possessive-name" });
    }
    // "FAA Administrator Allan McArtor" read as one name: the title is the name's first word
    const t = ctx.doc.tokens[p.start]!;
    const employer = t.cap && p.end - p.start > 1 && isRoleWord(ctx, p.start) ? mentionOf(ctx, ctx.endsBefore[p.start] ?? -1, EMPLOYERS) : undefined;
    if (employer && sameSentence(ctx, employer.start, p.start)) add(roleRelation(ctx, p, employer, t.text, s, "employer-title-name"));
  }
  // the chairman of the Tarnwell Society, Ismo Vartanen; the president of the United States, Dwight D. Eisenhower
  if (wordBefore === ",") frontedRole(ctx, p, s, add);
  // Ismo Vartanen's allegedly corrupt Dravnik Workers Union (the body a person leads or belongs to)
  if (isPossessive(ctx, p.end)) {
    let j = p.end + 1;
    while (j < p.end + 4 && ctx.covering[j] === -1 && ctx.doc.tokens[j]?.kind === TokenKind.Word && !ctx.doc.tokens[j]!.cap && roleDescriptionToken(ctx, j)) j++;
    const body = mentionOf(ctx, ctx.startsAt[j] ?? -1, ORGANIZATIONS);
    if (body && !modifiesNoun(ctx, orgEnd(ctx, body))) add(roleRelation(ctx, p, body, "", s, "name-possessive-employer"));
  }
  // the board named Ismo Vartanen chairman of the Dravnik Institute; made X provisional president of Haiti
  if (NAMING.has(wordBefore) && ctx.doc.tokens[p.end]?.kind === TokenKind.Word) appositive(ctx, [p], w(ctx, p.end) === "as" ? p.end + 1 : p.end, s, add, "named-name-role-of-employer");

  // Valtrin Oskoda, chief executive of Brenmark Holdings Ltd.; Mikhail Shevtsov, a correspondent for ITAR-TASS
  const group = coordinatedFrom(ctx, k, PERSONS);
  const last = group[group.length - 1]!;
  let i = last.end;
  if (w(ctx, i) === "," && /^\d+$/.test(w(ctx, i + 1)) && w(ctx, i + 2) === ",") i += 2;
  // Sen. Alan Cranston, D-Calif., chairman of …
  if (w(ctx, i) === "," && /^[rdi]$/.test(w(ctx, i + 1)) && w(ctx, i + 2) === "-") {
    let e = i + 3;
    while (e < i + 8 && w(ctx, e) !== "," && sameSentence(ctx, e, i)) e++;
    if (w(ctx, e) === ",") i = e;
  }
  // Marie Ferraro, 50, of Bethany, Conn.; Stephanie Powell, of the DEM's division of groundwater
  if (w(ctx, i) === "," && w(ctx, i + 1) === "of") nameOf(ctx, group, i + 1, s, add);
  else if (w(ctx, i) === ",") appositive(ctx, group, i + 1, s, add);
  // Lt. Jim Bowell of the Butler Township Fire Department; James Blight and David Welch of Harvard University
  else if (OF_AT.has(w(ctx, i))) nameOf(ctx, group, i, s, add);
  // X, who works for Y; X heads Y; X joined Y
  predicate(ctx, group, last.end, s, add);
}

/** The sentence's people titled "President", "Foreign Minister" … with no holds_role found for them, or undefined for none. */
function nationalTitleHolders(ctx: RelationContext, list: number[], holders: ReadonlySet<number>): MentionRef[] | undefined {
  let people: MentionRef[] | undefined;
  for (let n = 0; n < list.length; n++) {
    const m = ctx.mentions[list[n]!]!;
    if (m.type === "PERSON" && m.title && NATIONAL_TITLE.test(m.title) && !holders.has(m.entity)) (people ??= []).push(m);
  }
  return people;
}

const NATIONAL_TITLE = /^((Deputy |Vice |First Deputy )?(President|Prime Minister|Premier|Foreign Minister|Defen[cs]e Minister|Interior Minister|Finance Minister|Economy Minister|Minister)|King|Queen|Emir|Sultan|Chancellor)$/;
const TRAVEL = new Set(["visit", "visits", "visited", "visiting", "arrive", "arrives", "arrived", "arriving", "trip", "tour", "flew", "travel", "travelled", "traveled", "traveling", "travelling", "guest", "guests", "trip"]);

/** The one country the sentence's "in <place>" phrases point to, when there is exactly one and nobody travels. */
function sentenceCountry(ctx: RelationContext, s: number): number | undefined {
  const sentence = ctx.doc.sentences[s]!;
  const found = new Set<number>();
  for (let i = sentence.start; i < sentence.end; i++) {
    if (TRAVEL.has(w(ctx, i))) return undefined;
    if (w(ctx, i) !== "in") continue;
    const m = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, i + 1)] ?? -1, PLACES);
    if (!m || m.form === "demonym") continue;
    const c = countryOf(ctx, m, false);
    if (c !== undefined) found.add(c);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** "X of Y" (token i is "of" or "at"): Y's staff when Y is a body, Y's resident when Y is a place. */
function nameOf(ctx: RelationContext, group: MentionRef[], i: number, s: number, add: Add): void {
  const target = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, i + 1)] ?? -1, EMPLOYERS);
  if (!target || !sameSentence(ctx, target.start, group[0]!.start)) return;
  for (const person of group) {
    if (target.type === "ORGANIZATION") {
      add(roleRelation(ctx, person, target, person.title ?? "", s, "name-of-employer"));
      let after = target.end;
      // of Harvard University's John F. Kennedy School of Government
      const inner = isPossessive(ctx, after) ? mentionOf(ctx, ctx.startsAt[after + 1] ?? -1, ORGANIZATIONS) : undefined;
      if (inner) {
        add(roleRelation(ctx, person, inner, person.title ?? "", s, "name-of-employer"));
        after = inner.end;
      }
      // Dominique Beuff of the Red Cross in Khartoum; Dean Falk of the State University of New York at Albany
      // (a person lives in the most specific place named; "Khartoum, Sudan" adds located_in, not a second home)
      if (w(ctx, after) === "in" || w(ctx, after) === "at") {
        const place = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, after + 1)] ?? -1, PLACES);
        if (place && place.form !== "demonym") add({ type: "lives_in", subject: person.entity, object: place.entity, sentence: s, pattern: "name-of-employer-in-place" });
      }
    } else if (w(ctx, i) === "of" && target.form !== "demonym") {
      // Bob Dole of Kansas; President Emomali Rahmon of Tajikistan; Andrew Hall of Miami, Fla.
      const honorific = !person.title || /^(Mr|Mrs|Ms|Miss|Dr)\.?$/.test(person.title);
      if (!honorific && target.type === "COUNTRY") add(roleRelation(ctx, person, target, person.title!, s, "name-of-country"));
      else add({ type: "lives_in", subject: person.entity, object: target.entity, sentence: s, pattern: "name-of-place" });
    }
  }
}

/** "the chairman of the Tarnwell Society, Ismo Vartanen": a role of a body, then a comma and the name. */
function frontedRole(ctx: RelationContext, p: MentionRef, s: number, add: Add): void {
  let j = p.start - 1;
  // "of the Social Democrat Populist Party ( SHP ) , X"
  if (w(ctx, j - 1) === ")" && w(ctx, j - 3) === "(") j -= 3;
  const employer = mentionOf(ctx, ctx.endsBefore[j] ?? -1, EMPLOYERS);
  if (!employer || employer.form === "demonym" || !sameSentence(ctx, employer.start, p.start)) return;
  let i = employer.start - 1;
  if (THE.has(w(ctx, i))) i--;
  if (!OF_FOR_AT.has(w(ctx, i))) return;
  const prep = i;
  if (!isRoleWord(ctx, i - 1) || !roleHead(ctx, i - 1)) return;
  i--;
  while (i > prep - 5 && describesBefore(ctx, i - 1)) i--;
  // "a study by the chairman of Y, X": only a role that opens the phrase
  add(roleRelation(ctx, p, employer, roleText(ctx, i, prep), s, "role-of-employer-comma-name"));
}

// Words between the article and an employer named as a modifier: ", a former Yale University law professor".
const LEAD_MODIFIERS = new Set(["former", "retired", "longtime", "long-time", "veteran", "onetime", "one-time", "then", "senior", "top", "current", "fellow", "leading", "prominent"]);

type Add = (f: Found | undefined) => void;

/**
 * A role described after a person: ", a top official of the Italian Agricultural Confederation",
 * ", an Atlanta architect", ", Brenmark's chairman", "is a reporter for …" (from `start`, just after the
 * comma or the verb). Coordinated descriptions each count: ", director of X and a member of Y".
 */
function appositive(ctx: RelationContext, people: MentionRef[], start: number, s: number, add: Add, pattern = "name-comma-role-of-employer"): void {
  let i = start;
  // ", one of Ethiopia's most distinguished lawyers"; ", one of the top strategists in Israel"
  if (w(ctx, i) === "one" && w(ctx, i + 1) === "of") i += 2;
  let det = A_AN_THE_ETC.has(w(ctx, i)) ? i + 1 : i;
  while (LEAD_MODIFIERS.has(w(ctx, det))) det++;
  // ", another Emery employee"; ", the Washington correspondent for …"; ", a Soviet historian"
  const lead = mentionOf(ctx, ctx.startsAt[det] ?? -1, EMPLOYERS);
  if (lead) {
    let j = lead.end;
    if (isPossessive(ctx, j)) j++;
    const e = roleDescription(ctx, j, 6);
    if (e > j) {
      const role = roleText(ctx, j, e);
      const employer = lead.form === "demonym" ? demonymCountry(lead) : lead;
      if (employer) for (const p of people) add(roleRelation(ctx, p, employer, role, s, "name-comma-employer-role"));
      // ", the Washington correspondent for Austrian television"
      if (isRolePreposition(w(ctx, e))) roleOfEmployer(ctx, people, i, e, s, add, pattern);
      return;
    }
  }
  const e = roleDescription(ctx, i, 9);
  if (e > 0 && isRolePreposition(w(ctx, e))) roleOfEmployer(ctx, people, i, e, s, add, pattern);
}

function isRolePreposition(x: string): boolean {
  return x === "of" || x === "for" || x === "at" || x === "with" || x === "in";
}

/** The role [roleStart, prep) then "of/for/at/with/in" and the employer, and any role coordinated after it. */
function roleOfEmployer(ctx: RelationContext, people: MentionRef[], roleStart: number, prep: number, s: number, add: Add, pattern: string): void {
  for (let round = 0; round < 3; round++) {
    let how = w(ctx, prep);
    let target = employerAfter(ctx, prep + 1, how === "of" || how === "for" || how === "in");
    // "a professor of political science at Y"; "vice president of daytime programs for Y"
    for (let hop = 0; !target && hop < 2 && (how === "of" || how === "for"); hop++) {
      const k = skipArticle(ctx, prep + 1);
      let e = k;
      while (e < k + 5 && ctx.covering[e] === -1 && ctx.doc.tokens[e]?.kind === TokenKind.Word && !ctx.doc.tokens[e]!.cap && roleDescriptionToken(ctx, e) && w(ctx, e) !== "and") e++;
      if (e === k || !isRolePreposition(w(ctx, e))) break;
      prep = e;
      how = w(ctx, prep);
      target = employerAfter(ctx, prep + 1, how === "of" || how === "for" || how === "in");
    }
    if (!target) {
      // ", leader of Bosnian Serbs and vice-president of the Union of Serb Writers": try the next role
      let j = prep + 1;
      while (j < prep + 8 && w(ctx, j) !== "and" && sameSentence(ctx, j, prep) && !(isPunct(ctx, j) && w(ctx, j) !== "," && w(ctx, j) !== "-") && !mentionOf(ctx, ctx.covering[j] ?? -1, PERSONS)) j++;
      if (w(ctx, j) !== "and") return;
      roleStart = j + 1;
      const e = roleDescription(ctx, roleStart, 8);
      if (e < 0 || !isRolePreposition(w(ctx, e))) return;
      prep = e;
      continue;
    }
    if (!sameSentence(ctx, target.start, roleStart) || modifiesNoun(ctx, target.end)) return;
    const role = roleText(ctx, roleStart, prep);
    let after = target.end;
    if (target.type === "ORGANIZATION") {
      const targets = coordinatedFrom(ctx, ctx.startsAt[target.start]!, ORGANIZATIONS);
      for (const tg of targets.length > 0 ? targets : [target]) for (const p of people) add(roleRelation(ctx, p, tg, role, s, pattern));
      after = (targets[targets.length - 1] ?? target).end;
      // "of Harvard University 's John F. Kennedy School of Government"
      if (isPossessive(ctx, after)) {
        const inner = mentionOf(ctx, ctx.startsAt[after + 1] ?? -1, ORGANIZATIONS);
        if (inner) {
          for (const p of people) add(roleRelation(ctx, p, inner, role, s, pattern));
          after = inner.end;
        }
      }
      // "of the Social Democrat Populist Party ( SHP )"
      if (w(ctx, after) === "(" && w(ctx, after + 2) === ")") after += 3;
      // "metals economist with Drexel Burnham Lambert Inc. in New York": the person works there too
      if (w(ctx, after) === "in" || (w(ctx, after) === "," && w(ctx, after + 1) === "in")) {
        const at = w(ctx, after) === "in" ? after + 1 : after + 2;
        const place = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, at)] ?? -1, PLACES);
        if (place && place.form !== "demonym") for (const p of people) add({ type: "lives_in", subject: p.entity, object: place.entity, sentence: s, pattern: "name-role-of-employer-in-place" });
      }
    } else {
      // "president of the United States", "elections supervisor for Dade County", "an opera singer in Shanghai"
      if (how === "at" || how === "with") return;
      for (const p of people) add(roleRelation(ctx, p, target, role, s, pattern));
      const chain = placeChain(ctx, target.start);
      after = (chain[chain.length - 1] ?? target).end;
    }
    // ", director of the Foundation on Economic Trends and a member of the Global Greenhouse Network"
    let next = after;
    if (w(ctx, next) === ",") next++;
    if (w(ctx, next) !== "and") return;
    roleStart = next + 1;
    const e = roleDescription(ctx, roleStart, 8);
    if (e < 0 || !isRolePreposition(w(ctx, e))) return;
    prep = e;
  }
}

/**
 * The employer named after a preposition at token i: "the Federal Reserve", "the investment firm
 * Prudential-Bache Securities", "the corporate law firm of Skadden, Arps". Places only when `places`.
 */
function employerAfter(ctx: RelationContext, i: number, places: boolean): MentionRef | undefined {
  i = skipArticle(ctx, i);
  const m = employerAt(ctx, i);
  // "chairman of the Stuttgart-based Daimler-Benz": the body, not its city
  if (m && m.type !== "ORGANIZATION" && w(ctx, m.end) === "-" && w(ctx, m.end + 1) === "based") return mentionOf(ctx, ctx.startsAt[m.end + 2] ?? -1, ORGANIZATIONS);
  if (m) return m.type === "ORGANIZATION" || places ? m : undefined;
  let j = i;
  // "the investment firm Prudential-Bache", "the Region 2 Border Patrol Police" (a name read in part)
  while (j < i + 4 && ctx.covering[j] === -1 && (ctx.doc.tokens[j]?.kind === TokenKind.Number || (ctx.doc.tokens[j]?.kind === TokenKind.Word && roleDescriptionToken(ctx, j) && w(ctx, j) !== "and"))) j++;
  if (j === i) return undefined;
  if (w(ctx, j) === "of") j++;
  return mentionOf(ctx, ctx.startsAt[j] ?? -1, ORGANIZATIONS);
}

/** "inventor of the Kodak camera": a lower-case noun after the name makes the name a modifier. */
function modifiesNoun(ctx: RelationContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  // "… Union controls the port": a verb with its object is no noun
  if (THE_A_AN_ETC6.has(w(ctx, i + 1))) return false;
  return !!t && t.kind === TokenKind.Word && !t.cap && ctx.covering[i] === -1 && roleDescriptionToken(ctx, i) && t.lower !== "and" && !isPossessive(ctx, i);
}

/** The country a demonym mention names ("a Soviet historian" → Soviet Union). */
function demonymCountry(m: MentionRef): MentionRef | undefined {
  return m.type === "COUNTRY" ? m : undefined;
}

/**
 * The employer named at token i. A demonym yields to the organization it qualifies: "the Italian
 * Agricultural Confederation", "the Peruvian silver mining company Minpeco S.A.".
 */
function employerAt(ctx: RelationContext, i: number): MentionRef | undefined {
  const m = mentionOf(ctx, ctx.startsAt[i] ?? -1, EMPLOYERS);
  if (!m || m.form !== "demonym") return m;
  for (let j = m.end; j <= m.end + 3; j++) {
    const org = mentionOf(ctx, ctx.startsAt[j] ?? -1, ORGANIZATIONS);
    if (org) return org;
    const t = ctx.doc.tokens[j];
    if (!t || t.cap || t.kind !== 0 || ctx.covering[j] !== -1) break;
  }
  return undefined;
}

const EMPLOYMENT = new Set(["works", "worked", "working", "work"]);
// Kinship words: "X's sister Y" relates two people, never a person to a body or a place.
const KIN = new Set(["sister", "brother", "wife", "husband", "son", "daughter", "mother", "father", "widow", "widower", "niece", "nephew", "cousin", "uncle", "aunt", "grandson", "granddaughter", "stepson", "stepdaughter", "fiancee", "fiance"]);
// Verbs that give a person a post: "named X chairman of Y".
const NAMING = new Set(["named", "appointed", "elected", "made", "nominated", "designated", "makes", "names", "appoints", "elects"]);
const LEADING = new Set(["heads", "headed", "leads", "led", "chairs", "chaired", "runs", "ran", "founded", "owns", "owned", "joined", "joins", "represents", "represented", "operates", "operated", "manages", "managed", "directs", "directed"]);
// Verbs of doing one's job for a body: "covers the White House for", "taught at", "writes for", "has researched the Arrow for".
const WORKING = new Set([
  "works", "worked", "working", "work", "taught", "teaches", "teach", "teaching", "lectures", "lectured", "writes", "wrote", "write",
  "reports", "reported", "covers", "covered", "cover", "plays", "played", "serves", "served", "serve", "stars", "starred",
  "researched", "researches", "studies", "studied", "edits", "edited", "anchors", "anchored", "coaches", "coached", "practices",
  "practiced", "specializes", "specialized", "follows", "followed", "consults", "consulted", "analyzes", "monitors", "designs", "designed",
]);
// Verbs after "who" that say what a person did to a body, not for it: "who voted for", "who spoke at".
const NOT_WORKING = new Set([
  "voted", "votes", "asked", "asks", "called", "calls", "argued", "pushed", "lobbied", "applied", "applies", "paid", "pays", "waited",
  "searched", "looked", "looks", "fought", "fights", "spoke", "speaks", "arrived", "arrives", "left", "leaves", "headed", "flew",
  "sailed", "ran", "runs", "campaigned", "sued", "sues", "praised", "blamed", "thanked", "criticized", "apologized", "cared",
  "prayed", "testified", "appeared", "appears", "visited", "visits", "met", "meets", "stayed", "died", "dies", "was", "were",
  "is", "are", "sent", "sends", "wrote", "bought", "sold", "accepted", "received", "won", "lost", "competed", "raised",
]);
const AUXILIARIES = new Set(["has", "had", "have", "also", "now", "still", "once", "previously", "currently", "since", "long", "then", "will", "would", "later", "formerly", "recently", "already", "often", "reportedly", "probably"]);
const COPULAS = new Set(["is", "was", "are", "were", "became", "becomes", "remains", "remained", "been", "be"]);

/**
 * What the sentence says a person does for a body: "X, who works for Y"; "X heads Y"; "X is a reporter
 * for Y"; "X covers the White House for Y"; "X, who has researched the Arrow for Y".
 */
function predicate(ctx: RelationContext, people: MentionRef[], end: number, s: number, add: Add): void {
  let i = end;
  let relative = false;
  // "Joseph Varga, 58, was acting comptroller at …"
  if (w(ctx, i) === "," && /^\d+$/.test(w(ctx, i + 1)) && w(ctx, i + 2) === "," && !ctx.doc.tokens[i + 3]?.cap) i += 3;
  if (w(ctx, i) === "," && w(ctx, i + 1) === "who") {
    i += 2;
    relative = true;
  } else if (w(ctx, i) === "who") {
    i++;
    relative = true;
  }
  while (AUXILIARIES.has(w(ctx, i))) i++;
  if (COPULAS.has(w(ctx, i))) {
    while (COPULAS.has(w(ctx, i)) || AUXILIARIES.has(w(ctx, i))) i++;
    // "Lavrov is holding talks with …": a verb, not a role
    if (w(ctx, i).endsWith("ing") && !TITLE_MODIFIERS.has(w(ctx, i))) return;
    // "X is a member of the Illinois Commerce Commission"; "X is the AP's Northwest regional reporter"
    appositive(ctx, people, i, s, add, "name-is-role-of-employer");
    return;
  }
  const verb = w(ctx, i);
  if (EMPLOYMENT.has(verb) && FOR_AT.has(w(ctx, i + 1))) {
    const target = employerAfter(ctx, i + 2, false);
    if (target && sameSentence(ctx, target.start, end - 1)) for (const p of people) add(roleRelation(ctx, p, target, "", s, "name-works-for"));
    return;
  }
  if (LEADING.has(verb)) {
    const target = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, i + 1)] ?? -1, ORGANIZATIONS);
    if (!target || !sameSentence(ctx, target.start, end - 1)) return;
    const role = HEADS_HEADED_LEADS_ETC.has(verb) ? "head" : CHAIRS_CHAIRED.has(verb) ? "chair" : FOUNDED.has(verb) ? "founder" : OWNS_OWNED.has(verb) ? "owner" : /^join/.test(verb) ? "member" : /^repr/.test(verb) ? "representative" : /^(manag|direct)/.test(verb) ? "manager" : /^operat/.test(verb) ? "operator" : "head";
    for (const p of people) add(roleRelation(ctx, p, target, role, s, "name-leads-employer"));
    return;
  }
  // "X taught at Y"; "X covers the White House for Y"; "X, who follows oil prices for the investment firm Y"
  const t = ctx.doc.tokens[i];
  if (!t || t.kind !== TokenKind.Word || ctx.covering[i] !== -1) return;
  if (!WORKING.has(verb) && !(relative && !NOT_WORKING.has(verb) && (verb.endsWith("s") || verb.endsWith("ed")))) return;
  for (let j = i + 1; j < i + 10 && sameSentence(ctx, j, i); j++) {
    const x = w(ctx, j);
    if (x === "for" || x === "at" || (x === "on" && WORKING.has(verb))) {
      const target = employerAfter(ctx, j + 1, false);
      // "taught at Harvard University and the National War College"
      const targets = target ? coordinatedFrom(ctx, ctx.startsAt[target.start]!, ORGANIZATIONS) : [];
      for (const tg of targets.length > 0 ? targets : target ? [target] : []) for (const p of people) add(roleRelation(ctx, p, tg, "", s, WORKING.has(verb) ? "name-works-for" : "name-who-does-for-employer"));
      return;
    }
    const m = ctx.covering[j] !== -1 ? ctx.mentions[ctx.covering[j]!]! : undefined;
    if (m && (m.type === "PERSON" || m.type === "ORGANIZATION")) return;
    if (ctx.doc.tokens[j]!.kind === TokenKind.Punct && x !== "-" && x !== "'") return;
    if (x === "and" || x === "but" || x === "who" || x === "which" || x === "that" || x === "to" || x === "said") return;
  }
}
