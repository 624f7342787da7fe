import type { Entity, Relation } from "../types.js";

export interface PieceResult {
  entities: Entity[];
  relations: Relation[];
  /** Code points before the piece in the whole text. */
  offset: number;
}

/**
 * Joins the results of a long text's pieces: entities with the same type and canonical name are
 * one entity (mentions in text order, aliases and attributes united), relations between the
 * same entities are one relation with all its evidence; offsets are shifted into the whole text
 * and ids renumbered by first mention.
 */
export function mergePieces(pieces: PieceResult[]): { entities: Entity[]; relations: Relation[] } {
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const relations: Relation[] = [];
  const relationByKey = new Map<string, Relation>();
  for (const piece of pieces) {
    const idMap = new Map<string, string>();
    for (const e of piece.entities) {
      const key = `${e.type}\t${e.name}`;
      const mentions = e.mentions.map((m) => ({ ...m, start: m.start + piece.offset, end: m.end + piece.offset }));
      let merged = byKey.get(key);
      if (!merged) {
        merged = { ...e, id: `e${entities.length + 1}`, aliases: [...e.aliases], mentions, attributes: { ...e.attributes } };
        byKey.set(key, merged);
        entities.push(merged);
      } else {
        merged.mentions.push(...mentions);
        for (const a of e.aliases) if (!merged.aliases.includes(a)) merged.aliases.push(a);
        for (const [k, v] of Object.entries(e.attributes)) if (!(k in merged.attributes)) merged.attributes[k] = v;
      }
      idMap.set(e.id, merged.id);
    }
    for (const r of piece.relations) {
      const subject = idMap.get(r.subject)!;
      const object = idMap.get(r.object)!;
      const evidence = r.evidence.map((ev) => ({ ...ev, start: ev.start + piece.offset, end: ev.end + piece.offset }));
      const key = `${r.type}\t${subject}\t${object}`;
      const known = relationByKey.get(key);
      if (known) known.evidence.push(...evidence);
      else {
        const relation = { ...r, subject, object, evidence };
        relationByKey.set(key, relation);
        relations.push(relation);
      }
    }
  }
  return { entities, relations };
}
