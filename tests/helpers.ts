import { extract } from "../src/index.js";
import type { EntityType } from "../src/types.js";

/** "TYPE:name" for every entity, in order of first mention. */
export function found(text: string): string[] {
  return extract(text).entities.map((e) => `${e.type}:${e.name}`);
}

/** Mention texts of one type. */
export function mentionsOf(text: string, type: EntityType): string[] {
  return extract(text)
    .entities.filter((e) => e.type === type)
    .flatMap((e) => e.mentions.map((m) => m.text));
}
