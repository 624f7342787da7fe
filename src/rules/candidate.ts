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

/**
 * Every candidate is made here, with all fields in one order and none added later, so the
 * stages that read candidates see objects of a single shape.
 */
export function candidate(
  start: number,
  end: number,
  type: EntityType,
  form: MentionForm,
  source: string,
  priority: number,
  entry?: number,
  attributes?: Record<string, string>,
  redefines?: Candidate,
): Candidate {
  return { start, end, type, form, entry, source, priority, attributes, redefines };
}

export const PRIORITY = {
  guess: 1,
  gazetteerWeak: 2,
  rule: 3,
  gazetteer: 4,
  strongRule: 5,
} as const;
