import * as path from "node:path";
import { GazetteerError, loadGazetteers, type Gazetteer } from "../index.js";
import { UsageError } from "./extract.js";

/**
 * The built-in gazetteers plus `--gazetteer` files, for the lookup and graph commands. A
 * missing or malformed file is a usage error naming the path as typed: `my.tsv:4: …`.
 */
export function loadWithUserFiles(files: readonly string[], cwd: string): Gazetteer {
  if (files.length === 0) return loadGazetteers();
  // The path as typed when it opens the same file from here, so sources read `my.tsv:3`.
  const shown = new Map(files.map((f) => [path.isAbsolute(f) || path.resolve(f) === path.resolve(cwd, f) ? f : path.resolve(cwd, f), f]));
  try {
    return loadGazetteers({ extraFiles: [...shown.keys()] });
  } catch (err) {
    if (err instanceof GazetteerError) {
      const typed = shown.get(err.file) ?? err.file;
      throw new UsageError(err.line > 0 ? `${typed}:${err.line}: ${err.problem}` : `${typed}: ${err.problem}`);
    }
    throw err;
  }
}
