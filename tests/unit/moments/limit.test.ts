import { describe, expect, it } from 'vitest';
import { mapWithLimit, someWithLimit } from '../../../src/main/moments/limit';
import { settle } from './fakes';

/** A task runner that records how many tasks run at once; tasks finish when the test says so. */
function gated() {
  let running = 0;
  let peak = 0;
  const waiting: (() => void)[] = [];
  return {
    peak: () => peak,
    started: () => waiting.length,
    task<T>(value: T): Promise<T> {
      running += 1;
      peak = Math.max(peak, running);
      return new Promise((resolve) =>
        waiting.push(() => {
          running -= 1;
          resolve(value);
        }),
      );
    },
    async finishAll() {
      while (waiting.length > 0) {
        for (const finish of waiting.splice(0)) finish();
        await settle();
      }
    },
  };
}

describe('bounded concurrency', () => {
  it('mapWithLimit keeps the order and never runs more than the limit at once', async () => {
    const gate = gated();
    const result = mapWithLimit([1, 2, 3, 4, 5, 6, 7], 3, (n) => gate.task(n * 10));
    await settle();
    expect(gate.started()).toBe(3);
    await gate.finishAll();
    expect(await result).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(gate.peak()).toBe(3);
    expect(await mapWithLimit([], 3, async (n) => n)).toEqual([]);
  });

  it('someWithLimit stops starting tests once one holds', async () => {
    const tested: number[] = [];
    const found = await someWithLimit([1, 2, 3, 4, 5, 6, 7, 8], 2, async (n) => {
      tested.push(n);
      return n === 3;
    });
    expect(found).toBe(true);
    expect(tested.length).toBeLessThan(8);
    expect(await someWithLimit([1, 2], 4, async () => false)).toBe(false);
    expect(await someWithLimit([], 4, async () => true)).toBe(false);
  });
});
