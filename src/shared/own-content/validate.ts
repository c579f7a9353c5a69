/**
 * Checks an own exercise or routine, wherever it comes from: the form as the user types, an IPC call, an
 * import file, the stored file. Hand-written rather than a schema so that every problem is a sentence that
 * names the field, and so that hostile input costs little: only own properties are read, lengths and
 * counts are checked before anything is walked, and nothing is ever copied key by key from the input.
 */
import type {
  BodyPart,
  Exercise,
  ExerciseCategory,
  ExerciseStep,
  Place,
  SkillLevel,
} from '../exercise-types';
import { exerciseSeconds, hasHoldStep, poseIdsInUse } from '../exercises';
import type { RoutineItem } from '../routines';
import { OWN_LIMITS } from './limits';
import { englishChecks, type CheckMessages, type FieldName } from './messages';
import {
  isOwnId,
  type Checked,
  type FieldProblem,
  type OwnExercise,
  type OwnExerciseDraft,
  type OwnKind,
  type OwnRoutine,
  type OwnRoutineDraft,
} from './types';

export const PLACES = ['seated', 'standing', 'wall', 'floor'] as const satisfies readonly Place[];
export const BODY_PARTS = [
  'neck',
  'shoulders',
  'upper-back',
  'lower-back',
  'chest',
  'sides',
  'core',
  'glutes',
] as const satisfies readonly BodyPart[];
export const LEVELS = ['all-levels', 'beginner', 'intermediate'] as const satisfies readonly SkillLevel[];
export const CATEGORIES = [
  'strength',
  'stretch',
  'mobility',
  'posture',
] as const satisfies readonly ExerciseCategory[];
export const TIMINGS = ['hold', 'move', 'rest'] as const;
export const SIDES = ['left', 'right'] as const;

/** Figures a step may show: the pose library's ids, read from the content so no pose is computed here. */
export const POSE_CHOICES: readonly string[] = poseIdsInUse();
const POSES = new Set(POSE_CHOICES);

type Rec = Record<string, unknown>;

/** A plain object only: an array, a Date or a class instance is not read as one. */
export function isPlainObject(value: unknown): value is Rec {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Own properties only: `__proto__`, `constructor` and friends never reach a check through the chain. */
const get = (record: Rec, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

/** Where a sentence is said: on its own, or after "Step 3:". */
type Place_ = ((sentence: string) => string) | undefined;

class Problems {
  readonly list: FieldProblem[] = [];
  constructor(readonly say: CheckMessages = englishChecks) {}
  add(path: string, sentence: string, at: Place_): void {
    this.list.push({ path, message: at ? at(sentence) : this.say.alone(sentence) });
  }
}

const join = (prefix: string, key: string): string => (prefix === '' ? key : `${prefix}.${key}`);

function unknownKeys(
  record: Rec,
  known: readonly string[],
  prefix: string,
  problems: Problems,
  at: Place_,
): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) problems.add(join(prefix, key), problems.say.unknownField(key), at);
  }
}

interface TextRule {
  max: number;
  required: boolean;
}

function text(
  record: Rec,
  key: FieldName,
  rule: TextRule,
  prefix: string,
  problems: Problems,
  at?: Place_,
): string | undefined {
  const value = get(record, key);
  const path = join(prefix, key);
  const label = problems.say.field(key);
  if (value === undefined || value === null) {
    if (rule.required) problems.add(path, problems.say.required(label), at);
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.add(path, problems.say.notText(label), at);
    return undefined;
  }
  // A 10 MB string is refused on its length alone, never trimmed or scanned.
  const trimmed = value.length > rule.max * 2 ? value : value.trim();
  if (trimmed.length > rule.max) {
    problems.add(path, problems.say.tooLong(label, rule.max), at);
    return undefined;
  }
  if (trimmed === '') {
    if (rule.required) problems.add(path, problems.say.empty(label), at);
    return undefined;
  }
  return trimmed;
}

