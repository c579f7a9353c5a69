import type {
  BodyPart,
  Exercise,
  ExerciseCategory,
  ExerciseStep,
  Place,
  SkillLevel,
} from '../../../shared/exercise-types';
import { stepTiming } from '../../../shared/exercises/timing';
import type { EnglishMessages, KeyOf, Translate } from '../../../shared/i18n/catalog';
import { joinLabels, type ParamsOf } from '../../../shared/i18n/message-format';
import type { RoutineItem } from '../../../shared/routines';
import type { TipKind } from '../../../shared/tips';

type Labels<T extends string> = Readonly<Record<T, string>>;
/** The library's messages that take no placeholders: the labels. */
type PlainKey = {
  [K in KeyOf<'library'>]: ParamsOf<EnglishMessages['library'][K]> extends [] ? K : never;
}[KeyOf<'library'>];
type Keys<T extends string> = Readonly<Record<T, PlainKey>>;

// Keyed records rather than arrays, so a new body part or place in the types is a compile error here.
const bodyPartKeys: Keys<BodyPart> = {
  neck: 'bodyPartNeck',
  shoulders: 'bodyPartShoulders',
  'upper-back': 'bodyPartUpperBack',
  'lower-back': 'bodyPartLowerBack',
  chest: 'bodyPartChest',
  sides: 'bodyPartSides',
  core: 'bodyPartCore',
  glutes: 'bodyPartGlutes',
};

const placeKeys: Keys<Place> = {
  seated: 'placeSeated',
  standing: 'placeStanding',
  wall: 'placeWall',
  floor: 'placeFloor',
};

const levelKeys: Keys<SkillLevel> = {
  'all-levels': 'levelAll',
  beginner: 'levelBeginner',
  intermediate: 'levelIntermediate',
};

const categoryKeys: Keys<ExerciseCategory> = {
  strength: 'categoryStrength',
  stretch: 'categoryStretch',
  mobility: 'categoryMobility',
  posture: 'categoryPosture',
};

const tipKindKeys: Keys<TipKind> = {
  'pain-relief': 'tipPainRelief',
  activity: 'tipActivity',
  posture: 'tipPosture',
  strength: 'tipStrength',
  medication: 'tipMedication',
};

/** Every label of a kind in the language of `t`, in the key table's order. */
function labels<T extends string>(keys: Keys<T>, t: Translate<'library'>): Labels<T> {
  const entries = Object.entries(keys) as [T, PlainKey][];
  return Object.fromEntries(entries.map(([value, key]) => [value, t(key)])) as Labels<T>;
}

export const bodyPartLabels = (t: Translate<'library'>): Labels<BodyPart> => labels(bodyPartKeys, t);
export const placeLabels = (t: Translate<'library'>): Labels<Place> => labels(placeKeys, t);
export const levelLabels = (t: Translate<'library'>): Labels<SkillLevel> => labels(levelKeys, t);
export const categoryLabels = (t: Translate<'library'>): Labels<ExerciseCategory> => labels(categoryKeys, t);
export const tipKindLabels = (t: Translate<'library'>): Labels<TipKind> => labels(tipKindKeys, t);

export interface Option<T extends string> {
  value: T;
  label: string;
}

/** Options for a filter, in the label table's order, limited to values the catalogue actually uses. */
export function optionsInUse<T extends string>(labels: Labels<T>, used: Iterable<T>): Option<T>[] {
  const present = new Set(used);
  return (Object.keys(labels) as T[])
    .filter((value) => present.has(value))
    .map((value) => ({ value, label: labels[value] }));
}

/** "Seated, Standing": a short list of labels, as the locale separates them. */
export function listLabels<T extends string>(
  locale: string,
  labels: Labels<T>,
  values: readonly T[],
): string {
  return joinLabels(
    locale,
    values.map((value) => labels[value]),
  );
}

/** "About 40 seconds", "About 2 minutes": estimates, so rounded to what a person would say. */
export function formatDuration(t: Translate<'library'>, seconds: number): string {
  if (seconds < 60) return t('aboutSeconds', { count: Math.max(5, Math.round(seconds / 5) * 5) });
  return t('aboutMinutes', { count: Math.round(seconds / 60) });
}

export function timesText(t: Translate<'library'>, count: number): string {
  if (count === 1) return t('timesOnce');
  if (count === 2) return t('timesTwice');
  return t('times', { count });
}

/** "Go through these steps twice.": how often an exercise's steps are repeated, as a sentence. */
export function repsText(t: Translate<'library'>, count: number): string {
  if (count === 1) return t('repsOnce');
  if (count === 2) return t('repsTwice');
  return t('reps', { count });
}

/** The short facts shown beside a step: "Hold 5 s", "Right side". */
export function stepFacts(t: Translate<'library'>, step: ExerciseStep): string[] {
  const facts: string[] = [];
  const timing = stepTiming(step);
  if (timing !== undefined && step.holdSeconds !== undefined) {
    const key = ({ hold: 'stepHold', move: 'stepMove', rest: 'stepRest' } as const)[timing];
    facts.push(t(key, { seconds: step.holdSeconds }));
  }
  if (step.side !== undefined) facts.push(step.side === 'left' ? t('stepLeft') : t('stepRight'));
  return facts;
}

/** How a routine doses one of its exercises: "5 times", "twice, holding 30 s". */
export function doseText(t: Translate<'library'>, item: RoutineItem, exercise: Exercise): string {
  const count = item.reps ?? exercise.reps;
  const seconds = item.holdSeconds;
  if (seconds === undefined) return timesText(t, count);
  if (count === 1) return t('timesOnceHolding', { seconds });
  if (count === 2) return t('timesTwiceHolding', { seconds });
  return t('timesHolding', { count, seconds });
}

/** The step that shows an exercise best, for its picture: its first held position, else its first drawn step. */
export function keyStep(exercise: Exercise): (ExerciseStep & { pose: string }) | undefined {
  const drawn = exercise.steps.filter(
    (step): step is ExerciseStep & { pose: string } => step.pose !== undefined,
  );
  return drawn.find((step) => stepTiming(step) === 'hold') ?? drawn[0];
}
