/**
 * The user's own exercises and routines: the forms, the library's actions on them, the import preview,
 * and the sentences the form's checks say as the user types.
 */
export const own = {
  /** A name or value quoted inside a message, in this language's quotation marks. */
  quoted: '“{text}”',
  // ——— Checks. A field's name standing before a colon ("name: at most 80 characters."), so it needs no
  // grammatical agreement with the rest; the first letter is capitalised when the message starts with it.
  fieldName: 'name',
  fieldSummary: 'summary',
  fieldWhy: 'why it helps',
  fieldLevel: 'level',
  fieldCategory: 'kind of exercise',
  fieldPlaces: 'where it can be done',
  fieldBodyParts: 'what it works on',
  fieldCaution: 'caution',
  fieldEasier: 'easier version',
  fieldReps: 'repetitions',
  fieldSteps: 'steps',
  fieldOfferInBreaks: '“offer in breaks”',
  fieldItems: 'exercises',
  fieldText: 'text',
  fieldHoldSeconds: 'time',
  fieldTiming: 'what the time is for',
  fieldSide: 'side',
  fieldPose: 'figure',
  fieldExerciseId: 'exercise',
  fieldStep: 'step',
  fieldItem: 'item',
  fieldExercise: 'exercise',
  fieldRoutine: 'routine',
  /** A step's seconds, by what they are for ("Step 3, hold: from 1 to 300 seconds."). */
  secondsHold: 'hold',
  secondsMove: 'movement',
  secondsRest: 'rest',

  /** {number} is the step's number; {sentence} is a problem with it, starting in lower case. */
  atStep: 'Step {number}, {sentence}',
  /** {number} is the item's place in the routine; {sentence} is a problem with it. */
  atItem: 'Exercise {number} of the routine, {sentence}',
  /** {field} is one of the field names above. */
  required: '{field}: this is needed.',
  notText: '{field}: must be text.',
  empty: '{field}: cannot be empty.',
  tooLong: '{field}: at most {max} characters.',
  notYesNo: '{field}: must be on or off.',
  /** {options} is a list of the allowed values as stored. */
  notOneOf: '{field}: must be one of {options}.',
  notAList: '{field}: must be a list.',
  chooseAtLeastOne: '{field}: choose at least one.',
  /** {value} comes with its quotation marks. */
  listedTwice: '{field}: {value} is listed twice.',
  wholeNumberBetween: '{field}: a whole number from {min} to {max}.',
  secondsBetween: '{field}: from {min} to {max} seconds.',
  notAnObject: '{field}: not in the expected shape.',
  /** {key} is a field name from a file, with its quotation marks. */
  unknownField: '{key} is not something Unhunch knows here.',
  tooManySteps: 'An exercise can have at most {max} steps.',
  noSteps: 'An exercise needs at least one step.',
  noTimedStep: 'At least one step needs a time: seconds to hold, to move or to rest.',
  timingWithoutSeconds: 'a step with a timing needs its seconds too.',
  /** {pose} is a figure's id, with its quotation marks. */
  unknownPose: 'the figure {pose} is not in the pose library.',
  runTooLongExercise: {
    one: 'The whole exercise would take about {count} minute; keep it under {max}.',
    other: 'The whole exercise would take about {count} minutes; keep it under {max}.',
  },
  runTooLongRoutine: {
    one: 'The whole routine would take about {count} minute; keep it under {max}.',
    other: 'The whole routine would take about {count} minutes; keep it under {max}.',
  },
  /** {name} comes with its quotation marks. */
  nameTakenExercise: 'There is already an exercise called {name}. Choose another name.',
  nameTakenRoutine: 'There is already a routine called {name}. Choose another name.',
  tooManyItems: 'A routine can have at most {max} exercises.',
  noItems: 'A routine needs at least one exercise.',
  /** {id} comes with its quotation marks. */
  unknownExercise: 'there is no exercise {id}.',
  badOwnIdExercise: 'its id is not the id of an Unhunch exercise.',
  badOwnIdRoutine: 'its id is not the id of an Unhunch routine.',
  // ——— What the store and the import say (main answers the library with these).
  /** {max} is the most Unhunch keeps. */
  limitReachedExercise:
    'You have {max} exercises of your own, the most Unhunch keeps. Delete one to add another.',
  limitReachedRoutine:
    'You have {max} routines of your own, the most Unhunch keeps. Delete one to add another.',
  notFoundExercise: 'That exercise no longer exists; it may have been deleted in another window.',
  notFoundRoutine: 'That routine no longer exists; it may have been deleted in another window.',
  notOwnExercise: 'Only your own exercises can be changed or deleted.',
  notOwnRoutine: 'Only your own routines can be changed or deleted.',
  readOnly: 'Unhunch cannot save your own exercises this session, so nothing was changed.',
  /** {reason} is the system's error code, such as ENOSPC. */
  saveFailed: 'Your exercises could not be saved ({reason}); nothing was changed.',
  /** Beside the Undo button. {names}: a list of names, each with its quotation marks. */
  deleted: 'Deleted {names}.',
  /** {name}: the exercise deleted; {routines}: a list of routine names it was taken out of. Both quoted. */
  deletedWithRoutines: 'Deleted {name}, and took it out of {routines}.',
  undoGone: 'That deletion can no longer be undone.',
  /** {max} is a whole number of megabytes. */
  fileTooLarge: 'The file is larger than {max} MB, which no Unhunch export is, so it was not read.',
  /** {reason} is the system's error code, or "it is not a file". */
  fileUnreadable: 'The file could not be read ({reason}).',
  fileNotAFile: 'it is not a file',
  notJson: 'The file is not an Unhunch export: it is not JSON.',
  notOurFormat: 'The file is not an Unhunch export of exercises and routines.',
  newerFormat:
    'The file was made by a newer version of Unhunch (format {version}). Update Unhunch to import it.',
  badVersion: 'The file’s format version is not a number Unhunch knows.',
  tooManyExercisesInFile: 'The file holds more than {max} exercises.',
  tooManyRoutinesInFile: 'The file holds more than {max} routines.',
  /** {number}: the entry's place in the file; {sentence}: what is wrong with it. */
  exerciseInFile: 'Exercise {number} in the file: {sentence}',
  /** As above; {name} is the entry's name, with its quotation marks. */
  exerciseNamedInFile: 'Exercise {number} ({name}) in the file: {sentence}',
  routineInFile: 'Routine {number} in the file: {sentence}',
  routineNamedInFile: 'Routine {number} ({name}) in the file: {sentence}',
  /** Follows "Exercise 2 in the file:"; {id} is quoted. */
  duplicateIdInFile: 'the id {id} is used twice in the file.',
  /** Follows "Exercise 2 in the file:"; {name} is quoted. */
  nameTwiceInFile: 'the name {name} is used twice in the file.',
  nothingInFile: 'The file holds no exercises or routines.',
  /** After the first ten problems of a file. */
  andMore: { one: '…and {count} more problem.', other: '…and {count} more problems.' },
  previewGone: 'This import is no longer open. Choose the file again.',
  /** {names}: a list of quoted names. */
  choiceNeeded: 'Choose what to do with {names}: replace, keep both, or skip.',
  choiceNotAllowed: '{name} is built in and cannot be replaced; keep both or skip.',
  needsSkipped:
    'The routine {routine} uses {exercise}, which you chose to skip. Import it too, or skip the routine.',
  importTooManyExercises:
    'Importing these would make more than {max} exercises of your own. Skip some, or delete some first.',
  importTooManyRoutines:
    'Importing these would make more than {max} routines of your own. Skip some, or delete some first.',
  /** A copy's name, kept within the name's length limit; {name} is the original's name. */
  copyOf: '{name} (copy)',
  /** A name made unique by a number: "Chin tuck (2)". */
  numbered: '{name} ({number})',
  imported: { one: 'Imported {count} new entry.', other: 'Imported {count} new entries.' },
  importedAndReplaced: {
    one: 'Imported {count} new entry and replaced {replaced}.',
    other: 'Imported {count} new entries and replaced {replaced}.',
  },

  /** The system's save and open dialogs of the user's own exercises and routines: their titles. */
  exportDialogTitle: 'Export exercises',
  importDialogTitle: 'Import exercises',
  /** The file type the dialogs offer. */
  filesFilter: 'Unhunch exercises',

  // ——— The library's section of the user's own exercises and routines.
  ownHeading: 'Your own exercises and routines',
  ownLead:
    'Make exercises and routines of your own, or duplicate one of ours to change it. They show in the lists below, and in breaks when you offer them.',
  newExercise: 'New exercise',
  newRoutine: 'New routine',
  import: 'Import from a file…',
  exportAll: 'Export all of yours…',
  /** A tag on the card of an exercise or routine the user made. */
  yourOwn: 'Your own',
  edit: 'Edit',
  /** Accessible names start with the visible word so voice control finds them; {name} is the entry's name. */
  editNamed: 'Edit: {name}',
  duplicate: 'Duplicate',
  duplicateNamed: 'Duplicate: {name}',
  export: 'Export',
  exportNamed: 'Export: {name}',
  delete: 'Delete',
  deleteNamed: 'Delete: {name}',
  undo: 'Undo',
  restored: 'Undone: it is back.',
  /** {name} is what the user named the exercise or routine. */
  saved: 'Saved “{name}”.',
  /** {path} is where the file was saved. */
  exported: 'Exported to {path}.',
  exportFailed: 'The export failed. Please try again.',
  importFailed: 'The file could not be imported. Please try again.',
  importRefused: 'Nothing was imported, and nothing of yours was changed:',
  loadFailed: 'Your own exercises and routines could not be loaded. Please reopen the library.',
  readOnlyNotice: 'Your own exercises cannot be saved this session, so they cannot be changed now.',
  formNotFound: 'That exercise or routine is not there any more; it may have been deleted.',

  // ——— The forms
  newExerciseTitle: 'New exercise',
  newRoutineTitle: 'New routine',
  /** {name} is the name of the exercise or routine being edited. */
  editTitle: 'Edit “{name}”',
  /** {name} is the name of the exercise or routine being copied. */
  duplicateTitle: 'Duplicate “{name}”',
  formLead: 'Everything is checked as you type. Esc leaves without saving.',
  nameLabel: 'Name',
  nameHint: 'Up to {max} characters, different from every other exercise’s name.',
  routineNameHint: 'Up to {max} characters, different from every other routine’s name.',
  summaryLabel: 'Summary',
  routineSummaryLabel: 'Summary (optional)',
  summaryHint: 'What it is for, in one line: up to {max} characters.',
  whyLabel: 'Why it helps (optional)',
  whyHint: 'Up to {max} characters: what it does, or who suggested it.',
  placesLabel: 'Where it can be done',
  bodyPartsLabel: 'What it works on',
  chooseOneOrMore: 'Choose one or more.',
  cautionLabel: 'Caution (optional)',
  cautionHint: 'Up to {max} characters, shown under “Take care”.',
  easierLabel: 'Easier version (optional)',
  easierHint: 'Up to {max} characters: a gentler way to do it, shown under “Easier version”.',
  levelLabel: 'Skill level',
  levelHint: 'Who it suits; the library’s skill level filter goes by it.',
  categoryLabel: 'Kind of exercise (optional)',
  categoryHint: 'Shown as a tag on its page.',
  /** The category select's choice for no category. */
  categoryNone: 'Not set',
  repsLabel: 'Repetitions',
  repsHint: 'How many times the steps are gone through: a whole number from {min} to {max}.',
  stepsHeading: 'Steps',
  stepsHint: 'Up to {max} steps. At least one needs a time, from {min} to {maxSeconds} seconds.',
  /** {number} is the step's place in the exercise. */
  stepLegend: 'Step {number}',
  stepTextLabel: 'What to do',
  stepTextHint: 'Up to {max} characters.',
  stepSecondsLabel: 'Seconds (optional)',
  stepTimingLabel: 'The time is for',
  timingHold: 'Holding',
  timingMove: 'Moving',
  timingRest: 'Resting',
  stepSideLabel: 'Side',
  sideNone: 'Both, or not one side',
  sideLeft: 'Left side',
  sideRight: 'Right side',
  stepFigureLabel: 'Figure',
  figureNone: 'No figure',
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  /** Accessible names of a step's buttons; start with the visible words. */
  moveUpStep: 'Move up: step {number}',
  moveDownStep: 'Move down: step {number}',
  removeStep: 'Remove: step {number}',
  addStep: 'Add a step',
  /** Read out after a step was added, removed or moved. */
  stepAdded: 'Step {number} added.',
  stepRemoved: 'Step {number} removed.',
  stepMoved: 'Step moved to place {number} of {count}.',
  offerLabel: 'Offer in breaks',
  offerExerciseHint:
    'Breaks may offer it on its own, as a short or a long break by its length. Off, it plays only inside your routines.',
  offerRoutineHint: 'Breaks may offer it, as a short or a long break by its length.',
  save: 'Save',
  cancel: 'Cancel',
  fixProblems: {
    one: 'Please fix {count} problem before saving; it is shown by its field.',
    other: 'Please fix {count} problems before saving; each is shown by its field.',
  },
  itemsHeading: 'Exercises, in the order they play',
  itemsHint: 'Up to {max} exercises, built-in or your own, under {minutes} minutes in all.',
  itemsInOrder: 'Exercises in order',
  /** {name} is an exercise's name. */
  itemRepsLabel: 'Repetitions of {name}',
  itemRepsHint: {
    one: 'Empty plays its own dose, once. Or a whole number from 1 to 30.',
    other: 'Empty plays its own dose, {count} times. Or a whole number from 1 to 30.',
  } /** {name} is an exercise's name. Shown only for exercises with a hold step. */,
  itemHoldLabel: 'Hold seconds of {name}',
  /** {count} is the exercise's own hold (its first one), in seconds. */
  itemHoldHint: {
    one: 'Empty keeps its own hold of {count} second. Or a whole number from {min} to {max}, for every hold.',
    other:
      'Empty keeps its own hold of {count} seconds. Or a whole number from {min} to {max}, for every hold.',
  },

  moveUpNamed: 'Move up: {name}',
  moveDownNamed: 'Move down: {name}',
  removeNamed: 'Remove: {name}',
  exerciseToAdd: 'Exercise to add',
  addToRoutine: 'Add to the routine',
  /** Read out after an exercise was added, removed or moved; {number} is its place. */
  itemAdded: '{name} added, at place {number}.',
  itemRemoved: '{name} removed.',
  itemMoved: '{name} moved to place {number} of {count}.',
  /** {duration} is a length such as "About 3 minutes". */
  routineTotal: 'In all, as played: {duration}',

  // ——— The import preview
  /** {fileName} is the name of the chosen file. */
  importTitle: 'Import from {fileName}',
  importLead: 'Nothing changes until you choose Import. Where something is already there, choose what to do.',
  importExercise: 'Exercise: {name}',
  importRoutine: 'Routine: {name}',
  noConflict: 'New: it will be added.',
  /** {name} is the user's exercise or routine this one would replace. */
  conflictSameEntry: 'You already have this one, as “{name}”.',
  conflictSameName: 'You already have one called “{name}”.',
  conflictBuiltIn: 'Unhunch has one called “{name}”, which cannot be replaced.',
  choiceAdd: 'Add',
  choiceReplace: 'Replace yours',
  choiceKeepBoth: 'Keep both',
  choiceSkip: 'Skip',
  importButton: 'Import',
} as const;
