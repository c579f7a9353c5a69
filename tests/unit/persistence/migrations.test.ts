import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../../src/shared/preferences';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { HISTORY_SCHEMA_VERSION } from '../../../src/shared/history';
import {
  currentVersion,
  HISTORY_MIGRATIONS,
  migrate,
  SETTINGS_MIGRATIONS,
  type MigrationPlan,
} from '../../../src/main/persistence/migrations';
import {
  normalizeSettingsDocument,
  SETTINGS_SCHEMA_VERSION,
} from '../../../src/main/persistence/settings-document';

/** What the prototype wrote: no version, preferences flat beside the settings. */
const v1File = {
  settings: { microBreak: { everyMinutes: 25 } },
  favourites: ['chin-tuck'],
  notForMe: ['plank'],
  location: 'floor',
  exerciseOverrides: { 'chin-tuck': { reps: 8 } },
  sound: false,
  darkMode: true,
  rotation: { shown: ['exercise:chin-tuck'], last: 'exercise:chin-tuck' },
};

describe('settings migrations', () => {
  it('lifts the unversioned v1 file to the current schema, keeping every value', () => {
    const result = migrate(v1File, SETTINGS_MIGRATIONS);
    expect(result.kind).toBe('ready');
    if (result.kind !== 'ready') return;
    expect(result.from).toBe(1);
    expect(result.problems).toEqual([]);
    const { document, problems } = normalizeSettingsDocument(result.document);
    expect(problems).toEqual([]);
    expect(document).toEqual({
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      settings: { ...DEFAULT_SETTINGS, microBreak: { ...DEFAULT_SETTINGS.microBreak, everyMinutes: 25 } },
      preferences: {
        ...DEFAULT_PREFERENCES,
        favourites: ['chin-tuck'],
        notForMe: ['plank'],
        location: 'floor',
        exerciseOverrides: { 'chin-tuck': { reps: 8 } },
        sounds: false,
        theme: 'dark',
      },
      rotation: { shown: ['exercise:chin-tuck'], last: 'exercise:chin-tuck' },
    });
  });

  it('treats an explicit schemaVersion 1 like the unversioned file', () => {
    const result = migrate({ ...v1File, schemaVersion: 1 }, SETTINGS_MIGRATIONS);
    expect(result.kind === 'ready' && result.document).toMatchObject({
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      preferences: { theme: 'dark' },
    });
  });

  it('turns schema 2’s English, the only language it could store, into "follow the system"', () => {
    const lifted = (language: unknown) => {
      const result = migrate(
        { schemaVersion: 2, preferences: { language, theme: 'dark' } },
        SETTINGS_MIGRATIONS,
      );
      return result.kind === 'ready' ? result.document['preferences'] : undefined;
    };
    expect(lifted('en')).toEqual({ language: 'system', theme: 'dark' });
    // Anything else was never written by us; the normaliser judges it.
    expect(lifted('xx')).toEqual({ language: 'xx', theme: 'dark' });
  });

  it('leaves a schema 3 file’s English alone: there it was chosen', () => {
    const result = migrate({ schemaVersion: 3, preferences: { language: 'en' } }, SETTINGS_MIGRATIONS);
    expect(result.kind === 'ready' && result.document['preferences']).toEqual({ language: 'en' });
  });

  it('maps darkMode false to the system theme and passes a bad value on for the normaliser to reject', () => {
    const light = migrate({ darkMode: false }, SETTINGS_MIGRATIONS);
    expect(light.kind === 'ready' && light.document.preferences).toEqual({ theme: 'system' });
    const bad = migrate({ darkMode: 'yes', favourites: 42 }, SETTINGS_MIGRATIONS);
    if (bad.kind !== 'ready') throw new Error('expected ready');
    const { problems } = normalizeSettingsDocument(bad.document);
    expect(problems.map((p) => p.path).sort()).toEqual(['preferences.favourites', 'preferences.theme']);
  });

  it('does not change its input', () => {
    const input = structuredClone(v1File);
    migrate(input, SETTINGS_MIGRATIONS);
    expect(input).toEqual(v1File);
  });

  it('is idempotent on a current document', () => {
    const first = migrate(v1File, SETTINGS_MIGRATIONS);
    if (first.kind !== 'ready') throw new Error('expected ready');
    const second = migrate(first.document, SETTINGS_MIGRATIONS);
    expect(second).toEqual({
      kind: 'ready',
      document: first.document,
      from: SETTINGS_SCHEMA_VERSION,
      problems: [],
    });
  });

  it('reports a future version instead of touching it', () => {
    expect(migrate({ schemaVersion: 99, settings: {} }, SETTINGS_MIGRATIONS)).toEqual({
      kind: 'future',
      version: 99,
    });
  });

  it('reports a nonsense version and assumes the current shape', () => {
    const result = migrate({ schemaVersion: 'two' }, SETTINGS_MIGRATIONS);
    expect(result).toMatchObject({
      kind: 'ready',
      from: SETTINGS_SCHEMA_VERSION,
      problems: [{ path: 'schemaVersion' }],
    });
  });

  it('runs every step in order, one version at a time', () => {
    const plan: MigrationPlan = {
      unversioned: 1,
      steps: [
        (doc) => ({ ...doc, trail: ['1→2'] }),
        (doc) => ({ ...doc, trail: [...(doc.trail as string[]), '2→3'] }),
      ],
    };
    expect(currentVersion(plan)).toBe(3);
    expect(migrate({ schemaVersion: 2, trail: ['start'] }, plan)).toMatchObject({
      kind: 'ready',
      document: { schemaVersion: 3, trail: ['start', '2→3'] },
      from: 2,
    });
    expect(migrate({}, plan)).toMatchObject({ document: { schemaVersion: 3, trail: ['1→2', '2→3'] } });
  });

  it('keeps the history schema version in step with its migrations', () => {
    expect(currentVersion(HISTORY_MIGRATIONS)).toBe(HISTORY_SCHEMA_VERSION);
  });
});
