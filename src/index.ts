import { cuesOf, type Cues } from "./rules/document.js";
import type { Gazetteer } from "./gazetteer/gazetteer.js";
import { loadGazetteerFiles, type LoadOptions } from "./gazetteer/load.js";
import { runPipeline } from "./pipeline.js";
import { compromiseTagger } from "./rules/compromise-tagger.js";
import type { DocumentResult, ExtractOptions } from "./types.js";

export * from "./types.js";
export { GazetteerError, type Gazetteer, type GazetteerEntry } from "./gazetteer/gazetteer.js";

let builtin: Gazetteer | undefined;
const cueCache = new WeakMap<Gazetteer, Cues>();

/** Loads the built-in gazetteers plus any extra TSV files; throws GazetteerError naming file:line. */
export function loadGazetteers(options: Pick<LoadOptions, "extraFiles"> = {}): Gazetteer {
  if (!options.extraFiles || options.extraFiles.length === 0) return (builtin ??= loadGazetteerFiles());
  return loadGazetteerFiles({ extraFiles: options.extraFiles });
}

function cuesFor(g: Gazetteer): Cues {
  let cues = cueCache.get(g);
  if (!cues) {
    cues = cuesOf(g);
    cueCache.set(g, cues);
  }
  return cues;
}

/** People, countries, places, organizations and other names in one news text, with their relations. */
export function extract(text: string, options: ExtractOptions = {}): DocumentResult {
  const gazetteer = options.gazetteers ?? loadGazetteers();
  const { entities, relations } = runPipeline(text, gazetteer, cuesFor(gazetteer), { tagger: options.tagger ? compromiseTagger : undefined, explain: options.explain });
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
