/**
 * Every sentence the own-content checks, the store and the import say, in one table of functions, so the
 * words can move into the i18n catalogues by replacing this table and nothing else. Messages name the
 * field in plain words and say what would be right; none is a code.
 */
import type { KeyOf, Translate } from '../i18n/catalog';
import { englishText } from '../i18n/english';
import type { OwnKind } from './types';

/** A name or value quoted back to the user, cut short so a 10 MB name cannot become a 10 MB message. */
export function quote(text: string, max = 60): string {
  // Control characters and line breaks would garble a one-line message.
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}

const noun: Record<OwnKind, string> = { exercise: 'exercise', routine: 'routine' };
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The fields a check can name, and the catalogue key of each one's name in a sentence. */
const FIELD_KEYS = {
  name: 'fieldName',
  summary: 'fieldSummary',
  why: 'fieldWhy',
  level: 'fieldLevel',
  category: 'fieldCategory',
  places: 'fieldPlaces',
  bodyParts: 'fieldBodyParts',
  caution: 'fieldCaution',
  easier: 'fieldEasier',
  reps: 'fieldReps',
  steps: 'fieldSteps',
  offerInBreaks: 'fieldOfferInBreaks',
  items: 'fieldItems',
  text: 'fieldText',
  holdSeconds: 'fieldHoldSeconds',
  timing: 'fieldTiming',
  side: 'fieldSide',
  pose: 'fieldPose',
  exerciseId: 'fieldExerciseId',
  step: 'fieldStep',
  item: 'fieldItem',
  exercise: 'fieldExercise',
  routine: 'fieldRoutine',
} as const satisfies Record<string, KeyOf<'own'>>;
export type FieldName = keyof typeof FIELD_KEYS;

const SECONDS_KEYS = { hold: 'secondsHold', move: 'secondsMove', rest: 'secondsRest' } as const;

/**
 * The sentences of the checks (`checkExerciseDraft`, `checkRoutineDraft`) in one language: the form
 * passes its window's `text('own')`, so the problems it shows as the user types are in the user's
 * language; main and the tests use English.
 */
export function checkMessagesIn(t: Translate<'own'>) {
  return {
    field: (key: FieldName) => t(FIELD_KEYS[key]),
    seconds: (timing: keyof typeof SECONDS_KEYS) => t(SECONDS_KEYS[timing]),
    // Where a problem is: prefixed to the sentence about the field.
    atStep: (index: number, sentence: string) => t('atStep', { number: index + 1, sentence }),
    atItem: (index: number, sentence: string) => t('atItem', { number: index + 1, sentence }),
    /** A field's sentence on its own, not after "Step 3:". */
    alone: (sentence: string) => capitalise(sentence),

    // Fields
    required: (field: string) => t('required', { field }),
    notText: (field: string) => t('notText', { field }),
    empty: (field: string) => t('empty', { field }),
    tooLong: (field: string, max: number) => t('tooLong', { field, max }),
    notYesNo: (field: string) => t('notYesNo', { field }),
    notOneOf: (field: string, options: readonly string[]) =>
      t('notOneOf', { field, options: options.join(', ') }),
    notAList: (field: string) => t('notAList', { field }),
    chooseAtLeastOne: (field: string) => t('chooseAtLeastOne', { field }),
    listedTwice: (field: string, value: string) => t('listedTwice', { field, value: quote(value) }),
    wholeNumberBetween: (field: string, min: number, max: number) =>
      t('wholeNumberBetween', { field, min, max }),
    secondsBetween: (field: string, min: number, max: number) => t('secondsBetween', { field, min, max }),
    notAnObject: (field: string) => t('notAnObject', { field }),
    unknownField: (key: string) => t('unknownField', { key: quote(key, 40) }),

    // Whole entries
    tooManySteps: (max: number) => t('tooManySteps', { max }),
    noSteps: () => t('noSteps'),
    noTimedStep: () => t('noTimedStep'),
    timingWithoutSeconds: () => t('timingWithoutSeconds'),
    unknownPose: (pose: string) => t('unknownPose', { pose: quote(pose) }),
    runTooLong: (kind: OwnKind, minutes: number, max: number) =>
      t(kind === 'exercise' ? 'runTooLongExercise' : 'runTooLongRoutine', { count: minutes, max }),
    nameTaken: (kind: OwnKind, name: string) =>
      t(kind === 'exercise' ? 'nameTakenExercise' : 'nameTakenRoutine', { name: quote(name) }),
    tooManyItems: (max: number) => t('tooManyItems', { max }),
    noItems: () => t('noItems'),
    unknownExercise: (id: string) => t('unknownExercise', { id: quote(id) }),
    badOwnId: (kind: OwnKind) => t(kind === 'exercise' ? 'badOwnIdExercise' : 'badOwnIdRoutine'),
  };
}

export type CheckMessages = ReturnType<typeof checkMessagesIn>;

/** The checks' sentences in English: main's answers, the store, the import, the tests. */
export const englishChecks: CheckMessages = checkMessagesIn(englishText('own'));

/**
 * Main's own sentences: the store and the import. They are said by main in English (the checks' sentences
 * above are in the catalogue, so the form shows them in the user's language).
 */
export const ownMessages = {
  ...englishChecks,

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
