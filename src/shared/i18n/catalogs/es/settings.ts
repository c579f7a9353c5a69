import type { Messages } from '../../catalog';

/** The Settings window. Labels sit beside their controls in a window that may be as narrow as 420 px. */
export const settings = {
  documentTitle: 'Configuración · Unhunch',
  title: 'Configuración',
  lead: 'Los cambios se guardan a medida que los haces.',
  loading: 'Cargando la configuración…',
  dismiss: 'Descartar',
  saved: 'Guardado',
  savedAgain: 'Guardado.',
  notSaved: 'No se guardó: {problems}.',
  fieldProblem: '{field} {problem}',
  notSavedBecause: 'No se guardó: {reason}',
  couldNotLoad: 'No se pudo cargar la configuración: {reason}',

  // Navigation and sections
  sectionsNav: 'Secciones de la configuración',
  sectionsMenu: 'Secciones',
  sectionBreaks: 'Pausas',
  sectionPostponing: 'Posponer',
  sectionHours: 'Horario laboral',
  sectionMoments: 'Momento oportuno',
  sectionExercises: 'Ejercicios',
  sectionRoutines: 'Rutinas',
  sectionCues: 'Sonidos y voz',
  sectionShortcuts: 'Atajos de teclado',
  sectionAppearance: 'Apariencia e idioma',
  sectionSystem: 'Inicio y privacidad',
  resetQuestion: '¿Devolver todos los ajustes de «{section}» a sus valores predeterminados?',
  resetConfirm: 'Restablecer «{section}»',
  cancel: 'Cancelar',
  resetSection: 'Restablecer esta sección',
  resetSectionLabel: 'Restablecer esta sección: {section}',
  resetDone: '{section}: se restablecieron los valores predeterminados.',

  // Units shown after a number field
  unitMinutes: 'min',
  unitSeconds: 's',

  // Breaks
  microBreaks: 'Micropausas',
  microEnabled: 'Hacer micropausas',
  microEnabledHint: 'Un estiramiento breve en tu escritorio.',
  microEvery: 'Tiempo entre micropausas',
  microEveryHint: 'Minutos de actividad: el tiempo que pasas lejos del equipo no cuenta.',
  microDuration: 'Duración de una micropausa',
  longBreaks: 'Pausas largas',
  longEnabled: 'Hacer pausas largas',
  longEnabledHint: 'Una rutina de unos cuantos ejercicios, lejos del escritorio si puedes.',
  longEvery: 'Tiempo entre pausas largas',
  longDuration: 'Duración de una pausa larga',
  beforeBetween: 'Antes de las pausas y entre ellas',
  warning: 'Aviso antes de una pausa',
  warningHint: 'Una notificación esta cantidad de segundos antes de que llegue una pausa; 0 para ninguna.',
  idle: 'Considerarme ausente después de',
  idleHint: 'Segundos sin usar el teclado ni el ratón. El tiempo de ausencia cuenta como una pausa natural.',
  breakScreens: 'Mostrar las pausas en',
  breakScreensActive: 'La pantalla que estoy usando',
  breakScreensActiveHint: 'Aquella en la que esté el puntero cuando llegue la pausa.',
  breakScreensAll: 'Todas las pantallas',
  breakScreensAllHint:
    'El ejercicio en la pantalla que estás usando y un temporizador discreto en las demás.',

  // Postponing
  postponeBy: 'Posponer',
  postponeMax: 'Veces que se puede posponer cada pausa',
  postponeMaxHint: '0 significa que ninguna pausa se puede posponer.',
  strict: 'Modo estricto',
  strictHint: 'Las pausas no se pueden posponer ni omitir.',

  // Working hours
  hoursEnabled: 'Avisarme solo en horario laboral',
  hoursEnabledHint: 'Fuera de ese horario no hay pausas.',
  workingDays: 'Días laborables',
  start: 'Inicio',
  startHint: 'Formato de 24 horas, por ejemplo 09:00.',
  end: 'Fin',
  endHint: '24:00 es el final del día. Si el fin es anterior al inicio, el horario pasa de la medianoche.',
  timePlaceholder: 'HH:MM',

  // Good moments
  momentsLead:
    'Retiene una pausa mientras no sea buen momento y deja que llegue cuando ese momento haya pasado.',
  doNotDisturb: 'Retener las pausas con «No molestar» activado',
  doNotDisturbHint: 'El modo de concentración o «No molestar» de tu sistema.',
  fullscreen: 'Retener las pausas si hay una ventana en pantalla completa',
  fullscreenHint: 'Presentaciones, videos y juegos.',
  calls: 'Retener las pausas durante las llamadas',
  callsHint: 'Mientras la cámara o el micrófono estén en uso.',
  grace: 'Esperar antes de una pausa retenida',
  graceHint: 'Cuando termina la llamada, la pantalla completa o el modo de concentración.',
  maxDeferral: 'Retener una pausa como máximo',
  maxDeferralHint: 'Pasado ese tiempo, llega como una notificación discreta.',
  pauseWhileApps: 'Suspender las pausas mientras se ejecuten estas aplicaciones',
  pauseWhileAppsHint:
    'Nombres de proceso, como zoom u obs. Da igual si se escriben con mayúsculas o minúsculas.',
  onlyWhileApps: 'Avisarme solo mientras se ejecute una de estas aplicaciones',
  onlyWhileAppsHint: 'Déjala vacía para recibir avisos sea cual sea la aplicación que se ejecute.',
  workedThrough: 'Detectar si sigo trabajando durante una pausa',
  workedThroughHint:
    'Si escribes o usas el ratón durante una pausa, se anota que seguiste trabajando, con un solo aviso amable.',
  noApps: 'Todavía no hay aplicaciones.',
  appToAdd: 'Aplicación que agregar',
  appPlaceholder: 'Por ejemplo: zoom',
  add: 'Agregar',
  addTo: 'Agregar a «{list}»',
  remove: 'Quitar',
  removeApp: 'Quitar {app}',
  typeAppName: 'Primero escribe el nombre de una aplicación.',
  appAlreadyListed: '{app} ya está en la lista.',

  // Exercises
  location: 'Dónde trabajas',
  locationDesk: 'Solo en el escritorio',
  locationDeskHint: 'Ejercicios sentado, de pie y en la pared.',
  locationFloor: 'Con espacio en el suelo',
  locationFloorHint: 'También ejercicios en el suelo, como la plancha.',
  doses: 'Dosis y preferencias',
  dosesLead:
    'Tus propias repeticiones y tiempos de mantenimiento; deja un campo en blanco para usar los del ejercicio.',
  exerciseColumn: 'Ejercicio',
  repsColumn: 'Repeticiones',
  holdColumn: 'Mantener',
  offerColumn: 'En las pausas',
  exercisesList: 'Ejercicios',
  reps: 'Repeticiones',
  repsHint: 'En blanco: lo que indica el ejercicio ({reps}).',
  hold: 'Mantener',
  holdHint: 'En blanco: lo que indica el ejercicio ({seconds} s).',
  useDefaultDose: 'Usar la dosis predeterminada',
  useDefaultDoseFor: 'Usar la dosis predeterminada: {exercise}',
  offerInBreaks: 'Ofrecerlo en las pausas',
  offerNormal: 'Lo normal',
  offerFavourite: 'Más a menudo',
  offerNever: 'No es para mí',

  // Routines
  routinesLead: 'Con qué frecuencia ofrecen las pausas cada rutina.',
  routinesList: 'Rutinas',

  // Sounds and voice
  sounds: 'Avisos sonoros',
  soundsHint: 'Un sonido suave marca cuándo empieza y cuándo termina cada posición que mantienes.',
  voice: 'Avisos por voz',
  voiceHint: 'Lee cada paso en voz alta con la voz de tu sistema.',
  noVoice: 'Los avisos por voz necesitan una voz de síntesis, y no se encontró ninguna en este equipo.',

  // Keyboard shortcuts
  shortcutsLead:
    'Funcionan en cualquier aplicación que estés usando. Cada uno está desactivado hasta que lo configures; puede que tu escritorio te pida permiso para usarlos.',
  shortcutHint:
    'Una tecla con Ctrl, Alt o Super (Comando u Opción en un Mac), como Ctrl+Alt+S; una tecla de función puede usarse sola.',
  shortcutQuickStretch: 'Estiramiento rápido',
  shortcutPauseResume: 'Suspender o reanudar las pausas',
  shortcutSkipBreak: 'Omitir la pausa actual',
  shortcutOff: 'Desactivado',
  shortcutSet: 'Definir',
  shortcutChange: 'Cambiar',
  shortcutRecording: 'Presiona las teclas…',
  shortcutTurnOff: 'Desactivar',
  shortcutTurnOffLabel: 'Desactivar el atajo: {action}',
  shortcutRecordingHint: 'Presiona las teclas nuevas, o Esc para cancelar.',
  shortcutRefused: '{keys} {problem}',
  shortcutNoKey: 'Esa tecla no puede formar parte de un atajo',

  // Appearance and language
  theme: 'Tema',
  themeSystem: 'Igual que el sistema',
  themeLight: 'Claro',
  themeDark: 'Oscuro',
  language: 'Idioma',
  languageSystem: 'Igual que el sistema',
  languageHint: 'Todas las ventanas cambian a la vez. «Igual que el sistema» sigue el idioma de tu equipo.',

  // Startup and privacy
  startAtLogin: 'Abrir Unhunch al iniciar sesión',
  startAtLoginHint: 'Espera discretamente en la bandeja del sistema.',
  startAtLoginUnavailable: 'El inicio automático no está disponible aquí.',
  painCheckIn: 'Preguntar cómo se siente la parte alta de mi espalda después de una pausa',
  painCheckInHint:
    'Una respuesta del 0 al 10, guardada solo en este equipo y mostrada como tendencia en Progreso.',
} satisfies Messages['settings'];
