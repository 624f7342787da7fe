// located_in (LOCATION → LOCATION or COUNTRY), based_in (ORGANIZATION → LOCATION or COUNTRY),
// lives_in (PERSON → LOCATION or COUNTRY).

import { TokenKind } from "../text/tokenize.js";
import {
  coordinatedBefore,
  COUNTRIES,
  countryNamed,
  countryOf,
  entityKind,
  HAS_BORN,
  HAS_NATIVE,
  HAS_POSSESSIVE,
  isPossessive,
  LOCATIONS,
  mentionOf,
  NO_MENTIONS,
  ORGANIZATIONS,
  orgEnd,
  PERSONS,
  PLACES,
  sameSentence,
  skipArticle,
  w,
  type Found,
  type MentionRef,
  type RelationContext,
} from "./context.js";

// Word sets the patterns test tokens against (Set lookups: no regex object per test).
const WHICH_THAT = new Set(["which", "that"]);
const IS_WAS_ARE_ETC = new Set(["is", "was", "are", "were", "has", "had", "been"]);
const BASED_HEADQUARTERED_LOCATED = new Set(["based", "headquartered", "located"]);
const PART_CORNER_TIP_ETC = new Set(["part", "corner", "tip", "coast", "edge", "end", "half", "region", "section", "outskirts", "interior"]);
const CONTINENT_OCEAN_SEA_ETC = new Set(["continent", "ocean", "sea", "peninsula"]);
const DISTRICT_PARISH_COUNTY_ETC = new Set(["district", "parish", "county", "canton"]);
const OF_IN_AND_ETC = new Set(["of", "in", "and", "or", "who", "which", "that", "is", "was", "said"]);
const IN_OVER_NEAR_ETC = new Set(["in", "over", "near", "at", "outside", "around", "across", "throughout"]);
const WAS_IS_WERE_ETC = new Set(["was", "is", "were", "had", "has", "have", "been", "also", "now", "still", "then", "once", "later"]);
const IS_WAS_COMES_ETC = new Set(["is", "was", "comes", "came", "hails"]);
const COMES_CAME_HAILS = new Set(["comes", "came", "hails"]);
const IN_AT = new Set(["in", "at"]);
const NATIVE_BORN = new Set(["native", "born"]);
const HIS_HER = new Set(["his", "her"]);
const IN_AT_NEAR = new Set(["in", "at", "near"]);

const CLAUSE_BREAKS = new Set(["and", "but", ";", "who", "whose", "that", "which"]);

const LARGER_KINDS = new Set(["region", "state", "province", "county", "territory", "continent", "country", "nation", "island", "sea", "ocean", "prefecture", "republic", "peninsula", "district"]);
// "in northeast England", "in extreme northwestern South Dakota"
const COMPASS = new Set(["north", "northern", "south", "southern", "east", "eastern", "west", "western", "northeast", "northeastern", "northwest", "northwestern", "southeast", "southeastern", "southwest", "southwestern", "central", "extreme", "far", "upper", "lower", "the"]);
// "in English 1313 GMT": a language after "in", guessed to be a place.
const LANGUAGE_LIKE = /(ish|ese|ian|an|ic|i)$/;

/** Could `outer` contain `inner`? Countries and regions contain cities; a known city's country must agree. */
function canContain(ctx: RelationContext, inner: MentionRef, outer: MentionRef): boolean {
  if (inner.entity === outer.entity || outer.form === "demonym" || inner.form === "demonym") return false;
  // Turkey in the Balkans; Madagascar, an island nation in the Indian Ocean
  if (inner.type === "COUNTRY") return isSupranational(ctx, outer);
  const innerKind = entityKind(ctx, inner.entity);
  const outerKind = entityKind(ctx, outer.entity);
  if (outer.type === "LOCATION" && outerKind === "city") return innerKind === "" && ctx.entities[inner.entity]!.attributes.country === undefined;
  if (outer.type === "LOCATION" && !LARGER_KINDS.has(outerKind) && outerKind !== "") return false;
  if (innerKind !== "" && LARGER_KINDS.has(innerKind) && outer.type === "LOCATION") return false;
  // "Loei Province, Nakhon Thai District in Phitsanulok Province": a province is not inside another
  if (outer.type === "LOCATION" && innerKind === "") {
    const outerRank = regionRank(w(ctx, outer.end - 1)) || regionRank(outerKind);
    if (outerRank > 0 && regionRank(w(ctx, inner.end - 1)) >= outerRank) return false;
  }
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
  if (!first || first.form === "demonym") return NO_MENTIONS;
  const chain = [first];
  let cur = first;
  while (w(ctx, cur.end) === ",") {
    // Mohammadia, south-east Algeria; Gosforth, northern England
    let j = cur.end + 1;
    while (ctx.covering[j] === -1 && w(ctx, j) !== "the" && (COMPASS.has(w(ctx, j)) || (w(ctx, j) === "-" && COMPASS.has(w(ctx, j + 1))))) j++;
    const next = mentionOf(ctx, ctx.startsAt[j] ?? -1, PLACES);
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
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const list = ctx.bySentence[s]!;
    for (let n = 0; n < list.length; n++) {
      const m = ctx.mentions[list[n]!]!;
      if (m.type === "PERSON") personPlaces(ctx, out, m, s);
      else if (m.type === "ORGANIZATION") organizationPlaces(ctx, out, m, s);
      else if (m.type === "LOCATION" || m.type === "COUNTRY") placePlaces(ctx, out, m, s);
    }
    // each of these pairs two mentions of the sentence
    if (list.length < 2) continue;
    frontedPlace(ctx, out, s);
    const words = ctx.sentenceWords[s]!;
    if ((words & HAS_NATIVE) !== 0) nativePlaces(ctx, out, s);
    if ((words & HAS_POSSESSIVE) !== 0) homePlaces(ctx, out, s);
  }
  return out;
}

