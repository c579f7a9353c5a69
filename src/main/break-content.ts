import { applyOverride, exercises } from '../shared/exercises';
import type { Translate } from '../shared/i18n/catalog';
import { localizeExercise, localizeRoutine, type ContentText } from '../shared/i18n/content';
import type { ExerciseOverride } from '../shared/exercises/timing';
import type { PlayerSession } from '../shared/ipc-contract';
import { asRoutine, findAnyExercise, NO_OWN_CONTENT, type OwnContent } from '../shared/own-content';
import { routines, type RoutineItem } from '../shared/routines';
import {
  type Catalogue,
  chooseForBreak,
  initialRotationState,
  type RotationReason,
  type RotationState,
  type UserLocation,
} from '../shared/rotation';
import type { BreakKind } from './engine';

/** What a break plays: everything in a player session except its identity and permissions. */
export type BreakContent = Pick<PlayerSession, 'title' | 'items' | 'note'>;

export interface ContentPreferences {
  location: UserLocation;
  favourites: readonly string[];
  notForMe: readonly string[];
  /** The user's own doses: what fits a micro or a long break is judged on what will really play. */
  exerciseOverrides?: Readonly<Record<string, ExerciseOverride>>;
}

export interface RotationMemory {
  load(): RotationState;
  save(state: RotationState): void;
}

/** The words a break is announced with, read at each pick: the current language's. */
export interface BreakContentText {
  notify: Translate<'notify'>;
  /** Exercise and routine names in the current language; none for English, whose are the records'. */
  content: () => ContentText | undefined;
}

/** Why the rotation was not followed as usual, in words; the usual case says nothing. */
const NOTES = {
  'new-cycle': 'rotationNewCycle',
  'no-long-option': 'rotationNoLongOption',
  'everything-excluded': 'rotationEverythingExcluded',
} as const satisfies Record<Exclude<RotationReason, 'rotation'>, string>;

/** Keeps the rotation in memory; the settings store replaces it where rotation should survive restarts. */
export function memoryRotation(): RotationMemory {
  let state = initialRotationState;
  return { load: () => state, save: (next) => void (state = next) };
}

/**
 * Picks what a break plays through the rotation rules (no repeats until the set is used up, favourites
 * more often, "not for me" never) and remembers where the rotation stands.
 */
export function createBreakContentChooser(
  preferences: () => ContentPreferences,
  memory: RotationMemory,
  text: BreakContentText,
  random: () => number = Math.random,
  own: () => OwnContent = () => NO_OWN_CONTENT,
): (kind: BreakKind) => BreakContent {
  return (kind) => {
    const { location, favourites, notForMe, exerciseOverrides = {} } = preferences();
    const result = chooseForBreak({
      breakKind: kind,
      location,
      favourites,
      notForMe,
      state: memory.load(),
      random,
      catalogue: catalogueWithDoses(exerciseOverrides, own()),
    });
    memory.save(result.state);
    const note = result.reason === 'rotation' ? undefined : text.notify(NOTES[result.reason]);
    const { choice } = result;
    const words = text.content();
    const content: BreakContent =
      choice.type === 'exercise'
        ? { title: localizeExercise(choice.exercise, words).name, items: [{ exerciseId: choice.id }] }
        : { title: localizeRoutine(choice.routine, words).name, items: choice.items };
    return note ? { ...content, note } : content;
  };
}

/**
 * Folds the user's own doses into what a session plays. The user's choice wins over a routine's dose:
 * they set it for their body, and a routine's dose is only a sensible default.
 */
export function withUserDoses(
  items: readonly RoutineItem[],
  overrides: Readonly<Record<string, ExerciseOverride>>,
): RoutineItem[] {
  return items.map((item) => ({ ...item, ...overrides[item.exerciseId] }));
}

/**
 * The shipped exercises and routines, and the user's own ones marked "offer in breaks", as the user will
 * play them, their own doses folded in. An own routine's kind of break is decided on its length after
 * those doses, as a single exercise's is.
 */
export function catalogueWithDoses(
  overrides: Readonly<Record<string, ExerciseOverride>>,
  own: OwnContent = NO_OWN_CONTENT,
): Catalogue {
  const dosed = <T extends { id: string } & Parameters<typeof applyOverride>[0]>(exercise: T) =>
    applyOverride(exercise, overrides[exercise.id]);
  const offeredRoutines = own.routines
    .filter((routine) => routine.offerInBreaks)
    .map((routine) =>
      asRoutine({ ...routine, items: withUserDoses(routine.items, overrides) }, (id) =>
        findAnyExercise(own, id),
      ),
    );
  const usedByOffered = new Set(
    offeredRoutines.flatMap((routine) => routine.items.map((item) => item.exerciseId)),
  );
  return {
    exercises: [
      ...exercises.map(dosed),
      ...own.exercises.filter((exercise) => exercise.offerInBreaks).map(dosed),
    ],
    routines: [
      ...routines.map((routine) => ({ ...routine, items: withUserDoses(routine.items, overrides) })),
      ...offeredRoutines,
    ],
    routineOnly: own.exercises
      .filter((exercise) => !exercise.offerInBreaks && usedByOffered.has(exercise.id))
      .map(dosed),
  };
}
