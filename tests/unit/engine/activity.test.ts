import { describe, expect, it } from 'vitest';
import { MIN, SEC, rig, types } from './fake-world';

const starts = (log: [number, string, string?][]) => log.filter((e) => e[1] === 'break-start');

describe('active time', () => {
  it('keeps counting while the idle time is below the threshold', () => {
    const { world, log } = rig();
    world.advance(10 * MIN);
    world.userLeaves();
    world.advance(90 * SEC);
    world.userActive();
    world.advance(10 * MIN - 90 * SEC);
    expect(starts(log())).toEqual([[1200, 'break-start', 'micro']]);
  });

  it('stops counting once the idle time passes the threshold, and resumes when the user is back', () => {
    // A 10 min micro duration keeps natural breaks out of the way.
    const { world, log } = rig({ microBreak: { durationSeconds: 600 }, longBreak: { enabled: false } });
    world.advance(10 * MIN);
    world.userLeaves();
    world.advance(5 * MIN); // counted: the first 120 s of idleness
    world.userActive();
    world.advance(20 * MIN);
    const [start] = starts(log());
    // Exact figure: back at 900 s with 720 s of active time, 480 s to go.
    expect(start?.[0]).toBeGreaterThanOrEqual(1380);
    expect(start?.[0]).toBeLessThanOrEqual(1380 + 30);
    expect(log().filter((e) => e[1] === 'natural-break')).toEqual([]);
  });

  it('counts a locked screen as inactive at once', () => {
    const { world, engine, log } = rig();
    world.advance(5 * MIN);
    engine.lockScreen();
    world.advance(30 * SEC);
    engine.unlockScreen();
    world.advance(15 * MIN);
    expect(starts(log())).toEqual([[1230, 'break-start', 'micro']]);
  });

  it('sleeps while suspended and counts the suspended time as inactive', () => {
    const { world, engine, events } = rig();
    world.advance(5 * MIN);
    engine.systemSuspend();
    expect(engine.nextWakeDelayMs()).toBeNull();
    expect(world.timerAtMs).toBeNull();
    world.advance(20 * SEC);
    engine.systemResume();
    world.advance(15 * MIN);
    expect(types(events)).toEqual(['warning', 'break-start']);
    expect(events[1]?.atMs).toBe(1220 * SEC);
  });
});

