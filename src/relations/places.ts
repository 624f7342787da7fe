// located_in (LOCATION → LOCATION or COUNTRY), based_in (ORGANIZATION → LOCATION or COUNTRY),
// lives_in (PERSON → LOCATION or COUNTRY).

import type { EntityType } from "../types.js";
import {
  coordinatedBefore,
  countryOf,
  entityKind,
  isPossessive,
  mentionOf,
  sameSentence,
  skipArticle,
  w,
  type Found,
  type MentionRef,
  type RelationContext,
} from "./context.js";

const PLACES: readonly EntityType[] = ["LOCATION", "COUNTRY"];
const LARGER_KINDS = /^(region|state|province|county|territory|continent|country|nation|island|sea)$/;
// "in northeast England", "in extreme northwestern South Dakota"
const COMPASS = /^((north|south)(east|west)?(ern)?|(east|west)(ern)?|central|extreme|far|upper|lower|the)$/;
// "in English 1313 GMT": a language after "in", guessed to be a place.
const LANGUAGE_LIKE = /(ish|ese|ian|an|ic|i)$/;

/** Could `outer` contain `inner`? Countries and regions contain cities; a known city's country must agree. */
function canContain(ctx: RelationContext, inner: MentionRef, outer: MentionRef): boolean {
  if (inner.entity === outer.entity || inner.type === "COUNTRY" || outer.form === "demonym" || inner.form === "demonym") return false;
  const innerKind = entityKind(ctx, inner.entity);
  const outerKind = entityKind(ctx, outer.entity);
  if (outer.type === "LOCATION" && outerKind === "city") return innerKind === "" && ctx.entities[inner.entity]!.attributes.country === undefined;
  if (outer.type === "LOCATION" && !LARGER_KINDS.test(outerKind) && outerKind !== "") return false;
  if (innerKind !== "" && LARGER_KINDS.test(innerKind) && outer.type === "LOCATION") return false;
  const innerCountry = ctx.entities[inner.entity]!.attributes.country;
  if (typeof innerCountry === "string") {
    const outerEntity = ctx.entities[outer.entity]!;
    const outerCountry = outer.type === "COUNTRY" ? outerEntity.name : outerEntity.attributes.country;
    // BELGRADE, Yugoslavia: a former state still contains its cities
    // "Alexandria, Va." names the Virginia town, not the Egyptian city: only a country contradicts.
    if (outer.type === "COUNTRY" && typeof outerCountry === "string" && outerCountry.toUpperCase() !== innerCountry.toUpperCase() && outerEntity.attributes.historical !== "yes") return false;
  }
  return true;
}

/** The place mention at token i and the larger places chained after it by commas ("Chattanooga, Tenn."; "Petaluma, Calif."). */
export function placeChain(ctx: RelationContext, i: number): MentionRef[] {
  const first = mentionOf(ctx, ctx.startsAt[i] ?? -1, PLACES);
  if (!first || first.form === "demonym") return [];
  const chain = [first];
  let cur = first;
  while (w(ctx, cur.end) === ",") {
    const next = mentionOf(ctx, ctx.startsAt[cur.end + 1] ?? -1, PLACES);
    if (!next || !sameSentence(ctx, next.start, cur.start) || !canContain(ctx, cur, next)) break;
    chain.push(next);
    cur = next;
  }
  return chain;
}

/** "Paris, London and Rome": a comma that separates list items, not a place from its region. */
function inList(ctx: RelationContext, chain: MentionRef[]): boolean {
  const last = chain[chain.length - 1]!;
  const after = w(ctx, last.end) === "," ? last.end + 1 : last.end;
  if (w(ctx, after) === "and" || w(ctx, after) === "or") {
    const m = mentionOf(ctx, ctx.startsAt[after + 1] ?? -1, PLACES);
    if (m && entityKind(ctx, m.entity) === entityKind(ctx, last.entity) && m.type === last.type) return true;
  }
  const before = chain[0]!.start - 1;
  if (w(ctx, before) === ",") {
    const m = mentionOf(ctx, ctx.endsBefore[before] ?? -1, PLACES);
    if (m && m.type === chain[0]!.type && entityKind(ctx, m.entity) === entityKind(ctx, chain[0]!.entity)) return true;
  }
  return false;
}

