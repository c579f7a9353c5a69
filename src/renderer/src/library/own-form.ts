/**
 * The own-content forms' state as plain data: what the inputs hold (numbers as typed, so "1o" can be
 * named as wrong rather than silently dropped), the draft the checks read, reordering, and which input
 * each problem belongs to. Pure, so the rules are unit-tested without a window.
 */
import type {
  BodyPart,
  ExerciseCategory,
  ExerciseStep,
  Place,
  SkillLevel,
} from '../../../shared/exercise-types';
import { OWN_LIMITS } from '../../../shared/own-content/limits';
import type { FieldProblem, OwnExerciseDraft, OwnRoutineDraft } from '../../../shared/own-content';
import type { RoutineItem } from '../../../shared/routines';

export type Timing = 'hold' | 'move' | 'rest';

export interface StepFields {
  /** Stable across reordering, for keyed lists and focus. */
  key: number;
  text: string;
  /** As typed; '' for a step without a time. */
  seconds: string;
  timing: Timing;
  side: '' | 'left' | 'right';
  /** A pose id from POSE_CHOICES, or '' for no figure. */
  pose: string;
}

export interface ExerciseFields {
  name: string;
  summary: string;
  why: string;
  caution: string;
  /** An easier version, in words; '' for none. */
  easier: string;
  level: SkillLevel;
  /** '' when the exercise has no kind (a new one, until the user picks one). */
  category: '' | ExerciseCategory;
  places: Place[];
  bodyParts: BodyPart[];
  reps: string;
  steps: StepFields[];
  offerInBreaks: boolean;
}

export interface ItemFields {
  key: number;
  exerciseId: string;
  /** As typed; '' plays the exercise's own repetitions. */
  reps: string;
  /** As typed; '' plays the exercise's own holds. Only offered for an exercise with a hold step. */
  holdSeconds: string;
}

export interface RoutineFields {
  name: string;
  summary: string;
  items: ItemFields[];
  offerInBreaks: boolean;
}

let lastKey = 0;
/** A key no other row has had in this window. */
export const nextKey = (): number => ++lastKey;

export const emptyStep = (): StepFields => ({
  key: nextKey(),
  text: '',
  seconds: '',
  timing: 'hold',
  side: '',
  pose: '',
});

export const emptyExerciseFields = (): ExerciseFields => ({
  name: '',
  summary: '',
  why: '',
  caution: '',
  easier: '',
  level: 'all-levels',
  category: '',
  places: [],
  bodyParts: [],
  reps: '1',
  steps: [emptyStep()],
  offerInBreaks: true,
});

export function exerciseFieldsOf(draft: OwnExerciseDraft, name = draft.name): ExerciseFields {
  return {
    name,
    summary: draft.summary,
    why: draft.why ?? '',
    caution: draft.caution ?? '',
    easier: draft.easier ?? '',
    level: draft.level ?? 'all-levels',
    category: draft.category ?? '',
    places: [...draft.places],
    bodyParts: [...draft.bodyParts],
    reps: String(draft.reps),
    steps: draft.steps.map((step) => ({
      key: nextKey(),
      text: step.text,
      seconds: step.holdSeconds === undefined ? '' : String(step.holdSeconds),
      timing: step.timing ?? 'hold',
      side: step.side ?? '',
      pose: step.pose ?? '',
    })),
    offerInBreaks: draft.offerInBreaks,
  };
}

/** A number as typed: a whole number becomes one; anything else stays text, so the check names it. */
export function typedNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** What the checks read: the draft's shape, with numbers as typed and a step's timing only with seconds. */
export function exerciseInput(fields: ExerciseFields): Record<string, unknown> {
  const optional = (key: string, value: string) => (value.trim() === '' ? {} : { [key]: value });
  return {
    name: fields.name,
    summary: fields.summary,
    ...optional('why', fields.why),
    ...optional('caution', fields.caution),
    ...optional('easier', fields.easier),
    level: fields.level,
    ...(fields.category === '' ? {} : { category: fields.category }),
    places: [...fields.places],
    bodyParts: [...fields.bodyParts],
    reps: typedNumber(fields.reps),
    steps: fields.steps.map((step) => {
      const seconds = typedNumber(step.seconds);
      return {
        text: step.text,
        ...(seconds === undefined ? {} : { holdSeconds: seconds, timing: step.timing }),
        ...(step.side === '' ? {} : { side: step.side }),
        ...(step.pose === '' ? {} : { pose: step.pose }),
      };
    }),
    offerInBreaks: fields.offerInBreaks,
  };
}

/** A step as the figure preview and the facts read it, whatever is typed so far. */
export function previewStep(step: StepFields): ExerciseStep {
  const seconds = typedNumber(step.seconds);
  return {
    text: step.text,
    ...(typeof seconds === 'number' ? { holdSeconds: seconds, timing: step.timing } : {}),
    ...(step.side === '' ? {} : { side: step.side }),
    ...(step.pose === '' ? {} : { pose: step.pose }),
  };
}

