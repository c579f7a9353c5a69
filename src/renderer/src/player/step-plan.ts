import type { Exercise, ExerciseStep, Side, StepTiming } from '../../../shared/exercise-types';
import { applyOverride, findExercise, stepSeconds } from '../../../shared/exercises';
import { stepTiming } from '../../../shared/exercises/timing';
import { localizeExercise, localizeRoutine, type ContentText } from '../../../shared/i18n/content';
import type { PlayerSession } from '../../../shared/ipc-contract';
import { routines, type RoutineItem } from '../../../shared/routines';

export interface PlannedStep {
  text: string;
  seconds: number;
  /** What the seconds are for; absent for an untimed "get into position" step. */
  timing?: StepTiming;
  side?: Side;
  pose?: string;
  /** The step as the exercise data gives it (dose applied), for the figure's description. */
  source: ExerciseStep;
  /** The exercise this step belongs to, as played (overrides applied). */
  exercise: Exercise;
  /** 1-based position of that exercise in the session, and how many there are. */
  exerciseNumber: number;
  exerciseCount: number;
  /** 1-based repetition and step-within-repetition, for "Rep 2 of 5 · Step 3 of 4". */
  rep: number;
  reps: number;
  stepInRep: number;
  stepsPerRep: number;
}

/** Unrolls one exercise's repetitions into the flat list of steps the player walks through. */
function planExercise(exercise: Exercise, exerciseNumber: number, exerciseCount: number): PlannedStep[] {
  const reps = Math.max(1, Math.floor(exercise.reps));
  const plan: PlannedStep[] = [];
  for (let rep = 1; rep <= reps; rep++) {
    exercise.steps.forEach((step, index) => {
      const timing = stepTiming(step);
      plan.push({
        text: step.text,
        seconds: stepSeconds(step),
        ...(timing ? { timing } : {}),
        ...(step.side ? { side: step.side } : {}),
        ...(step.pose ? { pose: step.pose } : {}),
        source: step,
        exercise,
        exerciseNumber,
        exerciseCount,
        rep,
        reps,
        stepInRep: index + 1,
        stepsPerRep: exercise.steps.length,
      });
    });
  }
  return plan;
}

/** Finds a session's exercises: the user's own from the session's snapshots, built-in ones by id. */
export function sessionLookup(session: {
  ownExercises?: readonly Exercise[];
}): (id: string) => Exercise | undefined {
  const own = session.ownExercises ?? [];
  return (id) => findExercise(id) ?? own.find((exercise) => exercise.id === id);
}

/**
 * The steps of a whole session: each item's exercise with its dose applied, one after another. An item
 * naming an exercise this build does not have is left out rather than breaking the session.
 */
export function planSession(
  items: readonly RoutineItem[],
  lookup: (id: string) => Exercise | undefined = findExercise,
): PlannedStep[] {
  const played = items.flatMap((item) => {
    const exercise = lookup(item.exerciseId);
    return exercise ? [applyOverride(exercise, item)] : [];
  });
  return played.flatMap((exercise, index) => planExercise(exercise, index + 1, played.length));
}

/**
 * Looks an item's exercise up in the window's language: a built-in one through the texts, the user's own
 * (which the session carries as it was when the session started) as its author wrote it.
 */
export const localizedLookup = (
  session: { ownExercises?: readonly Exercise[] },
  content: ContentText | undefined,
): ((id: string) => Exercise | undefined) => {
  const lookup = sessionLookup(session);
  return (id) => {
    const exercise = lookup(id);
    return exercise && localizeExercise(exercise, content);
  };
};

/** The steps a session plays, in the words of the given texts (none for English). */
export const sessionPlan = (session: PlayerSession, content: ContentText | undefined): PlannedStep[] =>
  planSession(session.items, localizedLookup(session, content));

/**
 * The session's name in the window's language. Main names a session in its own language when the
 * session starts; a single built-in exercise, or a built-in routine (its exercises in its order), is
 * named from the texts instead, so the player follows a language change. Anything else keeps main's title.
 */
export function sessionTitle(
  session: Pick<PlayerSession, 'title' | 'items' | 'ownExercises'>,
  content: ContentText | undefined,
): string {
  const ids = session.items.map((item) => item.exerciseId);
  if (ids.length === 1) return localizedLookup(session, content)(ids[0]!)?.name ?? session.title;
  const routine = routines.find(
    (candidate) =>
      candidate.items.length === ids.length && candidate.items.every((item, i) => item.exerciseId === ids[i]),
  );
  return routine ? localizeRoutine(routine, content).name : session.title;
}
