import type { Messages } from '../../catalog';

/** A calm screen on every other display while a scheduled break runs; it has nothing to press. */
export const cover = {
  documentTitle: 'Pausa · Unhunch',
  breakMicro: 'Pausa para estirar',
  breakLong: 'Pausa larga',
  timeLeft: 'Tiempo restante: {time}',
  lineMicro: 'Pausa para estirar: «{title}» está en la pantalla que estabas usando.',
  lineLong: 'Pausa larga: «{title}» está en la pantalla que estabas usando.',
  lineFinish: 'Termina «{title}» en la pantalla que estabas usando y luego sigue con lo tuyo.',
} satisfies Messages['cover'];
