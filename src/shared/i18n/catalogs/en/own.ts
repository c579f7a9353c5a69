/**
 * The user's own exercises and routines: the forms, the library's actions on them, the import preview,
 * and the sentences the form's checks say as the user types.
 */
export const own = {
  // ——— Checks. A field's name as it appears inside a sentence ("the name is needed."); the first letter
  // is capitalised when the sentence starts with it.
  fieldName: 'the name',
  fieldSummary: 'the summary',
  fieldWhy: 'why it helps',
  fieldLevel: 'the level',
  fieldCategory: 'the kind of exercise',
  fieldPlaces: 'where it can be done',
  fieldBodyParts: 'what it works on',
  fieldCaution: 'the caution',
  fieldEasier: 'the easier version',
  fieldReps: 'the repetitions',
  fieldSteps: 'the steps',
  fieldOfferInBreaks: '“offer in breaks”',
  fieldItems: 'the exercises',
  fieldText: 'the text',
  fieldHoldSeconds: 'the time',
  fieldTiming: 'what the time is for',
  fieldSide: 'the side',
  fieldPose: 'the figure',
  fieldExerciseId: 'the exercise',
  fieldStep: 'the step',
  fieldItem: 'the item',
  fieldExercise: 'the exercise',
  fieldRoutine: 'the routine',
  /** A step's seconds, by what they are for ("Step 3: the hold must be between 1 and 300 seconds."). */
  secondsHold: 'the hold',
  secondsMove: 'the movement',
  secondsRest: 'the rest',

  /** {number} is the step's number; {sentence} is a problem with it. */
  atStep: 'Step {number}: {sentence}',
  /** {number} is the item's place in the routine; {sentence} is a problem with it. */
  atItem: 'Exercise {number} of the routine: {sentence}',
  /** {field} is one of the field names above. */
  required: '{field} is needed.',
  notText: '{field} must be text.',
  empty: '{field} cannot be empty.',
  tooLong: '{field} can be at most {max} characters long.',
  notYesNo: '{field} must be on or off.',
  /** {options} is a list of the allowed values as stored. */
  notOneOf: '{field} must be one of: {options}.',
  notAList: '{field} must be a list.',
  chooseAtLeastOne: 'choose at least one for {field}.',
  /** {value} comes with its quotation marks. */
  listedTwice: '{field} lists {value} twice.',
  wholeNumberBetween: '{field} must be a whole number from {min} to {max}.',
  secondsBetween: '{field} must be between {min} and {max} seconds.',
  notAnObject: '{field} is not in the expected shape.',
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
} as const;