export function placeRelations(ctx: RelationContext): Found[] {
  const out: Found[] = [];
  const located = (inner: MentionRef, outer: MentionRef, s: number, pattern: string) => {
    if (canContain(ctx, inner, outer)) out.push({ type: "located_in", subject: inner.entity, object: outer.entity, sentence: s, pattern });
  };
  const based = (org: MentionRef, place: MentionRef, s: number, pattern: string) => {
    if (org.entity !== place.entity && place.form !== "demonym") out.push({ type: "based_in", subject: org.entity, object: place.entity, sentence: s, pattern });
  };
  const lives = (person: MentionRef, place: MentionRef, s: number, pattern: string) => {
    if (person.entity !== place.entity && place.form !== "demonym") out.push({ type: "lives_in", subject: person.entity, object: place.entity, sentence: s, pattern });
  };

  ctx.bySentence.forEach((list, s) => {
    const sentence = ctx.doc.sentences[s]!;
    for (const k of list) {
      const m = ctx.mentions[k]!;

      if (m.type === "LOCATION" || m.type === "COUNTRY") {
        // Chattanooga, Tenn.; Caracas, Venezuela; Fire Island National Seashore, Patchogue, N.Y.
        const chain = placeChain(ctx, m.start);
        if (chain.length > 1 && chain[0] === m && !inList(ctx, chain) && w(ctx, m.start - 1) !== ",") {
          for (let c = 0; c + 1 < chain.length; c++) located(chain[c]!, chain[c + 1]!, s, "place-comma-region");
        }
        if (chain[0] === m) datelineAgency(ctx, chain, s, based);
        // Gosforth in northeast England; Rome is in Lazio province; Brushy Mountain Penitentiary in Tennessee
        if (m.type === "LOCATION" && m.form !== "demonym") {
          let i = m.end;
          if (w(ctx, i) === "is" || w(ctx, i) === "lies") i++;
          if (w(ctx, i) === "in") {
            i++;
            while (COMPASS.test(w(ctx, i))) i++;
            const outer = mentionOf(ctx, ctx.startsAt[i] ?? -1, PLACES);
            if (outer && sameSentence(ctx, outer.start, m.start) && (outer.type === "COUNTRY" || LARGER_KINDS.test(entityKind(ctx, outer.entity)))) {
              // Umbria and Lazio provinces in central Italy
              const group = coordinatedBefore(ctx, m.end, ["LOCATION"]);
              for (const inner of group.length > 0 ? group : [m]) located(inner, outer, s, "place-in-region");
            }
          }
          // Dushanbe, the Tajik capital; Baghdad, Iraq's capital
          if (w(ctx, m.end) === ",") {
            let j = skipArticle(ctx, m.end + 1);
            const c = mentionOf(ctx, ctx.startsAt[j] ?? -1, ["COUNTRY"]);
            if (c) {
              j = c.end;
              if (isPossessive(ctx, j)) j++;
              if (/^capital$/.test(w(ctx, j))) out.push({ type: "located_in", subject: m.entity, object: c.entity, sentence: s, pattern: "city-the-country-capital" });
            }
          }
          // Zambia's Kafue River; Serbia's southern province of Kosovo
          if (isPossessive(ctx, m.start - 1)) {
            const c = mentionOf(ctx, ctx.endsBefore[m.start - 1] ?? -1, ["COUNTRY"]);
            if (c && c.form !== "demonym") located(m, c, s, "country-possessive-place");
          }
          // Moscow ITAR-TASS; Beijing XINHUA in English (a wire-service slug)
          const next = mentionOf(ctx, ctx.startsAt[m.end] ?? -1, ["ORGANIZATION"]);
          if (next && (m.start === sentence.start || /\d/.test(ctx.doc.tokens[m.start - 1]?.text ?? "")) && ctx.doc.tokens[next.start]!.allCaps) {
            based(next, m, s, "place-then-agency-slug");
          }
        }
      }

      if (m.type === "ORGANIZATION") {
        let i = m.end;
        // National Space Development Agency of Japan (NASDA); Centro Nacional de Microelectronica (CNM) in Barcelona
        if (w(ctx, i) === "(" && w(ctx, i + 2) === ")") i += 3;
        // the Foreign Ministry in Moscow; Pacific Marine Inc. of Houston; St. Nicholas Hospital in Gosforth in northeast England
        // Pepperell, based in West Point, Ga.; Church's is headquartered in San Antonio
        let viaVerb = false;
        let j = i;
        if (w(ctx, j) === ",") j++;
        if (/^(which|that)$/.test(w(ctx, j))) j++;
        if (/^(is|was|are|were|has|had|been)$/.test(w(ctx, j))) j++;
        if (w(ctx, j) === "been") j++;
        if (/^(based|headquartered|located)$/.test(w(ctx, j)) && w(ctx, j + 1) === "in") {
          i = j + 1;
          viaVerb = true;
        }
        if ((w(ctx, i) === "in" || (w(ctx, i) === "of" && ctx.doc.tokens[i + 1]?.cap)) && sameSentence(ctx, i, m.start)) {
          const chain = placeChain(ctx, skipArticle(ctx, i + 1));
          const language = chain[0]?.guess === true && LANGUAGE_LIKE.test(ctx.doc.tokens[chain[0].end - 1]!.text);
          if (chain.length > 0 && !language && (viaVerb || !inList(ctx, chain))) {
            for (const place of chain) based(m, place, s, viaVerb ? "org-based-in-place" : "org-in-place");
            // "in Gosforth in northeast England"
            const tail = chain[chain.length - 1]!;
            if (w(ctx, tail.end) === "in") {
              let e = tail.end + 1;
              while (COMPASS.test(w(ctx, e))) e++;
              const outer = mentionOf(ctx, ctx.startsAt[e] ?? -1, PLACES);
              if (outer && canContain(ctx, tail, outer)) based(m, outer, s, "org-in-place");
            }
          }
        }
        // Moscow-based Interfax; New Orleans-based Popeyes
        const b = m.start;
        if (w(ctx, b - 1) === "based" && w(ctx, b - 2) === "-") {
          const place = mentionOf(ctx, ctx.endsBefore[b - 2] ?? -1, PLACES);
          if (place) based(m, place, s, "place-based-org");
        }
        // China's Great Wall firm; Germany's Bundesbank
        if (isPossessive(ctx, m.start - 1)) {
          const place = mentionOf(ctx, ctx.endsBefore[m.start - 1] ?? -1, PLACES);
          if (place && place.form !== "demonym") based(m, place, s, "place-possessive-org");
        }
        // the German Government; the Angolan Government (a state's own institutions)
        const lead = mentionOf(ctx, ctx.endsBefore[m.start] ?? -1, ["COUNTRY"]);
        if (GOVERNMENT.test(ctx.doc.tokens[m.end - 1]!.text)) {
          const country = lead ? countryOf(ctx, lead, false) : leadingCountry(ctx, m);
          if (country !== undefined && country !== m.entity) {
            out.push({ type: "based_in", subject: m.entity, object: country, sentence: s, pattern: "demonym-government" });
          }
        }
      }

      if (m.type === "PERSON") personPlaces(ctx, m, s, lives);
    }
    nativePlaces(ctx, s, lives);
  });
  return out;
}

