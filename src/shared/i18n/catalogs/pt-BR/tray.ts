import type { Messages } from '../../catalog';

/** O menu da bandeja e sua linha de status (a dica de ferramenta e a primeira linha do menu). */
export const tray = {
  tooltip: 'Unhunch — {status}',
  postpone: 'Adiar pausa',
  skip: 'Pular pausa',
  quickStretch: 'Alongamento rápido',
  library: 'Biblioteca de exercícios',
  pause: 'Suspender pausas',
  resume: 'Retomar pausas',
  progress: 'Progresso',
  settings: 'Configurações…',
  quit: 'Sair do Unhunch',
  pauseFor30Minutes: 'Por 30 minutos',
  pauseFor1Hour: 'Por 1 hora',
  pauseFor2Hours: 'Por 2 horas',
  pauseUntilTomorrow: 'Até amanhã',
  pauseUntilResumed: 'Até eu retomar',
} satisfies Messages['tray'];
