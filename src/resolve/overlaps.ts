import type { Candidate } from "../rules/candidate.js";

/**
 * The overlap policy: the longest span wins; among spans of equal length the higher priority
 * wins; then the earlier span; then the earlier proposal. Each token ends up in at most one mention.
 */
export function longestThenPriorityThenEarliest(candidates: Candidate[], tokenCount: number): Candidate[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort(
      (a, b) =>
        b.c.end - b.c.start - (a.c.end - a.c.start) || b.c.priority - a.c.priority || a.c.start - b.c.start || a.order - b.order,
    );
  const taken = new Uint8Array(tokenCount);
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    let free = true;
    for (let k = c.start; k < c.end; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  const known = new Map<string, Candidate>();
  for (const o of candidates) if (o.entry !== undefined) known.set(spanKey(o), o);
  return kept.map((c) => (c.entry === undefined ? withSameSpanEntry(c, known) : c)).sort((a, b) => a.start - b.start);
}

/** "President Emomali Rahmon": the rule found the span, the gazetteer knows who it is. */
function withSameSpanEntry(c: Candidate, known: Map<string, Candidate>): Candidate {
  const same = known.get(spanKey(c));
  return same ? { ...c, entry: same.entry, form: same.form } : c;
}

function spanKey(c: Candidate): string {
  return `${c.start}:${c.end}:${c.type}`;
}

export function coverage(mentions: Candidate[], tokenCount: number): Uint8Array {
  const taken = new Uint8Array(tokenCount);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  return taken;
}
