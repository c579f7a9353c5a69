import type { Messages } from '../../catalog';

/** The Settings window. Labels sit beside their controls in a window that may be as narrow as 420 px. */
export const settings = {
  documentTitle: 'Einstellungen · Unhunch',
  title: 'Einstellungen',
  lead: 'Änderungen werden sofort gespeichert.',
  loading: 'Einstellungen werden geladen …',
  dismiss: 'Schließen',
  saved: 'Gespeichert',
  savedAgain: 'Gespeichert.',
  notSaved: 'Nicht gespeichert: {problems}.',
  fieldProblem: '{field} {problem}',
  notSavedBecause: 'Nicht gespeichert: {reason}',
  couldNotLoad: 'Die Einstellungen konnten nicht geladen werden: {reason}',

  // Navigation and sections
  sectionsNav: 'Bereiche der Einstellungen',
  sectionsMenu: 'Bereiche',
  sectionBreaks: 'Pausen',
  sectionPostponing: 'Verschieben',
  sectionHours: 'Arbeitszeit',
  sectionMoments: 'Passende Momente',
  sectionExercises: 'Übungen',
  sectionRoutines: 'Routinen',
  sectionCues: 'Töne und Stimme',
  sectionShortcuts: 'Tastenkürzel',
  sectionAppearance: 'Aussehen und Sprache',
  sectionSystem: 'Start und Datenschutz',
  resetQuestion: 'Alle Einstellungen unter „{section}“ auf die Standardwerte zurücksetzen?',
  resetConfirm: '„{section}“ zurücksetzen',
  cancel: 'Abbrechen',
  resetSection: 'Bereich auf Standardwerte zurücksetzen',
  resetSectionLabel: 'Bereich auf Standardwerte zurücksetzen: {section}',
  resetDone: '{section}: auf die Standardwerte zurückgesetzt.',

  // Units shown after a number field
  unitMinutes: 'min',
  unitSeconds: 's',

  // Breaks
  microBreaks: 'Mikropausen',
  microEnabled: 'Mikropausen machen',
  microEnabledHint: 'Kurz dehnen am Schreibtisch.',
  microEvery: 'Zeit zwischen Mikropausen',
  microEveryHint: 'Minuten aktiver Nutzung: Zeit weg vom Computer zählt nicht.',
  microDuration: 'Länge einer Mikropause',
  longBreaks: 'Lange Pausen',
  longEnabled: 'Lange Pausen machen',
  longEnabledHint: 'Eine Routine aus ein paar Übungen, wenn möglich weg vom Schreibtisch.',
  longEvery: 'Zeit zwischen langen Pausen',
  longDuration: 'Länge einer langen Pause',
  beforeBetween: 'Vor und zwischen den Pausen',
  warning: 'Vorwarnung vor einer Pause',
  warningHint: 'Eine Benachrichtigung so viele Sekunden, bevor eine Pause kommt; 0 für keine.',
  idle: 'Als abwesend gelten nach',
  idleHint: 'Sekunden ohne Tastatur oder Maus. Zeit weg vom Computer zählt als natürliche Pause.',
  breakScreens: 'Pausen anzeigen',
  breakScreensActive: 'Auf dem Bildschirm, den ich benutze',
  breakScreensActiveHint: 'Dort, wo der Mauszeiger ist, wenn die Pause kommt.',
  breakScreensAll: 'Auf allen Bildschirmen',
  breakScreensAllHint: 'Die Übung auf dem Bildschirm, den du benutzt, ein ruhiger Countdown auf den anderen.',

  // Postponing
  postponeBy: 'Verschieben um',
  postponeMax: 'Erlaubte Verschiebungen pro Pause',
  postponeMaxHint: '0 heißt, eine Pause lässt sich nicht verschieben.',
  strict: 'Strenger Modus',
  strictHint: 'Pausen lassen sich weder verschieben noch überspringen.',

  // Working hours
  hoursEnabled: 'Nur während der Arbeitszeit erinnern',
  hoursEnabledHint: 'Außerhalb davon kommen keine Pausen.',
  workingDays: 'Arbeitstage',
  start: 'Beginn',
  startHint: '24-Stunden-Format, etwa 09:00.',
  end: 'Ende',
  endHint:
    '24:00 ist das Ende des Tages. Liegt das Ende vor dem Beginn, reicht die Arbeitszeit über Mitternacht.',
  timePlaceholder: 'HH:MM',

  // Good moments
  momentsLead:
    'Eine Pause zurückhalten, solange der Moment ungünstig ist, und sie kommen lassen, sobald er vorbei ist.',
  doNotDisturb: 'Pausen zurückhalten, solange „Nicht stören“ an ist',
  doNotDisturbHint: 'Der Fokus- oder Nicht-stören-Modus deines Systems.',
  fullscreen: 'Pausen zurückhalten, solange ein Fenster im Vollbild ist',
  fullscreenHint: 'Präsentationen, Videos und Spiele.',
  calls: 'Pausen während Anrufen zurückhalten',
  callsHint: 'Solange Kamera oder Mikrofon in Gebrauch sind.',
  grace: 'Warten vor einer zurückgehaltenen Pause',
  graceHint: 'Nachdem Anruf, Vollbild oder Fokusmodus vorbei sind.',
  maxDeferral: 'Eine Pause höchstens zurückhalten für',
  maxDeferralHint: 'Danach kommt sie stattdessen als sanfte Benachrichtigung.',
  pauseWhileApps: 'Pausen aussetzen, solange diese Apps laufen',
  pauseWhileAppsHint: 'Prozessnamen, etwa zoom oder obs. Groß- und Kleinschreibung spielt keine Rolle.',
  onlyWhileApps: 'Nur erinnern, solange eine dieser Apps läuft',
  onlyWhileAppsHint: 'Leer lassen, um unabhängig davon erinnert zu werden, was läuft.',
  workedThrough: 'Bemerken, wenn ich eine Pause durcharbeite',
  workedThroughHint:
    'Tippst du während einer Pause oder benutzt die Maus, wird sie als durchgearbeitet erfasst, mit einem einzigen sanften Hinweis.',
  noApps: 'Noch keine Apps.',
  appToAdd: 'Neue App',
  appPlaceholder: 'Zum Beispiel: zoom',
  add: 'Hinzufügen',
  addTo: 'Zu „{list}“ hinzufügen',
  remove: 'Entfernen',
  removeApp: '{app} entfernen',
  typeAppName: 'Gib zuerst einen App-Namen ein.',
  appAlreadyListed: '{app} steht schon in der Liste.',

  // Exercises
  location: 'Wo du arbeitest',
  locationDesk: 'Nur am Schreibtisch',
  locationDeskHint: 'Übungen im Sitzen, im Stehen und an der Wand.',
  locationFloor: 'Mit Platz auf dem Boden',
  locationFloorHint: 'Auch Übungen auf dem Boden, etwa die Plank.',
  doses: 'Dosierung und Auswahl',
  dosesLead:
    'Deine eigenen Wiederholungen und Haltezeiten; lass ein Feld leer, damit die Vorgabe der Übung gilt.',
  exerciseColumn: 'Übung',
  repsColumn: 'Wiederholungen',
  holdColumn: 'Haltezeit',
  offerColumn: 'In Pausen',
  exercisesList: 'Übungen',
  reps: 'Wiederholungen',
  repsHint: 'Leer: Vorgabe der Übung ({reps}).',
  hold: 'Haltezeit',
  holdHint: 'Leer: Vorgabe der Übung ({seconds} s).',
  useDefaultDose: 'Vorgabe verwenden',
  useDefaultDoseFor: 'Vorgabe für {exercise} verwenden',
  offerInBreaks: 'In Pausen anbieten',
  offerNormal: 'Wie gewohnt',
  offerFavourite: 'Öfter',
  offerNever: 'Nicht für mich',

  // Routines
  routinesLead: 'Wie oft Pausen die einzelnen Routinen anbieten.',
  routinesList: 'Routinen',

  // Sounds and voice
  sounds: 'Tonsignale',
  soundsHint: 'Ein sanfter Klang markiert Anfang und Ende jeder Haltephase.',
  voice: 'Sprachansagen',
  voiceHint: 'Liest jeden Schritt mit der Stimme deines Systems vor.',
  noVoice:
    'Sprachansagen brauchen eine Stimme für die Sprachausgabe, und auf diesem Computer wurde keine gefunden.',

  // Keyboard shortcuts
  shortcutsLead:
    'Sie funktionieren in jeder App, die du gerade benutzt. Jedes ist aus, bis du es festlegst; dein Desktop fragt dich eventuell, ob du sie erlauben willst.',
  shortcutHint:
    'Eine Taste mit Ctrl, Alt oder Super (auf dem Mac Command oder Option), etwa Ctrl+Alt+S; eine Funktionstaste geht auch allein.',
  shortcutQuickStretch: 'Kurz dehnen',
  shortcutPauseResume: 'Pausen aussetzen oder fortsetzen',
  shortcutSkipBreak: 'Aktuelle Pause überspringen',
  shortcutOff: 'Aus',
  shortcutSet: 'Festlegen',
  shortcutChange: 'Ändern',
  shortcutRecording: 'Tasten drücken …',
  shortcutTurnOff: 'Ausschalten',
  shortcutTurnOffLabel: '„{action}“ ausschalten',
  shortcutRecordingHint: 'Drück die neuen Tasten, oder Esc zum Abbrechen.',
  shortcutRefused: '{keys} {problem}',
  shortcutNoKey: 'Diese Taste kann nicht Teil eines Tastenkürzels sein',

  // Appearance and language
  theme: 'Design',
  themeSystem: 'Wie das System',
  themeLight: 'Hell',
  themeDark: 'Dunkel',
  language: 'Sprache',
  languageSystem: 'Wie das System',
  languageHint: 'Alle Fenster wechseln sofort. „Wie das System“ folgt der Sprache deines Computers.',

  // Startup and privacy
  startAtLogin: 'Unhunch beim Anmelden starten',
  startAtLoginHint: 'Es wartet still im Systembereich.',
  startAtLoginUnavailable: 'Der Start beim Anmelden ist hier nicht verfügbar.',
  painCheckIn: 'Nach einer Pause fragen, wie sich mein oberer Rücken anfühlt',
  painCheckInHint:
    'Eine Antwort von 0 bis 10, nur auf diesem Computer gespeichert und unter „Fortschritt“ als Trend angezeigt.',
} satisfies Messages['settings'];
