/**
 * Every sentence the own-content checks, the store and the import say, made from the `own` catalogue area
 * in the language of whoever asks (`checkMessagesIn`, `ownMessagesIn`). Messages name the field in plain
 * words and say what would be right; none is a code.
 */
import type { KeyOf, Translate } from '../i18n/catalog';
import { englishText } from '../i18n/english';
import { formatList } from '../i18n/format';
import type { OwnKind } from './types';

/**
 * A name or value quoted back to the user in the language's own quotation marks, cut short so a 10 MB
 * name cannot become a 10 MB message.
 */
export function quote(text: string, t: Translate<'own'>, max = 60): string {
  // Control characters and line breaks would garble a one-line message.
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return t('quoted', { text: flat.length > max ? `${flat.slice(0, max - 1)}…` : flat });
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

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
    listedTwice: (field: string, value: string) => t('listedTwice', { field, value: quote(value, t) }),
    wholeNumberBetween: (field: string, min: number, max: number) =>
      t('wholeNumberBetween', { field, min, max }),
    secondsBetween: (field: string, min: number, max: number) => t('secondsBetween', { field, min, max }),
    notAnObject: (field: string) => t('notAnObject', { field }),
    unknownField: (key: string) => t('unknownField', { key: quote(key, t, 40) }),

    // Whole entries
    tooManySteps: (max: number) => t('tooManySteps', { max }),
    noSteps: () => t('noSteps'),
    noTimedStep: () => t('noTimedStep'),
    timingWithoutSeconds: () => t('timingWithoutSeconds'),
    unknownPose: (pose: string) => t('unknownPose', { pose: quote(pose, t) }),
    runTooLong: (kind: OwnKind, minutes: number, max: number) =>
      t(kind === 'exercise' ? 'runTooLongExercise' : 'runTooLongRoutine', { count: minutes, max }),
    nameTaken: (kind: OwnKind, name: string) =>
      t(kind === 'exercise' ? 'nameTakenExercise' : 'nameTakenRoutine', { name: quote(name, t) }),
    tooManyItems: (max: number) => t('tooManyItems', { max }),
    noItems: () => t('noItems'),
    unknownExercise: (id: string) => t('unknownExercise', { id: quote(id, t) }),
    badOwnId: (kind: OwnKind) => t(kind === 'exercise' ? 'badOwnIdExercise' : 'badOwnIdRoutine'),
  };
}

export type CheckMessages = ReturnType<typeof checkMessagesIn>;

/** The checks' sentences in English: main's answers, the store, the import, the tests. */
export const englishChecks: CheckMessages = checkMessagesIn(englishText('own'));

/**
 * Main's own sentences, the store's and the import's, with the checks' sentences, in one language: main
 * passes its `language.text('own')` and locale, so what it answers the library is in the user's language.
 */
export function ownMessagesIn(t: Translate<'own'>, locale = 'en') {
  const names = (list: readonly string[]) =>
    formatList(
      locale,
      list.map((name) => quote(name, t)),
    );
  return {
    ...checkMessagesIn(t),

    // The store
    limitReached: (kind: OwnKind, max: number) =>
      t(kind === 'exercise' ? 'limitReachedExercise' : 'limitReachedRoutine', { max }),
    notFound: (kind: OwnKind) => t(kind === 'exercise' ? 'notFoundExercise' : 'notFoundRoutine'),
    notOwn: (kind: OwnKind) => t(kind === 'exercise' ? 'notOwnExercise' : 'notOwnRoutine'),
    readOnly: () => t('readOnly'),
    saveFailed: (reason: string) => t('saveFailed', { reason }),
    deleted: (list: readonly string[]) => t('deleted', { names: names(list) }),
    deletedWithRoutines: (exercise: string, routines: readonly string[]) =>
      t('deletedWithRoutines', { name: quote(exercise, t), routines: names(routines) }),
    undoGone: () => t('undoGone'),

    // Import
    fileTooLarge: (maxMegabytes: number) => t('fileTooLarge', { max: maxMegabytes }),
    fileUnreadable: (reason: string) => t('fileUnreadable', { reason }),
    fileNotAFile: () => t('fileNotAFile'),
    notJson: () => t('notJson'),
    notOurFormat: () => t('notOurFormat'),
    newerFormat: (version: number) => t('newerFormat', { version }),
    badVersion: () => t('badVersion'),
    tooManyInFile: (kind: OwnKind, max: number) =>
      t(kind === 'exercise' ? 'tooManyExercisesInFile' : 'tooManyRoutinesInFile', { max }),
    inFileEntry: (kind: OwnKind, index: number, name: string | undefined, sentence: string) =>
      name === undefined
        ? t(kind === 'exercise' ? 'exerciseInFile' : 'routineInFile', { number: index + 1, sentence })
        : t(kind === 'exercise' ? 'exerciseNamedInFile' : 'routineNamedInFile', {
            number: index + 1,
            name: quote(name, t),
            sentence,
          }),
    duplicateIdInFile: (id: string) => t('duplicateIdInFile', { id: quote(id, t, 40) }),
    nameTwiceInFile: (name: string) => t('nameTwiceInFile', { name: quote(name, t) }),
    nothingInFile: () => t('nothingInFile'),
    andMore: (n: number) => t('andMore', { count: n }),
    previewGone: () => t('previewGone'),
    choiceNeeded: (list: readonly string[]) => t('choiceNeeded', { names: names(list) }),
    choiceNotAllowed: (name: string) => t('choiceNotAllowed', { name: quote(name, t) }),
    needsSkipped: (routine: string, exercise: string) =>
      t('needsSkipped', { routine: quote(routine, t), exercise: quote(exercise, t) }),
    importTooMany: (kind: OwnKind, max: number) =>
      t(kind === 'exercise' ? 'importTooManyExercises' : 'importTooManyRoutines', { max }),
    copyOf: (name: string) => t('copyOf', { name }),
    numbered: (name: string, n: number) => t('numbered', { name, number: n }),
    imported: (added: number, replaced: number) =>
      replaced > 0 ? t('importedAndReplaced', { count: added, replaced }) : t('imported', { count: added }),
  };
}

export type OwnMessages = ReturnType<typeof ownMessagesIn>;

/** Main's sentences in English: before a language is known, and in the tests. */
export const ownMessages: OwnMessages = ownMessagesIn(englishText('own'));
