/** The tray menu and its one-line status (the tooltip and the menu's first line). */
export const tray = {
  tooltip: 'Unhunch — {status}',
  postpone: 'Postpone break',
  skip: 'Skip break',
  quickStretch: 'Quick stretch',
  library: 'Exercise library',
  pause: 'Pause breaks',
  resume: 'Resume breaks',
  progress: 'Progress',
  settings: 'Settings…',
  quit: 'Quit Unhunch',
  pauseFor30Minutes: 'For 30 minutes',
  pauseFor1Hour: 'For 1 hour',
  pauseFor2Hours: 'For 2 hours',
  pauseUntilTomorrow: 'Until tomorrow',
  pauseUntilResumed: 'Until I resume',
} as const;
