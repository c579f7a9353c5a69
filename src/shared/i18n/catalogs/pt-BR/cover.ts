import type { Messages } from '../../catalog';

/** Uma tela calma em cada um dos outros monitores durante uma pausa programada; não há nada para clicar. */
export const cover = {
  documentTitle: 'Pausa · Unhunch',
  breakMicro: 'Pausa para alongamento',
  breakLong: 'Pausa longa',
  timeLeft: 'Tempo restante: {time}',
  lineMicro: 'Pausa para alongamento: {title} está na tela que você estava usando.',
  lineLong: 'Pausa longa: {title} está na tela que você estava usando.',
  lineFinish: 'Termine {title} na tela que você estava usando e depois volte ao que estava fazendo.',
} satisfies Messages['cover'];
