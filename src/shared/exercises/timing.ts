import type { Exercise, ExerciseStep, StepTiming } from '../exercise-types';

/**
 * Seconds the player gives a step that has no time of its own ("get into position"): long enough to read
 * it and move, short enough not to stall the flow. Timed steps get exactly their own seconds.
 */
export const UNTIMED_STEP_SECONDS = 5;

/** Per-exercise settings a user (or a routine) may change; absent fields keep the exercise's defaults. */
export interface ExerciseOverride {
  reps?: number;
  /** Replaces the seconds of every `hold` step, leaving movements and rests alone. */
  holdSeconds?: number;
}

export function stepTiming(step: ExerciseStep): StepTiming | undefined {
  if (step.holdSeconds === undefined) return undefined;
  return step.timing ?? 'hold';
}

/** Whether a `holdSeconds` override changes anything: only `hold` steps take it (not moves or rests). */
export function hasHoldStep(exercise: Pick<Exercise, 'steps'>): boolean {
  return exercise.steps.some((step) => stepTiming(step) === 'hold');
}

/** The exercise as it should be played, with an override folded in. Returns a new object. */
export function applyOverride(exercise: Exercise, override: ExerciseOverride = {}): Exercise {
  const { reps, holdSeconds } = override;
  return {
    ...exercise,
    reps: reps ?? exercise.reps,
    steps:
      holdSeconds === undefined
        ? exercise.steps
        : exercise.steps.map((step) => (stepTiming(step) === 'hold' ? { ...step, holdSeconds } : step)),
  };
}

/** The seconds the player gives one step. */
export function stepSeconds(step: ExerciseStep): number {
  return step.holdSeconds ?? UNTIMED_STEP_SECONDS;
}

/** Seconds for one pass through the steps, as the player plays it. */
export function repSeconds(exercise: Exercise): number {
  return exercise.steps.reduce((total, step) => total + stepSeconds(step), 0);
}

/**
 * Seconds for a full run, every rep, exactly as the player paces it: what the library shows, what decides
 * whether something fits a micro break, and what a routine's minutes promise all agree with what plays.
 */
export function exerciseSeconds(exercise: Exercise, override: ExerciseOverride = {}): number {
  const played = applyOverride(exercise, override);
  return repSeconds(played) * played.reps;
}
