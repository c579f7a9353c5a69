import type { Messages } from '../../catalog';

/** The progress window: today's figures, the streak, the history charts and the export. */
export const progress = {
  documentTitle: 'Progression · {appName}',
  title: 'Progression',
  lead: 'Vos pauses et votre temps actif, conservés uniquement sur cet ordinateur.',
  loading: 'Chargement de la progression…',
  loadFailed: 'Impossible de charger la progression : {error}',

  todayHeading: 'Aujourd’hui',
  activeMinutes: 'Minutes actives',
  breaksCompleted: 'Pauses terminées',
  skipped: 'Passées',
  workedThrough: 'Travail poursuivi',
  streakLabel: 'Série :',
  streakNone: 'Pas encore de série. Terminez une pause pour en commencer une.',
  streakToday: {
    one: '{count} jour d’affilée, aujourd’hui compris.',
    many: '{count} jours d’affilée, aujourd’hui compris.',
    other: '{count} jours d’affilée, aujourd’hui compris.',
  },
  streakNotToday: {
    one: '{count} jour d’affilée. Terminez une pause aujourd’hui pour poursuivre la série.',
    many: '{count} jours d’affilée. Terminez une pause aujourd’hui pour poursuivre la série.',
    other: '{count} jours d’affilée. Terminez une pause aujourd’hui pour poursuivre la série.',
  },

  historyHeading: 'Historique',
  periodLegend: 'Période affichée',
  periodDays: { one: '{count} jour', many: '{count} jours', other: '{count} jours' },

  breaksChartTitle: 'Pauses par jour',
  completed: 'Terminées',
  minutesChartTitle: 'Minutes actives par jour',
  breaksSummary: {
    one: 'Sur le dernier jour, pauses terminées : {completed} ; passées : {skipped}.',
    many: 'Sur les {count} derniers jours, pauses terminées : {completed} ; passées : {skipped}.',
    other: 'Sur les {count} derniers jours, pauses terminées : {completed} ; passées : {skipped}.',
  },
  minutesSummary: {
    one: 'Sur le dernier jour : {minutes} d’activité au total.',
    many: 'Sur les {count} derniers jours : {minutes} d’activité au total.',
    other: 'Sur les {count} derniers jours : {minutes} d’activité au total.',
  },
  minutesMost: 'Le maximum a été de {minutes}, le {date}.',
  minutes: { one: '{count} minute', many: '{count} minutes', other: '{count} minutes' },
  completedCount: { one: '{count} terminée', many: '{count} terminées', other: '{count} terminées' },
  skippedCount: { one: '{count} passée', many: '{count} passées', other: '{count} passées' },
  activeMinutesCount: {
    one: '{count} minute active',
    many: '{count} minutes actives',
    other: '{count} minutes actives',
  },
  chartPoint: '{date} : {value}',
  dayColumn: 'Jour',

  painChartTitle: 'Douleur dans le haut du dos',
  painTableCaption: 'Douleur dans le haut du dos, par jour',
  painLegend: 'Moyenne du jour (0 = aucune douleur, 10 = la pire)',
  trendLegend: 'Tendance',
  painAverageColumn: 'Moyenne (0–10)',
  checkInsColumn: 'Réponses',
  painNone: {
    one: 'Aucune réponse sur le dernier jour.',
    many: 'Aucune réponse sur les {count} derniers jours.',
    other: 'Aucune réponse sur les {count} derniers jours.',
  },
  checkIns: { one: '{count} réponse', many: '{count} réponses', other: '{count} réponses' },
  painAverage: {
    one: '{checkIns} sur le dernier jour, avec une moyenne de {average} sur 10.',
    many: '{checkIns} sur les {count} derniers jours, avec une moyenne de {average} sur 10.',
    other: '{checkIns} sur les {count} derniers jours, avec une moyenne de {average} sur 10.',
  },
  painCheckIns: {
    one: '{checkIns} sur le dernier jour.',
    many: '{checkIns} sur les {count} derniers jours.',
    other: '{checkIns} sur les {count} derniers jours.',
  },
  trendEasing: 'La tendance est à la baisse : d’environ {start} à {end} sur 10.',
  trendRising: 'La tendance est à la hausse : d’environ {start} à {end} sur 10.',
  trendLevel: 'La tendance est à peu près stable : d’environ {start} à {end} sur 10.',
  painCheckInOff:
    'La question sur la douleur est désactivée. Activez « Demander comment va le haut de mon dos après une pause » dans les Paramètres pour suivre l’évolution du haut de votre dos au fil du temps.',
  noCheckInsYet:
    'Pas encore de réponse sur la douleur pour ces jours-là. La question vous est posée après une pause.',

  exportHeading: 'Exporter',
  exportLead:
    'Enregistrez tout votre historique dans un fichier, pour un tableur ou pour vos propres archives.',
  exportCsv: 'Exporter en CSV',
  exportJson: 'Exporter en JSON',
  exportSaved: 'Fichier {format} enregistré dans {path}',
  exportCancelled: 'Exportation annulée.',
  exportFailed: 'L’exportation {format} a échoué : {error}',
} satisfies Messages['progress'];
