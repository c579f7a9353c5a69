import type { Exercise } from '../exercise-types';
import { birdDog } from './bird-dog';
import { catPose } from './cat-pose';
import { childsPoseReach } from './childs-pose-reach';
import { chinTuck } from './chin-tuck';
import { gluteBridge } from './glute-bridge';
import { plank } from './plank';
import { postureCheck } from './posture-check';
import { scapularPushUp } from './scapular-push-up';
import { shoulderShrugCircle } from './shoulder-shrug-circle';
import { wallPecStretch } from './wall-pec-stretch';

export {
  applyOverride,
  exerciseSeconds,
  hasHoldStep,
  repSeconds,
  stepSeconds,
  UNTIMED_STEP_SECONDS,
} from './timing';
export type { ExerciseOverride } from './timing';

/** The safe default the rotation falls back to when nothing else is eligible. */
export const FALLBACK_EXERCISE_ID = postureCheck.id;

/** Ordered roughly from "at your desk" to "on the floor", which is also how the library lists them. */
export const exercises: readonly Exercise[] = [
  postureCheck,
  chinTuck,
  shoulderShrugCircle,
  wallPecStretch,
  catPose,
  childsPoseReach,
  scapularPushUp,
  gluteBridge,
  birdDog,
  plank,
];

export function findExercise(id: string): Exercise | undefined {
  return exercises.find((exercise) => exercise.id === id);
}

/** Every figure pose the content refers to, so the pose library can be checked for gaps. */
export function poseIdsInUse(): string[] {
  const ids = new Set<string>();
  for (const exercise of exercises) {
    for (const step of exercise.steps) {
      if (step.pose !== undefined) ids.add(step.pose);
    }
  }
  return [...ids].sort();
}
