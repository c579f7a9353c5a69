import { describe, expect, it } from 'vitest';
import { FakeWorld, MIN, SEC, rig, types } from './fake-world';

describe('postpone', () => {
  it('moves a warned break postpone.minutes of active time later', () => {
    const { world, engine, log, events } = rig();
    world.advance(20 * MIN - 20 * SEC);
    engine.postpone();
    expect(events.at(-1)).toMatchObject({ type: 'postponed', kind: 'micro', postponesLeft: 1 });
    world.advance(6 * MIN);
    expect(log()).toEqual([
      [1170, 'warning', 'micro'],
      [1180, 'postponed', 'micro'],
      [1470, 'warning', 'micro'],
      [1500, 'break-start', 'micro'],
    ]);
  });

  it('ends a running break and brings it back postpone.minutes of active time later', () => {
    const { world, engine, log } = rig({ warning: { seconds: 0 } });
    world.advance(20 * MIN + 10 * SEC);
    engine.postpone();
    world.advance(5 * MIN);
    expect(log()).toEqual([
      [1200, 'break-start', 'micro'],
      [1210, 'postponed', 'micro'],
      [1510, 'break-start', 'micro'],
    ]);
  });

  it('refuses once postpone.maxCount is reached for that break, and allows it again for the next one', () => {
    const { world, engine, events } = rig({
      postpone: { minutes: 5, maxCount: 2 },
      warning: { seconds: 0 },
      longBreak: { enabled: false },
    });
    world.advance(20 * MIN);
    engine.postpone();
    world.advance(5 * MIN);
    engine.postpone();
    world.advance(5 * MIN);
    expect(events.at(-1)).toMatchObject({ type: 'break-start', canPostpone: false });
    engine.postpone();
    expect(events.at(-1)).toMatchObject({ type: 'postpone-refused', kind: 'micro', reason: 'limit-reached' });
    expect(engine.snapshot().currentBreak).not.toBeNull();
    engine.completeBreak();
    world.advance(20 * MIN);
    engine.postpone();
    expect(events.at(-1)).toMatchObject({ type: 'postponed', postponesLeft: 1 });
  });

  it('reports postpone-refused without a kind when nothing is warned or running', () => {
    const { world, engine, events } = rig();
    world.advance(5 * MIN);
    engine.postpone();
    expect(events).toEqual([{ type: 'postpone-refused', atMs: 5 * MIN, reason: 'nothing-pending' }]);
  });

  it('keeps a postponed long break ahead of the micro timer', () => {
    const { world, engine, log } = rig({
      microBreak: { everyMinutes: 20 },
      longBreak: { everyMinutes: 20 },
      warning: { seconds: 0 },
    });
    world.advance(20 * MIN);
    expect(log()).toEqual([[1200, 'break-start', 'long']]);
    engine.postpone();
    world.advance(5 * MIN);
    expect(log().at(-1)).toEqual([1500, 'break-start', 'long']);
  });
});

describe('skip', () => {
  it('cancels a warned break: break-end skipped, and the timer restarts', () => {
    const { world, engine, events, log } = rig();
    world.advance(20 * MIN - 20 * SEC);
    engine.skip();
    expect(events.at(-1)).toMatchObject({ type: 'break-end', kind: 'micro', outcome: 'skipped' });
    world.advance(1169 * SEC);
    expect(log().at(-1)?.[1]).toBe('break-end');
    world.advance(1 * SEC);
    expect(log().at(-1)).toEqual([1180 + 1170, 'warning', 'micro']);
  });

  it('ends a running break', () => {
    const { world, engine, events } = rig();
    world.advance(20 * MIN + 5 * SEC);
    engine.skipBreak();
    expect(events.at(-1)).toMatchObject({ type: 'break-end', outcome: 'skipped', atMs: 1205 * SEC });
  });

  it('does nothing when there is nothing to skip', () => {
    const { world, engine, events } = rig();
    world.advance(MIN);
    engine.skip();
    expect(events).toEqual([]);
  });
});

