/**
 * A warning or a break start waits for the detectors' look under way (`MomentPort.looking`), so the
 * hold is judged on what they see at that moment; the countdown does not wait, and nothing spins.
 */
import { describe, expect, it } from 'vitest';
import { describeNext } from '../../../src/main/engine/describe-next';
import { englishText } from '../../../src/shared/i18n/english';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { FakeWorld, MIN, SEC, rig, types } from './fake-world';

const APP = { countdownStepMs: MIN };
const english = { t: englishText('tray'), locale: 'en' };
const defaults = { longBreak: { enabled: false }, warning: DEFAULT_SETTINGS.warning };

describe('a look under way at a hold point', () => {
  it('holds back the warning until the look lands, while the tray already shows the new minute', () => {
    const { world, engine, events } = rig(defaults, APP);
    world.advance(19 * MIN - 1);
    world.looking = true;
    world.advance(1);
    expect(events).toEqual([]);
    const label = describeNext(engine.snapshot(), world.monoMs, world.wallMs, english).label;
    expect(label).toBe('Stretch in 1 min');

    world.advance(300);
    world.holdReasons = ['call'];
    world.looking = false;
    engine.momentChanged();
    expect(events).toEqual([{ type: 'deferred', atMs: 19 * MIN + 300, kind: 'micro', reasons: ['call'] }]);
  });

  it('warns once the look lands with nothing to hold for', () => {
    const { world, engine, log } = rig(defaults, APP);
    world.advance(19 * MIN - 1);
    world.looking = true;
    world.advance(500);
    world.looking = false;
    engine.momentChanged();
    world.advance(MIN);
    expect(log()).toEqual([
      [1140.499, 'warning', 'micro'],
      // Due by active time, which the wait did not stop.
      [1200, 'break-start', 'micro'],
    ]);
  });

  it('waits at the break start too, when warnings are off', () => {
    const { world, engine, events } = rig({ ...defaults, warning: { seconds: 0 } }, APP);
    world.advance(20 * MIN - 1);
    world.looking = true;
    world.advance(1);
    expect(events).toEqual([]);
    world.holdReasons = ['dnd'];
    world.looking = false;
    engine.momentChanged();
    expect(types(events)).toEqual(['deferred']);
  });

  it('decides on the answer there is when the look never lands, after lookWaitMs, without spinning', () => {
    const { world, log } = rig(defaults, { ...APP, lookWaitMs: 10 * SEC });
    world.advance(19 * MIN - 1);
    world.looking = true;
    const from = world.wakeTimes.length;
    world.advance(MIN + 20 * SEC);
    expect(log()).toEqual([
      [1150, 'warning', 'micro'],
      [1210, 'break-start', 'micro'],
    ]);
    expect(world.wakeTimes.slice(from).map((ms) => ms / SEC)).toEqual([1140, 1150, 1200, 1210]);
  });

  it('lets a pause during the wait end it: no warning, and only the pause end wakes', () => {
    const { world, engine, events } = rig(defaults, APP);
    world.advance(19 * MIN - 1);
    world.looking = true;
    world.advance(1 + 500);
    engine.pauseFor({ kind: 'minutes', minutes: 30 });
    const from = world.wakeTimes.length;
    world.looking = false;
    engine.momentChanged();
    world.advance(30 * MIN);
    expect(types(events)).toEqual(['paused', 'resumed']);
    expect(world.wakeTimes.slice(from)).toEqual([19 * MIN + 500 + 30 * MIN]);
  });

  it('ignores a wall-clock jump during the wait, and a look landing after the machine slept', () => {
    const { world, engine, log } = rig(defaults, APP);
    world.advance(19 * MIN - 1);
    world.looking = true;
    world.advance(1);
    world.wallMs += 6 * 60 * MIN;
    engine.tick();
    expect(log()).toEqual([]);
    engine.systemSuspend();
    world.advance(20 * SEC);
    world.looking = false;
    engine.momentChanged();
    // Asleep (shorter than a break) is not active: the look lands on the same hold point.
    engine.systemResume();
    expect(log()).toEqual([[1160, 'warning', 'micro']]);
  });
});

describe('an idle source answering from an older reading (D-Bus on Wayland)', () => {
  /** Each answer extrapolates the reading the previous call took, as the D-Bus source does. */
  function lagging(world: FakeWorld) {
    const actual = world.ports.idle;
    let reading = { idleMs: 0, atMs: world.monoMs };
    let ageMs = 0;
    Object.assign(world.ports, {
      idle: {
        idleSeconds: () => {
          ageMs = world.monoMs - reading.atMs;
          const answer = reading.idleMs + ageMs;
          reading = { idleMs: actual.idleSeconds() * 1000, atMs: world.monoMs };
          return answer / 1000;
        },
        readingAgeMs: () => ageMs,
      },
    });
  }

  it('does not take a typing user for away when the look lands on a reading a threshold old', () => {
    const world = new FakeWorld();
    lagging(world);
    const { events } = rig({ longBreak: { enabled: false }, microBreak: { everyMinutes: 60 } }, {}, world);
    world.advance(10 * MIN);
    expect(types(events)).toEqual([]);
  });

  it('still notices a real absence, dated back to the last input', () => {
    const world = new FakeWorld();
    lagging(world);
    const { events } = rig({ longBreak: { enabled: false }, microBreak: { everyMinutes: 60 } }, {}, world);
    world.advance(3 * MIN);
    world.userLeaves();
    world.advance(3 * MIN);
    expect(types(events)).toEqual(['natural-break']);
    // Seen once a reading measured it, a look after the threshold; the break counts from the last input.
    expect(events[0]!.atMs).toBeLessThanOrEqual(3 * MIN + 2 * MIN + 10 * SEC);
  });
});