function located(ctx: RelationContext, out: Found[], inner: MentionRef, outer: MentionRef, s: number, pattern: string): void {
  if (canContain(ctx, inner, outer)) out.push({ type: "located_in", subject: inner.entity, object: outer.entity, sentence: s, pattern });
}

function based(out: Found[], org: MentionRef, place: MentionRef, s: number, pattern: string): void {
  if (org.entity !== place.entity && place.form !== "demonym") out.push({ type: "based_in", subject: org.entity, object: place.entity, sentence: s, pattern });
}

// "Soviet Armenia": the demonym's country holds the place, unless the place is known to lie elsewhere
function demonymLocated(ctx: RelationContext, out: Found[], inner: MentionRef, demonym: MentionRef, s: number, pattern: string): void {
  const known = ctx.entities[inner.entity]!.attributes.country;
  const name = ctx.entities[demonym.entity]!.name;
  // Soviet Armenia: a former union holds a present-day country
  const historical = ctx.entities[demonym.entity]!.attributes.historical === "yes";
  if (inner.entity === demonym.entity || (inner.type !== "LOCATION" && !(inner.type === "COUNTRY" && historical))) return;
  if (typeof known === "string" && known.toUpperCase() !== name.toUpperCase() && ctx.entities[demonym.entity]!.attributes.historical !== "yes") return;
  out.push({ type: "located_in", subject: inner.entity, object: demonym.entity, sentence: s, pattern });
}

function lives(out: Found[], person: MentionRef, place: MentionRef, s: number, pattern: string): void {
  if (person.entity !== place.entity && place.form !== "demonym") out.push({ type: "lives_in", subject: person.entity, object: place.entity, sentence: s, pattern });
}

