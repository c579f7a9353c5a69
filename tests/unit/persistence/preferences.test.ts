import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  defaultPreferences,
  normalizePreferences,
} from '../../../src/shared/preferences';
import {
  SETTINGS_SCHEMA_VERSION,
  defaultSettingsDocument,
  normalizeSettingsDocument,
} from '../../../src/main/persistence/settings-document';

describe('normalizePreferences', () => {
  it('returns the defaults for nothing at all', () => {
    expect(normalizePreferences(undefined)).toEqual({ preferences: DEFAULT_PREFERENCES, problems: [] });
    expect(defaultPreferences()).toEqual({
      exerciseOverrides: {},
      favourites: [],
      notForMe: [],
      location: 'desk',
      sounds: true,
      voice: false,
      theme: 'system',
      startAtLogin: false,
      language: 'system',
      painCheckIn: false,
      shortcuts: { quickStretch: '', pauseResume: '', skipBreak: '' },
    });
  });

  it('keeps each valid shortcut, written one way, and turns off a bad or doubled one alone', () => {
    const { preferences, problems } = normalizePreferences({
      shortcuts: { quickStretch: 'alt+ctrl+s', pauseResume: 'Ctrl+Alt+S', skipBreak: 'K', wave: 'F1' },
    });
    expect(preferences.shortcuts).toEqual({ quickStretch: 'Ctrl+Alt+S', pauseResume: '', skipBreak: '' });
    expect(problems).toEqual([
      expect.objectContaining({ path: 'shortcuts.wave', message: 'is not a known shortcut' }),
      expect.objectContaining({
        path: 'shortcuts.pauseResume',
        message: 'is already the shortcut for quick stretch',
      }),
      expect.objectContaining({
        path: 'shortcuts.skipBreak',
        message: expect.stringMatching(/^needs Ctrl, Alt or Super/),
      }),
    ]);
    expect(normalizePreferences({ shortcuts: { skipBreak: 7 } }).problems).toEqual([
      expect.objectContaining({
        path: 'shortcuts.skipBreak',
        message: 'must be a shortcut such as Ctrl+Alt+S, or empty',
      }),
    ]);
    expect(normalizePreferences({ shortcuts: 'Ctrl+K' }).preferences.shortcuts.quickStretch).toBe('');
  });

  it('reads a settings file from before shortcuts existed without a problem: all off', () => {
    const { document, problems } = normalizeSettingsDocument({
      schemaVersion: 2,
      preferences: { theme: 'dark' },
    });
    expect(problems).toEqual([]);
    expect(document.preferences.shortcuts).toEqual({ quickStretch: '', pauseResume: '', skipBreak: '' });
  });

  it('resets each bad field on its own and keeps the good ones', () => {
    const { preferences, problems } = normalizePreferences({
      location: 'sofa',
      sounds: 'loud',
      voice: true,
      theme: 'dark',
      language: 'tlh',
      painCheckIn: true,
      colour: 'red',
    });
    expect(preferences).toMatchObject({
      location: 'desk',
      sounds: true,
      voice: true,
      theme: 'dark',
      language: 'system',
      painCheckIn: true,
    });
    expect(problems.map((p) => p.path).sort()).toEqual(['colour', 'language', 'location', 'sounds']);
    expect(problems.find((p) => p.path === 'location')?.message).toBe('must be one of "desk", "floor"');
  });

  it('drops only the bad items of an id list, and duplicates', () => {
    const { preferences, problems } = normalizePreferences({
      favourites: ['chin-tuck', 42, 'Bad Id', 'chin-tuck', 'plank'],
    });
    expect(preferences.favourites).toEqual(['chin-tuck', 'plank']);
    expect(problems.map((p) => p.path)).toEqual(['favourites.1', 'favourites.2']);
    expect(normalizePreferences({ notForMe: 'plank' }).problems).toEqual([
      expect.objectContaining({ path: 'notForMe', message: 'must be a list of ids' }),
    ]);
  });

  it('checks each exercise override and each of its fields separately', () => {
    const { preferences, problems } = normalizePreferences({
      exerciseOverrides: {
        'chin-tuck': { reps: 8, holdSeconds: 500 },
        plank: { holdSeconds: 20 },
        'cat-pose': { reps: 0 },
        'NOT AN ID': { reps: 3 },
        'glute-bridge': 'five',
        'bird-dog': { sets: 2 },
      },
    });
    expect(preferences.exerciseOverrides).toEqual({ 'chin-tuck': { reps: 8 }, plank: { holdSeconds: 20 } });
    expect(problems.map((p) => p.path)).toEqual([
      'exerciseOverrides.chin-tuck.holdSeconds',
      'exerciseOverrides.cat-pose.reps',
      'exerciseOverrides.NOT AN ID',
      'exerciseOverrides.glute-bridge',
      'exerciseOverrides.bird-dog.sets',
    ]);
  });

  it('never returns the frozen defaults themselves', () => {
    const preferences = defaultPreferences();
    preferences.favourites.push('plank');
    expect(DEFAULT_PREFERENCES.favourites).toEqual([]);
  });
});

describe('normalizeSettingsDocument', () => {
  it('prefixes problems with the section they are in and resets only those fields', () => {
    const { document, problems } = normalizeSettingsDocument({
      schemaVersion: 2,
      settings: { microBreak: { everyMinutes: 'often', durationSeconds: 30 } },
      preferences: { theme: 'neon', voice: true },
      rotation: { shown: 'everything' },
      extra: 1,
    });
    expect(problems.map((p) => p.path).sort()).toEqual([
      'extra',
      'preferences.theme',
      'rotation',
      'settings.microBreak.everyMinutes',
    ]);
    expect(document.settings.microBreak).toEqual({ enabled: true, everyMinutes: 20, durationSeconds: 30 });
    expect(document.preferences).toMatchObject({ theme: 'system', voice: true });
    expect(document.rotation).toEqual({ shown: [] });
  });

  it('produces the full default document from nothing', () => {
    expect(defaultSettingsDocument()).toMatchObject({
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      rotation: { shown: [] },
    });
  });
});
