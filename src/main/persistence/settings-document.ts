/**
 * The stored settings document: engine settings, preferences and rotation progress in one file,
 * checked field by field so a bad value costs only itself.
 */
import * as v from 'valibot';
import { normalizePreferences, type Preferences, type PreferencesInput } from '../../shared/preferences';
import { RotationStateSchema, initialRotationState, type RotationState } from '../../shared/rotation';
import {
  normalizeSettings,
  problem,
  type Settings,
  type SettingsInput,
  type SettingsProblem,
} from '../../shared/settings';
import { currentVersion, SETTINGS_MIGRATIONS } from './migrations';

export const SETTINGS_SCHEMA_VERSION = currentVersion(SETTINGS_MIGRATIONS);

export interface SettingsDocument {
  schemaVersion: number;
  settings: Settings;
  preferences: Preferences;
  rotation: RotationState;
}

/** A change from the settings form or the app; groups of `settings` merge, other fields replace. */
export interface SettingsPatch {
  settings?: SettingsInput;
  preferences?: PreferencesInput;
  rotation?: RotationState;
}

export function defaultSettingsDocument(): SettingsDocument {
  return normalizeSettingsDocument({}).document;
}

/** A plain object only: an array, a Date or a Map (which IPC clones as such) is not read as `{}`. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const prefixed = (prefix: string, problems: readonly SettingsProblem[]): SettingsProblem[] =>
  problems.map((found) => ({ ...found, path: found.path === '' ? prefix : `${prefix}.${found.path}` }));

const KNOWN = new Set(['schemaVersion', 'settings', 'preferences', 'rotation']);

/** Expects a migrated document; any field may still be wrong and is replaced by its default alone. */
export function normalizeSettingsDocument(input: unknown): {
  document: SettingsDocument;
  problems: SettingsProblem[];
} {
  const source = isPlainObject(input) ? input : {};
  const problems: SettingsProblem[] = isPlainObject(input) ? [] : [problem('', { key: 'mustBeObject' })];
  for (const key of Object.keys(source)) {
    if (!KNOWN.has(key)) problems.push(problem(key, { key: 'unknownSetting' }));
  }
  const settings = normalizeSettings(source.settings);
  const preferences = normalizePreferences(source.preferences);
  problems.push(...prefixed('settings', settings.problems), ...prefixed('preferences', preferences.problems));

  let rotation: RotationState = { ...initialRotationState, shown: [] };
  if (source.rotation !== undefined) {
    const parsed = v.safeParse(RotationStateSchema, source.rotation);
    if (parsed.success) rotation = parsed.output;
    else problems.push(problem('rotation', { key: 'notARotationState' }));
  }
  return {
    document: {
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      settings: settings.settings,
      preferences: preferences.preferences,
      rotation,
    },
    problems,
  };
}

/** The document with a patch applied, unvalidated; the caller normalises it to find what is wrong. */
export function applySettingsPatch(current: SettingsDocument, patch: SettingsPatch): Record<string, unknown> {
  const settings: Record<string, unknown> = { ...current.settings };
  if (patch.settings !== undefined) {
    if (!isPlainObject(patch.settings)) return { ...current, settings: patch.settings };
    for (const [key, value] of Object.entries(patch.settings)) {
      const group = settings[key];
      // Defined, not assigned: assigning an own "__proto__" key would set the prototype and hide the
      // key from the normaliser, which names every unknown key.
      Object.defineProperty(settings, key, {
        value: isPlainObject(group) && isPlainObject(value) ? { ...group, ...value } : value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  const preferences =
    patch.preferences === undefined
      ? current.preferences
      : isPlainObject(patch.preferences)
        ? { ...current.preferences, ...patch.preferences }
        : patch.preferences;
  return {
    schemaVersion: current.schemaVersion,
    settings,
    preferences,
    rotation: patch.rotation ?? current.rotation,
  };
}
