import { describe, expect, it } from 'vitest';
import { findExercise } from '../../../src/shared/exercises';
import { englishText } from '../../../src/shared/i18n/english';
import { defaultPreferences } from '../../../src/shared/preferences';
import { defaultSettings } from '../../../src/shared/settings';
import {
  applyChange,
  checkChange,
  doseDefaults,
  errorFor,
  errorSentence,
  fieldPath,
  inScope,
  offerOf,
  parseNumber,
  withApp,
  withDay,
  withDose,
  withOffer,
  withoutApp,
  withoutDose,
  type SettingsValues,
} from '../../../src/renderer/src/settings/settings-form';

const t = englishText('settings');
const v = englishText('validation');

const values = (): SettingsValues => ({ settings: defaultSettings(), preferences: defaultPreferences() });

describe('checking a change with the shared normalisers', () => {
  it('merges settings groups key by key and replaces preference fields, like main', () => {
    const current = values();
    const next = applyChange(current, {
      settings: { microBreak: { everyMinutes: 25 }, strict: true },
      preferences: { favourites: ['chin-tuck'] },
    }) as { settings: typeof current.settings; preferences: typeof current.preferences };
    expect(next.settings.microBreak).toEqual({ enabled: true, everyMinutes: 25, durationSeconds: 40 });
    expect(next.settings.strict).toBe(true);
    expect(next.preferences.favourites).toEqual(['chin-tuck']);
    expect(current.settings.microBreak.everyMinutes).toBe(20);
  });

  it('finds nothing wrong with a valid change', () => {
    expect(checkChange(values(), { settings: { microBreak: { everyMinutes: 25 } } }, v)).toEqual({});
    expect(
      checkChange(values(), { preferences: { exerciseOverrides: { 'chin-tuck': { reps: 6 } } } }, v),
    ).toEqual({});
  });

  it('names each bad field by its path, preferences under "preferences."', () => {
    expect(checkChange(values(), { settings: { microBreak: { everyMinutes: 0 } } }, v)).toEqual({
      'microBreak.everyMinutes': 'must be at least 1 min',
    });
    expect(checkChange(values(), { settings: { idle: { thresholdSeconds: Number.NaN } } }, v)).toEqual({
      'idle.thresholdSeconds': 'must be a number',
    });
    expect(checkChange(values(), { settings: { workingHours: { end: '25:00' } } }, v)).toEqual({
      'workingHours.end': 'must be "HH:MM" between 00:00 and 24:00',
    });
    expect(
      checkChange(
        values(),
        {
          preferences: { exerciseOverrides: { 'chin-tuck': { reps: 0, holdSeconds: 500 } } },
        },
        v,
      ),
    ).toEqual({
      'preferences.exerciseOverrides.chin-tuck.reps': 'must be at least 1',
      'preferences.exerciseOverrides.chin-tuck.holdSeconds': 'must be at most 120',
    });
  });

  it('reads main’s keys with or without the "settings." prefix', () => {
    expect(fieldPath('settings.microBreak.everyMinutes')).toBe('microBreak.everyMinutes');
    expect(fieldPath('microBreak.everyMinutes')).toBe('microBreak.everyMinutes');
    expect(fieldPath('preferences.sounds')).toBe('preferences.sounds');
    expect(fieldPath('')).toBe('');
  });

  it('matches errors to the fields that show them', () => {
    expect(inScope('preferences.favourites.2', ['preferences.favourites'])).toBe(true);
    expect(inScope('preferences.favouritesX', ['preferences.favourites'])).toBe(false);
    expect(inScope('strict', ['strict'])).toBe(true);
    const errors = { 'moments.pauseWhileApps.3': 'app names must not be empty', strict: 'nope' };
    expect(errorFor(errors, 'moments.pauseWhileApps')).toBe('app names must not be empty');
    expect(errorFor(errors, 'strict')).toBe('nope');
    expect(errorFor(errors, 'moments')).toBe('app names must not be empty');
    expect(errorFor(errors, 'idle.thresholdSeconds')).toBeUndefined();
  });

  it('writes a message as a sentence', () => {
    expect(errorSentence('must be at least 1 min')).toBe('Must be at least 1 min.');
    expect(errorSentence('Could not save.')).toBe('Could not save.');
    expect(errorSentence('  ')).toBe('');
  });

  it('reads typed numbers so the normalisers can name what is wrong', () => {
    expect(parseNumber('25')).toBe(25);
    expect(parseNumber(' 7 ')).toBe(7);
    expect(parseNumber('2.5')).toBe(2.5);
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('abc')).toBeNaN();
  });
});

describe('doses', () => {
  it('takes the defaults from the exercise', () => {
    expect(doseDefaults(findExercise('chin-tuck')!)).toEqual({ reps: 4, holdSeconds: 5 });
    expect(doseDefaults(findExercise('wall-pec-stretch')!)).toEqual({ reps: 1, holdSeconds: 25 });
    // Only movements: nothing to hold.
    expect(doseDefaults(findExercise('shoulder-shrug-circle')!)).toEqual({ reps: 2, holdSeconds: undefined });
  });

  it('sets and clears one field without touching the original', () => {
    const original = { 'chin-tuck': { reps: 6 }, 'cat-pose': { holdSeconds: 8 } };
    expect(withDose(original, 'chin-tuck', 'holdSeconds', 10)).toEqual({
      'chin-tuck': { reps: 6, holdSeconds: 10 },
      'cat-pose': { holdSeconds: 8 },
    });
    expect(withDose(original, 'chin-tuck', 'reps', undefined)).toEqual({ 'cat-pose': { holdSeconds: 8 } });
    expect(withDose({}, 'plank', 'reps', 2)).toEqual({ plank: { reps: 2 } });
    expect(withoutDose(original, 'cat-pose')).toEqual({ 'chin-tuck': { reps: 6 } });
    expect(original).toEqual({ 'chin-tuck': { reps: 6 }, 'cat-pose': { holdSeconds: 8 } });
  });
});

describe('favourites and "not for me"', () => {
  it('keeps an id on at most one list', () => {
    const lists = { favourites: ['plank'], notForMe: ['bird-dog'] };
    expect(offerOf(lists, 'plank')).toBe('favourite');
    expect(offerOf(lists, 'bird-dog')).toBe('never');
    expect(offerOf(lists, 'chin-tuck')).toBe('normal');
    expect(withOffer(lists, 'plank', 'never')).toEqual({ favourites: [], notForMe: ['bird-dog', 'plank'] });
    expect(withOffer(lists, 'bird-dog', 'favourite')).toEqual({
      favourites: ['plank', 'bird-dog'],
      notForMe: [],
    });
    expect(withOffer(lists, 'plank', 'normal')).toEqual({ favourites: [], notForMe: ['bird-dog'] });
  });
});

describe('app lists and days', () => {
  it('adds a trimmed name once, whatever its case', () => {
    expect(withApp(['zoom'], '  obs ', t)).toEqual({ list: ['zoom', 'obs'] });
    expect(withApp(['zoom'], 'Zoom', t)).toEqual({ error: 'Zoom is already in the list.' });
    expect(withApp([], '   ', t)).toEqual({ error: 'Type an app name first.' });
    expect(withoutApp(['zoom', 'obs'], 'zoom')).toEqual(['obs']);
  });

  it('keeps days sorted and unique', () => {
    expect(withDay([1, 2, 3], 0, true)).toEqual([0, 1, 2, 3]);
    expect(withDay([1, 2, 3], 2, false)).toEqual([1, 3]);
    expect(withDay([1, 2], 2, true)).toEqual([1, 2]);
  });
});
