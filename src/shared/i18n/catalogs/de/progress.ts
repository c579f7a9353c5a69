import type { Messages } from '../../catalog';

/** The progress window: today's figures, the streak, the history charts and the export. */
export const progress = {
  documentTitle: 'Fortschritt · {appName}',
  title: 'Fortschritt',
  lead: 'Deine Pausen und deine aktive Zeit, nur auf diesem Computer gespeichert.',
  loading: 'Fortschritt wird geladen …',
  loadFailed: 'Der Fortschritt konnte nicht geladen werden: {error}',

  todayHeading: 'Heute',
  activeMinutes: 'Aktive Minuten',
  breaksCompleted: 'Abgeschlossene Pausen',
  skipped: 'Übersprungen',
  workedThrough: 'Durchgearbeitet',
  streakLabel: 'Serie:',
  streakNone: 'Noch keine Serie. Schließ eine Pause ab, um eine zu beginnen.',
  streakToday: {
    one: '{count} Tag in Folge, heute mitgezählt.',
    other: '{count} Tage in Folge, heute mitgezählt.',
  },
  streakNotToday: {
    one: '{count} Tag in Folge. Schließ heute eine Pause ab, damit die Serie weiterläuft.',
    other: '{count} Tage in Folge. Schließ heute eine Pause ab, damit die Serie weiterläuft.',
  },

  historyHeading: 'Verlauf',
  periodLegend: 'Zeige die letzten',
  periodDays: { one: '{count} Tag', other: '{count} Tage' },

  breaksChartTitle: 'Pausen pro Tag',
  completed: 'Abgeschlossen',
  minutesChartTitle: 'Aktive Minuten pro Tag',
  breaksSummary: {
    one: 'Letzter Tag: {completed} abgeschlossen, {skipped} übersprungen.',
    other: 'Letzte {count} Tage: {completed} abgeschlossen, {skipped} übersprungen.',
  },
  minutesSummary: {
    one: 'Letzter Tag: insgesamt {minutes} aktiv.',
    other: 'Letzte {count} Tage: insgesamt {minutes} aktiv.',
  },
  minutesMost: 'Am meisten waren es {minutes} am {date}.',
  minutes: { one: '{count} Minute', other: '{count} Minuten' },
  completedCount: { one: '{count} abgeschlossen', other: '{count} abgeschlossen' },
  skippedCount: { one: '{count} übersprungen', other: '{count} übersprungen' },
  activeMinutesCount: { one: '{count} aktive Minute', other: '{count} aktive Minuten' },
  chartPoint: '{date}: {value}',
  dayColumn: 'Tag',

  painChartTitle: 'Schmerzen im oberen Rücken',
  painTableCaption: 'Schmerzen im oberen Rücken pro Tag',
  painLegend: 'Tagesdurchschnitt (0 = keine Schmerzen, 10 = am schlimmsten)',
  trendLegend: 'Trend',
  painAverageColumn: 'Durchschnitt (0–10)',
  checkInsColumn: 'Antworten',
  painNone: {
    one: 'Keine Antworten am letzten Tag.',
    other: 'Keine Antworten in den letzten {count} Tagen.',
  },
  checkIns: { one: '{count} Antwort', other: '{count} Antworten' },
  painAverage: {
    one: '{checkIns} am letzten Tag, im Durchschnitt {average} von 10.',
    other: '{checkIns} in den letzten {count} Tagen, im Durchschnitt {average} von 10.',
  },
  painCheckIns: {
    one: '{checkIns} am letzten Tag.',
    other: '{checkIns} in den letzten {count} Tagen.',
  },
  trendEasing: 'Der Trend geht nach unten: von etwa {start} auf {end} von 10.',
  trendRising: 'Der Trend geht nach oben: von etwa {start} auf {end} von 10.',
  trendLevel: 'Der Trend bleibt etwa gleich: von etwa {start} auf {end} von 10.',
  painCheckInOff:
    'Die Schmerzabfrage ist ausgeschaltet. Schalte in den Einstellungen „Nach einer Pause fragen, wie sich mein oberer Rücken anfühlt“ ein, um zu verfolgen, wie sich dein oberer Rücken mit der Zeit anfühlt.',
  noCheckInsYet:
    'Für diese Tage gibt es noch keine Antworten zu Schmerzen. Du wirst nach einer Pause gefragt.',

  exportHeading: 'Exportieren',
  exportLead:
    'Speichere deinen gesamten Verlauf als Datei, für eine Tabellenkalkulation oder deine eigenen Unterlagen.',
  exportCsv: 'CSV exportieren',
  exportJson: 'JSON exportieren',
  exportSaved: '{format} gespeichert unter {path}',
  exportCancelled: 'Export abgebrochen.',
  exportFailed: 'Der {format}-Export ist fehlgeschlagen: {error}',
} satisfies Messages['progress'];
