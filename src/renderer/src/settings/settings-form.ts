/**
 * The settings form's pure logic: checking a change with the same shared normalisers main uses (so a
 * value main would refuse is never sent), naming errors by field, and the small list and dose edits the
 * form makes. No runes and no DOM, so it is unit-tested in Node.
 */
import type { Exercise } from '../../../shared/exercise-types';
import type { Translate } from '../../../shared/i18n/catalog';
import { stepTiming, type ExerciseOverride } from '../../../shared/exercises/timing';
import type { SettingsChange } from '../../../shared/ipc-contract';
import { normalizePreferences, type Preferences } from '../../../shared/preferences';
import {
  normalizeSettings,
  type Settings,
  type SettingsProblem,
  type Weekday,
} from '../../../shared/settings';
import { issueText } from '../../../shared/validation-issue';
import type { Label } from './settings-fields';

/** Field paths: settings as in `Settings` ("microBreak.everyMinutes"), preferences under this prefix. */
export const PREFERENCES = 'preferences';

export interface SettingsValues {
  settings: Settings;
  preferences: Preferences;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The values with a change applied the way main applies it: settings groups merge key by key, preference fields replace. */
export function applyChange(
  current: SettingsValues,
  change: SettingsChange,
): { settings: unknown; preferences: unknown } {
  const settings: Record<string, unknown> = { ...current.settings };
  for (const [key, value] of Object.entries(change.settings ?? {})) {
    const group = settings[key];
    settings[key] = isPlainObject(group) && isPlainObject(value) ? { ...group, ...value } : value;
  }
  return { settings, preferences: { ...current.preferences, ...change.preferences } };
}

/** A problem in the language of `t`; one without an issue has only its English. */
const problemText = (t: Translate<'validation'>, { message, issue }: SettingsProblem): string =>
  issue === undefined ? message : issueText(t, issue);

/**
 * Checks a change against the current values with the shared normalisers. Returns the message for every
 * offending field, in the language of `t`, keyed by field path; empty when the change is valid.
 */
export function checkChange(
  current: SettingsValues,
  change: SettingsChange,
  t: Translate<'validation'>,
): Record<string, string> {
  const next = applyChange(current, change);
  const errors: Record<string, string> = {};
  if (change.settings !== undefined) {
    for (const found of normalizeSettings(next.settings).problems)
      errors[found.path] ??= problemText(t, found);
  }
  if (change.preferences !== undefined) {
    for (const found of normalizePreferences(next.preferences).problems) {
      errors[found.path === '' ? PREFERENCES : `${PREFERENCES}.${found.path}`] ??= problemText(t, found);
    }
  }
  return errors;
}

/**
 * Main's error keys in the form's terms. Main may prefix settings fields with "settings." (the stored
 * document's shape) or not (the contract's example); both name the same field.
 */
export function fieldPath(key: string): string {
  return key.startsWith('settings.') ? key.slice('settings.'.length) : key;
}

/** Whether an error key belongs to one of the scopes: the path itself or anything beneath it. */
export function inScope(key: string, scopes: readonly string[]): boolean {
  return scopes.some((scope) => key === scope || key.startsWith(`${scope}.`));
}

/** The error to show beside a field: its own, or the first one of something inside it (a list item). */
export function errorFor(errors: Readonly<Record<string, string>>, path: string): string | undefined {
  if (errors[path] !== undefined) return errors[path];
  const inner = Object.keys(errors).find((key) => inScope(key, [path]));
  return inner === undefined ? undefined : errors[inner];
}

/**
 * A normaliser's message ("must be at least 1 min") as a sentence ("Must be at least 1 min."). A text
 * that already ends as a sentence does, in any script (。！？), is left as it is.
 */
export function errorSentence(message: string): string {
  const text = message.trim();
  if (text === '') return text;
  const sentence = text[0]!.toUpperCase() + text.slice(1);
  return /[.!?。！？]\]?$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * Text typed into a number field, as the number to check. Blank becomes NaN, which the normalisers
 * reject as "must be a number"; a fraction stays a fraction so they can say "must be a whole number".
 */
export function parseNumber(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

// ---------------------------------------------------------------------------------------------------
// Exercise doses

export interface DoseDefaults {
  reps: number;
  /** Seconds of the exercise's held positions; undefined when it has none, so there is nothing to override. */
  holdSeconds: number | undefined;
}

export function doseDefaults(exercise: Exercise): DoseDefaults {
  const hold = exercise.steps.find((step) => stepTiming(step) === 'hold');
  return { reps: exercise.reps, holdSeconds: hold?.holdSeconds };
}

export type DoseField = keyof ExerciseOverride;

/** A copy one level deeper than a spread, so editing one exercise's override leaves the original alone. */
function copyOverrides(
  overrides: Readonly<Record<string, ExerciseOverride>>,
): Record<string, ExerciseOverride> {
  return Object.fromEntries(Object.entries(overrides).map(([id, override]) => [id, { ...override }]));
}

/**
 * The overrides with one exercise's field set, or cleared when `value` is undefined. An exercise left with
 * no field is dropped, as main drops it. Returns a new object.
 */
export function withDose(
  overrides: Readonly<Record<string, ExerciseOverride>>,
  exerciseId: string,
  field: DoseField,
  value: number | undefined,
): Record<string, ExerciseOverride> {
  const next = copyOverrides(overrides);
  const override: ExerciseOverride = { ...next[exerciseId] };
  if (value === undefined) delete override[field];
  else override[field] = value;
  if (Object.keys(override).length === 0) delete next[exerciseId];
  else next[exerciseId] = override;
  return next;
}

/** The overrides without any for this exercise. */
export function withoutDose(
  overrides: Readonly<Record<string, ExerciseOverride>>,
  exerciseId: string,
): Record<string, ExerciseOverride> {
  const next = copyOverrides(overrides);
  delete next[exerciseId];
  return next;
}

// ---------------------------------------------------------------------------------------------------
// Favourites and "not for me"

/** How often the rotation should offer an exercise or routine. */
export type Offer = 'normal' | 'favourite' | 'never';

/** Each offer's label in the `settings` catalog, in the order the choices show. */
export const OFFER_LABELS: Record<Offer, Label> = {
  normal: 'offerNormal',
  favourite: 'offerFavourite',
  never: 'offerNever',
};

export function offerOf(preferences: Pick<Preferences, 'favourites' | 'notForMe'>, id: string): Offer {
  if (preferences.notForMe.includes(id)) return 'never';
  if (preferences.favourites.includes(id)) return 'favourite';
  return 'normal';
}

/** Both lists with `id` moved to the one `offer` names (a favourite cannot also be "not for me"). */
export function withOffer(
  preferences: Pick<Preferences, 'favourites' | 'notForMe'>,
  id: string,
  offer: Offer,
): Pick<Preferences, 'favourites' | 'notForMe'> {
  const favourites = preferences.favourites.filter((item) => item !== id);
  const notForMe = preferences.notForMe.filter((item) => item !== id);
  if (offer === 'favourite') favourites.push(id);
  if (offer === 'never') notForMe.push(id);
  return { favourites, notForMe };
}

// ---------------------------------------------------------------------------------------------------
// App lists and weekdays

/** The list with `name` added (trimmed), or why it cannot be. Names compare without regard to case. */
export function withApp(
  list: readonly string[],
  name: string,
  t: Translate<'settings'>,
): { list: string[] } | { error: string } {
  const trimmed = name.trim();
  if (trimmed === '') return { error: t('typeAppName') };
  if (list.some((item) => item.toLowerCase() === trimmed.toLowerCase())) {
    return { error: t('appAlreadyListed', { app: trimmed }) };
  }
  return { list: [...list, trimmed] };
}

export function withoutApp(list: readonly string[], name: string): string[] {
  return list.filter((item) => item !== name);
}

/** Monday first, as most working weeks are written; values are `Date.getDay()` numbers. */
export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

/** A UTC midnight that falls on the weekday, for naming it with `formatWeekdayLong` (4 Jan 1970 was a Sunday). */
export const weekdayDate = (day: Weekday): Date => new Date(Date.UTC(1970, 0, 4 + day));

export function withDay(days: readonly Weekday[], day: Weekday, on: boolean): Weekday[] {
  const rest = days.filter((item) => item !== day);
  return (on ? [...rest, day] : rest).sort((a, b) => a - b);
}