function oneOf<T extends string>(
  record: Rec,
  key: FieldName,
  options: readonly T[],
  prefix: string,
  problems: Problems,
  at?: Place_,
): T | undefined {
  const value = get(record, key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
  problems.add(join(prefix, key), problems.say.notOneOf(problems.say.field(key), options), at);
  return undefined;
}

function list<T extends string>(record: Rec, key: FieldName, options: readonly T[], problems: Problems): T[] {
  const value = get(record, key);
  const label = problems.say.field(key);
  if (value === undefined || value === null) {
    problems.add(key, problems.say.chooseAtLeastOne(label), undefined);
    return [];
  }
  if (!Array.isArray(value)) {
    problems.add(key, problems.say.notAList(label), undefined);
    return [];
  }
  // Longer than the options can be without repeats: refused before looking at any item.
  if (value.length > options.length) {
    problems.add(key, problems.say.notOneOf(label, options), undefined);
    return [];
  }
  const out: T[] = [];
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string' || !(options as readonly string[]).includes(item)) {
      problems.add(`${key}.${index}`, problems.say.notOneOf(label, options), undefined);
    } else if (out.includes(item as T)) {
      problems.add(`${key}.${index}`, problems.say.listedTwice(label, item), undefined);
    } else out.push(item as T);
  });
  if (value.length === 0) problems.add(key, problems.say.chooseAtLeastOne(label), undefined);
  return out;
}

function whole(
  record: Rec,
  key: FieldName,
  min: number,
  max: number,
  required: boolean,
  prefix: string,
  problems: Problems,
  at?: Place_,
  label: string = problems.say.field(key),
): number | undefined {
  const value = get(record, key);
  if (value === undefined || value === null) {
    if (required) problems.add(join(prefix, key), problems.say.required(label), at);
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const sentence =
      key === 'holdSeconds'
        ? problems.say.secondsBetween(label, min, max)
        : problems.say.wholeNumberBetween(label, min, max);
    problems.add(join(prefix, key), sentence, at);
    return undefined;
  }
  return value;
}

function flag(record: Rec, key: FieldName, problems: Problems): boolean {
  const value = get(record, key);
  if (value === undefined) return false;
  if (typeof value !== 'boolean') {
    problems.add(key, problems.say.notYesNo(problems.say.field(key)), undefined);
    return false;
  }
  return value;
}

const STEP_KEYS = ['text', 'holdSeconds', 'timing', 'side', 'pose'];

function step(input: unknown, index: number, problems: Problems): ExerciseStep | undefined {
  const prefix = `steps.${index}`;
  const at = (sentence: string): string => problems.say.atStep(index, sentence);
  if (!isPlainObject(input)) {
    problems.add(prefix, problems.say.notAnObject(problems.say.field('step')), at);
    return undefined;
  }
  const before = problems.list.length;
  unknownKeys(input, STEP_KEYS, prefix, problems, at);
  const stepText = text(
    input,
    'text',
    { max: OWN_LIMITS.stepTextLength, required: true },
    prefix,
    problems,
    at,
  );
  const timing = oneOf(input, 'timing', TIMINGS, prefix, problems, at);
  const holdSeconds = whole(
    input,
    'holdSeconds',
    OWN_LIMITS.stepSecondsMin,
    OWN_LIMITS.stepSecondsMax,
    false,
    prefix,
    problems,
    at,
    problems.say.seconds(timing ?? 'hold'),
  );
  if (timing !== undefined && get(input, 'holdSeconds') === undefined)
    problems.add(join(prefix, 'holdSeconds'), problems.say.timingWithoutSeconds(), at);
  const side = oneOf(input, 'side', SIDES, prefix, problems, at);
  const poseValue = get(input, 'pose');
  let pose: string | undefined;
  if (poseValue !== undefined && poseValue !== null && poseValue !== '') {
    if (typeof poseValue === 'string' && POSES.has(poseValue)) pose = poseValue;
    else
      problems.add(
        join(prefix, 'pose'),
        problems.say.unknownPose(typeof poseValue === 'string' ? poseValue : '?'),
        at,
      );
  }
  if (problems.list.length > before || stepText === undefined) return undefined;
  return {
    text: stepText,
    ...(holdSeconds === undefined ? {} : { holdSeconds, timing: timing ?? 'hold' }),
    ...(side === undefined ? {} : { side }),
    ...(pose === undefined ? {} : { pose }),
  };
}

const sameName = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

/** Whether `name` is among `names`, compared as the user would read them (case and spaces aside). */
export function nameIsTaken(name: string, names: Iterable<string>): boolean {
  for (const other of names) if (sameName(name, other)) return true;
  return false;
}

