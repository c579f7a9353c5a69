import type { Exercise, ExerciseStep, StepTiming } from '../exercise-types';

/**
 * Seconds we allow on top of each step's own time for reading the cue and moving into position.
 * Estimates only: they decide what fits a break, not how the player paces a step.
 */
export const TRANSITION_SECONDS = 2;

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

/** Estimated seconds for one pass through the steps. */
export function repSeconds(exercise: Exercise): number {
  return exercise.steps.reduce((total, step) => total + (step.holdSeconds ?? 0) + TRANSITION_SECONDS, 0);
}

/** Estimated seconds for a full run: every rep, each step's time plus the transition allowance. */
export function exerciseSeconds(exercise: Exercise, override: ExerciseOverride = {}): number {
  const played = applyOverride(exercise, override);
  return repSeconds(played) * played.reps;
}