export const emptyRoutineFields = (): RoutineFields => ({
  name: '',
  summary: '',
  items: [],
  offerInBreaks: true,
});

export function routineFieldsOf(draft: OwnRoutineDraft, name = draft.name): RoutineFields {
  return {
    name,
    summary: draft.summary,
    items: draft.items.map((item) => itemFieldsOf(item)),
    offerInBreaks: draft.offerInBreaks,
  };
}

export const itemFieldsOf = (item: RoutineItem): ItemFields => ({
  key: nextKey(),
  exerciseId: item.exerciseId,
  reps: item.reps === undefined ? '' : String(item.reps),
  holdSeconds: item.holdSeconds === undefined ? '' : String(item.holdSeconds),
});

export function routineInput(fields: RoutineFields): Record<string, unknown> {
  return {
    name: fields.name,
    summary: fields.summary,
    items: fields.items.map((item) => {
      const reps = typedNumber(item.reps);
      const holdSeconds = typedNumber(item.holdSeconds);
      return {
        exerciseId: item.exerciseId,
        ...(reps === undefined ? {} : { reps }),
        ...(holdSeconds === undefined ? {} : { holdSeconds }),
      };
    }),
    offerInBreaks: fields.offerInBreaks,
  };
}

const within = (value: number | string | undefined, min: number, max: number): value is number =>
  typeof value === 'number' && value >= min && value <= max;

/** The items as the player would play them, leaving out a dose that is not a valid number yet. */
export function playableItems(fields: RoutineFields): RoutineItem[] {
  return fields.items.map((item) => {
    const reps = typedNumber(item.reps);
    const holdSeconds = typedNumber(item.holdSeconds);
    return {
      exerciseId: item.exerciseId,
      ...(within(reps, OWN_LIMITS.repsMin, OWN_LIMITS.repsMax) ? { reps } : {}),
      ...(within(holdSeconds, OWN_LIMITS.stepSecondsMin, OWN_LIMITS.stepSecondsMax) ? { holdSeconds } : {}),
    };
  });
}

/** A copy of `list` with the entry at `from` moved to `to`; out-of-range moves change nothing. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return copy;
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved as T);
  return copy;
}

/**
 * Problems by the input they belong to: the longest known prefix of the problem's path
 * ("places.2" → "places", "steps.1.holdSeconds" stays); a path no input has goes to '' (the form).
 */
export function problemsByField(
  problems: readonly FieldProblem[],
  known: (path: string) => boolean,
): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    const parts = problem.path === '' ? [] : problem.path.split('.');
    while (parts.length > 0 && !known(parts.join('.'))) parts.pop();
    const field = parts.join('.');
    byField.set(field, [...(byField.get(field) ?? []), problem.message]);
  }
  return byField;
}

const EXERCISE_FIELDS = new Set([
  'name',
  'summary',
  'why',
  'caution',
  'easier',
  'level',
  'category',
  'places',
  'bodyParts',
  'reps',
  'steps',
  'offerInBreaks',
]);
const STEP_FIELDS = new Set(['text', 'holdSeconds', 'timing', 'side', 'pose']);

/** The inputs of the exercise form that a problem can point at. */
export function isExerciseField(path: string): boolean {
  if (EXERCISE_FIELDS.has(path)) return true;
  const match = /^steps\.(\d+)(?:\.(\w+))?$/.exec(path);
  return match !== null && (match[2] === undefined || STEP_FIELDS.has(match[2]));
}

export function isRoutineField(path: string): boolean {
  return (
    ['name', 'summary', 'items', 'offerInBreaks'].includes(path) ||
    /^items\.\d+(?:\.(?:reps|holdSeconds))?$/.test(path)
  );
}

/** An element id for a field path: "steps.1.text" → "own-steps-1-text". */
export const fieldId = (path: string): string => `own-${path === '' ? 'form' : path.replace(/\./g, '-')}`;

/**
 * Whether a key press cancels the form: Esc on its own. Not while an input method is composing
 * (Japanese, Chinese), where Esc cancels the composition, nor when something else already took it.
 */
export function cancelsForm(
  event: Pick<
    KeyboardEvent,
    'key' | 'defaultPrevented' | 'isComposing' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'
  >,
): boolean {
  return (
    event.key === 'Escape' &&
    !event.defaultPrevented &&
    !event.isComposing &&
    !(event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
  );
}

/**
 * The id of the Move button to focus once a row has moved to `to` of `count` rows: the one pressed, or
 * at an end, where that one is now disabled, the other.
 */
export function moveButtonId(rowId: string, to: number, count: number, by: -1 | 1): string {
  const atEnd = to === 0 || to === count - 1;
  const pressed = by < 0 ? 'up' : 'down';
  const other = by < 0 ? 'down' : 'up';
  return `${rowId}-${to}-${atEnd ? other : pressed}`;
}

/** The first input a problem is shown on, for the focus after a failed save. */
export const firstInvalid = (form: ParentNode | undefined): HTMLElement | null | undefined =>
  form?.querySelector<HTMLElement>('[aria-invalid="true"]');
