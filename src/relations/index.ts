import type { ResolvedEntities } from "../resolve/entities.js";
import type { Doc } from "../rules/document.js";
import type { Evidence, Relation, RelationType } from "../types.js";
import { bilateralRelations } from "./bilateral.js";
import { buildContext, type Found, type RelationContext } from "./context.js";
import { meetingRelations } from "./meetings.js";
import { membershipRelations } from "./membership.js";
import { placeRelations } from "./places.js";
import { roleRelations } from "./roles.js";

const SYMMETRIC: ReadonlySet<RelationType> = new Set(["meets", "bilateral"]);
const TYPE_ORDER: readonly RelationType[] = ["holds_role", "member_of", "located_in", "based_in", "lives_in", "meets", "bilateral"];

/**
 * Typed relations between the resolved entities. One relation per (type, subject, object), with
 * every supporting sentence as evidence; symmetric types put the entity with the smaller id first.
 * Sorted by first evidence offset, then type, subject and object.
 */
export function extractRelations(doc: Doc, resolved: ResolvedEntities): Relation[] {
  const ctx = buildContext(doc, resolved);
  const entityCount = resolved.entities.length;
  const merged: Merged = new Map();
  // the families in a fixed order, each call site with one target
  mergeFound(merged, roleRelations(ctx), entityCount);
  mergeFound(merged, membershipRelations(ctx), entityCount);
  mergeFound(merged, placeRelations(ctx), entityCount);
  mergeFound(merged, meetingRelations(ctx), entityCount);
  mergeFound(merged, bilateralRelations(ctx), entityCount);
  const ranked: { relation: Relation; rank: number; first: number; subject: number; object: number }[] = [];
  for (const { found, rank, sentences } of merged.values()) {
    if (sentences.length > 1) sentences.sort((a, b) => a - b);
    const evidence: Evidence[] = [];
    for (const s of sentences) evidence.push(evidenceOf(ctx, s));
    const type = found.type;
    const subject = `e${found.subject + 1}`;
    const object = `e${found.object + 1}`;
    const source = `rule:${found.pattern}`;
    const relation: Relation = found.role ? { type, subject, object, role: found.role, evidence, source } : { type, subject, object, evidence, source };
    ranked.push({ relation, rank, first: evidence[0]!.start, subject: found.subject, object: found.object });
  }
  ranked.sort((a, b) => a.first - b.first || a.rank - b.rank || a.subject - b.subject || a.object - b.object);
  const relations: Relation[] = [];
  for (const r of ranked) relations.push(r.relation);
  return relations;
}

type Merged = Map<number, { found: Found; rank: number; sentences: number[] }>;

/** Adds one family's finds to `merged`, keyed by one number per (type, subject, object): cheaper to hash than a joined string. */
function mergeFound(merged: Merged, found: Found[], entityCount: number): void {
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!;
    if (f.subject === f.object) continue;
    const oriented = SYMMETRIC.has(f.type) && f.object < f.subject ? { ...f, subject: f.object, object: f.subject } : f;
    const rank = TYPE_ORDER.indexOf(oriented.type);
    const key = (rank * entityCount + oriented.subject) * entityCount + oriented.object;
    const entry = merged.get(key);
    // a relation has a sentence or two: a list searched is cheaper than a set
    if (!entry) merged.set(key, { found: oriented, rank, sentences: [oriented.sentence] });
    else if (!entry.sentences.includes(oriented.sentence)) entry.sentences.push(oriented.sentence);
  }
}

/** The supporting sentence, in code points. */
function evidenceOf(ctx: RelationContext, s: number): Evidence {
  const sentence = ctx.doc.sentences[s]!;
  const start = ctx.doc.tokens[sentence.start]!.start;
  const end = ctx.doc.tokens[sentence.end - 1]!.end;
  return { start: ctx.toCodePoint(start), end: ctx.toCodePoint(end), text: ctx.doc.text.slice(start, end) };
}
