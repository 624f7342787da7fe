// CoNLL04 relation evaluation (SpERT JSON: tokens, entities with token spans, relations between
// entity indices). Each sentence goes to the extractor as its tokens joined by single spaces.
//
// Relation mapping (issue 3):
//   holds_role, object ORGANIZATION        → Work_For     ("Mikhail Shevtsov, a correspondent for ITAR-TASS")
//   holds_role, object COUNTRY or LOCATION → Live_In      ("Haitian President Jean-Bertrand Aristide")
//   lives_in                               → Live_In
//   located_in                             → Located_In
//   based_in                               → OrgBased_In
// Every other relation type (meets, member_of, bilateral) has no CoNLL04 counterpart and is only
// counted. Gold Kill relations lie outside newsner's types: they are counted and left out.
//
// A relation argument is every mention of its entity in the sentence, as the token span the mention
// overlaps. A predicted relation matches a gold one of the same type when some pair of its argument
// spans matches the gold head and tail: strict = identical token spans, lenient = overlapping spans.
// Predicted and gold relations are paired one to one (maximum matching), so P and R share one
// "correct" count.
//
// Entities are scored as chunks, exactly as in the CoNLL-2003 evaluation: Peop→PER, Org→ORG,
// Loc→LOC, Other ignored; predictions go through the same mention → token mapping (demonym mentions
// become MISC, which CoNLL04 does not score).

import type { DocumentResult, EntityType, RelationType } from "../types.js";
import { buildDocumentText, mentionsToTags, scoreConll, type ConllDocument, type Extractor } from "./conll.js";
import { prf, type Counts, type ScoreResult } from "./score.js";

export const CONLL04_RELATION_TYPES = ["Work_For", "Live_In", "Located_In", "OrgBased_In"] as const;
export type Conll04RelationType = (typeof CONLL04_RELATION_TYPES)[number];

const ENTITY_TAG: Record<string, string | undefined> = { Peop: "PER", Org: "ORG", Loc: "LOC" };

export interface Conll04Entity {
  type: string;
  start: number;
  end: number;
}

export interface Conll04Relation {
  type: string;
  head: number;
  tail: number;
}

export interface Conll04Sentence {
  tokens: string[];
  entities: Conll04Entity[];
  relations: Conll04Relation[];
}

export class Conll04FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Conll04FormatError";
  }
}

function isInt(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v);
}

