import type { ResolvedEntities } from "../resolve/entities.js";
import type { Doc } from "../rules/document.js";
import type { Relation } from "../types.js";

/** Relation families run in this order; each sees the document and its resolved entities. */
export function extractRelations(_doc: Doc, _resolved: ResolvedEntities): Relation[] {
  return [];
}
