import { describe, expect, it } from 'vitest';
import type { IdleSource } from '../../../src/main/engine/clock';
import { FakeWorld, MIN, SEC, rig, types } from './fake-world';

/**
 * Idle time as the D-Bus source on Wayland gives it: each answer comes from the reading the previous
 * call asked for, extrapolated to now, and says how old that reading is.
 */
function answeringOneCallLate(world: FakeWorld): void {
  const truth = world.ports.idle;
  let reading = { idleMs: 0, atMs: 0 };
  let ageMs = 0;
  const lagging: IdleSource = {
    idleSeconds() {
      const now = world.monoMs;
      ageMs = now - reading.atMs;
      const answer = reading.idleMs + ageMs;
      reading = { idleMs: truth.idleSeconds() * 1000, atMs: now };
      return answer / 1000;
    },
    readingAgeMs: () => ageMs,
  };
  (world.ports as { idle: IdleSource }).idle = lagging;
}

/** No warning, so the micro break starts at exactly 1200 s; noticing worked-through breaks on. */
const WATCHING = { warning: { seconds: 0 }, moments: { workedThrough: true } } as const;

describe('working through a break', () => {
  it('notices input that goes on through the break, once, and records the break as worked through', () => {
    const { world, engine, log, events } = rig(WATCHING);
    world.advance(20 * MIN + 40 * SEC);
    // Busy samples at 1215, 1220, 1225 and 1230 s: 15 s of input, well after the break appeared.
    expect(log()).toEqual([
      [1200, 'break-start', 'micro'],
      [1230, 'worked-through', 'micro'],
    ]);
    expect(engine.snapshot().currentBreak?.workedThrough).toBe(true);
    engine.completeBreak();
    expect(events.at(-1)).toEqual({
      type: 'break-end',
      atMs: 1240 * SEC,
      kind: 'micro',
      outcome: 'worked-through',
    });
  });

  it('notices input through a break when idle time arrives one call late (D-Bus on Wayland)', () => {
    const world = new FakeWorld();
    answeringOneCallLate(world);
    const { engine, log } = rig(WATCHING, {}, world);
    // The app brings the engine up to date every minute, which keeps a late reading at most that old.
    for (let minute = 0; minute < 21; minute++) {
      world.advance(MIN);
      engine.tick();
    }
    expect(log().map(([, type]) => type)).toEqual(['break-start', 'worked-through']);
  });

  it('still sees a user who stepped away for the break when idle time arrives late', () => {
    const world = new FakeWorld();
    answeringOneCallLate(world);
    const { engine, log } = rig(WATCHING, {}, world);
    for (let minute = 0; minute < 20; minute++) {
      world.advance(MIN);
      engine.tick();
    }
    world.userLeaves();
    world.advance(60 * SEC);
    expect(log().map(([, type]) => type)).toEqual(['break-start']);
  });

  it('nudges only once per break, however long the user keeps on', () => {
    const { world, events } = rig({ ...WATCHING, microBreak: { enabled: false } });
    world.advance(60 * MIN);
    world.advance(2 * MIN);
    world.userLeaves();
    world.advance(30 * SEC);
    world.userActive();
    // The window is never reported back: the break ends itself at 3600 + 300 + 60 s.
    world.advance(4 * MIN);
    expect(types(events)).toEqual(['break-start', 'worked-through', 'break-end']);
    expect(events.at(-1)).toMatchObject({ kind: 'long', outcome: 'worked-through' });
  });

  it('records a break that ends by itself, never reported back, as worked through', () => {
    const { world, events } = rig(WATCHING, { breakGraceMs: 60 * SEC });
    world.advance(20 * MIN + 100 * SEC);
    expect(events.at(-1)).toEqual({
      type: 'break-end',
      atMs: 1300 * SEC,
      kind: 'micro',
      outcome: 'worked-through',
    });
  });

  it('records a completed break when the user stepped away for it', () => {
    const { world, engine, events } = rig(WATCHING);
    world.advance(20 * MIN);
    world.userLeaves();
    world.advance(40 * SEC);
    engine.completeBreak();
    expect(types(events)).toEqual(['break-start', 'break-end']);
    expect(events.at(-1)).toMatchObject({ outcome: 'completed' });
  });

  it('does not count a few keypresses in the break window', () => {
    const { world, engine, events } = rig({ ...WATCHING, microBreak: { durationSeconds: 60 } });
    world.advance(20 * MIN);
    world.userLeaves();
    // Space, then two arrows: input in three 5 s windows in a row (sampled at 1215, 1220 and 1225 s),
    // one short of the 15 s needed.
    for (const at of [13, 18, 23]) {
      world.advance(at * SEC - (world.monoMs - 1200 * SEC));
      world.press();
    }
    world.advance(1260 * SEC - world.monoMs);
    engine.completeBreak();
    expect(types(events)).toEqual(['break-start', 'break-end']);
    expect(events.at(-1)).toMatchObject({ outcome: 'completed' });
  });

  it('counts input in four 5 s windows in a row: the boundary', () => {
    const { world, log } = rig({ ...WATCHING, microBreak: { durationSeconds: 60 } });
    world.advance(20 * MIN);
    world.userLeaves();
    for (const at of [13, 18, 23, 28]) {
      world.advance(at * SEC - (world.monoMs - 1200 * SEC));
      world.press();
    }
    world.advance(1260 * SEC - world.monoMs);
    expect(log().slice(1, 2)).toEqual([[1230, 'worked-through', 'micro']]);
  });

  it('does not count the typing the user was doing when the break appeared', () => {
    const { world, engine, events } = rig(WATCHING);
    world.advance(20 * MIN + 4 * SEC);
    world.userLeaves();
    world.advance(36 * SEC);
    engine.completeBreak();
    expect(events.at(-1)).toMatchObject({ type: 'break-end', outcome: 'completed' });
  });

  it("ignores samples from the break's first 5 s, even when something wakes the engine then", () => {
    const { world, engine, log } = rig(WATCHING);
    world.advance(20 * MIN + 1 * SEC);
    engine.momentChanged();
    world.advance(30 * SEC);
    // The busy sample at 1201 s does not start the count; busy ones at 1216, 1221, 1226, 1231 s do.
    expect(log().at(-1)).toEqual([1231, 'worked-through', 'micro']);
  });

  it('does not let a late wake-up bridge a gap between two busy samples', () => {
    const { world, log } = rig({ ...WATCHING, microBreak: { durationSeconds: 60 } });
    world.advance(20 * MIN + 15 * SEC);
    // The sample after the busy one at 1215 s comes 15 s late (a busy or throttled main process).
    world.timerAtMs = 1235 * SEC;
    world.advance(20 * SEC);
    expect(log()).toEqual([[1200, 'break-start', 'micro']]);
    world.advance(15 * SEC);
    expect(log().at(-1)).toEqual([1250, 'worked-through', 'micro']);
  });

  it('notices the user giving up on the break halfway', () => {
    const { world, log } = rig({ ...WATCHING, microBreak: { durationSeconds: 60 } });
    world.advance(20 * MIN);
    world.userLeaves();
    world.advance(12 * SEC);
    world.userActive();
    world.advance(30 * SEC);
    // Back at 1212 s: busy samples from 1215 s (the first one, idle), worked through at 1230 s.
    expect(log().at(-1)).toEqual([1230, 'worked-through', 'micro']);
  });

  it('starts the count afresh after a gap in the input', () => {
    const { world, events, log } = rig({ ...WATCHING, microBreak: { durationSeconds: 60 } });
    world.advance(20 * MIN + 17 * SEC);
    world.userLeaves();
    world.advance(11 * SEC);
    world.userActive();
    world.advance(26 * SEC);
    // Busy at 1215 and 1220 s, idle at 1225 s, busy again from 1240 s: noticed 15 s after that.
    expect(types(events)).toEqual(['break-start']);
    world.advance(1 * SEC);
    expect(log().at(-1)).toEqual([1255, 'worked-through', 'micro']);
  });

  it('keeps a skip a skip', () => {
    const { world, engine, events } = rig(WATCHING);
    world.advance(20 * MIN + 30 * SEC);
    engine.skip();
    expect(types(events)).toEqual(['break-start', 'worked-through', 'break-end']);
    expect(events.at(-1)).toMatchObject({ outcome: 'skipped' });
  });

  it('still lets the user postpone a break they are working through', () => {
    const { world, engine, events } = rig(WATCHING);
    world.advance(20 * MIN + 30 * SEC);
    engine.postpone();
    expect(types(events)).toEqual(['break-start', 'worked-through', 'postponed']);
    world.advance(5 * MIN);
    // The postponed break is a new break: watched afresh.
    expect(types(events).slice(3)).toEqual(['break-start']);
    world.advance(30 * SEC);
    expect(types(events).slice(3)).toEqual(['break-start', 'worked-through']);
  });

  it('records a break worked through before a suspend that outlasted it as worked through', () => {
    const { world, engine, events } = rig(WATCHING);
    world.advance(20 * MIN + 35 * SEC);
    engine.systemSuspend();
    world.advance(10 * MIN);
    engine.systemResume();
    expect(events.find((e) => e.type === 'break-end')).toMatchObject({ outcome: 'worked-through' });
  });

  it('does not bridge a suspend, nor count the idle reading from before it', () => {
    const { world, engine, events } = rig({ ...WATCHING, microBreak: { durationSeconds: 120 } });
    world.advance(20 * MIN + 20 * SEC);
    engine.systemSuspend();
    world.advance(30 * SEC);
    engine.systemResume();
    world.advance(10 * SEC);
    expect(types(events)).toEqual(['break-start']);
    // The reading from before the sleep is no sample: the count starts with the first one after it.
    world.advance(20 * SEC);
    expect(events.at(-1)).toMatchObject({ type: 'worked-through', atMs: 1280 * SEC });
  });

  it('is off with moments.workedThrough false: no sampling, breaks complete as before', () => {
    const { world, engine, events } = rig({ warning: { seconds: 0 }, moments: { workedThrough: false } });
    world.advance(20 * MIN);
    const before = world.wakeups;
    world.advance(40 * SEC);
    expect(world.wakeups - before).toBe(0);
    engine.completeBreak();
    expect(types(events)).toEqual(['break-start', 'break-end']);
    expect(events.at(-1)).toMatchObject({ outcome: 'completed' });
  });

  it('samples every 5 s while input runs, 15 s while not, 30 s while away, and stops once it noticed', () => {
    const away = rig({ ...WATCHING, microBreak: { enabled: false } });
    away.world.advance(60 * MIN);
    away.world.userLeaves();
    let before = away.world.wakeups;
    away.world.advance(300 * SEC);
    // 0–120 s: every 15 s (8); then away beyond the idle threshold: every 30 s (6).
    expect(away.world.wakeups - before).toBe(8 + 6);

    const typing = rig({ ...WATCHING, microBreak: { enabled: false } });
    typing.world.advance(60 * MIN);
    before = typing.world.wakeups;
    typing.world.advance(300 * SEC);
    // Four samples to notice, then nothing until the break ends.
    expect(typing.world.wakeups - before).toBe(4);
  });
});