/** A place in a larger one, a body based at a place, a place a demonym names: patterns read from LOCATION or COUNTRY mention m. */
function placePlaces(ctx: RelationContext, out: Found[], m: MentionRef, s: number): void {
  const sentence = ctx.doc.sentences[s]!;
  // Chattanooga, Tenn.; Caracas, Venezuela; Fire Island National Seashore, Patchogue, N.Y.
  const chain = placeChain(ctx, m.start);
  if (chain.length > 1 && chain[0] === m && !inList(ctx, chain) && w(ctx, m.start - 1) !== ",") {
    for (let c = 0; c + 1 < chain.length; c++) located(ctx, out, chain[c]!, chain[c + 1]!, s, "place-comma-region");
  }
  if (chain[0] === m) datelineAgency(ctx, out, chain, s);
  if (chain[0] === m) datedDateline(ctx, out, chain, s);
  // Gosforth in northeast England; Rome is in Lazio province; Brushy Mountain Penitentiary in Tennessee
  if (m.type === "LOCATION" && m.form !== "demonym") {
    let i = m.end;
    // the Sahara desert in Africa; Umbria and Lazio provinces in central Italy
    if (GEO_NOUNS.has(w(ctx, i))) i++;
    if (w(ctx, i) === "is" || w(ctx, i) === "lies") i++;
    // Mont Blanc, in the western Alps
    else if (w(ctx, i) === "," && w(ctx, i + 1) === "in") i++;
    if (w(ctx, i) === "in") {
      i = regionStart(ctx, i + 1);
      const outer = mentionOf(ctx, ctx.startsAt[i] ?? -1, PLACES);
      if (outer && sameSentence(ctx, outer.start, m.start) && isRegion(ctx, outer)) {
        // Umbria and Lazio provinces in central Italy
        const group = coordinatedBefore(ctx, m.end, LOCATIONS).filter((g) => g.end <= m.end);
        for (const inner of group.length > 0 ? group : [m]) located(ctx, out, inner, outer, s, "place-in-region");
      }
    }
    // Yerevan, the capital of Armenia; Cuenca, third most important city in Ecuador
    if (w(ctx, m.end) === ",") {
      const outer = placeNounOf(ctx, m.end + 1);
      if (outer && sameSentence(ctx, outer.start, m.start)) located(ctx, out, m, outer, s, "place-comma-capital-of-place");
    }
    // Bosnia's capital, Sarajevo; the U.S. capital of Washington; the Soviet republic of Byelorussia
    if ((w(ctx, m.start - 1) === "," || w(ctx, m.start - 1) === "of") && PLACE_NOUNS.has(w(ctx, m.start - 2))) {
      let j = m.start - 2;
      if (isPossessive(ctx, j - 1)) j--;
      else if (w(ctx, m.start - 1) === ",") j = -1;
      const outer = j >= 0 ? mentionOf(ctx, ctx.endsBefore[j] ?? -1, PLACES) : undefined;
      if (outer && sameSentence(ctx, outer.start, m.start)) {
        const country = outer.form === "demonym" ? outer : undefined;
        if (country) demonymLocated(ctx, out, m, country, s, "demonym-place-noun-of-place");
        else located(ctx, out, m, outer, s, "place-capital-comma-place");
      }
    }

    // Dushanbe, the Tajik capital; Baghdad, Iraq's capital
    if (w(ctx, m.end) === ",") {
      let j = skipArticle(ctx, m.end + 1);
      const c = mentionOf(ctx, ctx.startsAt[j] ?? -1, COUNTRIES);
      if (c) {
        j = c.end;
        if (isPossessive(ctx, j)) j++;
        if (w(ctx, j) === "capital") out.push({ type: "located_in", subject: m.entity, object: c.entity, sentence: s, pattern: "city-the-country-capital" });
      }
    }
    // Zambia's Kafue River; Serbia's southern province of Kosovo; California's Sierra Nevada
    if (isPossessive(ctx, m.start - 1)) {
      const c = mentionOf(ctx, ctx.endsBefore[m.start - 1] ?? -1, PLACES);
      if (c && c.form !== "demonym") located(ctx, out, m, c, s, c.type === "COUNTRY" ? "country-possessive-place" : "place-possessive-place");
    }
    // Moscow ITAR-TASS; Beijing XINHUA in English (a wire-service slug)
    const next = mentionOf(ctx, ctx.startsAt[m.end] ?? -1, ORGANIZATIONS);
    if (next && (m.start === sentence.start || /\d/.test(ctx.doc.tokens[m.start - 1]?.text ?? "")) && ctx.doc.tokens[next.start]!.allCaps) {
      based(out, next, m, s, "place-then-agency-slug");
    }
  }

  if (m.form !== "demonym") {
    // Soviet Armenia; the Chinese province Anhui
    const lead = mentionOf(ctx, ctx.endsBefore[m.start] ?? -1, COUNTRIES);
    if (lead && lead.form === "demonym") demonymLocated(ctx, out, m, lead, s, "demonym-place");
  }
  if (m.type === "COUNTRY" && m.form !== "demonym") {
    // Turkey in the Balkans; Madagascar, an island nation in the Indian Ocean
    const outer = w(ctx, m.end) === "in" ? mentionOf(ctx, ctx.startsAt[regionStart(ctx, m.end + 1)] ?? -1, LOCATIONS) : w(ctx, m.end) === "," ? placeNounOf(ctx, m.end + 1) : undefined;
    if (outer && sameSentence(ctx, outer.start, m.start)) located(ctx, out, m, outer, s, "country-in-world-region");
  }
}