/** "the Chinese Government" read as one name: the country its first word names, if the text mentions it. */
function leadingCountry(ctx: RelationContext, m: MentionRef): number | undefined {
  for (const match of ctx.doc.matchesAt.get(m.start) ?? []) {
    if (match.end >= m.end) continue;
    for (const v of match.variants) {
      const entry = ctx.doc.gazetteer.entries[v.entry]!;
      if (entry.type === "COUNTRY") return ctx.countryByName.get(entry.name.toUpperCase());
    }
  }
  return undefined;
}

const GOVERNMENT = /^(Government|Ministry|Parliament|Army|Navy|Cabinet)$/;

/**
 * "SEOUL, South Korea (AP)": a wire dateline, the agency in brackets right after the place, names the
 * bureau the agency files from. A date in between ("DUSHANBE, April 24 (Itar-Tass)") says only where
 * the story was written, so it yields nothing.
 */
function datelineAgency(ctx: RelationContext, chain: MentionRef[], s: number, based: (o: MentionRef, p: MentionRef, s: number, pattern: string) => void): void {
  const first = chain[0]!;
  if (first.start !== ctx.doc.sentences[s]!.start && !ctx.doc.tokens[first.start]!.newlineBefore) return;
  if (!ctx.doc.tokens[first.start]!.allCaps) return;
  const i = chain[chain.length - 1]!.end;
  if (w(ctx, i) !== "(") return;
  const agency = mentionOf(ctx, ctx.startsAt[i + 1] ?? -1, ["ORGANIZATION"]);
  if (!agency || w(ctx, agency.end) !== ")") return;
  for (const place of chain) based(agency, place, s, "dateline-agency");
}

