import type {
  BodyPart,
  Exercise,
  ExerciseCategory,
  ExerciseStep,
  Place,
  SkillLevel,
} from '../../../shared/exercise-types';
import { stepTiming } from '../../../shared/exercises/timing';
import type { RoutineItem } from '../../../shared/routines';
import type { TipKind } from '../../../shared/tips';

// Keyed records rather than arrays, so a new body part or place in the types is a compile error here.
export const bodyPartLabels: Readonly<Record<BodyPart, string>> = {
  neck: 'Neck',
  shoulders: 'Shoulders',
  'upper-back': 'Upper back',
  'lower-back': 'Lower back',
  chest: 'Chest',
  sides: 'Sides',
  core: 'Core',
  glutes: 'Glutes',
};

export const placeLabels: Readonly<Record<Place, string>> = {
  seated: 'Seated',
  standing: 'Standing',
  wall: 'At a wall',
  floor: 'On the floor',
};

export const levelLabels: Readonly<Record<SkillLevel, string>> = {
  'all-levels': 'All levels',
  beginner: 'Beginner',
  intermediate: 'Intermediate',
};

export const categoryLabels: Readonly<Record<ExerciseCategory, string>> = {
  strength: 'Strengthen',
  stretch: 'Stretch',
  mobility: 'Mobility',
  posture: 'Posture',
};

export const tipKindLabels: Readonly<Record<TipKind, string>> = {
  'pain-relief': 'Pain relief',
  activity: 'Staying active',
  posture: 'Posture',
  strength: 'Strength',
  medication: 'Medicine',
};

export interface Option<T extends string> {
  value: T;
  label: string;
}

/** Options for a filter, in the label table's order, limited to values the catalogue actually uses. */
export function optionsInUse<T extends string>(
  labels: Readonly<Record<T, string>>,
  used: Iterable<T>,
): Option<T>[] {
  const present = new Set(used);
  return (Object.keys(labels) as T[])
    .filter((value) => present.has(value))
    .map((value) => ({ value, label: labels[value] }));
}

export function listLabels<T extends string>(
  labels: Readonly<Record<T, string>>,
  values: readonly T[],
): string {
  return values.map((value) => labels[value]).join(', ');
}

/** "About 40 seconds", "About 2 minutes": estimates, so rounded to what a person would say. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `About ${Math.max(5, Math.round(seconds / 5) * 5)} seconds`;
  const minutes = Math.round(seconds / 60);
  return `About ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

export function timesText(count: number): string {
  if (count === 1) return 'once';
  if (count === 2) return 'twice';
  return `${count} times`;
}

/** The short facts shown beside a step: "Hold 5 s", "Right side". */
export function stepFacts(step: ExerciseStep): string[] {
  const facts: string[] = [];
  const timing = stepTiming(step);
  if (timing !== undefined && step.holdSeconds !== undefined) {
    const verb = { hold: 'Hold', move: 'Move for', rest: 'Rest' }[timing];
    facts.push(`${verb} ${step.holdSeconds} s`);
  }
  if (step.side !== undefined) facts.push(step.side === 'left' ? 'Left side' : 'Right side');
  return facts;
}

/** How a routine doses one of its exercises: "5 times", "twice, holding 30 s". */
export function doseText(item: RoutineItem, exercise: Exercise): string {
  const dose = timesText(item.reps ?? exercise.reps);
  return item.holdSeconds === undefined ? dose : `${dose}, holding ${item.holdSeconds} s`;
}

/** The step that shows an exercise best, for its picture: its first held position, else its first drawn step. */
export function keyStep(exercise: Exercise): (ExerciseStep & { pose: string }) | undefined {
  const drawn = exercise.steps.filter(
    (step): step is ExerciseStep & { pose: string } => step.pose !== undefined,
  );
  return drawn.find((step) => stepTiming(step) === 'hold') ?? drawn[0];
}