/** The places a body is based at: patterns read from ORGANIZATION mention m. */
function organizationPlaces(ctx: RelationContext, out: Found[], m: MentionRef, s: number): void {
  const nameEnd = orgEnd(ctx, m);
  let i = nameEnd;
  // National Space Development Agency of Japan (NASDA); Centro Nacional de Microelectronica (CNM) in Barcelona
  if (w(ctx, i) === "(" && w(ctx, i + 2) === ")") i += 3;
  // the Foreign Ministry in Moscow; Pacific Marine Inc. of Houston; St. Nicholas Hospital in Gosforth in northeast England
  // Pepperell, based in West Point, Ga.; Church's is headquartered in San Antonio
  let viaVerb = false;
  let j = i;
  if (w(ctx, j) === ",") j++;
  if (WHICH_THAT.has(w(ctx, j))) j++;
  if (IS_WAS_ARE_ETC.has(w(ctx, j))) j++;
  if (w(ctx, j) === "been") j++;
  if (BASED_HEADQUARTERED_LOCATED.has(w(ctx, j)) && w(ctx, j + 1) === "in") {
    i = j + 1;
    viaVerb = true;
  }
  // the Jarama Cavalry Brigade from Salamanca
  if ((w(ctx, i) === "in" || w(ctx, i) === "from" || (w(ctx, i) === "of" && ctx.doc.tokens[i + 1]?.cap)) && sameSentence(ctx, i, m.start)) {
    const chain = placeChain(ctx, skipArticle(ctx, i + 1));
    const language = chain[0]?.guess === true && LANGUAGE_LIKE.test(ctx.doc.tokens[chain[0].end - 1]!.text);
    if (chain.length > 0 && !language && (viaVerb || !inList(ctx, chain))) {
      for (const place of chain) based(out, m, place, s, viaVerb ? "org-based-in-place" : "org-in-place");
      // "in Gosforth in northeast England"
      const tail = chain[chain.length - 1]!;
      if (w(ctx, tail.end) === "in") {
        let e = tail.end + 1;
        while (COMPASS.has(w(ctx, e))) e++;
        const outer = mentionOf(ctx, ctx.startsAt[e] ?? -1, PLACES);
        if (outer && canContain(ctx, tail, outer)) based(out, m, outer, s, "org-in-place");
      }
    }
  }
  // the Associated Press bureau in Beirut; NRC headquarters in nearby Rockville, Md.; the NRC's Rockville, Md., headquarters
  {
    let j = m.end;
    if (isPossessive(ctx, j)) j++;
    if (FACILITIES.has(w(ctx, j)) && sameSentence(ctx, j, m.start)) {
      let e = j + 1;
      if (w(ctx, e) === "in" || w(ctx, e) === "at") {
        e++;
        while (COMPASS.has(w(ctx, e)) || w(ctx, e) === "nearby" || w(ctx, e) === "suburban" || w(ctx, e) === "downtown") e++;
        for (const place of placeChain(ctx, e)) based(out, m, place, s, "org-facility-in-place");
      }
    } else if (j > m.end) {
      const chain = placeChain(ctx, j);
      const last = chain[chain.length - 1];
      let e = last ? last.end : -1;
      if (w(ctx, e) === ",") e++;
      if (last && FACILITIES.has(w(ctx, e))) for (const place of chain) based(out, m, place, s, "org-possessive-place-facility");
    }
  }
  // the U.S. Immigration and Naturalization Service; the U.S. 6th Fleet
  const country = mentionOf(ctx, ctx.endsBefore[m.start] ?? -1, COUNTRIES);
  if (country && country.form !== "demonym" && !isPossessive(ctx, m.start - 1) && w(ctx, country.start - 1) !== "," && w(ctx, country.start - 1) !== "and") based(out, m, country, s, "country-org");
  // Sun Hung Kai Properties, a Hong Kong construction firm; Brenmark, the Danish shipping group
  if (w(ctx, nameEnd) === ",") {
    let j = skipArticle(ctx, nameEnd + 1);
    const place = mentionOf(ctx, ctx.startsAt[j] ?? -1, PLACES);
    if (place && place.form !== "demonym") {
      j = place.end;
      if (isPossessive(ctx, j)) j++;
      let e = j;
      while (e < j + 4 && ctx.covering[e] === -1 && ctx.doc.tokens[e]?.kind === TokenKind.Word && !ctx.doc.tokens[e]!.cap && !BODY_NOUNS.has(w(ctx, e)) && /^[a-z-]+$/.test(w(ctx, e))) e++;
      if (BODY_NOUNS.has(w(ctx, e))) based(out, m, place, s, "org-comma-place-body");
    }
  }
  // Moscow-based Interfax; New Orleans-based Popeyes
  const b = m.start;
  if (w(ctx, b - 1) === "based" && w(ctx, b - 2) === "-") {
    const place = mentionOf(ctx, ctx.endsBefore[b - 2] ?? -1, PLACES);
    if (place) based(out, m, place, s, "place-based-org");
  }
  // China's Great Wall firm; Germany's Bundesbank
  if (isPossessive(ctx, m.start - 1)) {
    const place = mentionOf(ctx, ctx.endsBefore[m.start - 1] ?? -1, PLACES);
    if (place && place.form !== "demonym") based(out, m, place, s, "place-possessive-org");
  }
  // the German Government; the Angolan Government (a state's own institutions)
  const lead = mentionOf(ctx, ctx.endsBefore[m.start] ?? -1, COUNTRIES);
  if (GOVERNMENT.has(ctx.doc.tokens[m.end - 1]!.text)) {
    const country = lead ? countryOf(ctx, lead, false) : leadingCountry(ctx, m);
    if (country !== undefined && country !== m.entity) {
      out.push({ type: "based_in", subject: m.entity, object: country, sentence: s, pattern: "demonym-government" });
    }
  }
}

/** "the Chinese Government" read as one name: the country its first word names, if the text mentions it. */
function leadingCountry(ctx: RelationContext, m: MentionRef): number | undefined {
  for (const match of ctx.doc.matchesAt.get(m.start) ?? []) {
    if (match.end >= m.end) continue;
    for (const v of match.variants) {
      const entry = ctx.doc.gazetteer.entries[v.entry]!;
      if (entry.type === "COUNTRY") return countryNamed(ctx, entry.name);
    }
  }
  return undefined;
}

