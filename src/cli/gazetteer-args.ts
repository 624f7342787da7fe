import { accessSync, constants } from "node:fs";
import * as path from "node:path";
import { GazetteerError, type Gazetteer } from "../gazetteer/gazetteer.js";
import { loadGazetteers } from "../gazetteer/load.js";
import { UsageError } from "./extract.js";

/** `--gazetteer` files as the engine is given them, and how to show its paths to the user. */
export interface GazetteerArgs {
  files: string[];
  /** The path the engine reports → the path as the user typed it. */
  shown: Map<string, string>;
}

/**
 * Checks that each `--gazetteer` file can be read and keeps the path as typed when it resolves
 * the same way for the engine, so entity sources and errors show `my-names.tsv:3` rather than
 * a long absolute path. A missing or unreadable file is a usage error.
 */
export function gazetteerArgs(files: readonly string[], cwd: string): GazetteerArgs {
  const shown = new Map<string, string>();
  const resolved = files.map((file) => {
    const full = path.resolve(cwd, file);
    shown.set(full, file);
    const arg = path.isAbsolute(file) || path.resolve(file) === full ? file : full;
    shown.set(arg, file);
    return { file, full, arg };
  });
  for (const { file, full } of resolved) {
    try {
      accessSync(full, constants.R_OK);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UsageError(`${file}: ${code === "ENOENT" ? "no such gazetteer file" : "cannot read gazetteer file"}`);
    }
  }
  return { files: resolved.map((r) => r.arg), shown };
}

/** The built-in gazetteers plus the user's files; a malformed file is a usage error `my.tsv:4: …`. */
export function loadUserGazetteers(args: GazetteerArgs): Gazetteer {
  try {
    return loadGazetteers({ extraFiles: args.files });
  } catch (err) {
    if (err instanceof GazetteerError) throw new UsageError(shownGazetteerMessage(err.message, err.file, args.shown));
    throw err;
  }
}

/** A gazetteer error with the path as the user typed it; a problem with no line reads `my.tsv: …`. */
export function shownGazetteerMessage(message: string, file: string, shown: Map<string, string>): string {
  const given = shown.get(file);
  if (given === undefined || !message.startsWith(file)) return message;
  const rest = message.slice(file.length);
  return given + (rest.startsWith(":0: ") ? rest.slice(2) : rest);
}

/** The built-in gazetteers plus `--gazetteer` files, for the lookup and graph commands. */
export function loadWithUserFiles(files: readonly string[], cwd: string): Gazetteer {
  return files.length === 0 ? loadGazetteers() : loadUserGazetteers(gazetteerArgs(files, cwd));
}
