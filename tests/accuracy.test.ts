// Accuracy gate on CoNLL-2003 dev (issue 2): the figures may never fall below the floor unnoticed.
// Runs where ../shared exists (as in CI); skips cleanly on a user's machine.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateConll, parseConll } from "../src/eval/conll.js";
import { extract, loadGazetteers } from "../src/index.js";
import { HAVE_SHARED, SHARED } from "./eval/helpers.js";

describe.skipIf(!HAVE_SHARED)("CoNLL-2003 dev accuracy", () => {
  const gazetteers = loadGazetteers();
  const documents = HAVE_SHARED ? parseConll(readFileSync(join(SHARED, "data", "conll2003", "dev.txt"), "utf8")) : [];
  const result = HAVE_SHARED ? evaluateConll(documents, (text) => extract(text, { gazetteers })) : undefined;

  it("reaches micro-F1 85 over PER+LOC+ORG", () => {
    expect(result!.restricted.micro.F1).toBeGreaterThanOrEqual(85);
  });
  it("reaches micro-F1 82 over all four types", () => {
    expect(result!.all.micro.F1).toBeGreaterThanOrEqual(82);
  });
  it.each(["PER", "LOC", "ORG"])("keeps %s precision at 80 or more", (type) => {
    expect(result!.all.per_type[type].P).toBeGreaterThanOrEqual(80);
  });
});
