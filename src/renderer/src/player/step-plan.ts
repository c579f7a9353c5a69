import type { Exercise, Side } from '../../../shared/exercise-types';

/**
 * Seconds given to a step that holds nothing ("come back to the start"): long enough to read it and move,
 * short enough not to stall the flow.
 */
export const TRANSITION_SECONDS = 5;

export interface PlannedStep {
  text: string;
  seconds: number;
  /** True where the exercise asks to hold or perform for a time, false for a transition. */
  timed: boolean;
  side?: Side;
  pose?: string;
  /** 1-based repetition and step-within-repetition, for "Rep 2 of 5 · Step 3 of 4". */
  rep: number;
  reps: number;
  stepInRep: number;
  stepsPerRep: number;
}

/** Unrolls an exercise's repetitions into the flat list of steps the player walks through. */
export function planSteps(exercise: Pick<Exercise, 'steps' | 'reps'>): PlannedStep[] {
  const reps = Math.max(1, Math.floor(exercise.reps));
  const plan: PlannedStep[] = [];
  for (let rep = 1; rep <= reps; rep++) {
    exercise.steps.forEach((step, index) => {
      plan.push({
        text: step.text,
        seconds: step.holdSeconds ?? TRANSITION_SECONDS,
        timed: step.holdSeconds !== undefined,
        ...(step.side ? { side: step.side } : {}),
        ...(step.pose ? { pose: step.pose } : {}),
        rep,
        reps,
        stepInRep: index + 1,
        stepsPerRep: exercise.steps.length,
      });
    });
  }
  return plan;
}
