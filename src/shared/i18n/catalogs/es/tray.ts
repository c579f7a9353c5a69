import type { Messages } from '../../catalog';

/** The tray menu and its one-line status (the tooltip and the menu's first line). */
export const tray = {
  tooltip: 'Unhunch — {status}',
  postpone: 'Posponer la pausa',
  skip: 'Omitir la pausa',
  quickStretch: 'Estiramiento rápido',
  library: 'Biblioteca de ejercicios',
  pause: 'Suspender las pausas',
  resume: 'Reanudar las pausas',
  progress: 'Progreso',
  settings: 'Configuración…',
  quit: 'Salir de Unhunch',
  pauseFor30Minutes: 'Durante 30 minutos',
  pauseFor1Hour: 'Durante 1 hora',
  pauseFor2Hours: 'Durante 2 horas',
  pauseUntilTomorrow: 'Hasta mañana',
  pauseUntilResumed: 'Hasta que las reanude',
} satisfies Messages['tray'];
