/** The player window: one exercise or routine played step by step, with a timer and spoken cues. */
export const player = {
  /** Shown when the player window opens without a session to play. */
  nothingToPlay: 'Nothing to play',
  nothingToPlayHint: 'Start a quick stretch from the tray icon, or pick an exercise in the library.',
  close: 'Close',

  /** Above the exercise's name: what kind of session this is. */
  reasonQuick: 'Quick stretch',
  reasonMicro: 'Stretch break',
  reasonLong: 'Long break',
  skipBreak: 'Skip break',

  /** Under the seconds in the timer ring, shown in capitals; keep it to one short word. */
  captionHold: 'Hold',
  captionMove: 'Move',
  captionRest: 'Rest',
  captionPosition: 'Get set',
  captionReady: 'Ready',
  captionPaused: 'Paused',
  /** The timer's name for screen readers; `{caption}` is one of the captions above. */
  timerLabel: { one: '{count} second left, {caption}', other: '{count} seconds left, {caption}' },

  /** `{name}` is the exercise's name, shown in bold. */
  exerciseOf: 'Exercise {number} of {total}: {name}',
  repOf: 'Rep {rep} of {reps}',
  stepOf: 'Step {step} of {steps}',
  leftSide: 'Left side',
  rightSide: 'Right side',

  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  previous: 'Previous',
  next: 'Next',
  postpone: 'Postpone',
  controlsLabel: 'Player controls',
  cuesLabel: 'Cues',
  soundCues: 'Sound cues',
  spokenCues: 'Spoken cues',
  /** Keyboard help under the controls; the key names Space and Esc are as printed on keyboards. */
  keysHint: 'Space: start or pause · ← →: previous or next step',
  keysHintEscClose: 'Space: start or pause · ← →: previous or next step\u00a0· Esc: close',
  keysHintEscSkip: 'Space: start or pause · ← →: previous or next step\u00a0· Esc: skip break',

  /** The scrolling region with the safety advice, the figure and the list of steps. */
  moreLabel: 'Safety and steps',
  /** Before the exercise's caution, in bold. */
  takeCare: 'Take care:',
  allSteps: 'All steps',

  finishedTitle: 'Well done',
  /** `{title}` is the exercise's or routine's name. */
  finishedText: 'You finished {title}. Roll your shoulders, breathe out, and carry on.',
  again: 'Again',
  done: 'Done',

  /** Screen-reader announcements at each step change, read one after another as separate sentences. */
  announceStep: 'Step {step} of {total}.',
  announceExercise: 'Exercise {number} of {total}: {name}.',
  announceRep: 'Repetition {rep} of {reps}.',
  announceLeftSide: 'Left side.',
  announceRightSide: 'Right side.',
  announceHold: { one: 'Hold for {count} second.', other: 'Hold for {count} seconds.' },
  announceSeconds: { one: '{count} second.', other: '{count} seconds.' },
  announcePaused: 'Paused.',
  /** Also spoken aloud when spoken cues are on. */
  announceFinished: 'Finished. Well done.',
  /** Spoken aloud at the start of a hold; `{step}` is the step's instruction, a full sentence. */
  sayHold: '{step} Hold.',

  /** The optional question after a session; the scale runs from `{min}` to `{max}`. */
  painQuestion: 'How is your upper back?',
  painHint: '{min} is no pain, {max} the worst you can imagine. Optional, and kept only on this computer.',
  /** Read by screen readers after the number 0 and 10 on the scale. */
  painNoneSpoken: 'no pain',
  painWorstSpoken: 'worst pain',
  /** Printed under the two ends of the scale; keep them short. */
  painNoneEnd: 'No pain',
  painWorstEnd: 'Worst',
  painSaveFailed: 'Your answer could not be saved. Try again, or skip.',
  painSave: 'Save answer',
  painSkip: 'Skip question',
} as const;
