import { describe, expect, it } from "vitest";
import { keptBuffer } from "../src/kept-buffer.js";

describe("keptBuffer", () => {
  it("gives the same array while it is long enough, and a longer kept one when not", () => {
    const take = keptBuffer((n) => new Int32Array(n), 8, 64);
    const first = take(5);
    expect(first.length).toBe(8);
    first[0] = 7;
    expect(take(8)).toBe(first); // kept: what the last document left is still there
    expect(take(8)[0]).toBe(7);
    const grown = take(9);
    expect(grown).not.toBe(first);
    expect(grown.length).toBe(16); // at least doubled, so growing is rare
    expect(take(3)).toBe(grown);
  });

  it("never keeps more than the limit: a longer text gets an array of its own", () => {
    const take = keptBuffer((n) => new Uint8Array(n), 8, 64);
    expect(take(40).length).toBe(40);
    expect(take(60).length).toBe(64); // doubling stops at the limit
    const huge = take(1000);
    expect(huge.length).toBe(1000);
    expect(take(1000)).not.toBe(huge);
    expect(take(10).length).toBe(64);
  });
});
