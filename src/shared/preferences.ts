/**
 * The user's preferences other than the break engine's `Settings`: doses, favourites, where they work,
 * cues, theme and the like. Typed data with defaults and a forgiving normaliser in the style of
 * `normalizeSettings`: a bad field falls back to its default on its own and is reported, so one typo in
 * a hand-edited file never resets the rest.
 */
import * as v from 'valibot';
import { checkAccelerator } from './accelerator';
import { LOCALES } from './i18n/locales';
import { ID_PATTERN, MAX_REPS, MAX_STEP_SECONDS } from './exercise-schema';
import type { ExerciseOverride } from './exercises/timing';
import type { UserLocation } from './rotation';
import { problem, type SettingsProblem } from './settings';
import { readIssue, says, type ValidationIssue } from './validation-issue';
import { DEFAULT_PREFERENCES } from './preference-defaults';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** 'system' follows the system's preferred languages; a locale pins the interface to that language. */
export const LANGUAGES = ['system', ...LOCALES] as const;
export type Language = (typeof LANGUAGES)[number];

export const LOCATIONS = ['desk', 'floor'] as const satisfies readonly UserLocation[];

/** What a global shortcut can do: the three things worth doing from inside another app. */
export const SHORTCUT_ACTIONS = ['quickStretch', 'pauseResume', 'skipBreak'] as const;
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];
/** An accelerator ("Ctrl+Alt+S") per action; '' is off, as every one is until the user sets it. */
export type Shortcuts = Record<ShortcutAction, string>;

/** What a second action on the same keys is told: the action that has them already. */
const TAKEN: Record<ShortcutAction, ValidationIssue> = {
  quickStretch: { key: 'takenByQuickStretch' },
  pauseResume: { key: 'takenByPauseResume' },
  skipBreak: { key: 'takenBySkipBreak' },
};

export interface Preferences {
  /** Per-exercise dose the user chose, keyed by exercise id; absent fields keep the exercise's own. */
  exerciseOverrides: Record<string, ExerciseOverride>;
  /** Exercise or routine ids offered more often. */
  favourites: string[];
  /** Exercise or routine ids never offered. */
  notForMe: string[];
  location: UserLocation;
  sounds: boolean;
  voice: boolean;
  theme: Theme;
  startAtLogin: boolean;
  language: Language;
  /** Ask "How is your upper back? 0–10" after a routine. Off by default: health data is opt-in. */
  painCheckIn: boolean;
  /** Global shortcuts, heard whichever app has the keyboard. */
  shortcuts: Shortcuts;
}

export type PreferencesInput = Partial<Preferences>;

export { DEFAULT_PREFERENCES };

export interface NormalizedPreferences {
  preferences: Preferences;
  problems: SettingsProblem[];
}

type Leaf = v.GenericSchema<unknown, unknown>;

const bool: Leaf = v.boolean(says({ key: 'mustBeTrueOrFalse' }));
const oneOf = (options: readonly string[]): Leaf =>
  v.picklist(
    options,
    says({ key: 'mustBeOneOf', params: { options: options.map((option) => `"${option}"`).join(', ') } }),
  );
const intRange = (min: number, max: number): Leaf =>
  v.pipe(
    v.number(says({ key: 'mustBeNumber' })),
    v.integer(says({ key: 'mustBeWholeNumber' })),
    v.minValue(min, says({ key: 'atLeast', params: { min } })),
    v.maxValue(max, says({ key: 'atMost', params: { max } })),
  );
const id = v.pipe(v.string(says({ key: 'mustBeText' })), v.regex(ID_PATTERN, says({ key: 'mustBeId' })));

/** Ranges match the content schema, so an override can never make an exercise the schema would reject. */
const OVERRIDE_FIELDS: Record<keyof ExerciseOverride, Leaf> = {
  reps: intRange(1, MAX_REPS),
  holdSeconds: intRange(1, MAX_STEP_SECONDS),
};

type Field = (input: unknown, path: string, problems: SettingsProblem[]) => unknown;

/** A plain object only: an array, a Date or a Map (which IPC clones as such) is not read as `{}`. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function leaf(schema: Leaf): Field {
  return (input, path, problems) => {
    const parsed = v.safeParse(schema, input);
    if (parsed.success) return parsed.output;
    problems.push(problem(path, readIssue(parsed.issues[0].message)));
    return undefined;
  };
}

/** Far above the library's exercises and routines together, so no real list comes near it. */
export const MAX_LISTED_IDS = 1000;

/** A list of ids: a bad item is dropped on its own, the rest kept; duplicates collapse. */
const idList: Field = (input, path, problems) => {
  if (!Array.isArray(input)) {
    problems.push(problem(path, { key: 'mustBeIdList' }));
    return undefined;
  }
  // More ids than there can be exercises and routines is not a list anyone made: refused whole, before
  // any per-item work (100,000 ids took seconds to check).
  if (input.length > MAX_LISTED_IDS) {
    problems.push(problem(path, { key: 'tooManyIds', params: { max: MAX_LISTED_IDS } }));
    return undefined;
  }
  const seen = new Set<string>();
  input.forEach((item: unknown, index) => {
    const parsed = v.safeParse(id, item);
    if (!parsed.success) problems.push(problem(`${path}.${index}`, readIssue(parsed.issues[0].message)));
    else seen.add(parsed.output);
  });
  return [...seen];
};

