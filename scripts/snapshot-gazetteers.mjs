// Writes dist/gazetteers.json, the compiled gazetteers newsner reads at start-up instead of the TSV files.
// Run by `npm run build` after tsc; the snapshot records which TSV files it came from.
import { writeFileSync } from "node:fs";
import { BUILTIN_GAZETTEER_DIR, SNAPSHOT_PATH, fingerprint, parseGazetteerFiles } from "../dist/gazetteer/load.js";
import { snapshotGazetteer, snapshotJson } from "../dist/gazetteer/snapshot.js";

const gazetteer = parseGazetteerFiles(BUILTIN_GAZETTEER_DIR, []);
writeFileSync(SNAPSHOT_PATH, snapshotJson(snapshotGazetteer(gazetteer, fingerprint(BUILTIN_GAZETTEER_DIR))));