const GOVERNMENT = new Set(["Government", "Ministry", "Parliament", "Army", "Navy", "Cabinet"]);

// Nouns for a body after its place: "a Hong Kong construction firm", "the U.S. agency".
const BODY_NOUNS = new Set(["firm", "company", "group", "agency", "bank", "newspaper", "daily", "weekly", "paper", "station", "network", "university", "college", "institute", "party", "union", "organization", "organisation", "corporation", "concern", "maker", "manufacturer", "producer", "broadcaster", "airline", "carrier", "retailer", "chain", "publisher", "club", "team", "ministry", "department", "council", "committee", "court", "school", "hospital", "foundation", "association", "society", "conglomerate", "subsidiary", "unit", "lender", "insurer", "utility", "magazine", "studio", "label", "think-tank"]);
// Nouns that name what a place is, after the place: "the Sahara desert", "Lazio provinces".
const GEO_NOUNS = new Set(["desert", "river", "mountains", "valley", "basin", "region", "area", "province", "provinces", "state", "county", "island", "islands", "coast", "lake", "peninsula", "plateau", "district"]);

/** After "in": compass words and "the southeastern part of" before the larger place ("in the southeastern part of Rwanda"). */
function regionStart(ctx: RelationContext, i: number): number {
  while (COMPASS.has(w(ctx, i))) i++;
  if (PART_CORNER_TIP_ETC.has(w(ctx, i)) && w(ctx, i + 1) === "of") {
    i += 2;
    while (COMPASS.has(w(ctx, i))) i++;
  }
  return i;
}

/** A place spanning countries: a continent, an ocean or sea, or a region that belongs to no country (the Balkans). */
function isSupranational(ctx: RelationContext, m: MentionRef): boolean {
  if (m.type !== "LOCATION" || m.form === "demonym") return false;
  const kind = entityKind(ctx, m.entity);
  if (CONTINENT_OCEAN_SEA_ETC.has(kind)) return true;
  return kind === "region" && ctx.entities[m.entity]!.attributes.country === undefined;
}

// Where a body works from: "the AP bureau in Beirut", "NRC headquarters in Rockville".
const FACILITIES = new Set(["headquarters", "bureau", "office", "offices", "plant", "factory", "branch", "campus", "laboratory", "laboratories", "facility", "mill", "refinery", "embassy", "consulate", "hq"]);
// Nouns for a place inside a larger one: "the capital of Armenia", "the Soviet republic of Byelorussia".
const PLACE_NOUNS = new Set(["capital", "city", "town", "village", "port", "province", "state", "region", "district", "county", "republic", "island", "suburb", "prefecture", "parish", "nation", "country", "kingdom", "emirate", "seaport", "resort"]);
// Last words that make an unknown place a region: "Phitsanulok Province", "Cameron Parish".
const REGION_WORDS = new Set(["province", "county", "state", "region", "district", "prefecture", "parish", "oblast", "department", "territory", "governorate", "canton", "krai", "republic"]);

/** 2 for a province-sized unit, 1 for a district-sized one, 0 for any other word. */
function regionRank(x: string): number {
  if (!REGION_WORDS.has(x)) return 0;
  return DISTRICT_PARISH_COUNTY_ETC.has(x) ? 1 : 2;
}

/** A place large enough to hold others: a country, a state or region, or a name ending in "Province", "County" … */
function isRegion(ctx: RelationContext, m: MentionRef): boolean {
  if (m.type === "COUNTRY") return true;
  const kind = entityKind(ctx, m.entity);
  if (LARGER_KINDS.has(kind)) return true;
  return kind === "" && REGION_WORDS.has(w(ctx, m.end - 1));
}

/** ", the capital of Armenia" / ", third most important city in Ecuador" from token i: the larger place. */
function placeNounOf(ctx: RelationContext, i: number): MentionRef | undefined {
  let j = skipArticle(ctx, i);
  const limit = j + 5;
  let noun = false;
  while (j < limit && ctx.covering[j] === -1 && ctx.doc.tokens[j] && !ctx.doc.tokens[j]!.cap && /^[a-z0-9-]+$/.test(w(ctx, j)) && !OF_IN_AND_ETC.has(w(ctx, j))) {
    noun = PLACE_NOUNS.has(w(ctx, j));
    j++;
  }
  if (!noun) return undefined;
  if (w(ctx, j) !== "of" && w(ctx, j) !== "in") return undefined;
  j = skipArticle(ctx, j + 1);
  while (COMPASS.has(w(ctx, j))) j++;
  const outer = mentionOf(ctx, ctx.startsAt[j] ?? -1, PLACES);
  // "the capital of China's Xinjiang region": the nearer place
  const inner = outer && isPossessive(ctx, outer.end) ? mentionOf(ctx, ctx.startsAt[outer.end + 1] ?? -1, PLACES) : undefined;
  if (inner && inner.form !== "demonym") return inner;
  return outer && outer.form !== "demonym" ? outer : undefined;
}

