import type { Messages } from '../../catalog';

/** A calm screen on every other display while a scheduled break runs; it has nothing to press. */
export const cover = {
  documentTitle: 'Pause · Unhunch',
  breakMicro: 'Dehnpause',
  breakLong: 'Lange Pause',
  timeLeft: 'Noch {time}',
  lineMicro: 'Dehnpause: „{title}“ läuft auf dem Bildschirm, an dem du gerade gearbeitet hast.',
  lineLong: 'Lange Pause: „{title}“ läuft auf dem Bildschirm, an dem du gerade gearbeitet hast.',
  lineFinish: 'Bring „{title}“ auf dem Bildschirm zu Ende, an dem du gearbeitet hast, und mach dann weiter.',
} satisfies Messages['cover'];
