/**
 * Every sentence the own-content checks, the store and the import say, in one table of functions, so the
 * words can move into the i18n catalogues by replacing this table and nothing else. Messages name the
 * field in plain words and say what would be right; none is a code.
 */
import type { OwnKind } from './types';

/** A name or value quoted back to the user, cut short so a 10 MB name cannot become a 10 MB message. */
export function quote(text: string, max = 60): string {
  // Control characters and line breaks would garble a one-line message.
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}

const noun: Record<OwnKind, string> = { exercise: 'exercise', routine: 'routine' };
const aNoun: Record<OwnKind, string> = { exercise: 'an exercise', routine: 'a routine' };
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** How each field is called in a sentence. */
export const FIELD_LABELS = {
  name: 'the name',
  summary: 'the summary',
  why: 'why it helps',
  level: 'the level',
  category: 'the kind of exercise',
  places: 'where it can be done',
  bodyParts: 'what it works on',
  caution: 'the caution',
  easier: 'the easier version',
  reps: 'the repetitions',
  steps: 'the steps',
  offerInBreaks: '“offer in breaks”',
  items: 'the exercises',
  text: 'the text',
  holdSeconds: 'the time',
  timing: 'what the time is for',
  side: 'the side',
  pose: 'the figure',
  exerciseId: 'the exercise',
} as const;
export type FieldName = keyof typeof FIELD_LABELS;

/** What a step's seconds are called, by its timing ("Step 3: the hold must be …"). */
export const SECONDS_LABELS = { hold: 'the hold', move: 'the movement', rest: 'the rest' } as const;