/**
 * "In Idaho, … smoke hung over Boise"; "Montana: a fire in the Custer National Forest"; "In Washington,
 * the General Accounting Office …": a region opening the sentence holds the smaller places the sentence
 * names and the body it names first.
 */
function frontedPlace(ctx: RelationContext, out: Found[], s: number): void {
  const sentence = ctx.doc.sentences[s]!;
  let i = sentence.start;
  if (w(ctx, i) === "(" && w(ctx, i + 2) === ")") i += 3;
  const colon = w(ctx, i) !== "in";
  if (!colon) i++;
  const outer = mentionOf(ctx, ctx.startsAt[i] ?? -1, PLACES);
  if (!outer || outer.form === "demonym") return;
  const after = w(ctx, outer.end);
  if (colon ? after !== ":" : after !== ",") return;
  // "In Washington, the General Accounting Office (GAO) says"
  const org = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, outer.end + 1)] ?? -1, ORGANIZATIONS);
  if (org && !colon) based(out, org, outer, s, "fronted-place-org");
  if (!isRegion(ctx, outer)) return;
  for (const k of ctx.bySentence[s]!) {
    const m = ctx.mentions[k]!;
    if (m.start <= outer.end || m.type !== "LOCATION" || m.form === "demonym" || isRegion(ctx, m)) continue;
    // only a place the sentence puts somewhere ("in Denver", "over Boise", "near the city of Ramona")
    let b = m.start - 1;
    if (w(ctx, b) === "the") b--;
    if (w(ctx, b) === "of" && PLACE_NOUNS.has(w(ctx, b - 1))) b -= 2;
    if (w(ctx, b) === "the") b--;
    if (IN_OVER_NEAR_ETC.has(w(ctx, b))) located(ctx, out, m, outer, s, "fronted-region-place");
  }
}

const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

/**
 * "Sofia, February 15 (BTA) --": a dated dateline names where the story was filed. The agency is based
 * there only when its own headquarters or country says so (BTA is Bulgarian; Itar-Tass filing from
 * Dushanbe is not based in Dushanbe).
 */
function datedDateline(ctx: RelationContext, out: Found[], chain: MentionRef[], s: number): void {
  let i = chain[chain.length - 1]!.end;
  if (w(ctx, i) === ",") i++;
  const start = i;
  while (i < start + 4 && (MONTHS.has(w(ctx, i)) || /^\d{1,2}$/.test(w(ctx, i)) || (w(ctx, i) === "." && i > start))) i++;
  if (i === start || !MONTHS.has(w(ctx, start)) && !MONTHS.has(w(ctx, start + 1))) return;
  if (w(ctx, i) === ",") i++;
  if (w(ctx, i) !== "(") return;
  const agency = mentionOf(ctx, ctx.startsAt[i + 1] ?? -1, ORGANIZATIONS);
  if (!agency || w(ctx, agency.end) !== ")") return;
  const attrs = ctx.entities[agency.entity]!.attributes;
  const hq = typeof attrs.headquarters === "string" ? attrs.headquarters.toUpperCase() : undefined;
  const home = typeof attrs.country === "string" ? attrs.country.toUpperCase() : undefined;
  if (!hq && !home) return;
  for (const place of chain) {
    const e = ctx.entities[place.entity]!;
    const placeCountry = place.type === "COUNTRY" ? e.name.toUpperCase() : typeof e.attributes.country === "string" ? e.attributes.country.toUpperCase() : undefined;
    if ((hq && e.name.toUpperCase() === hq) || (home && placeCountry === home)) based(out, agency, place, s, "dated-dateline-home-agency");
  }
}

/**
 * "SEOUL, South Korea (AP)": a wire dateline, the agency in brackets right after the place, names the
 * bureau the agency files from. A date in between ("DUSHANBE, April 24 (Itar-Tass)") says only where
 * the story was written, so it yields nothing.
 */
function datelineAgency(ctx: RelationContext, out: Found[], chain: MentionRef[], s: number): void {
  const first = chain[0]!;
  if (first.start !== ctx.doc.sentences[s]!.start && !ctx.doc.tokens[first.start]!.newlineBefore) return;
  if (!ctx.doc.tokens[first.start]!.allCaps) return;
  const i = chain[chain.length - 1]!.end;
  if (w(ctx, i) !== "(") return;
  const agency = mentionOf(ctx, ctx.startsAt[i + 1] ?? -1, ORGANIZATIONS);
  if (!agency || w(ctx, agency.end) !== ")") return;
  for (const place of chain) based(out, agency, place, s, "dateline-agency");
}

const LIVES = new Set(["lives", "lived", "living", "resides", "resided", "residing", "grew"]);

