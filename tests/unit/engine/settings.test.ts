import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings, normalizeSettings } from '../../../src/shared/settings';

describe('normalizeSettings', () => {
  it('returns the documented defaults for an empty or missing input', () => {
    expect(normalizeSettings({})).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(normalizeSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(DEFAULT_SETTINGS).toMatchObject({
      idle: { thresholdSeconds: 120 },
      microBreak: { everyMinutes: 20, durationSeconds: 40 },
      longBreak: { everyMinutes: 60, durationSeconds: 300 },
      warning: { seconds: 60 },
      postpone: { minutes: 5, maxCount: 2 },
      strict: false,
      workingHours: { enabled: false },
    });
  });

  it('fills a nested partial from the defaults, field by field', () => {
    const { settings, problems } = normalizeSettings({ microBreak: { everyMinutes: 30 } });
    expect(problems).toEqual([]);
    expect(settings.microBreak).toEqual({ enabled: true, everyMinutes: 30, durationSeconds: 40 });
    expect(settings.longBreak).toEqual(DEFAULT_SETTINGS.longBreak);
  });

  it('replaces wrong-typed fields by their defaults and names them', () => {
    const { settings, problems } = normalizeSettings({
      microBreak: { everyMinutes: '30', durationSeconds: 35 },
      strict: 'yes',
      warning: null,
    });
    expect(settings.microBreak).toEqual({ enabled: true, everyMinutes: 20, durationSeconds: 35 });
    expect(settings.strict).toBe(false);
    expect(settings.warning).toEqual(DEFAULT_SETTINGS.warning);
    expect(problems.map((p) => p.path)).toEqual(['microBreak.everyMinutes', 'warning', 'strict']);
  });

  it('replaces out-of-range and fractional values', () => {
    const { settings, problems } = normalizeSettings({
      idle: { thresholdSeconds: 1 },
      longBreak: { everyMinutes: 10_000 },
      postpone: { maxCount: 1.5 },
    });
    expect(settings.idle.thresholdSeconds).toBe(120);
    expect(settings.longBreak.everyMinutes).toBe(60);
    expect(settings.postpone.maxCount).toBe(2);
    expect(problems).toEqual([
      expect.objectContaining({ path: 'idle.thresholdSeconds', message: 'must be at least 10 s' }),
      expect.objectContaining({ path: 'longBreak.everyMinutes', message: 'must be at most 480 min' }),
      expect.objectContaining({ path: 'postpone.maxCount', message: 'must be a whole number' }),
    ]);
  });

  it('reports and drops unknown keys at any depth', () => {
    const { settings, problems } = normalizeSettings({ colour: 'blue', microBreak: { every: 5 } });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems.map((p) => p.path)).toEqual(['colour', 'microBreak.every']);
  });

  it('validates working hours', () => {
    const ok = normalizeSettings({
      workingHours: { enabled: true, days: [5, 1], start: '08:30', end: '24:00' },
    });
    expect(ok.problems).toEqual([]);
    expect(ok.settings.workingHours).toEqual({ enabled: true, days: [1, 5], start: '08:30', end: '24:00' });
    const bad = normalizeSettings({ workingHours: { days: [1, 7], start: '9:00', end: '25:00' } });
    expect(bad.problems.map((p) => p.path)).toEqual([
      'workingHours.days',
      'workingHours.start',
      'workingHours.end',
    ]);
    expect(bad.settings.workingHours).toEqual(DEFAULT_SETTINGS.workingHours);
    expect(normalizeSettings({ workingHours: { days: [1, 1] } }).problems[0]?.message).toBe(
      'must not repeat a day',
    );
  });

  it('shows breaks on the screen in use unless every screen is asked for, and forgives a bad value', () => {
    expect(DEFAULT_SETTINGS.breakScreens).toBe('active');
    // Files written before the setting existed simply lack it: the default, and nothing to report.
    expect(normalizeSettings({ strict: true })).toMatchObject({
      settings: { breakScreens: 'active' },
      problems: [],
    });
    expect(normalizeSettings({ breakScreens: 'all' }).settings.breakScreens).toBe('all');
    const bad = normalizeSettings({ breakScreens: 'every', strict: true });
    expect(bad.settings).toMatchObject({ breakScreens: 'active', strict: true });
    expect(bad.problems).toEqual([
      expect.objectContaining({ path: 'breakScreens', message: 'must be "active" or "all"' }),
    ]);
  });

  it('rejects a non-object root', () => {
    expect(normalizeSettings(42)).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: [expect.objectContaining({ path: '', message: 'must be an object' })],
    });
  });

  it('hands out fresh copies, never the frozen defaults', () => {
    const a = defaultSettings();
    a.workingHours.days.push(0);
    expect(DEFAULT_SETTINGS.workingHours.days).toHaveLength(7);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });
});