/** Parses and validates SpERT-style CoNLL04 JSON; errors name the sentence and the bad field. */
export function parseConll04(content: string): Conll04Sentence[] {
  if (content.startsWith("\ufeff")) content = content.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    throw new Conll04FormatError(`not JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(data)) throw new Conll04FormatError("expected a JSON list of sentences");
  return data.map((raw, i): Conll04Sentence => {
    const where = `sentence ${i}`;
    const s = raw as Record<string, unknown>;
    if (!s || typeof s !== "object") throw new Conll04FormatError(`${where}: expected an object`);
    const { tokens, entities = [], relations = [] } = s;
    if (!Array.isArray(tokens) || !tokens.every((t) => typeof t === "string")) {
      throw new Conll04FormatError(`${where}: "tokens" must be a list of strings`);
    }
    if (!Array.isArray(entities)) throw new Conll04FormatError(`${where}: "entities" must be a list`);
    if (!Array.isArray(relations)) throw new Conll04FormatError(`${where}: "relations" must be a list`);
    const ents = entities.map((e: Record<string, unknown>, j): Conll04Entity => {
      if (typeof e?.type !== "string" || !isInt(e.start) || !isInt(e.end) || e.start < 0 || e.end <= e.start || e.end > tokens.length) {
        throw new Conll04FormatError(`${where}, entity ${j}: bad entity ${JSON.stringify(e)}`);
      }
      return { type: e.type, start: e.start, end: e.end };
    });
    const rels = relations.map((r: Record<string, unknown>, j): Conll04Relation => {
      if (typeof r?.type !== "string" || !isInt(r.head) || !isInt(r.tail) || !ents[r.head] || !ents[r.tail]) {
        throw new Conll04FormatError(`${where}, relation ${j}: bad relation ${JSON.stringify(r)}`);
      }
      return { type: r.type, head: r.head, tail: r.tail };
    });
    return { tokens: tokens as string[], entities: ents, relations: rels };
  });
}

/** Maps a newsner relation to its CoNLL04 type, given the object entity's type. */
export function conll04RelationType(type: RelationType, objectType: EntityType): Conll04RelationType | undefined {
  switch (type) {
    case "holds_role":
      if (objectType === "ORGANIZATION") return "Work_For";
      if (objectType === "COUNTRY" || objectType === "LOCATION") return "Live_In";
      return undefined;
    case "lives_in":
      return "Live_In";
    case "located_in":
      return "Located_In";
    case "based_in":
      return "OrgBased_In";
    default:
      return undefined;
  }
}

/** Half-open token span. */
export interface Span {
  start: number;
  end: number;
}

export interface PredictedRelation {
  type: Conll04RelationType;
  heads: Span[];
  tails: Span[];
}

export interface GoldRelation {
  type: Conll04RelationType;
  head: Span;
  tail: Span;
}

export type MatchMode = "strict" | "lenient";

function spanMatches(a: Span, b: Span, mode: MatchMode): boolean {
  return mode === "strict" ? a.start === b.start && a.end === b.end : a.start < b.end && b.start < a.end;
}

function relationMatches(p: PredictedRelation, g: GoldRelation, mode: MatchMode): boolean {
  if (p.type !== g.type) return false;
  return p.heads.some((h) => spanMatches(h, g.head, mode)) && p.tails.some((t) => spanMatches(t, g.tail, mode));
}

/** Size of a maximum one-to-one matching between gold and predicted relations (Kuhn's algorithm). */
export function countMatches(gold: readonly GoldRelation[], pred: readonly PredictedRelation[], mode: MatchMode): number {
  const goldOf = new Array<number>(pred.length).fill(-1);
  const edges = gold.map((g) => pred.map((p, j) => (relationMatches(p, g, mode) ? j : -1)).filter((j) => j >= 0));
  const augment = (g: number, seen: boolean[]): boolean => {
    for (const j of edges[g]!) {
      if (seen[j]) continue;
      seen[j] = true;
      if (goldOf[j] === -1 || augment(goldOf[j]!, seen)) {
        goldOf[j] = g;
        return true;
      }
    }
    return false;
  };
  let matched = 0;
  for (let g = 0; g < gold.length; g++) if (augment(g, new Array<boolean>(pred.length).fill(false))) matched++;
  return matched;
}

/** One sentence as a one-sentence document: tokens joined by single spaces, gold entities as IOB2 tags. */
export function sentenceDocument(sentence: Conll04Sentence): ConllDocument {
  const gold = new Array<string>(sentence.tokens.length).fill("O");
  sentence.entities.forEach((e, j) => {
    const tag = ENTITY_TAG[e.type];
    if (!tag) return;
    for (let t = e.start; t < e.end; t++) {
      if (gold[t] !== "O") throw new Conll04FormatError(`entity ${j} overlaps another entity at token ${t}`);
      gold[t] = `${t === e.start ? "B" : "I"}-${tag}`;
    }
  });
  return buildDocumentText({
    docstart: false,
    sentences: [{ tokens: sentence.tokens.map((text, t) => ({ text, gold: gold[t]!, start: 0, end: 0 })) }],
  });
}

/** The token span a mention overlaps, or undefined when it overlaps no token. */
export function mentionTokenSpan(doc: ConllDocument, start: number, end: number): Span | undefined {
  const tokens = doc.sentences[0]!.tokens;
  let first = -1;
  let last = -1;
  tokens.forEach((tok, t) => {
    if (tok.start < end && start < tok.end) {
      if (first === -1) first = t;
      last = t;
    }
  });
  return first === -1 ? undefined : { start: first, end: last + 1 };
}

export interface SentencePrediction {
  relations: PredictedRelation[];
  /** newsner relation types with no CoNLL04 counterpart, counted. */
  unmapped: string[];
}

/** Turns one extraction result into CoNLL04 relations with token-span arguments. */
export function predictedRelations(doc: ConllDocument, result: Pick<DocumentResult, "entities" | "relations">): SentencePrediction {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const spansOf = (id: string): Span[] => {
    const seen = new Set<string>();
    const spans: Span[] = [];
    for (const m of byId.get(id)?.mentions ?? []) {
      const span = mentionTokenSpan(doc, m.start, m.end);
      if (!span || seen.has(`${span.start}:${span.end}`)) continue;
      seen.add(`${span.start}:${span.end}`);
      spans.push(span);
    }
    return spans;
  };
  const relations: PredictedRelation[] = [];
  const unmapped: string[] = [];
  const seen = new Set<string>();
  for (const r of result.relations) {
    const object = byId.get(r.object);
    const type = object ? conll04RelationType(r.type, object.type) : undefined;
    if (!type) {
      unmapped.push(r.type === "holds_role" && object ? `holds_role→${object.type}` : r.type);
      continue;
    }
    const key = `${type}\u0000${r.subject}\u0000${r.object}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push({ type, heads: spansOf(r.subject), tails: spansOf(r.object) });
  }
  return { relations, unmapped };
}

