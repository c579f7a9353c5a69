import { describe, expect, it } from 'vitest';
import { normalizeSettings } from '../../../src/shared/settings';
import { MIN, SEC, rig, types } from './fake-world';

describe('scheduled breaks', () => {
  it('warns warning.seconds before a micro break and starts it after everyMinutes of active time', () => {
    const { world, log } = rig({ microBreak: { everyMinutes: 20, durationSeconds: 40 } });
    world.advance(20 * MIN - 31 * SEC);
    expect(log()).toEqual([]);
    world.advance(31 * SEC);
    expect(log()).toEqual([
      [20 * 60 - 30, 'warning', 'micro'],
      [20 * 60, 'break-start', 'micro'],
    ]);
  });

  it('carries kind, duration and the allowed actions on warning and break-start', () => {
    const { world, events } = rig();
    world.advance(20 * MIN);
    expect(events[0]).toMatchObject({
      type: 'warning',
      kind: 'micro',
      inSeconds: 30,
      canPostpone: true,
      canSkip: true,
    });
    expect(events[1]).toMatchObject({ type: 'break-start', kind: 'micro', durationSeconds: 40 });
  });

  it('counts no active time during a break and restarts the micro timer when the break completes', () => {
    const { world, engine, log } = rig();
    world.advance(20 * MIN);
    world.advance(40 * SEC);
    engine.completeBreak();
    world.advance(20 * MIN);
    expect(log().map((e) => e.slice(0, 2))).toEqual([
      [1170, 'warning'],
      [1200, 'break-start'],
      [1240, 'break-end'],
      [1240 + 1170, 'warning'],
      [1240 + 1200, 'break-start'],
    ]);
  });

  it('reports the completion outcome', () => {
    const { world, engine, events } = rig();
    world.advance(20 * MIN + 10 * SEC);
    engine.completeBreak();
    expect(events.at(-1)).toMatchObject({
      type: 'break-end',
      kind: 'micro',
      outcome: 'completed',
      atMs: 20 * MIN + 10 * SEC,
    });
  });

  it('takes the long break when both are due, and it resets the micro timer too', () => {
    const { world, engine, log } = rig({
      microBreak: { everyMinutes: 20, durationSeconds: 40 },
      longBreak: { everyMinutes: 60, durationSeconds: 300 },
      warning: { seconds: 0 },
    });
    for (let i = 0; i < 3; i++) {
      world.advance(20 * MIN);
      const started = log().at(-1);
      world.advance((started?.[2] === 'long' ? 300 : 40) * SEC);
      engine.completeBreak();
    }
    world.advance(20 * MIN);
    const starts = log().filter((e) => e[1] === 'break-start');
    expect(starts).toEqual([
      [1200, 'break-start', 'micro'],
      [2440, 'break-start', 'micro'],
      [3680, 'break-start', 'long'],
      [3980 + 1200, 'break-start', 'micro'],
    ]);
  });

  it('drops a micro break that would fall just before the long one', () => {
    // Micro every 25 min, long every 60: the third micro (75) would be after the long, the second
    // (50) is 10 min before it, more than half a micro interval, so it stays.
    const { world, log } = rig({
      microBreak: { everyMinutes: 25 },
      longBreak: { everyMinutes: 30 },
      warning: { seconds: 0 },
    });
    world.advance(25 * MIN);
    // Long at 30 is within 12.5 min after the micro at 25: the micro is folded into it.
    expect(log()).toEqual([]);
    world.advance(5 * MIN);
    expect(log()).toEqual([[1800, 'break-start', 'long']]);
  });

  it('ends a break that is never reported back after its duration plus the grace period', () => {
    const { world, log } = rig({}, { breakGraceMs: 60 * SEC });
    world.advance(20 * MIN);
    world.advance(99 * SEC);
    expect(log().at(-1)?.[1]).toBe('break-start');
    world.advance(1 * SEC);
    expect(log().at(-1)).toEqual([1300, 'break-end', 'micro']);
  });

  it('runs long breaks only when micro breaks are disabled, and nothing when both are', () => {
    const longOnly = rig({ microBreak: { enabled: false }, warning: { seconds: 0 } });
    longOnly.world.advance(60 * MIN);
    expect(longOnly.log()).toEqual([[3600, 'break-start', 'long']]);
    const none = rig({ microBreak: { enabled: false }, longBreak: { enabled: false } });
    none.world.advance(5 * 60 * MIN);
    expect(none.events).toEqual([]);
    expect(none.engine.nextWakeDelayMs()).toBeNull();
  });

  it('applies new settings to the running timers', () => {
    const { world, engine, log } = rig({ warning: { seconds: 0 } });
    world.advance(10 * MIN);
    engine.updateSettings(
      normalizeSettings({ warning: { seconds: 0 }, microBreak: { everyMinutes: 15 } }).settings,
    );
    world.advance(5 * MIN);
    expect(log()).toEqual([[900, 'break-start', 'micro']]);
  });
});

describe('quick stretch', () => {
  it('counts as a micro break taken: the micro timer restarts', () => {
    const { world, engine, log } = rig({ warning: { seconds: 0 } });
    world.advance(15 * MIN);
    engine.quickStretch();
    world.advance(19 * MIN);
    expect(log()).toEqual([[900, 'quick-stretch']]);
    world.advance(1 * MIN);
    expect(log().at(-1)).toEqual([2100, 'break-start', 'micro']);
  });

  it('cancels a pending micro warning but leaves the long timer alone', () => {
    const { world, engine, log } = rig({ microBreak: { everyMinutes: 20 }, longBreak: { everyMinutes: 45 } });
    world.advance(20 * MIN - 10 * SEC);
    engine.quickStretch();
    world.advance(10 * SEC);
    expect(log().map((e) => e[1])).toEqual(['warning', 'quick-stretch']);
    // The long break is still due at 45 min of active time (the next micro, at 39:50, folds into it).
    world.advance(25 * MIN);
    expect(log().at(-1)).toEqual([2700, 'break-start', 'long']);
  });

  it('is ignored while a break is running', () => {
    const { world, engine, events } = rig();
    world.advance(20 * MIN);
    engine.quickStretch();
    expect(types(events)).toEqual(['warning', 'break-start']);
  });
});
