/**
 * When the engine wakes. Its wake-ups are the main process's only timer while the user works (the
 * tray, the history and the detectors ride on them), so they must come exactly when the countdown the
 * tray shows changes its minute, when a warning or break is due, and never while paused.
 */
import { describe, expect, it } from 'vitest';
import { describeNext } from '../../../src/main/engine/describe-next';
import { englishText } from '../../../src/shared/i18n/english';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

const english = { t: englishText('tray'), locale: 'en' };
import { FakeWorld, MIN, SEC, rig, types } from './fake-world';

const APP = { countdownStepMs: MIN };
const seconds = (times: number[]): number[] => times.map((ms) => ms / SEC);

describe('countdown wake-ups', () => {
  it('wakes at each minute of the countdown, the warning and the break, and nothing else', () => {
    const { world, log } = rig({ longBreak: { enabled: false } }, APP);
    world.advance(20 * MIN);
    const minutes = Array.from({ length: 19 }, (_, i) => (i + 1) * 60);
    expect(seconds(world.wakeTimes)).toEqual([...minutes, 1170, 1200]);
    expect(log()).toEqual([
      [1170, 'warning', 'micro'],
      [1200, 'break-start', 'micro'],
    ]);
  });

  it("puts the default warning on the countdown's 1 min step: 20 wake-ups to a 20-minute break", () => {
    const { world, log } = rig({ longBreak: { enabled: false }, warning: DEFAULT_SETTINGS.warning }, APP);
    world.advance(20 * MIN);
    const minutes = Array.from({ length: 20 }, (_, i) => (i + 1) * 60);
    expect(seconds(world.wakeTimes)).toEqual(minutes);
    expect(log()).toEqual([
      [1140, 'warning', 'micro'],
      [1200, 'break-start', 'micro'],
    ]);
  });

  it('keeps the countdown read at its last wake-up right to the minute, at every second', () => {
    const { world, engine } = rig({ longBreak: { enabled: false } }, APP);
    let shown = describeNext(engine.snapshot(), world.monoMs, world.wallMs, english).label;
    for (let s = 1; s < 20 * 60; s++) {
      const wakes = world.wakeTimes.length;
      world.advance(SEC);
      if (world.wakeTimes.length > wakes)
        shown = describeNext(engine.snapshot(), world.monoMs, world.wallMs, english).label;
      expect(shown, `at ${s} s`).toBe(`Stretch in ${Math.ceil((20 * 60 - s) / 60)} min`);
    }
  });

  it('aligns the steps to a postponed due time, not to the minutes since the start', () => {
    const { world, engine } = rig({ longBreak: { enabled: false }, postpone: { minutes: 5 } }, APP);
    world.advance(19 * MIN + 40 * SEC);
    engine.postpone();
    const from = world.wakeTimes.length;
    world.advance(5 * MIN + 20 * SEC);
    // Due at 25 min: steps at 20 to 24 min, the warning at 24.5 and the break at 25.
    expect(seconds(world.wakeTimes.slice(from))).toEqual([1200, 1260, 1320, 1380, 1440, 1470, 1500]);
  });

  it('wakes for no countdown while a break runs', () => {
    const { world } = rig({ longBreak: { enabled: false }, microBreak: { durationSeconds: 300 } }, APP);
    world.advance(20 * MIN);
    const from = world.wakeTimes.length;
    world.advance(5 * MIN);
    // The break window never reports back: only its end, a minute's grace after its 5 min.
    world.advance(MIN);
    expect(seconds(world.wakeTimes.slice(from))).toEqual([1200 + 360]);
  });

  it('wakes for no countdown while a break is held', () => {
    const { world, engine } = rig({ longBreak: { enabled: false } }, APP);
    world.holdReasons = ['call'];
    engine.momentChanged();
    world.advance(20 * MIN);
    const from = world.wakeTimes.length;
    world.advance(10 * MIN);
    // The user types on: only the idle-threshold look every 2 min.
    expect(seconds(world.wakeTimes.slice(from))).toEqual([1290, 1410, 1530, 1650, 1770]);
  });

  it('still notices an absence as soon as it reaches the idle threshold, between two steps', () => {
    const { world, events } = rig({ longBreak: { enabled: false } }, APP);
    world.advance(2 * MIN + 30 * SEC);
    world.userLeaves();
    world.advance(2 * MIN);
    // Idle since 150 s: the threshold (120 s) is reached at 270 s; the minute steps at 180 and 240 s
    // see the user away but not yet past it, so the next look is when it would be.
    expect(seconds(world.wakeTimes)).toEqual([60, 120, 180, 240, 270]);
    expect(types(events)).toEqual(['natural-break']);
  });
});

describe('while paused', () => {
  it('wakes only when a timed pause ends', () => {
    const { world, engine } = rig({}, APP);
    world.advance(5 * MIN);
    engine.pauseFor({ kind: 'minutes', minutes: 120 });
    const from = world.wakeTimes.length;
    world.advance(120 * MIN);
    expect(seconds(world.wakeTimes.slice(from))).toEqual([(5 + 120) * 60]);
  });

  it('wakes only at midnight in a pause until tomorrow', () => {
    const world = new FakeWorld(new Date(2025, 0, 6, 17, 0).getTime());
    const { engine, events } = rig({}, APP, world);
    engine.pauseFor({ kind: 'tomorrow' });
    world.advance(7 * 60 * MIN);
    expect(seconds(world.wakeTimes)).toEqual([7 * 3600]);
    expect(events.at(-1)).toMatchObject({ type: 'resumed', reason: 'pause-ended' });
  });

  it('ends a pause until tomorrow at midnight even after the wall clock was set back', () => {
    const world = new FakeWorld(new Date(2025, 0, 6, 23, 0).getTime());
    const { engine, events } = rig({}, APP, world);
    engine.pauseFor({ kind: 'tomorrow' });
    world.advance(30 * MIN);
    world.wallMs -= 30 * MIN;
    world.advance(60 * MIN);
    expect(types(events)).toEqual(['paused', 'resumed']);
    expect(events.at(-1)).toMatchObject({ atMs: 90 * MIN });
  });
});