/** born in, a native of, lives in, from. */
function personPlaces(ctx: RelationContext, out: Found[], p: MentionRef, s: number): void {
  const sentence = ctx.doc.sentences[s]!;
  const wordBefore = w(ctx, p.start - 1);
  const wordAfter = w(ctx, p.end);
  let i = p.end;
  if (wordAfter === "," && /^\d+$/.test(w(ctx, i + 1)) && w(ctx, i + 2) === ",") i += 3;
  else if (wordAfter === ",") i++;
  if (w(ctx, i) === "who") i++;
  while (WAS_IS_WERE_ETC.has(w(ctx, i))) i++;

  // Betsy Ross was born in Philadelphia; Woodrow Wilson (28th President): Born … 1856, in a manse in Staunton, Va.
  // Annie Oakley … was born Phoebe Ann Moses in Willowdell
  // Illinois born Merin Tolk; Denver-born Merin Tolk
  const bornPlace = wordBefore === "born" ? mentionOf(ctx, ctx.endsBefore[w(ctx, p.start - 2) === "-" ? p.start - 2 : p.start - 1] ?? -1, PLACES) : undefined;
  if (bornPlace && bornPlace.form !== "demonym") lives(out, p, bornPlace, s, "place-born-name");
  const bornAt = bornPlace ? -1 : wordBefore === "born" ? p.start - 1 : findBorn(ctx, p, sentence.end);
  if (bornAt >= 0) {
    const place = placeAfter(ctx, bornAt + 1, sentence.end, 18);
    if (place) lives(out, p, place, s, "born-in");
  }
  // Mrs. Tsuruyama is from Yatsushiro; Madonna comes from Bay City, Mich.
  if ((w(ctx, i) === "from" || w(ctx, i + 1) === "from") && (IS_WAS_COMES_ETC.has(w(ctx, i - 1)) || COMES_CAME_HAILS.has(w(ctx, i)))) {
    const place = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, w(ctx, i) === "from" ? i + 1 : i + 2)] ?? -1, PLACES);
    if (place && place.form !== "demonym") lives(out, p, place, s, "name-is-from-place");
  }
  // Mary, who lives in Rock Hill; X grew up in Y
  if (LIVES.has(w(ctx, i))) {
    let j = i + 1;
    if (w(ctx, j) === "up") j++;
    if (IN_AT.has(w(ctx, j))) {
      const place = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, j + 1)] ?? -1, PLACES);
      if (place) lives(out, p, place, s, "lives-in");
    }
  }
  // Rogers, a native of Fort Worth, Texas; Mr. Vee, a Fargo native; David Cicippio, an electronics technician from North Wales, Pa.
  if (wordAfter === ",") {
    let j = skipArticle(ctx, p.end + 1);
    for (let e = j; e < j + 10 && e < sentence.end; e++) {
      const x = w(ctx, e);
      if (x === "," || x === ";" || x === "who" || x === "said") break;
      if (ctx.covering[e] !== -1) {
        const place = mentionOf(ctx, ctx.startsAt[e] ?? -1, PLACES);
        // James Dickey, Georgia born
        if (place && place.form !== "demonym" && NATIVE_BORN.has(w(ctx, place.end))) lives(out, p, place, s, "place-native");
        if (!place || ctx.doc.tokens[e - 1]?.text !== "from") break;
      }
      if ((x === "native" && w(ctx, e + 1) === "of") || x === "from") {
        const place = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, e + (x === "from" ? 1 : 2))] ?? -1, PLACES);
        if (place && place.form !== "demonym") lives(out, p, place, s, x === "from" ? "name-comma-from-place" : "native-of-place");
        break;
      }
    }
  }
  // Modesto native George Lucas
  if (wordBefore === "native") {
    const place = mentionOf(ctx, ctx.endsBefore[p.start - 1] ?? -1, PLACES);
    if (place && place.form !== "demonym") lives(out, p, place, s, "place-native-name");
  }
}

/** "Jesse Jackson … his big win in his native South Carolina": the nearest person before "his native". */
function nativePlaces(ctx: RelationContext, out: Found[], s: number): void {
  const sentence = ctx.doc.sentences[s]!;
  for (let t = ctx.wordTokensFrom[s]!; t < ctx.wordTokensFrom[s + 1]!; t++) {
    const i = ctx.wordTokens[t]!;
    if (i === sentence.start || w(ctx, i) !== "native" || !HIS_HER.has(w(ctx, i - 1))) continue;
    const place = mentionOf(ctx, ctx.startsAt[i + 1] ?? -1, PLACES);
    if (!place || place.form === "demonym") continue;
    let person: MentionRef | undefined;
    for (const k of ctx.bySentence[s]!) if (ctx.mentions[k]!.type === "PERSON" && ctx.mentions[k]!.end <= i) person = ctx.mentions[k];
    if (person) lives(out, person, place, s, "his-native-place");
  }
}

const HOMES = new Set(["home", "hometown", "birthplace", "house", "residence", "farm", "ranch", "native"]);