describe('natural breaks', () => {
  it('resets only the micro timer after an inactive stretch as long as a micro break', () => {
    const { world, log } = rig({ warning: { seconds: 0 } });
    world.advance(10 * MIN);
    world.userLeaves();
    world.advance(3 * MIN);
    world.userActive();
    world.advance(21 * MIN);
    expect(log()[0]).toEqual([720, 'natural-break', 'micro']);
    const micro = starts(log())[0]!;
    // Back at 780 s, noticed by 810 s; the micro timer restarted at 720 s of active time.
    expect(micro[0]).toBeGreaterThanOrEqual(780 + 1200);
    expect(micro[0]).toBeLessThanOrEqual(810 + 1200);
  });

  it('leaves the long timer running after a natural micro break', () => {
    const { world, engine, log } = rig({
      microBreak: { enabled: true, everyMinutes: 200 },
      warning: { seconds: 0 },
    });
    world.advance(30 * MIN);
    world.userLeaves();
    world.advance(3 * MIN); // natural micro only
    world.userActive();
    world.advance(40 * MIN);
    engine.completeBreak();
    const [natural, long] = log();
    expect(natural).toEqual([1920, 'natural-break', 'micro']);
    // Long break at 60 min of active time: 32 min before leaving + 28 min after return (≤ 30 s late).
    expect(long?.[1]).toBe('break-start');
    expect(long?.[2]).toBe('long');
    expect(long![0]).toBeGreaterThanOrEqual(1980 + 28 * 60);
    expect(long![0]).toBeLessThanOrEqual(2010 + 28 * 60);
  });

  it('resets both timers after an inactive stretch as long as a long break', () => {
    const { world, log } = rig({ warning: { seconds: 0 } });
    world.advance(50 * MIN - 2 * SEC);
    expect(starts(log())).toHaveLength(2);
    const before = log().length;
    world.userLeaves();
    world.advance(6 * MIN);
    world.userActive();
    world.advance(19 * MIN);
    const after = log().slice(before);
    expect(after.map((e) => e.slice(1))).toEqual([
      ['natural-break', 'micro'],
      ['natural-break', 'long'],
    ]);
    world.advance(2 * MIN);
    // No long break 60 min after the start: the long timer restarted with the natural break.
    expect(log().at(-1)?.[2]).toBe('micro');
  });

  it('cancels a warned break when the user locks the screen during the warning', () => {
    const { world, engine, log } = rig();
    world.advance(20 * MIN - 20 * SEC);
    engine.lockScreen();
    world.advance(1 * MIN);
    expect(log()).toEqual([
      [1170, 'warning', 'micro'],
      [1220, 'natural-break', 'micro'],
    ]);
  });

  it('still starts the break when the user merely stops typing during the warning', () => {
    const { world, log } = rig();
    world.advance(20 * MIN - 20 * SEC);
    world.userLeaves();
    world.advance(20 * SEC);
    expect(log()).toEqual([
      [1170, 'warning', 'micro'],
      [1200, 'break-start', 'micro'],
    ]);
  });

  it('cancels a long warning when the user leaves for longer than the threshold', () => {
    const { world, log } = rig({ warning: { seconds: 300 } });
    world.advance(15 * MIN + 10 * SEC);
    world.userLeaves();
    world.advance(10 * MIN);
    expect(log()).toEqual([
      [900, 'warning', 'micro'],
      [1030, 'natural-break', 'micro'],
      [1210, 'natural-break', 'long'],
    ]);
  });

  it('treats a long suspend as a natural break of the right kind', () => {
    const { world, engine, log } = rig();
    world.advance(10 * MIN);
    engine.systemSuspend();
    world.advance(6 * MIN);
    engine.systemResume();
    expect(log()).toEqual([[960, 'natural-break', 'long']]);
  });

  it('does not count the time spent in a break as a further natural break', () => {
    const { world, engine, log } = rig({
      microBreak: { durationSeconds: 300 },
      longBreak: { durationSeconds: 600 },
    });
    world.advance(20 * MIN);
    world.userLeaves();
    world.advance(300 * SEC);
    engine.completeBreak();
    world.advance(60 * SEC);
    world.userActive();
    world.advance(60 * SEC);
    expect(log().map((e) => e[1])).toEqual(['warning', 'break-start', 'break-end']);
  });
});

describe('suspend during a break', () => {
  it('ends the break as completed on resume when its duration has passed', () => {
    const { world, engine, log } = rig();
    world.advance(20 * MIN + 10 * SEC);
    engine.systemSuspend();
    world.advance(10 * MIN);
    engine.systemResume();
    expect(log().slice(1)).toEqual([
      [1200, 'break-start', 'micro'],
      [1810, 'break-end', 'micro'],
      // Asleep from the break's end at 1240 s: longer than a long break.
      [1810, 'natural-break', 'long'],
    ]);
    // The micro timer restarted at the end of the break.
    world.advance(20 * MIN);
    expect(log().at(-1)).toEqual([1810 + 1200, 'break-start', 'micro']);
  });

  it('lets the break run on after a short suspend', () => {
    const { world, engine, events } = rig();
    world.advance(20 * MIN + 5 * SEC);
    engine.systemSuspend();
    world.advance(10 * SEC);
    engine.systemResume();
    expect(engine.snapshot().currentBreak?.kind).toBe('micro');
    world.advance(25 * SEC);
    engine.completeBreak();
    expect(events.at(-1)).toMatchObject({ type: 'break-end', outcome: 'completed', atMs: 1240 * SEC });
  });
});
