import type { Messages } from '../../catalog';

/** Words several areas share: durations and the app's name. */
export const common = {
  appName: 'Unhunch',
  seconds: { one: '{count} segundo', many: '{count} segundos', other: '{count} segundos' },
  minutes: { one: '{count} minuto', many: '{count} minutos', other: '{count} minutos' },
  hours: { one: '{count} hora', many: '{count} horas', other: '{count} horas' },
  secondsShort: '{count} s',
  minutesShort: '{count} min',
  safetyTitle: 'Primero, la seguridad.',
  safetyLabel: 'Consejos de seguridad',
} satisfies Messages['common'];
