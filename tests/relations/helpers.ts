import { extract } from "../../src/index.js";

/** Each relation as "type(role): Subject → Object", subject and object by entity name. */
export function relationsOf(text: string): string[] {
  const result = extract(text);
  const name = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.relations.map((r) => `${r.type}${r.role ? `(${r.role})` : ""}: ${name.get(r.subject)} → ${name.get(r.object)}`);
}
