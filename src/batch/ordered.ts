// Runs `fn` over a stream with bounded work in flight and yields the results in input
// order, however they finish. This is what keeps memory flat (at most `limit` items,
// and at most `maxWeight` bytes unless a single item is bigger, are read and not yet
// printed) and output identical to a one-at-a-time run.
//
// A finished result is yielded as soon as everything before it is, even while the
// source is waiting for more input: a streaming producer that sends one record and waits
// for its answer gets it.

export interface OrderedOptions<T> {
  /** Most items in flight at once (at least 1). */
  limit: number;
  /** Size of an item, counted against `maxWeight`. */
  weight?: (item: T) => number;
  maxWeight?: number;
}

type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

function settle<R>(run: () => Promise<R>): Promise<Settled<R>> {
  try {
    return run().then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
  } catch (error) {
    return Promise.resolve({ ok: false as const, error });
  }
}

export async function* orderedMap<T, R>(source: AsyncIterable<T>, fn: (item: T) => Promise<R>, options: OrderedOptions<T>): AsyncGenerator<R> {
  const limit = Math.max(1, options.limit);
  const maxWeight = options.maxWeight ?? Infinity;
  const weigh = options.weight ?? (() => 0);
  const it = source[Symbol.asyncIterator]();
  const queue: { done: Promise<Settled<R>>; weight: number; finished: boolean }[] = [];
  let inFlightWeight = 0;
  let next: IteratorResult<T> | undefined; // read from the source, not yet started
  let reading: Promise<IteratorResult<T>> | undefined;
  let exhausted = false;
  try {
    for (;;) {
      // Start work while there is room, but stop to print when the oldest result is
      // ready before the source has produced another item.
      while (!exhausted && queue.length < limit) {
        if (next === undefined) {
          reading ??= it.next();
          if (queue.length > 0 && !queue[0]!.finished) {
            const head = queue[0]!;
            const first = await Promise.race([reading.then(() => "source" as const), head.done.then(() => "head" as const)]);
            if (first === "head") break;
          } else if (queue.length > 0) {
            break; // the head is done: print it first
          }
          next = await reading;
          reading = undefined;
          if (next.done) {
            exhausted = true;
            break;
          }
        }
        const item = next.value as T;
        const w = weigh(item);
        if (queue.length > 0 && inFlightWeight + w > maxWeight) break;
        next = undefined;
        inFlightWeight += w;
        const entry = { done: settle(() => fn(item)), weight: w, finished: false };
        void entry.done.then(() => (entry.finished = true));
        queue.push(entry);
      }
      const head = queue.shift();
      if (!head) return;
      const settled = await head.done;
      inFlightWeight -= head.weight;
      if (!settled.ok) throw settled.error;
      yield settled.value;
    }
  } finally {
    // A read still waiting (on stdin, say) would hold up an awaited return(): let the
    // source close itself whenever that read ends.
    if (!exhausted) {
      if (reading) void it.return?.()?.catch(() => {}); // runs once that read is over
      else await it.return?.();
    }
  }
}
