import { cuesOf, type Cues } from "./rules/document.js";
import type { Gazetteer } from "./gazetteer/gazetteer.js";
import { loadGazetteers } from "./gazetteer/load.js";
import { runPipeline, type PipelineOptions } from "./pipeline.js";
import { mergePieces, type PieceResult } from "./resolve/pieces.js";
import { decodeText } from "./text/decode.js";
import { PIECE_CHARS, pieceBounds } from "./text/pieces.js";
import { compromiseTagger } from "./rules/compromise-tagger.js";
import type { DocumentResult, Entity, ExtractOptions, Relation } from "./types.js";

export * from "./types.js";
export { GazetteerError, type Gazetteer, type GazetteerEntry } from "./gazetteer/gazetteer.js";
export { loadGazetteers } from "./gazetteer/load.js";

const cueCache = new WeakMap<Gazetteer, Cues>();

function cuesFor(g: Gazetteer): Cues {
  let cues = cueCache.get(g);
  if (!cues) {
    cues = cuesOf(g);
    cueCache.set(g, cues);
  }
  return cues;
}

/**
 * A text longer than PIECE_CHARS (a book, a transcript, a 10 MB line) is read in pieces cut at
 * paragraph or sentence ends, so memory stays bounded; the pieces' entities and relations are
 * then joined by canonical name. Names are merged within a piece by surname and acronym as usual.
 */
function extractInPieces(text: string, gazetteer: Gazetteer, options: PipelineOptions): { entities: Entity[]; relations: Relation[] } {
  const body = decodeText(text);
  const results: PieceResult[] = [];
  let offset = 0;
  let previousEnd = 0;
  for (const [start, end] of pieceBounds(body)) {
    offset += codePointLength(body, previousEnd, start);
    const piece = body.slice(start, end);
    // the engine drops a leading U+FEFF as a byte-order mark; offsets then start one later
    const dropped = piece.charCodeAt(0) === 0xfeff ? 1 : 0;
    results.push({ ...runPipeline(piece, gazetteer, cuesFor(gazetteer), options), offset: offset + dropped });
    offset += codePointLength(body, start, end);
    previousEnd = end;
  }
  return mergePieces(results);
}

function codePointLength(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === start || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff) n++;
  }
  return n;
}

/** People, countries, places, organizations and other names in one news text, with their relations. */
export function extract(text: string, options: ExtractOptions = {}): DocumentResult {
  const gazetteer = options.gazetteers ?? loadGazetteers();
  const pipelineOptions = { tagger: options.tagger ? compromiseTagger : undefined, explain: options.explain };
  const { entities, relations } =
    text.length <= PIECE_CHARS ? runPipeline(text, gazetteer, cuesFor(gazetteer), pipelineOptions) : extractInPieces(text, gazetteer, pipelineOptions);
  if (!options.types) return { source: options.source ?? "-", entities, relations };
  const keep = new Set(options.types);
  const kept = entities.filter((e) => keep.has(e.type));
  const ids = new Set(kept.map((e) => e.id));
  return {
    source: options.source ?? "-",
    entities: kept,
    relations: relations.filter((r) => ids.has(r.subject) && ids.has(r.object)),
  };
}
