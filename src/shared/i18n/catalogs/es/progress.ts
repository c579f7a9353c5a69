import type { Messages } from '../../catalog';

/** The progress window: today's figures, the streak, the history charts and the export. */
export const progress = {
  documentTitle: 'Progreso · {appName}',
  title: 'Progreso',
  lead: 'Tus pausas y tu tiempo activo, guardados solo en este equipo.',
  loading: 'Cargando el progreso…',
  loadFailed: 'No se pudo cargar el progreso: {error}',

  todayHeading: 'Hoy',
  activeMinutes: 'Minutos activos',
  breaksCompleted: 'Pausas completadas',
  skipped: 'Omitidas',
  workedThrough: 'Seguiste trabajando',
  streakLabel: 'Racha:',
  streakNone: 'Aún no tienes racha. Completa una pausa para empezar una.',
  streakToday: {
    one: '{count} día seguido, incluido hoy.',
    many: '{count} días seguidos, incluido hoy.',
    other: '{count} días seguidos, incluido hoy.',
  },
  streakNotToday: {
    one: '{count} día seguido. Completa una pausa hoy para mantener la racha.',
    many: '{count} días seguidos. Completa una pausa hoy para mantener la racha.',
    other: '{count} días seguidos. Completa una pausa hoy para mantener la racha.',
  },

  historyHeading: 'Historial',
  periodLegend: 'Mostrar los últimos',
  periodDays: { one: '{count} día', many: '{count} días', other: '{count} días' },

  breaksChartTitle: 'Pausas por día',
  completed: 'Completadas',
  minutesChartTitle: 'Minutos activos por día',
  breaksSummary: {
    one: 'En el último día, pausas completadas: {completed}; omitidas: {skipped}.',
    many: 'En los últimos {count} días, pausas completadas: {completed}; omitidas: {skipped}.',
    other: 'En los últimos {count} días, pausas completadas: {completed}; omitidas: {skipped}.',
  },
  minutesSummary: {
    one: 'En el último día: {minutes} de actividad en total.',
    many: 'En los últimos {count} días: {minutes} de actividad en total.',
    other: 'En los últimos {count} días: {minutes} de actividad en total.',
  },
  minutesMost: 'El máximo fue de {minutes}, el {date}.',
  minutes: { one: '{count} minuto', many: '{count} minutos', other: '{count} minutos' },
  completedCount: { one: '{count} completada', many: '{count} completadas', other: '{count} completadas' },
  skippedCount: { one: '{count} omitida', many: '{count} omitidas', other: '{count} omitidas' },
  activeMinutesCount: {
    one: '{count} minuto activo',
    many: '{count} minutos activos',
    other: '{count} minutos activos',
  },
  chartPoint: '{date}: {value}',
  dayColumn: 'Día',

  painChartTitle: 'Dolor en la parte alta de la espalda',
  painTableCaption: 'Dolor en la parte alta de la espalda por día',
  painLegend: 'Promedio diario (0 = sin dolor, 10 = el peor)',
  trendLegend: 'Tendencia',
  painAverageColumn: 'Promedio (0–10)',
  checkInsColumn: 'Respuestas',
  painNone: {
    one: 'Ninguna respuesta en el último día.',
    many: 'Ninguna respuesta en los últimos {count} días.',
    other: 'Ninguna respuesta en los últimos {count} días.',
  },
  checkIns: { one: '{count} respuesta', many: '{count} respuestas', other: '{count} respuestas' },
  painAverage: {
    one: '{checkIns} en el último día, con un promedio de {average} sobre 10.',
    many: '{checkIns} en los últimos {count} días, con un promedio de {average} sobre 10.',
    other: '{checkIns} en los últimos {count} días, con un promedio de {average} sobre 10.',
  },
  painCheckIns: {
    one: '{checkIns} en el último día.',
    many: '{checkIns} en los últimos {count} días.',
    other: '{checkIns} en los últimos {count} días.',
  },
  trendEasing: 'La tendencia es a la baja: de unos {start} a {end} sobre 10.',
  trendRising: 'La tendencia es al alza: de unos {start} a {end} sobre 10.',
  trendLevel: 'La tendencia se mantiene más o menos estable: de unos {start} a {end} sobre 10.',
  painCheckInOff:
    'La pregunta sobre el dolor está desactivada. Activa «Preguntar cómo se siente la parte alta de mi espalda después de una pausa» en Configuración para seguir cómo se siente la parte alta de tu espalda con el tiempo.',
  noCheckInsYet:
    'Todavía no hay respuestas sobre el dolor en estos días. Se te pregunta después de una pausa.',

  exportHeading: 'Exportar',
  exportLead:
    'Guarda todo tu historial en un archivo, para una hoja de cálculo o para tus propios registros.',
  exportCsv: 'Exportar CSV',
  exportJson: 'Exportar JSON',
  exportSaved: 'Archivo {format} guardado en {path}',
  exportCancelled: 'Exportación cancelada.',
  exportFailed: 'No se pudo exportar a {format}: {error}',
} satisfies Messages['progress'];
