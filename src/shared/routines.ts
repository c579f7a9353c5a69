import type { Exercise, Place } from './exercise-types';
import { exercises, exerciseSeconds } from './exercises';
import type { ExerciseOverride } from './exercises';

export type BreakKind = 'micro' | 'long';

/**
 * The longest a micro break runs, in seconds; longer is a long break (see `rotation.ts`). Here rather
 * than there so the library can sort the user's routines without the rotation's schemas.
 */
export const MICRO_BREAK_MAX_SECONDS = 60;

/** One exercise inside a routine; `reps` and `holdSeconds` override the exercise's defaults. */
export interface RoutineItem extends ExerciseOverride {
  exerciseId: string;
}

export interface Routine {
  id: string;
  name: string;
  /** What it is for, in one line. */
  summary: string;
  /** Nominal length shown to the user; `routineSeconds` (what really plays) should roughly match it. */
  minutes: number;
  /**
   * Places the routine's exercises use, for display and filtering. The rotation checks each item against
   * where the user is, so this is a summary rather than the rule.
   */
  places: readonly Place[];
  /** Which kinds of break the rotation may offer it for. */
  breakKinds: readonly BreakKind[];
  items: readonly RoutineItem[];
}

export const routines = [
  {
    id: 'desk-micro-break',
    name: 'Desk micro break',
    summary: 'Loosen the shoulders and reset the neck without leaving your chair.',
    minutes: 1,
    places: ['seated', 'standing'],
    breakKinds: ['micro'],
    items: [
      { exerciseId: 'shoulder-shrug-circle', reps: 1 },
      { exerciseId: 'chin-tuck', reps: 2 },
    ],
  },
  {
    id: 'seated-neck-shoulders',
    name: 'Seated neck and shoulders',
    summary: 'A slightly longer chair-friendly sequence for the neck and the top of the back.',
    minutes: 3,
    places: ['seated'],
    breakKinds: ['long'],
    items: [
      { exerciseId: 'posture-check' },
      { exerciseId: 'shoulder-shrug-circle', reps: 2 },
      { exerciseId: 'chin-tuck', reps: 8 },
    ],
  },
  {
    id: 'upper-back-reset',
    name: 'Upper-back reset',
    summary: 'Stand up, open the chest and bring the head back over the shoulders.',
    minutes: 5,
    places: ['standing', 'wall'],
    breakKinds: ['long'],
    items: [
      { exerciseId: 'shoulder-shrug-circle', reps: 3 },
      { exerciseId: 'chin-tuck', reps: 6 },
      // Two full rounds at the longer end of a static stretch, since a long break has the time.
      { exerciseId: 'wall-pec-stretch', reps: 2, holdSeconds: 30 },
    ],
  },
  {
    id: 'core-and-posture',
    name: 'Core and posture',
    summary:
      'Floor work for the deep core and shoulder blades, finished with a posture reset back at the desk.',
    minutes: 10,
    places: ['floor', 'seated'],
    breakKinds: ['long'],
    items: [
      // Mobility first to warm the spine, strength in the middle, a stretch to wind down.
      { exerciseId: 'cat-pose' },
      { exerciseId: 'glute-bridge', reps: 6 },
      { exerciseId: 'bird-dog' },
      { exerciseId: 'plank', reps: 2 },
      { exerciseId: 'scapular-push-up' },
      { exerciseId: 'childs-pose-reach', reps: 1 },
      { exerciseId: 'posture-check' },
    ],
  },
] as const satisfies readonly Routine[];

export function findRoutine(id: string): Routine | undefined {
  return routines.find((routine) => routine.id === id);
}

/**
 * Length of a routine in seconds as the player plays it: each item's steps with their times, after the
 * item's overrides. Throws on an unknown exercise, which is a content bug.
 */
export function routineSeconds(routine: Routine, catalogue: readonly Exercise[] = exercises): number {
  return routine.items.reduce((total, item) => {
    const exercise = catalogue.find((candidate) => candidate.id === item.exerciseId);
    if (exercise === undefined) {
      throw new Error(`Routine "${routine.id}" names unknown exercise "${item.exerciseId}"`);
    }
    return total + exerciseSeconds(exercise, item);
  }, 0);
}