export interface ExerciseCheckOptions {
  /** Names of every other exercise, built-in and own (not the one being edited). */
  takenNames?: Iterable<string>;
  /** Keys allowed besides the draft's own: `id`, `updatedAt` for stored or imported entries. */
  extraKeys?: readonly string[];
  /** The sentences in the user's language (the form); English when absent. */
  messages?: CheckMessages;
}

const EXERCISE_KEYS = [
  'name',
  'summary',
  'why',
  'level',
  'category',
  'places',
  'bodyParts',
  'caution',
  'easier',
  'reps',
  'steps',
  'offerInBreaks',
];

/** Checks an exercise draft; on success the value is cleaned (trimmed, timings explicit, empties gone). */
export function checkExerciseDraft(
  input: unknown,
  options: ExerciseCheckOptions = {},
): Checked<OwnExerciseDraft> {
  const problems = new Problems(options.messages);
  if (!isPlainObject(input)) {
    problems.add('', problems.say.notAnObject(problems.say.field('exercise')), undefined);
    return { ok: false, problems: problems.list };
  }
  unknownKeys(input, [...EXERCISE_KEYS, ...(options.extraKeys ?? [])], '', problems, undefined);
  const name = text(input, 'name', { max: OWN_LIMITS.nameLength, required: true }, '', problems);
  const summary = text(input, 'summary', { max: OWN_LIMITS.summaryLength, required: true }, '', problems);
  const why = text(input, 'why', { max: OWN_LIMITS.whyLength, required: false }, '', problems);
  const caution = text(input, 'caution', { max: OWN_LIMITS.cautionLength, required: false }, '', problems);
  const easier = text(input, 'easier', { max: OWN_LIMITS.easierLength, required: false }, '', problems);
  const level = oneOf(input, 'level', LEVELS, '', problems);
  const category = oneOf(input, 'category', CATEGORIES, '', problems);
  const places = list(input, 'places', PLACES, problems);
  const bodyParts = list(input, 'bodyParts', BODY_PARTS, problems);
  const reps = whole(input, 'reps', OWN_LIMITS.repsMin, OWN_LIMITS.repsMax, true, '', problems);
  const offerInBreaks = flag(input, 'offerInBreaks', problems);

  const rawSteps = get(input, 'steps');
  const steps: ExerciseStep[] = [];
  if (!Array.isArray(rawSteps)) {
    problems.add(
      'steps',
      rawSteps === undefined ? problems.say.noSteps() : problems.say.notAList(problems.say.field('steps')),
      undefined,
    );
  } else if (rawSteps.length > OWN_LIMITS.steps) {
    // Thousands of steps are refused by their count, before any one is looked at.
    problems.add('steps', problems.say.tooManySteps(OWN_LIMITS.steps), undefined);
  } else if (rawSteps.length === 0) {
    problems.add('steps', problems.say.noSteps(), undefined);
  } else {
    rawSteps.forEach((item: unknown, index) => {
      const checked = step(item, index, problems);
      if (checked) steps.push(checked);
    });
    if (steps.length === rawSteps.length && !steps.some((one) => one.holdSeconds !== undefined))
      problems.add('steps', problems.say.noTimedStep(), undefined);
  }

  if (name !== undefined && options.takenNames !== undefined && nameIsTaken(name, options.takenNames))
    problems.add('name', problems.say.nameTaken('exercise', name), undefined);

  if (problems.list.length > 0 || name === undefined || summary === undefined || reps === undefined)
    return { ok: false, problems: problems.list };

  const draft: OwnExerciseDraft = {
    name,
    summary,
    ...(why === undefined ? {} : { why }),
    level: level ?? 'all-levels',
    ...(category === undefined ? {} : { category }),
    places,
    bodyParts,
    ...(caution === undefined ? {} : { caution }),
    ...(easier === undefined ? {} : { easier }),
    reps,
    steps,
    offerInBreaks,
  };
  const minutes = exerciseSeconds(exerciseOf('own-exercise-check00000', draft, '')) / 60;
  if (minutes > OWN_LIMITS.runMinutesMax) {
    problems.add(
      'reps',
      problems.say.runTooLong('exercise', Math.round(minutes), OWN_LIMITS.runMinutesMax),
      undefined,
    );
    return { ok: false, problems: problems.list };
  }
  return { ok: true, value: draft };
}

