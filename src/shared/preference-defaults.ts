/**
 * The preferences' defaults on their own, without the normaliser and its schemas: the player reads them
 * before main answers, and importing `preferences.ts` would put valibot and the validation texts into its
 * first view.
 */
import type { Preferences } from './preferences';

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
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
