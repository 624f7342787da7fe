import { keptBuffer } from "../kept-buffer.js";
import { candidate, type Candidate } from "../rules/candidate.js";

/** Scratch for the overlap policy's per-token holders and per-candidate sort keys, and for `coverage`. */
const holderBuffer = keptBuffer((n) => new Int32Array(n), 4096, 1 << 20);
const keyBuffer = keptBuffer((n) => new Float64Array(n), 1024, 1 << 19);
const coverageBuffer = keptBuffer((n) => new Uint8Array(n), 4096, 1 << 20);

/**
 * The overlap policy: the longest span wins; among spans of equal length the higher priority
 * wins; then the earlier span; then the earlier proposal. Each token ends up in at most one mention.
 * Every candidate covers at least one token.
 */
export function longestThenPriorityThenEarliest(candidates: Candidate[], tokenCount: number): Candidate[] {
  const ranked = inRankOrder(candidates, tokenCount);
  // the rank (plus one) of the candidate holding each token
  const holder = holderBuffer(tokenCount).fill(0, 0, tokenCount);
  for (let rank = 0; rank < ranked.length; rank++) {
    const c = ranked[rank];
    let free = true;
    for (let k = c.start; k < c.end; k++) {
      if (holder[k]) {
        free = false;
        break;
      }
    }
    if (free) holder.fill(rank + 1, c.start, c.end);
  }
  const kept: Candidate[] = [];
  for (let k = 0; k < tokenCount; k++) {
    if (!holder[k]) continue;
    const c = ranked[holder[k] - 1];
    kept.push(c);
    k = c.end - 1;
  }
  const known = spansWithEntries(candidates);
  for (let k = 0; k < kept.length; k++) if (kept[k].entry === undefined) kept[k] = withSameSpanEntry(kept[k], known);
  return kept;
}

/**
 * Sort keys hold the span rank in multiples of 2^32, start and proposal order below it. Being no
 * small integer, 2^32 has the keys computed as doubles from the first document on, where keys
 * made by multiplying token and candidate counts would be compiled for small integers and
 * overflow on the first long document.
 */
const LOW_PART = 2 ** 32;

/**
 * The candidates longest first, then highest priority, then earliest start, then in the order
 * proposed. Where the four numbers fit one double's exact range (every news article) they are
 * packed into one number per candidate and sorted as numbers, several times faster than
 * comparing candidates.
 */
function inRankOrder(candidates: Candidate[], tokenCount: number): Candidate[] {
  const n = candidates.length;
  const spanRanks = (tokenCount + 1) * 8;
  // the span rank times LOW_PART must stay below 2^53, and start and proposal order below LOW_PART
  if (spanRanks > 2 ** 21 || (tokenCount + 1) * n > LOW_PART) {
    return candidates.slice().sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  }
  // PRIORITY runs from 1 to 5, so eight priority slots per span length leave room
  // exactly n keys: the sort must see no others
  const keys = keyBuffer(n).subarray(0, n);
  for (let k = 0; k < n; k++) {
    const c = candidates[k];
    const spanRank = (tokenCount - (c.end - c.start)) * 8 + (7 - c.priority);
    keys[k] = spanRank * LOW_PART + (c.start * n + k);
  }
  keys.sort();
  const ranked = new Array<Candidate>(n);
  for (let k = 0; k < n; k++) {
    const key = keys[k];
    // the part below LOW_PART is start * n + proposal order
    ranked[k] = candidates[(key - Math.floor(key / LOW_PART) * LOW_PART) % n];
  }
  return ranked;
}

/** Candidates with a gazetteer entry by start token; for one span and type the last proposed counts. */
function spansWithEntries(candidates: Candidate[]): Map<number, Candidate[]> {
  const byStart = new Map<number, Candidate[]>();
  for (const c of candidates) {
    if (c.entry === undefined) continue;
    const list = byStart.get(c.start);
    if (list) list.push(c);
    else byStart.set(c.start, [c]);
  }
  return byStart;
}

/** "President Emomali Rahmon": the rule found the span, the gazetteer knows who it is. */
function withSameSpanEntry(c: Candidate, known: Map<number, Candidate[]>): Candidate {
  const list = known.get(c.start);
  if (!list) return c;
  for (let k = list.length - 1; k >= 0; k--) {
    const same = list[k];
    if (same.end === c.end && same.type === c.type) return candidate(c.start, c.end, c.type, same.form, c.source, c.priority, same.entry, c.attributes, c.redefines);
  }
  return c;
}

/**
 * How many of the mentions cover each token (zero: none); `cover` and `uncover` keep it up to date.
 * The array is scratch shared from document to document: it is good until the next call.
 */
export function coverage(mentions: Candidate[], tokenCount: number): Uint8Array {
  const taken = coverageBuffer(tokenCount).subarray(0, tokenCount).fill(0);
  for (const m of mentions) cover(taken, m);
  return taken;
}

export function cover(taken: Uint8Array, m: Candidate): void {
  for (let k = m.start; k < m.end; k++) taken[k]++;
}

export function uncover(taken: Uint8Array, m: Candidate): void {
  for (let k = m.start; k < m.end; k++) taken[k]--;
}