/** The stored exercise a checked draft becomes. */
export function exerciseOf(id: string, draft: OwnExerciseDraft, updatedAt: string): OwnExercise {
  return {
    id,
    name: draft.name,
    level: draft.level ?? 'all-levels',
    ...(draft.category === undefined ? {} : { category: draft.category }),
    bodyParts: [...draft.bodyParts],
    summary: draft.summary,
    why: draft.why ?? '',
    places: [...draft.places],
    steps: draft.steps.map((one) => ({ ...one })),
    reps: draft.reps,
    ...(draft.easier === undefined ? {} : { easier: { text: draft.easier } }),
    ...(draft.caution === undefined ? {} : { caution: draft.caution }),
    offerInBreaks: draft.offerInBreaks,
    updatedAt,
  };
}

/** The draft the form starts from when editing (or duplicating) an exercise, built-in or own. */
export function draftOf(exercise: Exercise & { offerInBreaks?: boolean }): OwnExerciseDraft {
  return {
    name: exercise.name,
    summary: exercise.summary,
    ...(exercise.why === '' ? {} : { why: exercise.why }),
    level: exercise.level,
    ...(exercise.category === undefined ? {} : { category: exercise.category }),
    places: [...exercise.places],
    bodyParts: [...exercise.bodyParts],
    ...(exercise.caution === undefined ? {} : { caution: exercise.caution }),
    ...(exercise.easier === undefined ? {} : { easier: exercise.easier.text }),
    reps: exercise.reps,
    steps: exercise.steps.map((one) => ({ ...one })),
    offerInBreaks: exercise.offerInBreaks ?? false,
  };
}

export interface RoutineCheckOptions {
  /** Any exercise a routine may use: built-in or own. */
  findExercise: (id: string) => Exercise | undefined;
  /** Names of every other routine, built-in and own. */
  takenNames?: Iterable<string>;
  extraKeys?: readonly string[];
  messages?: CheckMessages;
  /**
   * Whether the whole run must stay within the limit. A stored routine may have grown past it since it
   * was saved, when an exercise it uses was made longer: it is still the user's and still plays.
   */
  limitRunTime?: boolean;
}

const ROUTINE_KEYS = ['name', 'summary', 'items', 'offerInBreaks'];
const ITEM_KEYS = ['exerciseId', 'reps', 'holdSeconds'];

export function checkRoutineDraft(input: unknown, options: RoutineCheckOptions): Checked<OwnRoutineDraft> {
  const problems = new Problems(options.messages);
  if (!isPlainObject(input)) {
    problems.add('', problems.say.notAnObject(problems.say.field('routine')), undefined);
    return { ok: false, problems: problems.list };
  }
  unknownKeys(input, [...ROUTINE_KEYS, ...(options.extraKeys ?? [])], '', problems, undefined);
  const name = text(input, 'name', { max: OWN_LIMITS.nameLength, required: true }, '', problems);
  const summary = text(input, 'summary', { max: OWN_LIMITS.summaryLength, required: false }, '', problems);
  const offerInBreaks = flag(input, 'offerInBreaks', problems);
  const rawItems = get(input, 'items');
  const items: RoutineItem[] = [];
  let seconds = 0;
  if (!Array.isArray(rawItems)) {
    problems.add(
      'items',
      rawItems === undefined ? problems.say.noItems() : problems.say.notAList(problems.say.field('items')),
      undefined,
    );
  } else if (rawItems.length > OWN_LIMITS.routineItems) {
    problems.add('items', problems.say.tooManyItems(OWN_LIMITS.routineItems), undefined);
  } else if (rawItems.length === 0) {
    problems.add('items', problems.say.noItems(), undefined);
  } else {
    rawItems.forEach((raw: unknown, index) => {
      const prefix = `items.${index}`;
      const at = (sentence: string): string => problems.say.atItem(index, sentence);
      if (!isPlainObject(raw)) {
        problems.add(prefix, problems.say.notAnObject(problems.say.field('item')), at);
        return;
      }
      const before = problems.list.length;
      unknownKeys(raw, ITEM_KEYS, prefix, problems, at);
      const id = get(raw, 'exerciseId');
      let exercise: Exercise | undefined;
      if (typeof id !== 'string' || id === '')
        problems.add(join(prefix, 'exerciseId'), problems.say.required(problems.say.field('exerciseId')), at);
      else if (id.length > 80 || (exercise = options.findExercise(id)) === undefined)
        problems.add(join(prefix, 'exerciseId'), problems.say.unknownExercise(id), at);
      const reps = whole(raw, 'reps', OWN_LIMITS.repsMin, OWN_LIMITS.repsMax, false, prefix, problems, at);
      const holdSeconds = whole(
        raw,
        'holdSeconds',
        OWN_LIMITS.stepSecondsMin,
        OWN_LIMITS.stepSecondsMax,
        false,
        prefix,
        problems,
        at,
        problems.say.seconds('hold'),
      );
      if (problems.list.length > before || exercise === undefined) return;
      // A hold time for an exercise that holds nothing would change nothing as played; it is dropped
      // rather than refused, so editing an own exercise's holds away never breaks the routines using it.
      const holds = holdSeconds !== undefined && hasHoldStep(exercise);
      const item: RoutineItem = {
        exerciseId: exercise.id,
        ...(reps === undefined ? {} : { reps }),
        ...(holds ? { holdSeconds } : {}),
      };
      seconds += exerciseSeconds(exercise, item);
      items.push(item);
    });
  }
  if (name !== undefined && options.takenNames !== undefined && nameIsTaken(name, options.takenNames))
    problems.add('name', problems.say.nameTaken('routine', name), undefined);
  if (problems.list.length === 0 && options.limitRunTime !== false && seconds / 60 > OWN_LIMITS.runMinutesMax)
    problems.add(
      'items',
      problems.say.runTooLong('routine', Math.round(seconds / 60), OWN_LIMITS.runMinutesMax),
      undefined,
    );
  if (problems.list.length > 0 || name === undefined) return { ok: false, problems: problems.list };
  return { ok: true, value: { name, summary: summary ?? '', items, offerInBreaks } };
}

