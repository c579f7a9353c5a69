/**
 * The settings page's sections: what each one holds, so the navigation can list them and "Reset this
 * section to defaults" can put back exactly that section's values, through the same updateSettings
 * request as any other change. No runes and no DOM, so it is unit-tested in Node.
 */
import type { SettingsChange } from '../../../shared/ipc-contract';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../shared/preferences';
import { routines } from '../../../shared/routines';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import type { Label } from './settings-fields';
import { applyChange, PREFERENCES, type SettingsValues } from './settings-form';

/** Favourites and "not for me" hold exercise and routine ids alike; each section owns one kind. */
type OfferKind = 'exercises' | 'routines';

export interface SettingsSection {
  id: string;
  /** The title's key in the `settings` catalog. */
  title: Label;
  /** The engine settings it shows, whole groups (or `strict`). */
  settings: readonly (keyof Settings)[];
  /** The preferences it shows, whole fields. */
  preferences: readonly (keyof Preferences)[];
  /** Whose favourites and "not for me" it shows. */
  offers?: OfferKind;
}

export const SECTIONS = [
  {
    id: 'breaks',
    title: 'sectionBreaks',
    settings: ['microBreak', 'longBreak', 'warning', 'idle', 'breakScreens'],
    preferences: [],
  },
  { id: 'postponing', title: 'sectionPostponing', settings: ['postpone', 'strict'], preferences: [] },
  { id: 'hours', title: 'sectionHours', settings: ['workingHours'], preferences: [] },
  { id: 'moments', title: 'sectionMoments', settings: ['moments'], preferences: [] },
  {
    id: 'exercises',
    title: 'sectionExercises',
    settings: [],
    preferences: ['location', 'exerciseOverrides'],
    offers: 'exercises',
  },
  { id: 'routines', title: 'sectionRoutines', settings: [], preferences: [], offers: 'routines' },
  { id: 'cues', title: 'sectionCues', settings: [], preferences: ['sounds', 'voice'] },
  { id: 'shortcuts', title: 'sectionShortcuts', settings: [], preferences: ['shortcuts'] },
  { id: 'appearance', title: 'sectionAppearance', settings: [], preferences: ['theme', 'language'] },
  { id: 'system', title: 'sectionSystem', settings: [], preferences: ['startAtLogin', 'painCheckIn'] },
] as const satisfies readonly SettingsSection[];

export type SectionId = (typeof SECTIONS)[number]['id'];

const routineIds = new Set<string>(routines.map((routine) => routine.id));

function isKind(id: string, kind: OfferKind): boolean {
  return routineIds.has(id) === (kind === 'routines');
}

export function findSection(id: SectionId): SettingsSection {
  return SECTIONS.find((section) => section.id === id) as SettingsSection;
}

/**
 * The change that puts one section back to the shipped defaults. Groups are sent whole, so nothing in
 * them is left behind; the favourite and "not for me" lists lose only this section's kind of id.
 */
export function resetChange(id: SectionId, current: SettingsValues): SettingsChange {
  const section = findSection(id);
  const settings: Record<string, unknown> = {};
  for (const key of section.settings) settings[key] = structuredClone(DEFAULT_SETTINGS[key]);
  const preferences: Record<string, unknown> = {};
  for (const key of section.preferences) preferences[key] = structuredClone(DEFAULT_PREFERENCES[key]);
  if (section.offers !== undefined) {
    const kind = section.offers;
    preferences['favourites'] = current.preferences.favourites.filter((item) => !isKind(item, kind));
    preferences['notForMe'] = current.preferences.notForMe.filter((item) => !isKind(item, kind));
  }
  return {
    ...(Object.keys(settings).length > 0 ? { settings } : {}),
    ...(Object.keys(preferences).length > 0 ? { preferences } : {}),
  } as SettingsChange;
}

/** The field paths a section's errors live under, to clear them when it is reset. */
export function sectionScopes(id: SectionId): string[] {
  const section = findSection(id);
  const scopes: string[] = [...section.settings];
  for (const key of section.preferences) scopes.push(`${PREFERENCES}.${key}`);
  if (section.offers !== undefined) scopes.push(`${PREFERENCES}.favourites`, `${PREFERENCES}.notForMe`);
  return scopes;
}

/** Whether resetting the section would change nothing. */
export function isAtDefaults(id: SectionId, current: SettingsValues): boolean {
  const change = resetChange(id, current);
  const after = applyChange(current, change) as SettingsValues;
  const section = findSection(id);
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  return (
    section.settings.every((key) => same(current.settings[key], after.settings[key])) &&
    Object.keys(change.preferences ?? {}).every((key) =>
      same(current.preferences[key as keyof Preferences], after.preferences[key as keyof Preferences]),
    )
  );
}
