import { describe, expect, it } from 'vitest';
import { SuspendAwareClock } from '../../../src/main/engine/suspend-aware-clock';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/**
 * A machine whose monotonic clock stops while it sleeps (performance.now() on Linux and macOS), with
 * a wall clock anyone may set, and a boot clock that counts sleep and follows no wall-clock change.
 */
function machine() {
  const m = { mono: 5_000, wall: Date.UTC(2025, 0, 6, 9), boot: 3_600_000 };
  const sleep = (ms: number, wallChange = 0): void => {
    m.wall += ms + wallChange;
    m.boot += ms;
  };
  return { m, sleep };
}

describe('SuspendAwareClock', () => {
  it.each([
    { direction: 'forward a day', wallChange: DAY },
    { direction: 'back an hour', wallChange: -60 * MIN },
    { direction: 'back a minute', wallChange: -MIN },
  ])(
    'counts a 10-minute sleep as 10 minutes when the wall clock is set $direction meanwhile',
    ({ wallChange }) => {
      const { m, sleep } = machine();
      const clock = new SuspendAwareClock(
        () => m.mono,
        () => m.wall,
        () => m.boot,
      );
      const before = clock.nowMs();
      clock.suspended();
      sleep(10 * MIN, wallChange);
      clock.resumed();
      expect(clock.nowMs() - before).toBe(10 * MIN);
    },
  );

  it('adds nothing where the monotonic clock already counted the sleep', () => {
    const { m, sleep } = machine();
    const clock = new SuspendAwareClock(
      () => m.mono,
      () => m.wall,
      () => m.boot,
    );
    clock.suspended();
    sleep(10 * MIN, DAY);
    m.mono += 10 * MIN;
    clock.resumed();
    expect(clock.nowMs()).toBe(m.mono);
  });

  it('falls back on the wall clock, never going back, where there is no boot clock', () => {
    const { m, sleep } = machine();
    const clock = new SuspendAwareClock(
      () => m.mono,
      () => m.wall,
    );
    clock.suspended();
    sleep(10 * MIN);
    clock.resumed();
    expect(clock.nowMs()).toBe(m.mono + 10 * MIN);
    clock.suspended();
    sleep(10 * MIN, -DAY);
    clock.resumed();
    expect(clock.nowMs()).toBe(m.mono + 10 * MIN);
  });

  it('falls back on the wall clock when the boot clock cannot be read', () => {
    const { m, sleep } = machine();
    let broken = false;
    const clock = new SuspendAwareClock(
      () => m.mono,
      () => m.wall,
      () => {
        if (broken) throw new Error('EACCES /proc/uptime');
        return m.boot;
      },
    );
    clock.suspended();
    sleep(10 * MIN);
    broken = true;
    clock.resumed();
    expect(clock.nowMs()).toBe(m.mono + 10 * MIN);
  });
});
