import type { Entity, Mention } from "../types.js";

// `--explain`: why each mention is in the result and why it belongs to its entity. The
// source (gazetteer line or rule) comes from the extractor (`extract(…, { explain: true })`);
// the merge reason is read off the mention's form and source and the entity's other
// mentions:
//   "Lavrov"  rule:surname             surname of "Sergei Lavrov" at offset 108
//   "CSTO"    rule:acronym-definition  acronym defined at offset 352, after "Collective Security Treaty Organization"
//   "Russian" gazetteers/countries.tsv:151  gazetteer demonym

export interface MentionExplanation {
  mention: Mention;
  /** Gazetteer line or rule that proposed the mention ("" when the result was made without explain). */
  source: string;
  /** Why the mention was merged into this entity. */
  why: string;
}

const GAZETTEER_FORMS: Record<Mention["form"], string> = {
  name: "gazetteer name",
  alias: "gazetteer alias",
  acronym: "gazetteer acronym",
  demonym: "gazetteer demonym",
  short: "gazetteer short form",
};

function isRule(source: string): boolean {
  return source.startsWith("rule:");
}

export function explainMention(entity: Entity, index: number): string {
  const m = entity.mentions[index]!;
  const source = m.source ?? "";
  const earlier = entity.mentions.slice(0, index);
  const sameEarlier = earlier.find((o) => o.text === m.text);
  if (source === "rule:acronym-definition") {
    const long = [...earlier].reverse().find((o) => o.form !== "acronym");
    return `acronym defined at offset ${m.start}${long ? `, after "${long.text}"` : ""}`;
  }
  if (source === "rule:surname" || m.form === "short") {
    const full = closestFullName(entity, index);
    if (full) return `surname of "${full.text}" at offset ${full.start}`;
  }
  if (source === "rule:repeated-name") {
    const longer = earlier.find((o) => o.text !== m.text && o.text.includes(m.text));
    if (longer) return `repeats part of "${longer.text}" at offset ${longer.start}`;
    if (sameEarlier) return `repeats "${sameEarlier.text}" at offset ${sameEarlier.start}`;
  }
  if (source !== "" && !isRule(source)) return GAZETTEER_FORMS[m.form];
  if (m.form === "name" && m.text.replace(/\s+/g, " ") === entity.name) return "the entity's own name";
  if (sameEarlier) return `same name as the mention at offset ${sameEarlier.start}`;
  if (index === 0) return "first mention";
  if (m.form === "acronym") return `acronym of "${entity.name}"`;
  return `same entity as "${entity.name}"`;
}

// The full name a lone surname stands for: the closest earlier mention ending in it, else the first later one.
function closestFullName(entity: Entity, index: number): Mention | undefined {
  const word = entity.mentions[index]!.text;
  const candidates = entity.mentions.filter((o, k) => k !== index && o.text !== word && o.text.split(/\s+/).pop() === word);
  const before = candidates.filter((o) => o.start < entity.mentions[index]!.start);
  return before.length > 0 ? before[before.length - 1] : candidates[0];
}

export function explainEntity(entity: Entity): MentionExplanation[] {
  return entity.mentions.map((mention, k) => ({ mention, source: mention.source ?? "", why: explainMention(entity, k) }));
}