export function routineOf(id: string, draft: OwnRoutineDraft, updatedAt: string): OwnRoutine {
  return {
    id,
    name: draft.name,
    summary: draft.summary,
    items: draft.items.map((item) => ({ ...item })),
    offerInBreaks: draft.offerInBreaks,
    updatedAt,
  };
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/**
 * A stored or exported entry: the draft's fields plus its id (and, stored, `updatedAt`). The id must be
 * an own id of the right kind, so nothing read back can ever shadow a built-in exercise.
 */
/**
 * A stored exercise keeps its easier version as the exercises do (`easier: { text }`); the draft the
 * checks read has it as plain text. Anything else in `easier` is left for the check to refuse.
 */
function asDraft(input: unknown): unknown {
  if (!isPlainObject(input)) return input;
  const easier = get(input, 'easier');
  if (!isPlainObject(easier)) return input;
  const keys = Object.keys(easier);
  const text = get(easier, 'text');
  if (keys.length !== 1 || keys[0] !== 'text' || typeof text !== 'string') return input;
  return { ...input, easier: text };
}

export function checkStoredEntry(
  kind: OwnKind,
  input: unknown,
  options: {
    findExercise: (id: string) => Exercise | undefined;
    withUpdatedAt: boolean;
    messages?: CheckMessages;
  },
): Checked<OwnExercise | OwnRoutine> {
  const extraKeys = options.withUpdatedAt ? ['id', 'updatedAt'] : ['id'];
  const { messages = englishChecks } = options;
  const checked =
    kind === 'exercise'
      ? checkExerciseDraft(asDraft(input), { extraKeys, messages })
      : checkRoutineDraft(input, {
          findExercise: options.findExercise,
          extraKeys,
          messages,
          limitRunTime: false,
        });
  const problems = checked.ok ? [] : [...checked.problems];
  const record = isPlainObject(input) ? input : {};
  const id = get(record, 'id');
  if (typeof id !== 'string' || !isOwnId(id, kind))
    problems.push({ path: 'id', message: messages.alone(messages.badOwnId(kind)) });
  const updatedAt = get(record, 'updatedAt');
  const stamp = typeof updatedAt === 'string' && ISO.test(updatedAt) ? updatedAt : new Date(0).toISOString();
  if (!checked.ok || problems.length > 0) return { ok: false, problems };
  const value =
    kind === 'exercise'
      ? exerciseOf(id as string, checked.value as OwnExerciseDraft, stamp)
      : routineOf(id as string, checked.value as OwnRoutineDraft, stamp);
  return { ok: true, value };
}
