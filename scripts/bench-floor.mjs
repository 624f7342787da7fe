#!/usr/bin/env node
// The least any newsner run over a corpus has to do, as a process of its own, for `npm run bench`
// to set beside newsner's figures: start node with newsner's V8 flags, load the gazetteers, read
// every document and write one short JSON line for it, and, by stage, tokenize it, split it
// into sentences and find its gazetteer keys. No rule, entity, relation or real result is made,
// so a whole newsner run can only be slower than the last stage.
//
//   node scripts/bench-floor.mjs --stage gazetteers|read|tokens|matches LIST
//
// LIST names the documents, one path per line. Each stage does what the one before it does,
// and more. Output lines: {"source": path, "bytes": n, "tokens": n, "matches": n}.
import "../bin/v8-flags.js";
import { readFileSync, writeSync } from "node:fs";

const STAGES = ["gazetteers", "read", "tokens", "matches"];

const args = process.argv.slice(2);
const stageAt = args.indexOf("--stage");
const stage = stageAt >= 0 ? args[stageAt + 1] : undefined;
const list = args.filter((_, i) => stageAt < 0 || (i !== stageAt && i !== stageAt + 1))[0];
if (!STAGES.includes(stage) || list === undefined) {
  console.error(`usage: node scripts/bench-floor.mjs --stage ${STAGES.join("|")} LIST`);
  process.exit(2);
}
const depth = STAGES.indexOf(stage);

const { loadGazetteers } = await import("../dist/index.js");
const { decodeBytes } = await import("../dist/batch/decode.js");
const { cuesOf } = await import("../dist/rules/document.js");
const { tokenize } = await import("../dist/text/tokenize.js");
const { splitSentences } = await import("../dist/text/sentences.js");
const { matchGazetteer } = await import("../dist/gazetteer/match.js");

const gazetteer = loadGazetteers();
const cues = cuesOf(gazetteer);
if (depth > 0) {
  const paths = readFileSync(list, "utf8").split("\n").filter((line) => line !== "");
  let lines = [];
  for (const source of paths) {
    // read as bytes and decoded as newsner does, so the byte count costs nothing more
    const bytes = readFileSync(source);
    const { text } = decodeBytes(bytes);
    const tokens = depth >= 2 ? tokenize(text) : undefined;
    const matches = depth >= 3 ? matchGazetteer(tokens, splitSentences(tokens, cues), gazetteer.trie) : undefined;
    lines.push(JSON.stringify({ source, bytes: bytes.length, tokens: tokens?.length ?? null, matches: matches?.length ?? null }));
    if (lines.length === 100) {
      writeSync(1, lines.join("\n") + "\n");
      lines = [];
    }
  }
  if (lines.length > 0) writeSync(1, lines.join("\n") + "\n");
}
