/** The exercise library: the list with its search and filters, an exercise's detail, routines and tips. */
export const library = {
  /** The window's title; {appName} is the app's name. */
  listDocumentTitle: 'Exercise library · {appName}',
  /** The window's title on an exercise's page; {name} is the exercise's name. */
  detailDocumentTitle: '{name} · {appName}',
  title: 'Exercise library',
  lead: 'Stretches and strengthening moves for the neck and upper back. Open one to see how it is done, or start it straight away.',
  notFound: 'That exercise is not in the library. Here is everything that is.',
  /** {name} is an exercise's or a routine's name. */
  startFailed: '{name} could not be started. Please try again.',

  exercisesHeading: 'Exercises',
  exercisesFound: 'Exercises found',
  /** Read out as the list changes; every exercise is shown. */
  countAll: { one: '{count} exercise', other: '{count} exercises' },
  /** Read out as the list changes; {shown} of the {count} exercises in the library are shown. */
  countSome: { one: '{shown} of {count} exercise', other: '{shown} of {count} exercises' },
  countNone: 'No exercises match',
  /** {query} is what the user typed in the search box. */
  emptyQueryFiltered: 'No exercise is called “{query}” with these filters.',
  emptyQuery: 'No exercise is called “{query}”.',
  emptyFiltered: 'No exercise fits all of these filters.',
  clearFilters: 'Clear search and filters',
  showAll: 'Show all exercises',

  findExercises: 'Find exercises',
  searchLabel: 'Search by name',
  /** An example of a name to type; use an exercise's name in your language. */
  searchPlaceholder: 'For example: chin tuck',
  bodyPartLabel: 'Body part',
  anyBodyPart: 'Any body part',
  levelLabel: 'Skill level',
  anyLevel: 'Any level',
  placeLabel: 'Place',
  anyPlace: 'Anywhere',

  bodyPartNeck: 'Neck',
  bodyPartShoulders: 'Shoulders',
  bodyPartUpperBack: 'Upper back',
  bodyPartLowerBack: 'Lower back',
  bodyPartChest: 'Chest',
  bodyPartSides: 'Sides',
  bodyPartCore: 'Core',
  bodyPartGlutes: 'Glutes',

  placeSeated: 'Seated',
  placeStanding: 'Standing',
  placeWall: 'At a wall',
  placeFloor: 'On the floor',

  levelAll: 'All levels',
  levelBeginner: 'Beginner',
  levelIntermediate: 'Intermediate',

  /** A tag on an exercise: what kind of exercise it is. */
  categoryStrength: 'Strengthen',
  categoryStretch: 'Stretch',
  categoryMobility: 'Mobility',
  categoryPosture: 'Posture',

  /** Above a tip's title: what the tip is about. */
  tipPainRelief: 'Pain relief',
  tipActivity: 'Staying active',
  tipPosture: 'Posture',
  tipStrength: 'Strength',
  tipMedication: 'Medicine',

  /** How long an exercise takes, an estimate rounded to 5 seconds. */
  aboutSeconds: { one: 'About {count} second', other: 'About {count} seconds' },
  aboutMinutes: { one: 'About {count} minute', other: 'About {count} minutes' },

  /** On an exercise's card, before the places it can be done in. */
  cardWhere: 'Where',
  /** On an exercise's card, before the body parts it works on. */
  cardWorksOn: 'Works on',
  /** On an exercise's card, before how long it takes. */
  cardTakes: 'Takes',
  howTo: 'How to do it',
  /** A link's accessible name; starts with the visible "How to do it" so voice control finds it. */
  howToNamed: 'How to do it: {name}',
  start: 'Start',
  /** The Start button's accessible name; keep the visible "Start" first so voice control finds it. */
  startNamed: 'Start {name}',

  routinesHeading: 'Routines',
  routinesLead: 'A few exercises in a row, for a longer break.',
  /** {name} is the routine's name. */
  routineItems: '{name}: exercises in order',
  startRoutine: 'Start routine',
  startRoutineNamed: 'Start routine: {name}',
  /** How often a routine plays one of its exercises. */
  timesOnce: 'once',
  timesTwice: 'twice',
  times: { one: '{count} time', other: '{count} times' },
  /** How often a routine plays one of its exercises, and how long each position is held. */
  timesOnceHolding: 'once, holding {seconds} s',
  timesTwiceHolding: 'twice, holding {seconds} s',
  timesHolding: { one: '{count} time, holding {seconds} s', other: '{count} times, holding {seconds} s' },

  tipsHeading: 'Tips',

  /** The navigation landmark above an exercise's page. */
  detailNav: 'Library',
  backToLibrary: 'Back to the library',
  aboutExercise: 'About this exercise',
  whyHeading: 'Why it helps',
  stepsHeading: 'How to do it',
  repsOnce: 'Go through these steps once.',
  repsTwice: 'Go through these steps twice.',
  reps: { one: 'Go through these steps {count} time.', other: 'Go through these steps {count} times.' },
  personalDose: 'Your own dose, set in Settings.',
  /** Short facts beside a step; "s" is seconds. */
  stepHold: 'Hold {seconds} s',
  stepMove: 'Move for {seconds} s',
  stepRest: 'Rest {seconds} s',
  stepLeft: 'Left side',
  stepRight: 'Right side',
  whereHeading: 'Where you can do it',
  worksOnHeading: 'What it works on',
  easierHeading: 'Easier version',
  cautionHeading: 'Take care',
} as const;
