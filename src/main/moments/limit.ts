/**
 * Bounded concurrency for the /proc scans: a few hundred processes read one at a time would be slow,
 * all at once would queue hundreds of requests on libuv's small thread pool ahead of the app's own I/O.
 */

/** Maps `items` with at most `limit` calls of `fn` running at once; results keep the input order. */
export async function mapWithLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Whether `test` holds for any item, with at most `limit` tests at once; stops starting new ones once one does. */
export async function someWithLimit<T>(
  items: readonly T[],
  limit: number,
  test: (item: T) => Promise<boolean>,
): Promise<boolean> {
  let found = false;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (!found && next < items.length) {
      if (await test(items[next++] as T)) found = true;
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return found;
}
