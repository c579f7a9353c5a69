/**
 * Why a setting was refused. Shown beside the field on the Settings page, after the field's label, as a
 * sentence: the page capitalises the first letter and adds a full stop, so each text here starts in lower
 * case, has no final punctuation and reads as "<the field> …" ("must be at least 1 min").
 * Values in quotes or like Ctrl+Alt+S are what the user types or what the settings file holds: keep them as they are.
 */
export const validation = {
  mustBeNumber: 'must be a number',
  mustBeWholeNumber: 'must be a whole number',
  atLeast: 'must be at least {min}',
  atMost: 'must be at most {max}',
  atLeastSeconds: 'must be at least {min} s',
  atMostSeconds: 'must be at most {max} s',
  atLeastMinutes: 'must be at least {min} min',
  atMostMinutes: 'must be at most {max} min',
  mustBeTrueOrFalse: 'must be true or false',
  /** {options} is the list of allowed values as the settings file writes them: "desk", "floor". */
  mustBeOneOf: 'must be one of {options}',
  mustBeActiveOrAll: 'must be "active" or "all"',
  mustBeTimeText: 'must be a string "HH:MM"',
  mustBeTimeOfDay: 'must be "HH:MM" between 00:00 and 24:00',
  dayMustBeNumber: 'days must be numbers 0–6',
  dayMustBeWholeNumber: 'days must be whole numbers 0–6',
  dayOutOfRange: 'days must be 0–6',
  mustBeWeekdays: 'must be a list of weekdays (0 = Sunday … 6 = Saturday)',
  mustNotRepeatDay: 'must not repeat a day',
  appNameMustBeText: 'app names must be text',
  appNameMustNotBeEmpty: 'app names must not be empty',
  appNameTooLong: 'app names must be at most {max} characters',
  mustBeAppList: 'must be a list of app names',
  tooManyApps: 'must list at most {max} apps',
  mustBeObject: 'must be an object',
  /** {example} is a piece of the settings file, such as {"reps": 5}. */
  mustBeObjectLike: 'must be an object like {example}',
  unknownSetting: 'is not a known setting',
  mustBeText: 'must be a string',
  mustBeId: 'must be a kebab-case id',
  mustBeIdList: 'must be a list of ids',
  tooManyIds: 'must list at most {max} ids',
  mustBeOverrides: 'must be an object keyed by exercise id',
  notAnExerciseId: 'is not a valid exercise id',
  notARotationState: 'is not a valid rotation state',
  mustBeShortcutOrEmpty: 'must be a shortcut such as Ctrl+Alt+S, or empty',
  unknownShortcut: 'is not a known shortcut',
  takenByQuickStretch: 'is already the shortcut for quick stretch',
  takenByPauseResume: 'is already the shortcut for pause or resume breaks',
  takenBySkipBreak: 'is already the shortcut for skip the current break',
  mustBeKeysJoinedByPlus: 'must be keys joined by "+", such as Ctrl+Alt+S',
  /** {key} is what the user typed between two "+", such as "Ctrll". */
  notAKey: '"{key}" is not a key Unhunch can use',
  needsAKey: 'needs a key besides Ctrl, Alt, Shift or Super',
  onlyOneKey: 'can have only one key besides Ctrl, Alt, Shift or Super',
  needsModifier:
    'needs Ctrl, Alt or Super (Command or Option on a Mac) with the key, or it would take that key from every app',
  /** A whole sentence, shown at the top of the page; {reason} is the system's error, in English. */
  couldNotSave: 'Could not save settings: {reason}',
} as const;
