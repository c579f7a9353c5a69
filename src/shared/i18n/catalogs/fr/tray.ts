import type { Messages } from '../../catalog';

/** The tray menu and its one-line status (the tooltip and the menu's first line). */
export const tray = {
  tooltip: 'Unhunch — {status}',
  postpone: 'Reporter la pause',
  skip: 'Passer la pause',
  quickStretch: 'Étirement rapide',
  library: 'Bibliothèque d’exercices',
  pause: 'Suspendre les pauses',
  resume: 'Reprendre les pauses',
  progress: 'Progression',
  settings: 'Paramètres…',
  quit: 'Quitter Unhunch',
  pauseFor30Minutes: 'Pendant 30 minutes',
  pauseFor1Hour: 'Pendant 1 heure',
  pauseFor2Hours: 'Pendant 2 heures',
  pauseUntilTomorrow: 'Jusqu’à demain',
  pauseUntilResumed: 'Jusqu’à ce que je les reprenne',
} satisfies Messages['tray'];
