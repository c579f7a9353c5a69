import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { revealInTurns } from '../../../src/renderer/src/first-frame';

describe('revealInTurns', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    // A frame every 16 ms, on the same fake clock.
    vi.stubGlobal('requestAnimationFrame', (draw: FrameRequestCallback) => setTimeout(() => draw(0), 16));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('reveals nothing before the first frame, then one batch per task, in order', async () => {
    const order: (number | string)[] = [];
    revealInTurns(3, (batch) => {
      order.push(batch);
      // An event that arrives while the first batch is built is handled before the next batch.
      if (batch === 1) setTimeout(() => order.push('click'));
    });
    await vi.advanceTimersByTimeAsync(15);
    expect(order).toEqual([]);
    await vi.runAllTimersAsync();
    expect(order).toEqual([1, 'click', 2, 3]);
  });

  it('stops where it is when the view goes, even before the first frame', async () => {
    const early: number[] = [];
    revealInTurns(3, (batch) => early.push(batch))();
    const late: number[] = [];
    const stop = revealInTurns(3, (batch) => {
      late.push(batch);
      if (batch === 2) stop();
    });
    await vi.runAllTimersAsync();
    expect(early).toEqual([]);
    expect(late).toEqual([1, 2]);
  });
});
