import type { Exercise, Side, StepTiming } from '../../../shared/exercise-types';
import { stepTiming } from '../../../shared/exercises/timing';

/**
 * Seconds the player gives a step that has no time of its own ("get into position"): long enough to read
 * it and move, short enough not to stall the flow.
 */
export const UNTIMED_STEP_SECONDS = 5;

export interface PlannedStep {
  text: string;
  seconds: number;
  /** What the seconds are for; absent for an untimed "get into position" step. */
  timing?: StepTiming;
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
        seconds: step.holdSeconds ?? UNTIMED_STEP_SECONDS,
        ...(stepTiming(step) ? { timing: stepTiming(step) } : {}),
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
