import { describe, expect, it } from "vitest";
import type { Candidate } from "../../src/rules/candidate.js";
import { longestThenPriorityThenEarliest } from "../../src/resolve/overlaps.js";

const c = (start: number, end: number, priority: number, source = "x"): Candidate => ({
  start,
  end,
  priority,
  source,
  type: "ORGANIZATION",
  form: "name",
});

describe("longestThenPriorityThenEarliest", () => {
  it("keeps the longest span", () => {
    const kept = longestThenPriorityThenEarliest([c(0, 1, 5, "short"), c(0, 3, 1, "long")], 5);
    expect(kept.map((k) => k.source)).toEqual(["long"]);
  });
  it("breaks length ties by priority", () => {
    const kept = longestThenPriorityThenEarliest([c(0, 2, 1, "weak"), c(1, 3, 4, "strong")], 5);
    expect(kept.map((k) => k.source)).toEqual(["strong"]);
  });
  it("then by position", () => {
    const kept = longestThenPriorityThenEarliest([c(1, 3, 2, "later"), c(0, 2, 2, "earlier")], 5);
    expect(kept.map((k) => k.source)).toEqual(["earlier"]);
  });
  it("keeps spans that do not overlap, in text order", () => {
    const kept = longestThenPriorityThenEarliest([c(3, 4, 1, "b"), c(0, 2, 1, "a")], 5);
    expect(kept.map((k) => k.source)).toEqual(["a", "b"]);
  });
});
