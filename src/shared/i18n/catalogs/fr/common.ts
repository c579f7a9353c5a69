import type { Messages } from '../../catalog';

/** Words several areas share: durations and the app's name. */
export const common = {
  appName: 'Unhunch',
  seconds: { one: '{count} seconde', many: '{count} secondes', other: '{count} secondes' },
  minutes: { one: '{count} minute', many: '{count} minutes', other: '{count} minutes' },
  hours: { one: '{count} heure', many: '{count} heures', other: '{count} heures' },
  secondsShort: '{count} s',
  minutesShort: '{count} min',
  safetyTitle: 'La sécurité d’abord.',
  safetyLabel: 'Conseils de sécurité',
} satisfies Messages['common'];