export const ownMessages = {
  // Where a problem is: prefixed to the sentence about the field.
  atStep: (index: number, sentence: string) => `Step ${index + 1}: ${sentence}`,
  atItem: (index: number, sentence: string) => `Exercise ${index + 1} of the routine: ${sentence}`,
  /** A field's sentence on its own, not after "Step 3:". */
  alone: (sentence: string) => capitalise(sentence),

  // Fields
  required: (label: string) => `${label} is needed.`,
  notText: (label: string) => `${label} must be text.`,
  empty: (label: string) => `${label} cannot be empty.`,
  tooLong: (label: string, max: number) => `${label} can be at most ${max} characters long.`,
  notYesNo: (label: string) => `${label} must be on or off.`,
  notOneOf: (label: string, options: readonly string[]) => `${label} must be one of: ${options.join(', ')}.`,
  notAList: (label: string) => `${label} must be a list.`,
  chooseAtLeastOne: (label: string) => `choose at least one for ${label}.`,
  listedTwice: (label: string, value: string) => `${label} lists ${quote(value)} twice.`,
  wholeNumberBetween: (label: string, min: number, max: number) =>
    `${label} must be a whole number from ${min} to ${max}.`,
  secondsBetween: (label: string, min: number, max: number) =>
    `${label} must be between ${min} and ${max} seconds.`,
  notAnObject: (label: string) => `${label} is not in the expected shape.`,
  unknownField: (key: string) => `${quote(key, 40)} is not something Unhunch knows here.`,

  // Whole entries
  tooManySteps: (max: number) => `An exercise can have at most ${max} steps.`,
  noSteps: () => 'An exercise needs at least one step.',
  noTimedStep: () => 'At least one step needs a time: seconds to hold, to move or to rest.',
  timingWithoutSeconds: () => 'a step with a timing needs its seconds too.',
  unknownPose: (pose: string) => `the figure ${quote(pose)} is not in the pose library.`,
  runTooLong: (kind: OwnKind, minutes: number, max: number) =>
    `The whole ${noun[kind]} would take about ${minutes} minutes; keep it under ${max}.`,
  nameTaken: (kind: OwnKind, name: string) =>
    `There is already ${aNoun[kind]} called ${quote(name)}. Choose another name.`,
  tooManyItems: (max: number) => `A routine can have at most ${max} exercises.`,
  noItems: () => 'A routine needs at least one exercise.',
  unknownExercise: (id: string) => `there is no exercise ${quote(id)}.`,

  // The store
  limitReached: (kind: OwnKind, max: number) =>
    `You have ${max} ${noun[kind]}s of your own, the most Unhunch keeps. Delete one to add another.`,
  notFound: (kind: OwnKind) =>
    `That ${noun[kind]} no longer exists; it may have been deleted in another window.`,
  notOwn: (kind: OwnKind) => `Only your own ${noun[kind]}s can be changed or deleted.`,
  readOnly: () => 'Unhunch cannot save your own exercises this session, so nothing was changed.',
  saveFailed: (reason: string) => `Your exercises could not be saved (${reason}); nothing was changed.`,
  deleted: (names: readonly string[]) =>
    names.length === 1
      ? `Deleted ${quote(names[0]!)}.`
      : `Deleted ${names.map((name) => quote(name)).join(', ')}.`,
  deletedWithRoutines: (exercise: string, routines: readonly string[]) =>
    `Deleted ${quote(exercise)}, and took it out of ${routines.map((name) => quote(name)).join(', ')}.`,
  undoGone: () => 'That deletion can no longer be undone.',

  // Repairs at load, in the one notice
  repaired: (setAside: number, fixed: number) => {
    const parts: string[] = [];
    if (setAside > 0)
      parts.push(
        `${plural(setAside, 'of your own exercises or routines was', 'of your own exercises or routines were')} damaged and set aside`,
      );
    if (fixed > 0) parts.push(`${plural(fixed, 'other problem was', 'other problems were')} repaired`);
    return `In your own exercises, ${parts.join(', and ')}.`;
  },

  // Import
  fileTooLarge: (maxMegabytes: number) =>
    `The file is larger than ${maxMegabytes} MB, which no Unhunch export is, so it was not read.`,
  fileUnreadable: (reason: string) => `The file could not be read (${reason}).`,
  notJson: () => 'The file is not an Unhunch export: it is not JSON.',
  notOurFormat: () => 'The file is not an Unhunch export of exercises and routines.',
  newerFormat: (version: number) =>
    `The file was made by a newer version of Unhunch (format ${version}). Update Unhunch to import it.`,
  badVersion: () => 'The file’s format version is not a number Unhunch knows.',
  tooManyInFile: (kind: OwnKind, max: number) => `The file holds more than ${max} ${noun[kind]}s.`,
  inFileEntry: (kind: OwnKind, index: number, name: string | undefined, sentence: string) =>
    `${capitalise(noun[kind])} ${index + 1}${name === undefined ? '' : ` (${quote(name)})`} in the file: ${sentence}`,
  duplicateIdInFile: (id: string) => `the id ${quote(id, 40)} is used twice in the file.`,
  badOwnId: (kind: OwnKind) => `its id is not the id of an Unhunch ${noun[kind]}.`,
  nameTwiceInFile: (name: string) => `the name ${quote(name)} is used twice in the file.`,
  nothingInFile: () => 'The file holds no exercises or routines.',
  andMore: (n: number) => `…and ${plural(n, 'more problem', 'more problems')}.`,
  previewGone: () => 'This import is no longer open. Choose the file again.',
  choiceNeeded: (names: readonly string[]) =>
    `Choose what to do with ${names.map((name) => quote(name)).join(', ')}: replace, keep both, or skip.`,
  choiceNotAllowed: (name: string) => `${quote(name)} is built in and cannot be replaced; keep both or skip.`,
  needsSkipped: (routine: string, exercise: string) =>
    `The routine ${quote(routine)} uses ${quote(exercise)}, which you chose to skip. Import it too, or skip the routine.`,
  importTooMany: (kind: OwnKind, max: number) =>
    `Importing these would make more than ${max} ${noun[kind]}s of your own. Skip some, or delete some first.`,
  copyOf: (name: string) => `${name} (copy)`,
  numbered: (name: string, n: number) => `${name} (${n})`,
  imported: (added: number, replaced: number) =>
    `Imported ${plural(added, 'new entry', 'new entries')}${replaced > 0 ? ` and replaced ${replaced}` : ''}.`,
} as const;

export type OwnMessages = typeof ownMessages;