describe('strict mode', () => {
  it('removes postpone and skip', () => {
    const { world, engine, events } = rig({ strict: true });
    world.advance(20 * MIN - 20 * SEC);
    expect(events[0]).toMatchObject({ type: 'warning', canPostpone: false, canSkip: false });
    engine.postpone();
    engine.skip();
    expect(types(events)).toEqual(['warning', 'postpone-refused']);
    expect(events[1]).toMatchObject({ kind: 'micro', reason: 'strict' });
    world.advance(20 * SEC);
    engine.skipBreak();
    expect(types(events)).toEqual(['warning', 'postpone-refused', 'break-start']);
    expect(events[2]).toMatchObject({ canPostpone: false, canSkip: false });
  });

  it('lets a quit end the running break, unfinished, for the history to keep', () => {
    const { world, engine, events } = rig({ strict: true, warning: { seconds: 0 } });
    world.advance(20 * MIN + 10 * SEC);
    engine.skip();
    expect(types(events)).toEqual(['break-start']);
    engine.abandonBreak();
    expect(events.at(-1)).toMatchObject({ type: 'break-end', kind: 'micro', outcome: 'skipped' });
    // Nothing else is running: a second call, or one between breaks, ends nothing.
    engine.abandonBreak();
    expect(types(events)).toEqual(['break-start', 'break-end']);
  });
});

describe('pause', () => {
  it('holds back a break that falls due during the pause, and starts the timers fresh afterwards', () => {
    const { world, engine, log, events } = rig();
    world.advance(15 * MIN);
    engine.pauseFor({ kind: 'minutes', minutes: 30 });
    expect(engine.nextWakeDelayMs()).toBe(30 * MIN);
    world.advance(30 * MIN);
    expect(events.at(-1)).toMatchObject({ type: 'resumed', reason: 'pause-ended' });
    world.advance(20 * MIN);
    expect(log()).toEqual([
      [900, 'paused'],
      [2700, 'resumed'],
      [2700 + 1170, 'warning', 'micro'],
      [2700 + 1200, 'break-start', 'micro'],
    ]);
  });

  it('wakes only when the pause ends', () => {
    const { world, engine } = rig();
    engine.pauseFor({ kind: 'minutes', minutes: 120 });
    const before = world.wakeups;
    world.advance(120 * MIN);
    expect(world.wakeups - before).toBe(1);
  });

  it('cancels a warning and ends a running break', () => {
    const a = rig();
    a.world.advance(20 * MIN - 10 * SEC);
    a.engine.pauseFor({ kind: 'indefinite' });
    a.world.advance(3 * 60 * MIN);
    expect(types(a.events)).toEqual(['warning', 'paused']);

    const b = rig();
    b.world.advance(20 * MIN + 10 * SEC);
    b.engine.pauseFor({ kind: 'minutes', minutes: 60 });
    expect(b.events.slice(-2)).toMatchObject([{ type: 'break-end', outcome: 'skipped' }, { type: 'paused' }]);
  });

  it('pauses until resumed, with no wake-ups at all', () => {
    const { world, engine, log } = rig();
    world.advance(10 * MIN);
    engine.pauseFor({ kind: 'indefinite' });
    expect(engine.nextWakeDelayMs()).toBeNull();
    world.advance(5 * 60 * MIN);
    engine.resume();
    world.advance(20 * MIN);
    expect(log()).toEqual([
      [600, 'paused'],
      [18600, 'resumed'],
      [18600 + 1170, 'warning', 'micro'],
      [18600 + 1200, 'break-start', 'micro'],
    ]);
  });

  it('pauses until local midnight for "until tomorrow", following the wall clock', () => {
    const world = new FakeWorld(new Date(2025, 0, 6, 22, 0).getTime());
    const { engine, events } = rig({}, {}, world);
    engine.pauseFor({ kind: 'tomorrow' });
    world.advance(119 * MIN);
    expect(types(events)).toEqual(['paused']);
    world.advance(1 * MIN);
    expect(events.at(-1)).toMatchObject({ type: 'resumed', reason: 'pause-ended', atMs: 120 * MIN });
  });

  it('ignores resume when not paused', () => {
    const { engine, events } = rig();
    engine.resume();
    expect(events).toEqual([]);
  });
});

describe('wall-clock changes', () => {
  for (const jumpMinutes of [-180, -60, 60, 180, 24 * 60]) {
    it(`neither starts nor cancels a break when the wall clock jumps ${jumpMinutes} min`, () => {
      const { world, log } = rig();
      world.advance(10 * MIN);
      world.wallMs += jumpMinutes * MIN;
      world.advance(10 * MIN - 31 * SEC);
      expect(log()).toEqual([]);
      world.advance(31 * SEC);
      expect(log()).toEqual([
        [1170, 'warning', 'micro'],
        [1200, 'break-start', 'micro'],
      ]);
    });
  }

  it('does not move a timed pause when the wall clock jumps', () => {
    const { world, engine, events } = rig();
    engine.pauseFor({ kind: 'minutes', minutes: 30 });
    world.wallMs -= 3 * 60 * MIN;
    world.advance(30 * MIN);
    expect(events.at(-1)).toMatchObject({ type: 'resumed', atMs: 30 * MIN });
  });
});