/** Overrides: each exercise and each of its fields stands alone, so one bad dose costs only itself. */
const overrides: Field = (input, path, problems) => {
  if (!isPlainObject(input)) {
    problems.push(problem(path, { key: 'mustBeOverrides' }));
    return undefined;
  }
  const out: Record<string, ExerciseOverride> = {};
  for (const [exerciseId, override] of Object.entries(input)) {
    const overridePath = `${path}.${exerciseId}`;
    if (!ID_PATTERN.test(exerciseId)) {
      problems.push(problem(overridePath, { key: 'notAnExerciseId' }));
      continue;
    }
    if (!isPlainObject(override)) {
      problems.push(problem(overridePath, { key: 'mustBeObjectLike', params: { example: '{"reps": 5}' } }));
      continue;
    }
    const kept: ExerciseOverride = {};
    for (const key of Object.keys(override)) {
      if (!Object.hasOwn(OVERRIDE_FIELDS, key)) {
        problems.push(problem(`${overridePath}.${key}`, { key: 'unknownSetting' }));
      }
    }
    for (const [key, schema] of Object.entries(OVERRIDE_FIELDS) as [keyof ExerciseOverride, Leaf][]) {
      if (override[key] === undefined) continue;
      const parsed = v.safeParse(schema, override[key]);
      if (parsed.success) kept[key] = parsed.output as number;
      else problems.push(problem(`${overridePath}.${key}`, readIssue(parsed.issues[0].message)));
    }
    // An override with nothing left would only be noise in the file.
    if (Object.keys(kept).length > 0) out[exerciseId] = kept;
  }
  return out;
};

/**
 * Each shortcut stands alone: a bad one is turned off by itself, and so is a second action on the
 * same keys (Electron would refuse to register it, and one press cannot mean two things).
 */
const shortcuts: Field = (input, path, problems) => {
  if (!isPlainObject(input)) {
    problems.push(
      problem(path, { key: 'mustBeObjectLike', params: { example: '{"quickStretch": "Ctrl+Alt+S"}' } }),
    );
    return undefined;
  }
  for (const key of Object.keys(input)) {
    if (!(SHORTCUT_ACTIONS as readonly string[]).includes(key))
      problems.push(problem(`${path}.${key}`, { key: 'unknownShortcut' }));
  }
  const out: Shortcuts = { ...DEFAULT_PREFERENCES.shortcuts };
  const owner = new Map<string, ShortcutAction>();
  for (const action of SHORTCUT_ACTIONS) {
    const value = input[action];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string') {
      problems.push(problem(`${path}.${action}`, { key: 'mustBeShortcutOrEmpty' }));
      continue;
    }
    const checked = checkAccelerator(value);
    if (!checked.ok) {
      problems.push(problem(`${path}.${action}`, checked.issue));
      continue;
    }
    const taken = owner.get(checked.accelerator);
    if (taken !== undefined) {
      problems.push(problem(`${path}.${action}`, TAKEN[taken]));
      continue;
    }
    owner.set(checked.accelerator, action);
    out[action] = checked.accelerator;
  }
  return out;
};

const FIELDS: Record<keyof Preferences, Field> = {
  exerciseOverrides: overrides,
  favourites: idList,
  notForMe: idList,
  location: leaf(oneOf(LOCATIONS)),
  sounds: leaf(bool),
  voice: leaf(bool),
  theme: leaf(oneOf(THEMES)),
  startAtLogin: leaf(bool),
  language: leaf(oneOf(LANGUAGES)),
  painCheckIn: leaf(bool),
  shortcuts,
};

/**
 * Fills in defaults and replaces every invalid field by its default, reporting each replacement with a
 * dotted path relative to the preferences object (e.g. "exerciseOverrides.chin-tuck.reps").
 */
export function normalizePreferences(input: unknown): NormalizedPreferences {
  const problems: SettingsProblem[] = [];
  if (input !== undefined && !isPlainObject(input)) problems.push(problem('', { key: 'mustBeObject' }));
  const source = isPlainObject(input) ? input : {};
  for (const key of Object.keys(source)) {
    if (!Object.hasOwn(FIELDS, key)) problems.push(problem(key, { key: 'unknownSetting' }));
  }
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(FIELDS)) {
    const fallback = DEFAULT_PREFERENCES[key as keyof Preferences];
    const value = source[key] === undefined ? undefined : field(source[key], key, problems);
    out[key] = value === undefined ? structuredClone(fallback) : value;
  }
  // Safe: every field is either a value its validator produced or a clone of the typed default.
  return { preferences: out as unknown as Preferences, problems };
}

/** The defaults as a fresh mutable object. */
export function defaultPreferences(): Preferences {
  return normalizePreferences({}).preferences;
}
