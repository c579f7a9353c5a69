import type { Messages } from '../../catalog';

/** Palavras que várias áreas compartilham: durações e o nome do app. */
export const common = {
  appName: 'Unhunch',
  seconds: { one: '{count} segundo', many: '{count} segundos', other: '{count} segundos' },
  minutes: { one: '{count} minuto', many: '{count} minutos', other: '{count} minutos' },
  hours: { one: '{count} hora', many: '{count} horas', other: '{count} horas' },
  secondsShort: '{count} s',
  minutesShort: '{count} min',
  safetyTitle: 'Segurança em primeiro lugar.',
  safetyLabel: 'Orientações de segurança',
} satisfies Messages['common'];
