import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTimeoutTimer } from '../../../src/main/engine/clock';

const DAY = 24 * 60 * 60_000;

afterEach(() => vi.useRealTimers());

describe('the engine wake timer', () => {
  it('waits the whole of a delay longer than setTimeout can hold (about 24.8 days)', () => {
    vi.useFakeTimers();
    const timer = createTimeoutTimer();
    const onWake = vi.fn();
    timer.set(30 * DAY, onWake);
    vi.advanceTimersByTime(DAY);
    expect(onWake).not.toHaveBeenCalled();
    vi.advanceTimersByTime(28 * DAY);
    expect(onWake).not.toHaveBeenCalled();
    vi.advanceTimersByTime(DAY);
    expect(onWake).toHaveBeenCalledTimes(1);
  });

  it('stops a long wait on clear, also once it has re-armed itself', () => {
    vi.useFakeTimers();
    const timer = createTimeoutTimer();
    const onWake = vi.fn();
    timer.set(40 * DAY, onWake);
    vi.advanceTimersByTime(26 * DAY);
    timer.clear();
    vi.advanceTimersByTime(60 * DAY);
    expect(onWake).not.toHaveBeenCalled();
  });
});