export interface Conll04Evaluation {
  counts: {
    sentences: number;
    tokens: number;
    /** Gold relations of the four scored types. */
    gold_relations: number;
    /** Gold Kill relations, left out of the scores. */
    kill_relations: number;
    /** Gold relations of other types outside the four (Kill included), by type. */
    excluded_gold: Record<string, number>;
    /** Predicted relations mapped to a CoNLL04 type. */
    predicted_relations: number;
    /** Predicted relations with no CoNLL04 type, by newsner type. */
    unmapped_predicted: Record<string, number>;
  };
  relations: { strict: ScoreResult; lenient: ScoreResult };
  /** Entity chunks restricted to LOC, ORG, PER. */
  entities: ScoreResult;
  /** Per-sentence documents and predicted tags, for conlleval output of the entity part. */
  documents: ConllDocument[];
  predicted: string[][][];
}

function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

function relationScore(gold: number[], pred: number[], correct: number[]): ScoreResult {
  const per_type: Record<string, Counts> = {};
  CONLL04_RELATION_TYPES.forEach((ty, i) => {
    per_type[ty] = { ...prf(correct[i]!, pred[i]!, gold[i]!), correct: correct[i]!, pred: pred[i]!, gold: gold[i]! };
  });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const [c, p, g] = [sum(correct), sum(pred), sum(gold)];
  return { per_type, micro: { ...prf(c, p, g), correct: c, pred: p, gold: g } };
}

/** Runs the extractor on every sentence and scores relations (strict and lenient) and entities. */
export function evaluateConll04(sentences: Conll04Sentence[], extractor: Extractor): Conll04Evaluation {
  const n = CONLL04_RELATION_TYPES.length;
  const gold = new Array<number>(n).fill(0);
  const pred = new Array<number>(n).fill(0);
  const strict = new Array<number>(n).fill(0);
  const lenient = new Array<number>(n).fill(0);
  const excluded_gold: Record<string, number> = {};
  const unmapped_predicted: Record<string, number> = {};
  const documents: ConllDocument[] = [];
  const predicted: string[][][] = [];
  let tokens = 0;
  let predictedCount = 0;

  for (const sentence of sentences) {
    const doc = sentenceDocument(sentence);
    documents.push(doc);
    tokens += sentence.tokens.length;
    const result = extractor(doc.text);
    predicted.push(mentionsToTags(doc, result));

    const goldRelations: GoldRelation[] = [];
    for (const r of sentence.relations) {
      if (!(CONLL04_RELATION_TYPES as readonly string[]).includes(r.type)) {
        bump(excluded_gold, r.type);
        continue;
      }
      const h = sentence.entities[r.head]!;
      const t = sentence.entities[r.tail]!;
      goldRelations.push({ type: r.type as Conll04RelationType, head: { start: h.start, end: h.end }, tail: { start: t.start, end: t.end } });
    }
    const prediction = predictedRelations(doc, { entities: result.entities, relations: result.relations ?? [] });
    for (const u of prediction.unmapped) bump(unmapped_predicted, u);
    predictedCount += prediction.relations.length;

    CONLL04_RELATION_TYPES.forEach((ty, i) => {
      const g = goldRelations.filter((r) => r.type === ty);
      const p = prediction.relations.filter((r) => r.type === ty);
      gold[i] += g.length;
      pred[i] += p.length;
      strict[i] += countMatches(g, p, "strict");
      lenient[i] += countMatches(g, p, "lenient");
    });
  }

  const entityScores = scoreConll(documents, predicted);
  return {
    counts: {
      sentences: sentences.length,
      tokens,
      gold_relations: gold.reduce((a, b) => a + b, 0),
      kill_relations: excluded_gold["Kill"] ?? 0,
      excluded_gold,
      predicted_relations: predictedCount,
      unmapped_predicted,
    },
    relations: { strict: relationScore(gold, pred, strict), lenient: relationScore(gold, pred, lenient) },
    entities: entityScores.restricted,
    documents,
    predicted,
  };
}
