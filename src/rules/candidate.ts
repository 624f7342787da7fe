import type { EntityType, MentionForm } from "../types.js";

/** A possible mention: a token range with a type and the reason it was proposed. */
export interface Candidate {
  /** Token range [start, end). */
  start: number;
  end: number;
  type: EntityType;
  form: MentionForm;
  /** Gazetteer entry behind the mention, if any. */
  entry?: number;
  /** "gazetteers/orgs.tsv:57" or "rule:title-before-name". */
  source: string;
  /** Higher wins among spans of equal length (see resolve/overlaps.ts). */
  priority: number;
  attributes?: Record<string, string>;
  /** The long name this acronym was defined as in the text, where that overrides the gazetteer. */
  redefines?: Candidate;
}

export const PRIORITY = {
  guess: 1,
  gazetteerWeak: 2,
  rule: 3,
  gazetteer: 4,
  strongRule: 5,
} as const;
