import type { Messages } from '../../catalog';

/** The tray menu and its one-line status (the tooltip and the menu's first line). */
export const tray = {
  tooltip: 'Unhunch – {status}',
  postpone: 'Pause verschieben',
  skip: 'Pause überspringen',
  quickStretch: 'Kurz dehnen',
  library: 'Übungsbibliothek',
  pause: 'Pausen aussetzen',
  resume: 'Pausen fortsetzen',
  progress: 'Fortschritt',
  settings: 'Einstellungen …',
  quit: 'Unhunch beenden',
  pauseFor30Minutes: 'Für 30 Minuten',
  pauseFor1Hour: 'Für 1 Stunde',
  pauseFor2Hours: 'Für 2 Stunden',
  pauseUntilTomorrow: 'Bis morgen',
  pauseUntilResumed: 'Bis ich sie fortsetze',
} satisfies Messages['tray'];
