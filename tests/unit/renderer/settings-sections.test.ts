import { englishText } from '../../../src/shared/i18n/english';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../src/shared/exercises';
import { defaultPreferences, normalizePreferences } from '../../../src/shared/preferences';
import { routines } from '../../../src/shared/routines';
import { defaultSettings, normalizeSettings, type Settings } from '../../../src/shared/settings';
import {
  applyChange,
  checkChange,
  type SettingsValues,
} from '../../../src/renderer/src/settings/settings-form';
import {
  isAtDefaults,
  resetChange,
  SECTIONS,
  sectionScopes,
} from '../../../src/renderer/src/settings/settings-sections';

const defaults = (): SettingsValues => ({ settings: defaultSettings(), preferences: defaultPreferences() });

/** Every setting and preference away from its default, favourites and "not for me" of both kinds. */
function changed(): SettingsValues {
  const settings: Settings = {
    idle: { thresholdSeconds: 300 },
    microBreak: { enabled: false, everyMinutes: 25, durationSeconds: 60 },
    longBreak: { enabled: false, everyMinutes: 90, durationSeconds: 600 },
    warning: { seconds: 10 },
    postpone: { minutes: 10, maxCount: 5 },
    strict: true,
    breakScreens: 'all',
    workingHours: { enabled: true, days: [1, 2, 3], start: '09:00', end: '17:00' },
    moments: {
      doNotDisturb: false,
      fullscreen: false,
      calls: false,
      graceSeconds: 5,
      maxDeferralMinutes: 10,
      pauseWhileApps: ['zoom'],
      onlyWhileApps: ['code'],
      workedThrough: false,
    },
  };
  const exercise = exercises[0]!.id;
  const routine = routines[0]!.id;
  return {
    settings: normalizeSettings(settings).settings,
    preferences: normalizePreferences({
      exerciseOverrides: { [exercise]: { reps: 3 } },
      favourites: [exercise, routine],
      notForMe: [exercises[1]!.id, routines[1]!.id],
      location: 'floor',
      sounds: false,
      voice: true,
      theme: 'dark',
      language: 'en',
      startAtLogin: true,
      painCheckIn: true,
      shortcuts: { quickStretch: 'CommandOrControl+Alt+S', pauseResume: '', skipBreak: '' },
    }).preferences,
  };
}

describe('settings sections', () => {
  it('between them, show every setting and preference', () => {
    const settings = SECTIONS.flatMap((section) => section.settings as readonly string[]);
    const preferences = SECTIONS.flatMap((section) => section.preferences as readonly string[]);
    expect(new Set(settings)).toEqual(new Set(Object.keys(defaultSettings())));
    // Favourites and "not for me" belong to the sections that offer exercises and routines.
    expect(new Set([...preferences, 'favourites', 'notForMe'])).toEqual(
      new Set(Object.keys(defaultPreferences())),
    );
    expect(SECTIONS.filter((section) => 'offers' in section).map((section) => section.id)).toEqual([
      'exercises',
      'routines',
    ]);
  });

  it('reset one section to the defaults and leave every other value alone', () => {
    for (const section of SECTIONS) {
      const before = changed();
      const change = resetChange(section.id, before);
      // A valid change, as main would take it.
      expect(checkChange(before, change, englishText('validation')), section.id).toEqual({});
      const after = applyChange(before, change) as SettingsValues;
      expect(isAtDefaults(section.id, after), section.id).toBe(true);
      for (const other of SECTIONS.filter((item) => item.id !== section.id)) {
        expect(isAtDefaults(other.id, after), `${section.id} left ${other.id} alone`).toBe(
          isAtDefaults(other.id, before),
        );
      }
    }
  });

  it('send the engine settings as whole groups, so nothing is left of the old ones', () => {
    const change = resetChange('breaks', changed());
    expect(change).toEqual({
      settings: {
        microBreak: defaultSettings().microBreak,
        longBreak: defaultSettings().longBreak,
        warning: defaultSettings().warning,
        idle: defaultSettings().idle,
        breakScreens: defaultSettings().breakScreens,
      },
    });
    expect(resetChange('postponing', changed())).toEqual({
      settings: { postpone: defaultSettings().postpone, strict: false },
    });
  });

  it('clear only their own kind of favourite and "not for me"', () => {
    const before = changed();
    const exercisesReset = resetChange('exercises', before).preferences!;
    expect(exercisesReset).toEqual({
      location: 'desk',
      exerciseOverrides: {},
      favourites: [routines[0]!.id],
      notForMe: [routines[1]!.id],
    });
    const routinesReset = resetChange('routines', before).preferences!;
    expect(routinesReset).toEqual({ favourites: [exercises[0]!.id], notForMe: [exercises[1]!.id] });
  });

  it('know when there is nothing to reset', () => {
    for (const section of SECTIONS) expect(isAtDefaults(section.id, defaults()), section.id).toBe(true);
    for (const section of SECTIONS) expect(isAtDefaults(section.id, changed()), section.id).toBe(false);
  });

  it("name the fields whose errors a reset clears, in the form's paths", () => {
    expect(sectionScopes('breaks')).toEqual(['microBreak', 'longBreak', 'warning', 'idle', 'breakScreens']);
    expect(sectionScopes('exercises')).toEqual([
      'preferences.location',
      'preferences.exerciseOverrides',
      'preferences.favourites',
      'preferences.notForMe',
    ]);
  });
});
