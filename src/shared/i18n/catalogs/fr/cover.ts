import type { Messages } from '../../catalog';

/** A calm screen on every other display while a scheduled break runs; it has nothing to press. */
export const cover = {
  documentTitle: 'Pause · Unhunch',
  breakMicro: 'Pause étirement',
  breakLong: 'Longue pause',
  timeLeft: 'Il reste {time}',
  lineMicro: 'Pause étirement : « {title} » s’affiche sur l’écran que vous utilisiez.',
  lineLong: 'Longue pause : « {title} » s’affiche sur l’écran que vous utilisiez.',
  lineFinish: 'Terminez « {title} » sur l’écran que vous utilisiez, puis reprenez votre activité.',
} satisfies Messages['cover'];
