/** The progress window: today's figures, the streak, the history charts and the export. */
export const progress = {
  /** The window's title; {appName} is the app's name. */
  documentTitle: 'Progress · {appName}',
  title: 'Progress',
  lead: 'Your breaks and active time, kept only on this computer.',
  loading: 'Loading progress…',
  /** {error} is the reason, as the system gives it. */
  loadFailed: 'Progress could not be loaded: {error}',

  todayHeading: 'Today',
  activeMinutes: 'Active minutes',
  breaksCompleted: 'Breaks completed',
  skipped: 'Skipped',
  workedThrough: 'Worked through',
  /** Before the streak's sentence. */
  streakLabel: 'Streak:',
  streakNone: 'No streak yet. Complete a break to start one.',
  streakToday: {
    one: '{count} day in a row, today included.',
    other: '{count} days in a row, today included.',
  },
  streakNotToday: {
    one: '{count} day in a row. Complete a break today to keep it going.',
    other: '{count} days in a row. Complete a break today to keep it going.',
  },

  historyHeading: 'History',
  /** A group of two choices: "Show the last" "7 days" / "30 days". */
  periodLegend: 'Show the last',
  periodDays: { one: '{count} day', other: '{count} days' },

  breaksChartTitle: 'Breaks per day',
  completed: 'Completed',
  minutesChartTitle: 'Active minutes per day',
  /** Under a chart: the totals over the last {count} days. */
  breaksSummary: {
    one: 'Last {count} day: {completed} completed, {skipped} skipped.',
    other: 'Last {count} days: {completed} completed, {skipped} skipped.',
  },
  /** {minutes} is a count of minutes, such as "165 minutes". */
  minutesSummary: {
    one: 'Last {count} day: {minutes} active in all.',
    other: 'Last {count} days: {minutes} active in all.',
  },
  /** Follows minutesSummary; {minutes} is a count of minutes, {date} a full date. */
  minutesMost: 'The most was {minutes} on {date}.',
  minutes: { one: '{count} minute', other: '{count} minutes' },
  /** A bar's tooltip, after its date. */
  completedCount: { one: '{count} completed', other: '{count} completed' },
  skippedCount: { one: '{count} skipped', other: '{count} skipped' },
  activeMinutesCount: { one: '{count} active minute', other: '{count} active minutes' },
  /** A point's tooltip in a chart: {date} is the day, {value} what the chart shows for it. */
  chartPoint: '{date}: {value}',
  /** The first column of a chart's table. */
  dayColumn: 'Day',

  painChartTitle: 'Upper-back pain',
  painTableCaption: 'Upper-back pain by day',
  painLegend: 'Daily average (0 = no pain, 10 = worst)',
  trendLegend: 'Trend',
  painAverageColumn: 'Average (0–10)',
  checkInsColumn: 'Check-ins',
  painNone: {
    one: 'No check-ins in the last {count} day.',
    other: 'No check-ins in the last {count} days.',
  },
  /** {checkIns} is a count of check-ins, such as "5 check-ins". */
  checkIns: { one: '{count} check-in', other: '{count} check-ins' },
  /** {checkIns} is a count of check-ins; {average} a pain level from 0 to 10. */
  painAverage: {
    one: '{checkIns} in the last {count} day, averaging {average} out of 10.',
    other: '{checkIns} in the last {count} days, averaging {average} out of 10.',
  },
  /** {checkIns} is a count of check-ins; a sentence on the trend follows. */
  painCheckIns: {
    one: '{checkIns} in the last {count} day.',
    other: '{checkIns} in the last {count} days.',
  },
  /** {start} and {end} are pain levels from 0 to 10. */
  trendEasing: 'The trend is easing: from about {start} to {end} out of 10.',
  trendRising: 'The trend is rising: from about {start} to {end} out of 10.',
  trendLevel: 'The trend is about level: from about {start} to {end} out of 10.',
  /** The setting's name in quotes must match the pain check-in setting in Settings. */
  painCheckInOff:
    'The pain check-in is off. Turn on “Ask how my upper back feels after a break” in Settings to follow how your upper back feels over time.',
  noCheckInsYet: 'No pain check-ins in these days yet. You are asked after a break.',

  exportHeading: 'Export',
  exportLead: 'Save your whole history as a file, for a spreadsheet or for your own records.',
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  /** {format} is CSV or JSON; {path} is where the file was saved. */
  exportSaved: '{format} saved to {path}',
  exportCancelled: 'Export cancelled.',
  /** {format} is CSV or JSON; {error} is the reason, as the system gives it. */
  exportFailed: 'The {format} export failed: {error}',
} as const;
