/**
 * The user's own content next to the built-in content: one lookup for both, and an own routine turned
 * into the `Routine` the rotation and the player already understand, with what it really takes worked
 * out from its items (as for built-in exercises, micro or long is decided on the real length).
 */
import type { Exercise, Place } from '../exercise-types';
import { exerciseSeconds, findExercise as findBuiltInExercise } from '../exercises';
import {
  findRoutine as findBuiltInRoutine,
  MICRO_BREAK_MAX_SECONDS,
  type BreakKind,
  type Routine,
} from '../routines';
import type { OwnExercise, OwnRoutine, OwnRoutineView } from './types';

export interface OwnContent {
  exercises: readonly OwnExercise[];
  routines: readonly OwnRoutine[];
}

export const NO_OWN_CONTENT: OwnContent = { exercises: [], routines: [] };

/** Built-in first: an own id can never be a built-in one, so the order only saves a search. */
export function findAnyExercise(own: OwnContent, id: string): Exercise | undefined {
  return findBuiltInExercise(id) ?? own.exercises.find((exercise) => exercise.id === id);
}

/** A built-in routine, or an own one as a `Routine`. */
export function findAnyRoutine(own: OwnContent, id: string): Routine | undefined {
  const builtIn = findBuiltInRoutine(id);
  if (builtIn) return builtIn;
  const routine = own.routines.find((candidate) => candidate.id === id);
  return routine && asRoutine(routine, (exerciseId) => findAnyExercise(own, exerciseId));
}

/** Micro or long, by the length as played: the rule the rotation applies to single exercises. */
export const breakKindFor = (seconds: number): BreakKind =>
  seconds <= MICRO_BREAK_MAX_SECONDS ? 'micro' : 'long';

/** What an own routine takes and where, from its items; items whose exercise is gone are listed apart. */
export function describeRoutine(
  routine: OwnRoutine,
  lookup: (id: string) => Exercise | undefined,
): { seconds: number; places: Place[]; missing: string[] } {
  let seconds = 0;
  const missing: string[] = [];
  let places: Place[] | undefined;
  for (const item of routine.items) {
    const exercise = lookup(item.exerciseId);
    if (!exercise) {
      missing.push(item.exerciseId);
      continue;
    }
    seconds += exerciseSeconds(exercise, item);
    // Every item must be doable where the user is, so the routine's places are what all items share.
    places =
      places === undefined ? [...exercise.places] : places.filter((place) => exercise.places.includes(place));
  }
  return { seconds, places: places ?? [], missing };
}

/**
 * An own routine as the rotation and the player read a routine. `places` lists every place any item
 * uses (the rotation checks items one by one; the field is a summary), `breakKinds` is decided on the
 * length, `minutes` is the real length.
 */
export function asRoutine(routine: OwnRoutine, lookup: (id: string) => Exercise | undefined): Routine {
  const { seconds } = describeRoutine(routine, lookup);
  const places = new Set<Place>();
  for (const item of routine.items)
    for (const place of lookup(item.exerciseId)?.places ?? []) places.add(place);
  return {
    id: routine.id,
    name: routine.name,
    summary: routine.summary,
    minutes: Math.round((seconds / 60) * 10) / 10,
    places: [...places],
    breakKinds: [breakKindFor(seconds)],
    items: routine.items,
  };
}

export function routineView(
  routine: OwnRoutine,
  lookup: (id: string) => Exercise | undefined,
): OwnRoutineView {
  const { seconds, places, missing } = describeRoutine(routine, lookup);
  return { ...structuredClone(routine), seconds, breakKind: breakKindFor(seconds), places, missing };
}
