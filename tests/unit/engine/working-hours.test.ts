import { describe, expect, it } from 'vitest';
import { normalizeSettings, type Settings } from '../../../src/shared/settings';
import { isWithinWorkingHours, msUntilWorkingHoursChange } from '../../../src/main/engine/working-hours';
import { FakeWorld, MIN, rig } from './fake-world';

const hours = (wh: Partial<Settings['workingHours']>): Settings['workingHours'] =>
  normalizeSettings({ workingHours: { enabled: true, ...wh } }).settings.workingHours;

// 6 January 2025 is a Monday.
const at = (day: number, h: number, m = 0) => new Date(2025, 0, day, h, m).getTime();

describe('working-hours windows', () => {
  const weekdays = hours({ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' });

  it('is always inside when disabled', () => {
    expect(isWithinWorkingHours(hours({ enabled: false, days: [] }), at(5, 3))).toBe(true);
    expect(msUntilWorkingHoursChange(hours({ enabled: false }), at(5, 3))).toBeNull();
  });

  it('checks the day and the time of day', () => {
    expect(isWithinWorkingHours(weekdays, at(6, 9))).toBe(true);
    expect(isWithinWorkingHours(weekdays, at(6, 17, 29))).toBe(true);
    expect(isWithinWorkingHours(weekdays, at(6, 17, 30))).toBe(false);
    expect(isWithinWorkingHours(weekdays, at(6, 8, 59))).toBe(false);
    expect(isWithinWorkingHours(weekdays, at(5, 12))).toBe(false); // Sunday
  });

  it('finds the next start or end', () => {
    expect(msUntilWorkingHoursChange(weekdays, at(6, 8))).toBe(60 * MIN);
    expect(msUntilWorkingHoursChange(weekdays, at(6, 17))).toBe(30 * MIN);
    // Friday evening → Monday morning.
    expect(msUntilWorkingHoursChange(weekdays, at(10, 18))).toBe(at(13, 9) - at(10, 18));
  });

  it('supports windows that run past midnight', () => {
    const night = hours({ days: [1], start: '22:00', end: '06:00' });
    expect(isWithinWorkingHours(night, at(6, 23))).toBe(true);
    expect(isWithinWorkingHours(night, at(7, 5))).toBe(true); // Monday's shift, on Tuesday morning
    expect(isWithinWorkingHours(night, at(7, 23))).toBe(false);
    expect(msUntilWorkingHoursChange(night, at(6, 23))).toBe(7 * 60 * MIN);
  });

  it('treats back-to-back days as one stretch', () => {
    const always = hours({});
    expect(isWithinWorkingHours(always, at(8, 3))).toBe(true);
    expect(msUntilWorkingHoursChange(always, at(8, 3))).toBeNull();
  });
});

describe('engine outside working hours', () => {
  it('counts no active time and brings no break outside working hours', () => {
    const world = new FakeWorld(at(6, 16, 50));
    const { engine, log } = rig(
      { workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } },
      {},
      world,
    );
    world.advance(10 * MIN); // 10 min of work until 17:00
    world.advance(15 * 60 * MIN + 59 * MIN); // evening and night: nothing
    expect(log()).toEqual([]);
    expect(engine.snapshot().outsideWorkingHours).toBe(true);
    world.advance(MIN); // 09:00 Tuesday
    expect(engine.snapshot().outsideWorkingHours).toBe(false);
    world.advance(10 * MIN);
    expect(log().map((e) => e[1])).toEqual(['warning', 'break-start']);
    expect(log().at(-1)?.[0]).toBe(10 * 60 + 960 * 60 + 10 * 60);
  });

  it('sleeps for long stretches outside working hours', () => {
    const world = new FakeWorld(at(6, 18));
    rig({ workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } }, {}, world);
    world.advance(15 * 60 * MIN);
    expect(world.wakeups).toBeLessThanOrEqual(15 * 4 + 1);
  });

  it('freezes a pending warning instead of cancelling it when working hours end', () => {
    const world = new FakeWorld(at(6, 16, 41));
    const { log } = rig(
      {
        workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
        warning: { seconds: 300 },
      },
      {},
      world,
    );
    world.advance(16 * 60 * MIN + 20 * MIN + 30 * 1000);
    expect(log().map((e) => e[1])).toEqual(['warning', 'break-start']);
    expect(log()[0]?.[0]).toBe(15 * 60);
    expect(log()[1]?.[0]).toBe((at(7, 9, 0) - at(6, 16, 41)) / 1000 + 60);
  });
});
