import type { Gazetteer } from "./gazetteer/gazetteer.js";
import { matchGazetteer } from "./gazetteer/match.js";
import { cover, coverage, longestThenPriorityThenEarliest, uncover } from "./resolve/overlaps.js";
import { resolveEntities, type Link } from "./resolve/entities.js";
import { acronymDefinitions, redefineAcronyms } from "./rules/acronyms.js";
import type { Candidate } from "./rules/candidate.js";
import { buildDoc, type Cues } from "./rules/document.js";
import { gazetteerCandidates } from "./rules/gazetteer.js";
import { miscCandidates } from "./rules/misc.js";
import { capitalisedRuns } from "./rules/names.js";
import { organizationCandidates } from "./rules/organizations.js";
import { peopleCandidates } from "./rules/people.js";
import { placeCandidates } from "./rules/places.js";
import { repeatedNames, surnamesOverPlaces } from "./rules/repeated.js";
import { placeAsTeamCandidates } from "./rules/sports.js";
import { taggerGuesses, type SentenceTagger } from "./rules/tagger.js";
import { unknownNameGuesses } from "./rules/unknown.js";
import { extractRelations } from "./relations/index.js";
import { decodeText } from "./text/decode.js";
import { codePointMap } from "./text/offsets.js";
import { splitSentences } from "./text/sentences.js";
import { tokenize } from "./text/tokenize.js";
import type { Entity, Relation } from "./types.js";

export interface PipelineResult {
  entities: Entity[];
  relations: Relation[];
}

export interface PipelineOptions {
  /** Types capitalised words nothing else could type (stage 9); off by default for speed. */
  tagger?: SentenceTagger;
  /** Each mention carries the source of the candidate behind it (`--explain`). */
  explain?: boolean;
}

/**
 * The whole extraction, stage by stage, in the order it runs:
 *  1 decode          text without BOM
 *  2 segment         tokens with offsets, sentences
 *  3 match           every gazetteer key found in the text
 *  4 rules           candidates from gazetteer matches and from the people, organization, place and misc rules
 *  5 overlaps        one candidate per token range (longest, then priority, then earliest)
 *  6 acronyms        "Long Name (ACR)" definitions
 *  7 repeated names  surnames that are also places, later mentions of names found earlier, surnames alone
 *  8 unknown names   capitalised words left over, typed by context
 *  9 tagger          with the tagger option, compromise types the capitalised words still left
 * 10 entities        mentions merged into entities
 * 11 relations       typed relations between entities
 */
export function runPipeline(input: string, gazetteer: Gazetteer, cues: Cues, options: PipelineOptions = {}): PipelineResult {
  const text = decodeText(input);
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens, cues);
  const matches = matchGazetteer(tokens, sentences, gazetteer.trie);
  const doc = buildDoc(text, tokens, sentences, gazetteer, cues, matches);
  const runs = capitalisedRuns(doc);

  const fromGazetteer = gazetteerCandidates(doc);
  const candidates: Candidate[] = fromGazetteer.concat(
    placeAsTeamCandidates(doc, fromGazetteer),
    peopleCandidates(doc, runs),
    organizationCandidates(doc, runs),
    placeCandidates(doc, runs),
    miscCandidates(doc, runs),
  );
  let mentions = longestThenPriorityThenEarliest(candidates, tokens.length);
  const taken = coverage(mentions, tokens.length);
  const addMention = (m: Candidate) => {
    mentions.push(m);
    cover(taken, m);
  };

  const links: Link[] = [];
  const acronyms = acronymDefinitions(doc, mentions, taken);
  mentions = redefineAcronyms(doc, mentions, acronyms);
  const found = mentions.length;
  for (const { long, acronym } of acronyms) {
    if (!mentions.includes(acronym)) addMention(acronym);
    links.push({ a: long, b: acronym });
  }
  for (const m of mentions) {
    const defined = m.redefines;
    if (defined) links.push({ a: defined, b: m });
  }
  if (mentions.length > found) mentions.sort((a, b) => a.start - b.start);

  const overridden = surnamesOverPlaces(doc, mentions);
  if (overridden.length > 0) {
    const replaced = new Set(overridden.map((r) => r.mention.start));
    mentions = mentions.filter((m) => {
      const gone = m.end - m.start === 1 && replaced.has(m.start);
      if (gone) uncover(taken, m);
      return !gone;
    });
  }
  const repeats = repeatedNames(doc, runs, mentions, taken);
  for (const { mention, of } of overridden.concat(repeats)) {
    addMention(mention);
    links.push({ a: of, b: mention });
  }
  for (const m of unknownNameGuesses(doc, runs, taken)) addMention(m);
  if (options.tagger) mentions.push(...taggerGuesses(doc, runs, taken, options.tagger));
  mentions.sort((a, b) => a.start - b.start);

  const resolved = resolveEntities(doc, mentions, links, codePointMap(text), { explain: options.explain });
  const relations = extractRelations(doc, resolved);
  const entities = resolved.entities;
  return { entities, relations };
}
