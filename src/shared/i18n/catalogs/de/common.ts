import type { Messages } from '../../catalog';

/** Words several areas share: durations and the app's name. */
export const common = {
  appName: 'Unhunch',
  seconds: { one: '{count} Sekunde', other: '{count} Sekunden' },
  minutes: { one: '{count} Minute', other: '{count} Minuten' },
  hours: { one: '{count} Stunde', other: '{count} Stunden' },
  secondsShort: '{count} s',
  minutesShort: '{count} min',
  safetyTitle: 'Sicherheit geht vor.',
  safetyLabel: 'Sicherheitshinweis',
} satisfies Messages['common'];
