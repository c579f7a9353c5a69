/**
 * The words of each simple field on the settings page, by field path, as keys of the `settings` catalog:
 * the page renders a field from its path alone, so a label, its hint and its unit are written once, here.
 */
import type { EnglishMessages, KeyOf } from '../../../shared/i18n/catalog';
import type { ParamsOf } from '../../../shared/i18n/message-format';
import type { Preferences } from '../../../shared/preferences';
import type { Settings } from '../../../shared/settings';

/** A key of the `settings` catalog whose text takes no values: a label or a title. */
export type Label = {
  [K in KeyOf<'settings'>]: ParamsOf<EnglishMessages['settings'][K]> extends [] ? K : never;
}[KeyOf<'settings'>];

export interface FieldText {
  label: Label;
  hint?: Label;
  /** Shown after a number: minutes or seconds. */
  unit?: 'unitMinutes' | 'unitSeconds';
}

/** The settings that are groups of fields (not `strict` or `breakScreens`, which stand alone). */
export type Group = { [K in keyof Settings]: Settings[K] extends object ? K : never }[keyof Settings];

type GroupPath = { [G in Group]: `${G}.${keyof Settings[G] & string}` }[Group];
/** The preferences that are plain on/off switches. */
export type SwitchPreference = 'sounds' | 'voice' | 'painCheckIn';

export const FIELDS = {
  'microBreak.enabled': { label: 'microEnabled', hint: 'microEnabledHint' },
  'microBreak.everyMinutes': { label: 'microEvery', hint: 'microEveryHint', unit: 'unitMinutes' },
  'microBreak.durationSeconds': { label: 'microDuration', unit: 'unitSeconds' },
  'longBreak.enabled': { label: 'longEnabled', hint: 'longEnabledHint' },
  'longBreak.everyMinutes': { label: 'longEvery', unit: 'unitMinutes' },
  'longBreak.durationSeconds': { label: 'longDuration', unit: 'unitSeconds' },
  'warning.seconds': { label: 'warning', hint: 'warningHint', unit: 'unitSeconds' },
  'idle.thresholdSeconds': { label: 'idle', hint: 'idleHint', unit: 'unitSeconds' },
  'postpone.minutes': { label: 'postponeBy', unit: 'unitMinutes' },
  'postpone.maxCount': { label: 'postponeMax', hint: 'postponeMaxHint' },
  'workingHours.enabled': { label: 'hoursEnabled', hint: 'hoursEnabledHint' },
  'workingHours.start': { label: 'start', hint: 'startHint' },
  'workingHours.end': { label: 'end', hint: 'endHint' },
  'moments.doNotDisturb': { label: 'doNotDisturb', hint: 'doNotDisturbHint' },
  'moments.fullscreen': { label: 'fullscreen', hint: 'fullscreenHint' },
  'moments.calls': { label: 'calls', hint: 'callsHint' },
  'moments.graceSeconds': { label: 'grace', hint: 'graceHint', unit: 'unitSeconds' },
  'moments.maxDeferralMinutes': { label: 'maxDeferral', hint: 'maxDeferralHint', unit: 'unitMinutes' },
  'moments.pauseWhileApps': { label: 'pauseWhileApps', hint: 'pauseWhileAppsHint' },
  'moments.onlyWhileApps': { label: 'onlyWhileApps', hint: 'onlyWhileAppsHint' },
  'moments.workedThrough': { label: 'workedThrough', hint: 'workedThroughHint' },
} as const satisfies Partial<Record<GroupPath, FieldText>>;

export type FieldPath = keyof typeof FIELDS;

export const PREFERENCE_SWITCHES = {
  sounds: { label: 'sounds', hint: 'soundsHint' },
  voice: { label: 'voice', hint: 'voiceHint' },
  painCheckIn: { label: 'painCheckIn', hint: 'painCheckInHint' },
} as const satisfies Record<SwitchPreference & keyof Preferences, FieldText>;

/** A field's words, the same shape for every field whatever it holds. */
export const fieldText = (path: FieldPath): FieldText => FIELDS[path];

/** The group and key a path names: "microBreak.everyMinutes" → ["microBreak", "everyMinutes"]. */
export function splitPath(path: FieldPath): [Group, string] {
  const [group, key] = path.split('.') as [Group, string];
  return [group, key];
}
