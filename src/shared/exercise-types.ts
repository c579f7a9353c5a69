/**
 * The shape of our exercise content. Exercises are data, not code paths: the player, the library and
 * the break scheduler all read these records and never special-case an exercise by id.
 */

export type SkillLevel = 'all-levels' | 'beginner' | 'intermediate';

export type BodyPart =
  'neck' | 'shoulders' | 'upper-back' | 'lower-back' | 'chest' | 'sides' | 'core' | 'glutes';

/** Where an exercise can be done; the scheduler matches these against where the user works. */
export type Place = 'seated' | 'standing' | 'wall' | 'floor';

export type Side = 'left' | 'right';

/**
 * What a step's seconds mean. Only `hold` steps take a user's per-exercise hold override, so changing
 * "how long do I hold a stretch" never stretches out the short pauses and movements around it.
 */
export type StepTiming = 'hold' | 'move' | 'rest';

/** Broad purpose, so the library can group and the UI can say "stretch" or "strengthen". */
export type ExerciseCategory = 'strength' | 'stretch' | 'mobility' | 'posture';

export interface ExerciseStep {
  /** One instruction, in our own words, short enough to read at arm's length. */
  text: string;
  /** Seconds to hold or perform this step; absent for a plain transition ("come back to the start"). */
  holdSeconds?: number;
  /** How to read `holdSeconds`; when absent and `holdSeconds` is set, the step is a `hold`. */
  timing?: StepTiming;
  /** Which side this step works, where the exercise alternates. */
  side?: Side;
  /** Identifier of the figure pose shown for this step (see src/shared/poses). */
  pose?: string;
}

export interface ExerciseVariant {
  /** What to change, in our own words. */
  text: string;
}

export interface Exercise {
  id: string;
  name: string;
  level: SkillLevel;
  category?: ExerciseCategory;
  bodyParts: readonly BodyPart[];
  /** One line: what it is good for. */
  summary: string;
  /** Why it helps, in a sentence or two. */
  why: string;
  /** Places where it can be done; any one of them suffices. */
  places: readonly Place[];
  /** The steps of one repetition. */
  steps: readonly ExerciseStep[];
  /** How many times to run through the steps. */
  reps: number;
  easier?: ExerciseVariant;
  caution?: string;
}
