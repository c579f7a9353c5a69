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
  // The status line: short, as it is the first line of the tray menu and follows "Unhunch — " in the
  // tooltip. "Stretch" is the short break every 20 minutes or so; the long break comes about hourly.
  /** {count}: whole minutes of activity left before the break (at least 1). */
  microIn: { one: 'Stretch in {count} min', other: 'Stretch in {count} min' },
  longIn: { one: 'Long break in {count} min', other: 'Long break in {count} min' },
  microNow: 'Stretch now',
  longNow: 'Long break now',
  /** What held the break back is over; it comes within a minute. */
  microSoon: 'Stretch soon',
  longSoon: 'Long break soon',
  /** {reasons}: what holds the break back, e.g. "call, full screen" (the reason words below, as a list). */
  microWaiting: 'Stretch waiting ({reasons})',
  longWaiting: 'Long break waiting ({reasons})',
  reasonDnd: 'do not disturb',
  reasonFullscreen: 'full screen',
  reasonCall: 'call',
  reasonAppRule: 'app rule',
  /** {time}: a clock time today, e.g. "14:30". */
  pausedUntil: 'Paused until {time}',
  pausedUntilTomorrow: 'Paused until tomorrow',
  paused: 'Paused',
  outsideWorkingHours: 'Outside working hours',
  noBreaksScheduled: 'No breaks scheduled',
} as const;
