import { describe, expect, it } from 'vitest';
import { describeNext } from '../../../src/main/engine/describe-next';
import { englishText } from '../../../src/shared/i18n/english';
import { FakeWorld, MIN, SEC, rig } from './fake-world';

/** English words, the clock as a British system writes it. */
const english = { t: englishText('tray'), locale: 'en-GB' };

describe('describeNext', () => {
  it('says which break comes next and in how many minutes', () => {
    const { world, engine } = rig();
    world.advance(8 * MIN);
    expect(describeNext(engine.snapshot(), world.monoMs, world.wallMs, english)).toEqual({
      label: 'Stretch in 12 min',
      paused: false,
    });
  });

  it('counts down from a snapshot while the user is active, and not while away', () => {
    const { world, engine } = rig();
    const snap = engine.snapshot();
    expect(describeNext(snap, 5 * MIN, world.wallMs, english).label).toBe('Stretch in 15 min');
    world.userLeaves();
    world.advance(10 * MIN);
    const away = engine.snapshot();
    expect(describeNext(away, away.atMs + 5 * MIN, world.wallMs, english).label).toBe(
      describeNext(away, away.atMs, world.wallMs, english).label,
    );
  });

  it('names the long break', () => {
    const { world, engine } = rig({ microBreak: { enabled: false } });
    world.advance(30 * MIN + 10 * SEC);
    expect(describeNext(engine.snapshot(), world.monoMs, world.wallMs, english).label).toBe(
      'Long break in 30 min',
    );
  });

  it('shows the end of a timed pause on the wall clock', () => {
    const world = new FakeWorld(new Date(2025, 0, 6, 13, 30).getTime());
    const { engine } = rig({}, {}, world);
    engine.pauseFor({ kind: 'minutes', minutes: 60 });
    expect(describeNext(engine.snapshot(), world.monoMs, world.wallMs, english)).toEqual({
      label: 'Paused until 14:30',
      paused: true,
    });
    engine.pauseFor({ kind: 'tomorrow' });
    expect(describeNext(engine.snapshot(), world.monoMs, world.wallMs, english).label).toBe(
      'Paused until tomorrow',
    );
    engine.pauseFor({ kind: 'indefinite' });
    expect(describeNext(engine.snapshot(), world.monoMs, world.wallMs, english)).toEqual({
      label: 'Paused',
      paused: true,
    });
  });

  it('says a held break is waiting, and why', () => {
    const { world, engine } = rig();
    world.holdReasons = ['call', 'dnd'];
    world.advance(20 * MIN);
    expect(describeNext(engine.snapshot(), world.monoMs, world.wallMs, english)).toEqual({
      label: 'Stretch waiting (do not disturb, call)',
      paused: false,
    });
    world.holdReasons = ['app-rule'];
    engine.momentChanged();
    expect(describeNext(engine.snapshot(), world.monoMs, world.wallMs, english).label).toBe(
      'Stretch waiting (app rule)',
    );
    world.holdReasons = [];
    engine.momentChanged();
    // The grace period before the held break comes.
    expect(describeNext(engine.snapshot(), world.monoMs, world.wallMs, english).label).toBe('Stretch soon');
  });

  it('names the long break and a full-screen hold', () => {
    const { world, engine } = rig({ microBreak: { enabled: false } });
    world.holdReasons = ['fullscreen'];
    world.advance(60 * MIN);
    expect(describeNext(engine.snapshot(), world.monoMs, world.wallMs, english).label).toBe(
      'Long break waiting (full screen)',
    );
  });

  it('describes a running break, working hours and disabled breaks', () => {
    const a = rig();
    a.world.advance(20 * MIN);
    expect(describeNext(a.engine.snapshot(), a.world.monoMs, a.world.wallMs, english).label).toBe(
      'Stretch now',
    );
    const b = rig({ workingHours: { enabled: true, start: '18:00', end: '19:00' } });
    expect(describeNext(b.engine.snapshot(), 0, b.world.wallMs, english).label).toBe('Outside working hours');
    const c = rig({ microBreak: { enabled: false }, longBreak: { enabled: false } });
    expect(describeNext(c.engine.snapshot(), 0, c.world.wallMs, english).label).toBe('No breaks scheduled');
  });
});