/**
 * A person's home named through a possessive: "his Iowa hometown", "her home in Louisville", "his
 * hometown of Grants, N.M.", "Merin Tolk's Denver home". "his"/"her" stand for the nearest person before them.
 */
function homePlaces(ctx: RelationContext, out: Found[], s: number): void {
  const list = ctx.bySentence[s]!;
  // only the sentence's tokens "his", "her", "'s" and "'" can start the pattern
  for (let t = ctx.wordTokensFrom[s]!; t < ctx.wordTokensFrom[s + 1]!; t++) {
    const i = ctx.wordTokens[t]!;
    const x = w(ctx, i);
    let person: MentionRef | undefined;
    if (x === "his" || x === "her") {
      for (const k of list) {
        const m = ctx.mentions[k]!;
        if (m.start >= i) break;
        if (m.type === "PERSON") person = m;
      }
    } else if (isPossessive(ctx, i)) {
      person = mentionOf(ctx, ctx.endsBefore[i] ?? -1, PERSONS);
    }
    if (!person) continue;
    let j = i + 1;
    if (w(ctx, j) === "native" && x !== "his" && x !== "her") continue; // "his native South Carolina" is nativePlaces'
    // his Iowa hometown; Merin Tolk's Denver home
    const before = mentionOf(ctx, ctx.startsAt[j] ?? -1, PLACES);
    if (before && before.form !== "demonym" && HOMES.has(w(ctx, before.end)) && w(ctx, before.end) !== "native") {
      lives(out, person, before, s, "possessive-place-home");
      continue;
    }
    if (!HOMES.has(w(ctx, j)) || w(ctx, j) === "native") continue;
    // Beaumont, Texas, Merin Tolk's hometown
    if (x !== "his" && x !== "her" && w(ctx, person.start - 1) === ",") {
      let q = mentionOf(ctx, ctx.endsBefore[person.start - 1] ?? -1, PLACES);
      while (q && w(ctx, q.start - 1) === ",") {
        const prev = mentionOf(ctx, ctx.endsBefore[q.start - 1] ?? -1, PLACES);
        if (!prev || !canContain(ctx, prev, q)) break;
        q = prev;
      }
      if (q && q.form !== "demonym") lives(out, person, q, s, "place-comma-possessive-home");
    }
    j++;
    // her home in Louisville; his hometown of Grants, N.M.
    if (w(ctx, j) === "in" || w(ctx, j) === "of" || w(ctx, j) === "at" || w(ctx, j) === "near") {
      const place = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, j + 1)] ?? -1, PLACES);
      if (place && place.form !== "demonym") lives(out, person, place, s, "possessive-home-in-place");
    }
  }
}

/** "born" after the person (… was born …), or a clause-initial "Born" after a name (Woodrow Wilson (…): Born …). */
function findBorn(ctx: RelationContext, p: MentionRef, end: number): number {
  if ((ctx.sentenceWords[ctx.doc.sentenceOf[p.start]!]! & HAS_BORN) === 0) return -1;
  const limit = Math.min(end, p.end + 16);
  // a sentence with one mention has no word flags: most have no "born" within reach
  if (!hasWord(ctx, p.end, limit, "born")) return -1;
  for (let i = p.end; i < limit; i++) {
    if (w(ctx, i) === "born") return i;
    const m = ctx.covering[i] !== -1 ? ctx.mentions[ctx.covering[i]!] : undefined;
    if (m && m.type === "PERSON" && !(w(ctx, m.start - 1) === "born")) return -1;
    if (CLAUSE_BREAKS.has(w(ctx, i)) && w(ctx, i + 1) !== "born" && !(w(ctx, i) === "who")) return -1;
  }
  return -1;
}

/** Whether tokens [start, end) hold the lower-case word. */
function hasWord(ctx: RelationContext, start: number, end: number, word: string): boolean {
  for (let i = start; i < end; i++) if (w(ctx, i) === word) return true;
  return false;
}

/** The first place after "in"/"at"/"near" from token i, with no other person in between. */
function placeAfter(ctx: RelationContext, start: number, end: number, limit: number): MentionRef | undefined {
  for (let i = start; i < end && i < start + limit; i++) {
    const m = ctx.covering[i] !== -1 ? ctx.mentions[ctx.covering[i]!] : undefined;
    if (m && m.type === "PERSON" && w(ctx, start - 1) !== "born") return undefined;
    if (m && m.type === "PERSON") continue;
    if (w(ctx, i) === ";" || (w(ctx, i) === "." && ctx.doc.tokens[i]?.spaceBefore)) return undefined;
    if (IN_AT_NEAR.has(w(ctx, i))) {
      const place = mentionOf(ctx, ctx.startsAt[skipArticle(ctx, i + 1)] ?? -1, PLACES);
      if (place && place.form !== "demonym") return place;
      // "in a Presbyterian manse in Staunton": keep looking
    }
  }
  return undefined;
}
