export type EntityType = "PERSON" | "COUNTRY" | "LOCATION" | "ORGANIZATION" | "MISC";

export const ENTITY_TYPES: readonly EntityType[] = ["PERSON", "COUNTRY", "LOCATION", "ORGANIZATION", "MISC"];

export type MentionForm = "name" | "alias" | "acronym" | "short" | "demonym";

export interface Mention {
  /** Code-point offset of the first character, after a leading BOM is dropped. */
  start: number;
  /** Code-point offset one past the last character. */
  end: number;
  text: string;
  form: MentionForm;
  /** Only with the `explain` option: the gazetteer line or rule that proposed this mention. */
  source?: string;
}

export type AttributeValue = string | number | string[];

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Mention[];
  attributes: Record<string, AttributeValue>;
  /** Where the entity came from: `gazetteers/orgs.tsv:57` or `rule:title-before-name`. */
  source: string;
}

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export type RelationType = "holds_role" | "member_of" | "located_in" | "based_in" | "lives_in" | "meets" | "bilateral";

export interface Relation {
  type: RelationType;
  subject: string;
  object: string;
  role?: string;
  evidence: Evidence[];
  source: string;
}

export interface DocumentResult {
  source: string;
  entities: Entity[];
  relations: Relation[];
  /** Problems met reading the input that did not stop it being processed; absent when none. */
  warnings?: DocumentWarning[];
}

/** INVALID_UTF8: bytes that were not UTF-8 became U+FFFD (offsets count them as one character each). */
export interface DocumentWarning {
  code: "INVALID_UTF8";
  message: string;
}

export interface ExtractOptions {
  /** Name reported as `source` in the result; "-" for stdin. */
  source?: string;
  /** Keep only these entity types (relations whose ends were dropped go too). */
  types?: readonly EntityType[];
  /** Gazetteers to use; defaults to the built-in ones. */
  gazetteers?: import("./gazetteer/gazetteer.js").Gazetteer;
  /** Run compromise's tagger on the candidate spans the rules cannot decide. */
  tagger?: boolean;
  /** Give each mention the `source` (gazetteer line or rule) that proposed it. */
  explain?: boolean;
}