const BORN = /^(born)$/;
const LIVES = /^(lives|lived|living|resides|resided|residing|grew)$/;

/** born in, a native of, lives in, from. */
function personPlaces(ctx: RelationContext, p: MentionRef, s: number, lives: (p: MentionRef, place: MentionRef, s: number, pattern: string) => void): void {
  const sentence = ctx.doc.sentences[s]!;
  let i = p.end;
  if (w(ctx, i) === "," && /^\d+$/.test(w(ctx, i + 1)) && w(ctx, i + 2) === ",") i += 3;
  else if (w(ctx, i) === ",") i++;
  if (w(ctx, i) === "who") i++;
  while (/^(was|is|were|had|has|have|been|also|now|still|then|once|later)$/.test(w(ctx, i))) i++;

  // Betsy Ross was born in Philadelphia; Woodrow Wilson (28th President): Born … 1856, in a manse in Staunton, Va.
  // Annie Oakley … was born Phoebe Ann Moses in Willowdell
  const bornAt = w(ctx, p.start - 1) === "born" ? p.start - 1 : findBorn(ctx, p, sentence.end);
  if (bornAt >= 0) {
    const place = placeAfter(ctx, bornAt + 1, sentence.end, 18);
    if (place) lives(p, place, s, "born-in");
  }
  // Mrs. Tsuruyama is from Yatsushiro; Madonna comes from Bay City, Mich.
  if ((/^(is|was|comes|came|hails)$/.test(w(ctx, i - 1)) || /^(comes|came|hails)$/.test(w(ctx, i))) && (w(ctx, i) === "from" || w(ctx, i + 1) === "from")) {
    const place = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, w(ctx, i) === "from" ? i + 1 : i + 2)] ?? -1, PLACES);
    if (place && place.form !== "demonym") lives(p, place, s, "name-is-from-place");
  }
  // Mary, who lives in Rock Hill; X grew up in Y
  if (LIVES.test(w(ctx, i))) {
    let j = i + 1;
    if (w(ctx, j) === "up") j++;
    if (/^(in|at)$/.test(w(ctx, j))) {
      const place = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, j + 1)] ?? -1, PLACES);
      if (place) lives(p, place, s, "lives-in");
    }
  }
  // Rogers, a native of Fort Worth, Texas; Mr. Vee, a Fargo native; David Cicippio, an electronics technician from North Wales, Pa.
  if (w(ctx, p.end) === ",") {
    let j = skipArticle(ctx, p.end + 1);
    for (let e = j; e < j + 10 && e < sentence.end; e++) {
      const x = w(ctx, e);
      if (x === "," || x === ";" || x === "who" || x === "said") break;
      if (ctx.covering[e] !== -1) {
        const place = mentionOf(ctx, ctx.startsAt[e] ?? -1, PLACES);
        // James Dickey, Georgia born
        if (place && place.form !== "demonym" && /^(native|born)$/.test(w(ctx, place.end))) lives(p, place, s, "place-native");
        if (!place || ctx.doc.tokens[e - 1]?.text !== "from") break;
      }
      if ((x === "native" && w(ctx, e + 1) === "of") || x === "from") {
        const place = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, e + (x === "from" ? 1 : 2))] ?? -1, PLACES);
        if (place && place.form !== "demonym") lives(p, place, s, x === "from" ? "name-comma-from-place" : "native-of-place");
        break;
      }
    }
  }
  // Modesto native George Lucas
  if (w(ctx, p.start - 1) === "native") {
    const place = mentionOf(ctx, ctx.endsBefore[p.start - 1] ?? -1, PLACES);
    if (place && place.form !== "demonym") lives(p, place, s, "place-native-name");
  }
}

