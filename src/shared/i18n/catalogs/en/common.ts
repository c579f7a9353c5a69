/** Words several areas share: durations and the app's name. */
export const common = {
  appName: 'Unhunch',
  seconds: { one: '{count} second', other: '{count} seconds' },
  minutes: { one: '{count} minute', other: '{count} minutes' },
  hours: { one: '{count} hour', other: '{count} hours' },
  secondsShort: '{count} s',
  minutesShort: '{count} min',
  safetyTitle: 'Safety first.',
  safetyLabel: 'Safety advice',
} as const;
