/**
 * Our own versioned migrations (electron-store's are documented as buggy, and tie versions to the app
 * version rather than to the file's shape). A document carries `schemaVersion`; each step lifts it by
 * exactly one version, so adding a schema is adding one function to the list. Pure: the input is never
 * changed, and a document from a newer app is reported, never rewritten.
 */
import type { SettingsProblem } from '../../shared/settings';

type Doc = Record<string, unknown>;

/** Lifts a document from version n to n + 1. Fields it does not understand are passed along as they are. */
export type Migration = (document: Doc) => Doc;

export interface MigrationPlan {
  /** `steps[i]` lifts version i + 1 to i + 2, so the current version is `steps.length + 1`. */
  readonly steps: readonly Migration[];
  /** Version assumed for a file without `schemaVersion`: the one written before versioning existed. */
  readonly unversioned: number;
}

export type MigrationResult =
  | {
      kind: 'ready';
      /** At the current version (the normaliser still has to check every field). */
      document: Doc;
      /** Version the input was at; less than the current one means steps ran. */
      from: number;
      problems: SettingsProblem[];
    }
  | { kind: 'future'; version: number };

export const currentVersion = (plan: MigrationPlan): number => plan.steps.length + 1;

function isPlainObject(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function migrate(input: unknown, plan: MigrationPlan): MigrationResult {
  const current = currentVersion(plan);
  if (!isPlainObject(input)) {
    return {
      kind: 'ready',
      document: { schemaVersion: current },
      from: current,
      problems: [{ path: '', message: 'must be an object' }],
    };
  }
  const declared = input.schemaVersion;
  let from: number;
  const problems: SettingsProblem[] = [];
  if (declared === undefined) {
    from = plan.unversioned;
  } else if (typeof declared === 'number' && Number.isInteger(declared) && declared >= 1) {
    from = declared;
  } else {
    // A hand-edited version number says nothing reliable; the fields themselves get checked next.
    problems.push({ path: 'schemaVersion', message: `must be a whole number from 1 to ${current}` });
    from = current;
  }
  if (from > current) return { kind: 'future', version: from };

  let document = structuredClone(input);
  for (let version = from; version < current; version++) {
    const step = plan.steps[version - 1];
    if (step === undefined) throw new Error(`no migration from schema ${version}`);
    document = { ...step(document), schemaVersion: version + 1 };
  }
  document.schemaVersion = current;
  return { kind: 'ready', document, from, problems };
}

/**
 * Settings schema 1, the prototype's file, had no `schemaVersion` and kept the preferences flat beside
 * the engine settings: `{ settings, favourites, notForMe, location, exerciseOverrides, sound, darkMode,
 * rotation }`. Schema 2 groups them under `preferences`, renames `sound` to `sounds` and replaces the
 * `darkMode` flag by a three-way `theme`.
 */
const settingsV1toV2: Migration = (document) => {
  const { favourites, notForMe, location, exerciseOverrides, sound, darkMode, ...rest } = document;
  const preferences: Doc = isPlainObject(rest.preferences) ? { ...rest.preferences } : {};
  const moved: Doc = { favourites, notForMe, location, exerciseOverrides, sounds: sound };
  if (darkMode !== undefined)
    moved.theme = darkMode === true ? 'dark' : darkMode === false ? 'system' : darkMode;
  for (const [key, value] of Object.entries(moved)) {
    if (value !== undefined && preferences[key] === undefined) preferences[key] = value;
  }
  return { ...rest, preferences };
};

/**
 * Schema 3 adds "follow the system" as the language and makes it the default. English was the only
 * language schema 2 could store, so a stored 'en' was never a choice: it becomes 'system'.
 */
const settingsV2toV3: Migration = (document) => {
  if (!isPlainObject(document.preferences) || document.preferences.language !== 'en') return document;
  return { ...document, preferences: { ...document.preferences, language: 'system' } };
};

export const SETTINGS_MIGRATIONS: MigrationPlan = { steps: [settingsV1toV2, settingsV2toV3], unversioned: 1 };

/** History has had one schema so far; a file without a version is that one. */
export const HISTORY_MIGRATIONS: MigrationPlan = { steps: [], unversioned: 1 };

/** The user's own exercises and routines: one schema so far. */
export const OWN_CONTENT_MIGRATIONS: MigrationPlan = { steps: [], unversioned: 1 };
