/** The Settings window. Labels sit beside their controls in a window that may be as narrow as 420 px. */
export const settings = {
  documentTitle: 'Settings · Unhunch',
  title: 'Settings',
  lead: 'Changes are saved as you make them.',
  loading: 'Loading settings…',
  dismiss: 'Dismiss',
  /** Read by screen readers after each save; the two alternate so every save is announced. */
  saved: 'Saved',
  savedAgain: 'Saved.',
  /** {problems} is one or more "<field> <why>" (or just "<why>") joined by semicolons. */
  notSaved: 'Not saved: {problems}.',
  /** A field's path in the settings file and why it was refused, such as "microBreak.everyMinutes must be a number". */
  fieldProblem: '{field} {problem}',
  /** {reason} is the system's error, in English. */
  notSavedBecause: 'Not saved: {reason}',
  couldNotLoad: 'Settings could not be loaded: {reason}',

  // Navigation and sections
  sectionsNav: 'Settings sections',
  sectionsMenu: 'Sections',
  sectionBreaks: 'Breaks',
  sectionPostponing: 'Postponing',
  sectionHours: 'Working hours',
  sectionMoments: 'Good moments',
  sectionExercises: 'Exercises',
  sectionRoutines: 'Routines',
  sectionCues: 'Sounds and voice',
  sectionShortcuts: 'Keyboard shortcuts',
  sectionAppearance: 'Appearance and language',
  sectionSystem: 'Startup and privacy',
  /** {section} is a section's title, such as "Working hours". */
  resetQuestion: 'Put every setting in {section} back to its default?',
  resetConfirm: 'Reset {section}',
  cancel: 'Cancel',
  resetSection: 'Reset this section to defaults',
  resetSectionLabel: 'Reset this section to defaults: {section}',
  resetDone: '{section}: back to the defaults.',

  // Units shown after a number field
  unitMinutes: 'min',
  unitSeconds: 's',

  // Breaks
  microBreaks: 'Micro breaks',
  microEnabled: 'Take micro breaks',
  microEnabledHint: 'A short stretch at your desk.',
  microEvery: 'Time between micro breaks',
  microEveryHint: 'Minutes of activity: time away from the computer does not count.',
  microDuration: 'Length of a micro break',
  longBreaks: 'Long breaks',
  longEnabled: 'Take long breaks',
  longEnabledHint: 'A routine of a few exercises, away from the desk if you can.',
  longEvery: 'Time between long breaks',
  longDuration: 'Length of a long break',
  beforeBetween: 'Before and between breaks',
  warning: 'Heads-up before a break',
  warningHint: 'A notification this many seconds before a break comes; 0 for none.',
  idle: 'Count me as away after',
  idleHint: 'Seconds without keyboard or mouse. Time away counts as a natural break.',
  breakScreens: 'Show breaks on',
  breakScreensActive: 'The screen I’m using',
  breakScreensActiveHint: 'Where the pointer is when the break comes.',
  breakScreensAll: 'Every screen',
  breakScreensAllHint: 'The exercise on the screen you are using, a quiet countdown on the others.',

  // Postponing
  postponeBy: 'Postpone by',
  postponeMax: 'Postpones allowed per break',
  postponeMaxHint: '0 means a break cannot be postponed.',
  strict: 'Strict mode',
  strictHint: 'Breaks cannot be postponed or skipped.',

  // Working hours
  hoursEnabled: 'Only remind me during working hours',
  hoursEnabledHint: 'Outside them, no breaks come.',
  workingDays: 'Working days',
  start: 'Start',
  startHint: '24-hour time, like 09:00.',
  end: 'End',
  endHint: '24:00 is the end of the day. An end before the start runs past midnight.',
  /** The placeholder of the time fields: the format to type, hours and minutes. */
  timePlaceholder: 'HH:MM',

  // Good moments
  momentsLead: 'Hold a break back while the moment is wrong, and let it come once it is over.',
  doNotDisturb: 'Hold breaks while do-not-disturb is on',
  doNotDisturbHint: 'Your system’s focus or do-not-disturb mode.',
  fullscreen: 'Hold breaks while a window is fullscreen',
  fullscreenHint: 'Presentations, videos and games.',
  calls: 'Hold breaks during calls',
  callsHint: 'While the camera or microphone is in use.',
  grace: 'Wait before a held break',
  graceHint: 'After the call, fullscreen or focus mode ends.',
  maxDeferral: 'Hold a break for at most',
  maxDeferralHint: 'After that it comes as a gentle notification instead.',
  pauseWhileApps: 'Pause while these apps run',
  pauseWhileAppsHint: 'Process names, such as zoom or obs. Case does not matter.',
  onlyWhileApps: 'Only remind me while one of these runs',
  onlyWhileAppsHint: 'Leave empty to be reminded whatever runs.',
  workedThrough: 'Notice when I work through a break',
  workedThroughHint:
    'Typing or using the mouse during a break records it as worked through, with one gentle nudge.',
  noApps: 'No apps yet.',
  appToAdd: 'App to add',
  /** "zoom" is a process name: keep it as it is. */
  appPlaceholder: 'For example: zoom',
  add: 'Add',
  /** Read by screen readers only; {list} is the list's title, such as "Pause while these apps run". */
  addTo: 'Add to “{list}”',
  remove: 'Remove',
  /** Read by screen readers only; {app} is a process name. */
  removeApp: 'Remove {app}',
  typeAppName: 'Type an app name first.',
  /** {app} is a process name the user typed. */
  appAlreadyListed: '{app} is already in the list.',

  // Exercises
  location: 'Where you work',
  locationDesk: 'At a desk only',
  locationDeskHint: 'Seated, standing and wall exercises.',
  locationFloor: 'With floor space',
  locationFloorHint: 'Floor exercises too, such as the plank.',
  doses: 'Doses and choices',
  dosesLead: 'Your own repetitions and hold times; leave a field blank for the exercise’s own.',
  exerciseColumn: 'Exercise',
  repsColumn: 'Repetitions',
  holdColumn: 'Hold',
  offerColumn: 'In breaks',
  exercisesList: 'Exercises',
  reps: 'Repetitions',
  repsHint: "Blank: the exercise's own {reps}.",
  hold: 'Hold',
  holdHint: "Blank: the exercise's own {seconds} s.",
  useDefaultDose: 'Use default dose',
  /** Read by screen readers only; {exercise} is an exercise's name. */
  useDefaultDoseFor: 'Use default dose for {exercise}',
  offerInBreaks: 'Offer it in breaks',
  offerNormal: 'As usual',
  offerFavourite: 'More often',
  offerNever: 'Not for me',

  // Routines
  routinesLead: 'How often breaks offer each routine.',
  routinesList: 'Routines',

  // Sounds and voice
  sounds: 'Sound cues',
  soundsHint: 'A soft chime marks the start and end of each hold.',
  voice: 'Spoken cues',
  voiceHint: 'Reads each step aloud with your system’s voice.',
  noVoice: 'Spoken cues need a voice for speech, and none was found on this computer.',

  // Keyboard shortcuts
  shortcutsLead:
    'These work in whatever app you are using. Each is off until you set it; your desktop may ask you to allow them.',
  shortcutHint:
    'A key with Ctrl, Alt or Super (Command or Option on a Mac), such as Ctrl+Alt+S; a function key may stand alone.',
  shortcutQuickStretch: 'Quick stretch',
  shortcutPauseResume: 'Pause or resume breaks',
  shortcutSkipBreak: 'Skip the current break',
  shortcutOff: 'Off',
  shortcutSet: 'Set',
  shortcutChange: 'Change',
  shortcutRecording: 'Press the keys…',
  shortcutTurnOff: 'Turn off',
  /** Read by screen readers only; {action} is a shortcut's label, such as "Quick stretch". */
  shortcutTurnOffLabel: 'Turn off {action}',
  shortcutRecordingHint: 'Press the new keys, or Escape to cancel.',
  /** {keys} is what was pressed, such as Shift+K; {problem} is why it cannot be a shortcut. */
  shortcutRefused: '{keys} {problem}',
  shortcutNoKey: 'That key cannot be part of a shortcut',

  // Appearance and language
  theme: 'Theme',
  themeSystem: 'Same as the system',
  themeLight: 'Light',
  themeDark: 'Dark',
  language: 'Language',
  /** The first choice of the Language list; the others are each language in its own name. */
  languageSystem: 'Same as the system',
  languageHint: 'Every window switches at once. “Same as the system” follows your computer’s language.',

  // Startup and privacy
  startAtLogin: 'Start Unhunch when I log in',
  startAtLoginHint: 'It waits quietly in the tray.',
  startAtLoginUnavailable: 'Start at login is not available here.',
  painCheckIn: 'Ask how my upper back feels after a break',
  painCheckInHint: 'A 0–10 answer, kept only on this computer and shown as a trend under Progress.',
} as const;