/** "Jesse Jackson … his big win in his native South Carolina": the nearest person before "his native". */
function nativePlaces(ctx: RelationContext, s: number, lives: (p: MentionRef, place: MentionRef, s: number, pattern: string) => void): void {
  const sentence = ctx.doc.sentences[s]!;
  for (let i = sentence.start + 1; i < sentence.end; i++) {
    if (w(ctx, i) !== "native" || !/^(his|her)$/.test(w(ctx, i - 1))) continue;
    const place = mentionOf(ctx, ctx.startsAt[i + 1] ?? -1, PLACES);
    if (!place || place.form === "demonym") continue;
    let person: MentionRef | undefined;
    for (const k of ctx.bySentence[s]!) if (ctx.mentions[k]!.type === "PERSON" && ctx.mentions[k]!.end <= i) person = ctx.mentions[k];
    if (person) lives(person, place, s, "his-native-place");
  }
}

/** "born" after the person (… was born …), or a clause-initial "Born" after a name (Woodrow Wilson (…): Born …). */
function findBorn(ctx: RelationContext, p: MentionRef, end: number): number {
  for (let i = p.end; i < end && i < p.end + 16; i++) {
    if (BORN.test(w(ctx, i))) return i;
    const m = ctx.covering[i] !== -1 ? ctx.mentions[ctx.covering[i]!] : undefined;
    if (m && m.type === "PERSON" && !(w(ctx, m.start - 1) === "born")) return -1;
    if (/^(and|but|;|who|whose|that|which)$/.test(w(ctx, i)) && !/^(born)$/.test(w(ctx, i + 1)) && !(w(ctx, i) === "who")) return -1;
  }
  return -1;
}

/** The first place after "in"/"at"/"near" from token i, with no other person in between. */
function placeAfter(ctx: RelationContext, start: number, end: number, limit: number): MentionRef | undefined {
  for (let i = start; i < end && i < start + limit; i++) {
    const m = ctx.covering[i] !== -1 ? ctx.mentions[ctx.covering[i]!] : undefined;
    if (m && m.type === "PERSON" && w(ctx, start - 1) !== "born") return undefined;
    if (m && m.type === "PERSON") continue;
    if (w(ctx, i) === ";" || (w(ctx, i) === "." && ctx.doc.tokens[i]?.spaceBefore)) return undefined;
    if (/^(in|at|near)$/.test(w(ctx, i))) {
      const place = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, i + 1)] ?? -1, PLACES);
      if (place && place.form !== "demonym") return place;
      // "in a Presbyterian manse in Staunton": keep looking
    }
  }
  return undefined;
}
