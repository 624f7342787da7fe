import { describe, expect, it } from "vitest";
import { orderedMap } from "../../src/batch/ordered.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function* range(n: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) yield i;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("orderedMap", () => {
  it("yields results in input order whatever order they finish in", async () => {
    const delays = [30, 5, 20, 1, 15, 0, 25, 2];
    const out = await collect(orderedMap(range(delays.length), async (i) => (await sleep(delays[i]!), i * 10), { limit: 4 }));
    expect(out).toEqual([0, 10, 20, 30, 40, 50, 60, 70]);
  });

  it("never has more than `limit` items in flight", async () => {
    let inFlight = 0; // an item counts from its start until the consumer has taken its result
    let most = 0;
    const out: number[] = [];
    const gen = orderedMap(
      range(50),
      async (i) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await sleep(i % 3);
        return i;
      },
      { limit: 3 },
    );
    for await (const i of gen) {
      inFlight--;
      out.push(i);
    }
    expect(out).toEqual([...Array(50).keys()]);
    expect(most).toBeLessThanOrEqual(3);
  });

  it("keeps the weight in flight under maxWeight, letting one heavy item through alone", async () => {
    let weight = 0;
    let most = 0;
    const weights = [4, 4, 4, 10, 1, 1];
    const gen = orderedMap(
      range(weights.length),
      async (i) => {
        weight += weights[i]!;
        most = Math.max(most, weight);
        await sleep(2);
        return i;
      },
      { limit: 10, weight: (i) => weights[i]!, maxWeight: 8 },
    );
    const out: number[] = [];
    for await (const i of gen) {
      weight -= weights[i]!;
      out.push(i);
    }
    expect(out).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBeLessThanOrEqual(10);
  });

  it("hands over a finished result while the source waits for more", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* slowSource(): AsyncGenerator<number> {
      yield 1;
      await gate; // a producer waiting for our answer before it sends more
      yield 2;
    }
    const it = orderedMap(slowSource(), async (x) => x * 2, { limit: 4 });
    expect((await it.next()).value).toBe(2);
    release();
    expect((await it.next()).value).toBe(4);
    expect((await it.next()).done).toBe(true);
  });

  it("passes a failure on, in its place", async () => {
    const it = orderedMap(range(3), async (i) => {
      if (i === 1) throw new Error("boom");
      return i;
    }, { limit: 2 });
    expect((await it.next()).value).toBe(0);
    await expect(it.next()).rejects.toThrow("boom");
  });

  it("closes the source when the consumer stops early", async () => {
    let closed = false;
    async function* source(): AsyncGenerator<number> {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    for await (const x of orderedMap(source(), async (i) => i, { limit: 2 })) if (x === 3) break;
    await sleep(1);
    expect(closed).toBe(true);
  });
});
