/**
 * Exercise content in other languages. The English lives in the typed records themselves
 * (src/shared/exercises, routines, tips, poses); a translation is a table of texts keyed by the same ids,
 * step for step, so the records stay the one source of doses, poses and structure and a translation can
 * only change words. `tests/unit/i18n/catalogs.test.ts` checks every table against the English.
 */
import type { Exercise } from '../exercise-types';
import type { Pose } from '../poses/pose-types';
import type { Routine } from '../routines';
import type { Tip } from '../tips';

export interface ExerciseText {
  name: string;
  summary: string;
  why: string;
  /** One per step, in the English order. */
  steps: readonly string[];
  easier?: string;
  caution?: string;
}

export interface RoutineText {
  name: string;
  summary: string;
}

export interface TipText {
  title: string;
  body: string;
  points?: readonly string[];
}

export interface PoseText {
  description: string;
  /** One per arrow, in the English order. */
  arrows?: readonly string[];
}

export interface ContentText {
  exercises: Readonly<Record<string, ExerciseText>>;
  routines: Readonly<Record<string, RoutineText>>;
  tips: Readonly<Record<string, TipText>>;
  poses: Readonly<Record<string, PoseText>>;
  safetyAdvice: string;
}

/**
 * The exercise with its words in the given texts (none for English, whose words are the records'). Anything a translation lacks stays English: a user
 * sees a sentence in the wrong language rather than a hole, and the catalog test keeps that from shipping.
 * The user's own exercises have no entry and pass through as they were written.
 */
export function localizeExercise(exercise: Exercise, content: ContentText | undefined): Exercise {
  const text = content?.exercises[exercise.id];
  if (!text) return exercise;
  return {
    ...exercise,
    name: text.name,
    summary: text.summary,
    why: text.why,
    steps: exercise.steps.map((step, index) => ({ ...step, text: text.steps[index] ?? step.text })),
    ...(exercise.easier ? { easier: { text: text.easier ?? exercise.easier.text } } : {}),
    ...(exercise.caution ? { caution: text.caution ?? exercise.caution } : {}),
  };
}

export function localizeRoutine<R extends Routine>(routine: R, content: ContentText | undefined): R {
  const text = content?.routines[routine.id];
  return text ? { ...routine, name: text.name, summary: text.summary } : routine;
}

export function localizeTip(tip: Tip, content: ContentText | undefined): Tip {
  const text = content?.tips[tip.id];
  if (!text) return tip;
  return {
    ...tip,
    title: text.title,
    body: text.body,
    ...(tip.points ? { points: text.points ?? tip.points } : {}),
  };
}

export function localizePose(id: string, pose: Pose, content: ContentText | undefined): Pose {
  const text = content?.poses[id];
  if (!text) return pose;
  return {
    ...pose,
    description: text.description,
    ...(pose.arrows
      ? {
          arrows: pose.arrows.map((arrow, index) => ({
            ...arrow,
            label: text.arrows?.[index] ?? arrow.label,
          })),
        }
      : {}),
  };
}
