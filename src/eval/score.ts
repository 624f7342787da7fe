// Entity-level chunk scorer. It reproduces ../shared/tools/conll_score.py (itself a port of
// conlleval.pl) operation for operation, so the figures agree to the last bit: same chunk
// start/end rules, same floating-point expressions, same type ordering.

/** One chunk: its type and its half-open position in the flat tag list. */
export interface Chunk {
  type: string;
  start: number;
  end: number;
}

export interface Counts {
  P: number;
  R: number;
  F1: number;
  correct: number;
  pred: number;
  gold: number;
}

export interface ScoreResult {
  /** Types in code-point order; every type seen in gold or predicted chunks. */
  per_type: Record<string, Counts>;
  micro: Counts;
}

/** "B-PER" → ["B", "PER"]; "O", "" and "." are outside; a tag without "-" has no type. */
export function splitTag(tag: string): [string, string] {
  if (tag === "O" || tag === "" || tag === ".") return ["O", ""];
  const dash = tag.indexOf("-");
  if (dash >= 0) return [tag.slice(0, dash), tag.slice(dash + 1)];
  return [tag, ""];
}

// conlleval's endOfChunk: does the chunk holding the previous tag end before this one?
function endOfChunk(pt: string, t: string, pty: string, ty: string): boolean {
  if ((pt === "B" || pt === "I") && (t === "B" || t === "S" || t === "O")) return true;
  if ((pt === "E" || pt === "S") && (t === "E" || t === "I" || t === "O" || t === "S" || t === "B")) return true;
  if (pt === "B" && t === "B") return true;
  if (pt !== "O" && pt !== "." && pty !== ty) return true;
  return false;
}

// conlleval's startOfChunk: does a chunk start at this tag? (I- after O or after another type does.)
function startOfChunk(pt: string, t: string, pty: string, ty: string): boolean {
  if (t === "B" || t === "S") return true;
  if ((pt === "E" || pt === "S" || pt === "O") && (t === "E" || t === "I")) return true;
  if (t !== "O" && t !== "." && pty !== ty) return true;
  return false;
}

/**
 * Chunks of a flat tag list (IOB1, IOB2, IOE, IOBES). Sentence boundaries must be present as
 * "O" tags, as in conll_score.py; positions index the flat list.
 */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let pt = "O";
  let pty = "";
  let start: number | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const [t, ty] = splitTag(i < tags.length ? tags[i]! : "O");
    if (start !== null && endOfChunk(pt, t, pty, ty)) {
      out.push({ type: pty, start, end: i });
      start = null;
    }
    if (startOfChunk(pt, t, pty, ty)) start = i;
    pt = t;
    pty = ty;
  }
  return out;
}

/** Sentences of tags → one flat list with an "O" between sentences (positions stay aligned). */
export function flattenSentences(sentences: readonly (readonly string[])[]): string[] {
  const flat: string[] = [];
  for (const sentence of sentences) {
    for (const tag of sentence) flat.push(tag);
    flat.push("O");
  }
  return flat;
}

export function prf(correct: number, pred: number, gold: number): { P: number; R: number; F1: number } {
  // Same expressions, in the same order, as the python tool: 100.0 * c / f and 2 * p * r / (p + r).
  const P = pred ? (100.0 * correct) / pred : 0.0;
  const R = gold ? (100.0 * correct) / gold : 0.0;
  const F1 = P + R ? (2 * P * R) / (P + R) : 0.0;
  return { P, R, F1 };
}

function chunkKey(c: Chunk): string {
  return `${c.type}\u0000${c.start}\u0000${c.end}`;
}

function compareCodePoints(a: string, b: string): number {
  // Python's sorted() orders by code point; JS's default sort by UTF-16 unit differs above U+FFFF.
  const aa = Array.from(a, (ch) => ch.codePointAt(0)!);
  const bb = Array.from(b, (ch) => ch.codePointAt(0)!);
  for (let i = 0; i < Math.min(aa.length, bb.length); i++) {
    if (aa[i] !== bb[i]) return aa[i]! - bb[i]!;
  }
  return aa.length - bb.length;
}

/** Scores chunk sets (gold against predicted), optionally keeping only some types. */
export function scoreChunks(goldChunks: readonly Chunk[], predChunks: readonly Chunk[], restrict?: Iterable<string>): ScoreResult {
  const keep = restrict ? new Set(restrict) : null;
  const G = new Map<string, Chunk>();
  const P = new Map<string, Chunk>();
  for (const c of goldChunks) if (!keep || keep.has(c.type)) G.set(chunkKey(c), c);
  for (const c of predChunks) if (!keep || keep.has(c.type)) P.set(chunkKey(c), c);
  const g = new Map<string, number>();
  const p = new Map<string, number>();
  const c = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let correct = 0;
  for (const [key, chunk] of G) {
    bump(g, chunk.type);
    if (P.has(key)) {
      bump(c, chunk.type);
      correct++;
    }
  }
  for (const chunk of P.values()) bump(p, chunk.type);
  const types = [...new Set([...g.keys(), ...p.keys()])].sort(compareCodePoints);
  const per_type: Record<string, Counts> = {};
  for (const ty of types) {
    const cc = c.get(ty) ?? 0;
    const pp = p.get(ty) ?? 0;
    const gg = g.get(ty) ?? 0;
    per_type[ty] = { ...prf(cc, pp, gg), correct: cc, pred: pp, gold: gg };
  }
  const micro: Counts = { ...prf(correct, P.size, G.size), correct, pred: P.size, gold: G.size };
  return { per_type, micro };
}

/** conll_score.py's score(): aligned flat gold and predicted tag lists, boundaries as "O". */
export function scoreTags(goldTags: readonly string[], predTags: readonly string[], restrict?: Iterable<string>): ScoreResult {
  if (goldTags.length !== predTags.length) {
    throw new Error(`tag count mismatch: gold ${goldTags.length} vs predicted ${predTags.length}`);
  }
  return scoreChunks(chunks(goldTags), chunks(predTags), restrict);
}
