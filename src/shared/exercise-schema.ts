/**
 * Runtime schemas for our content, shared by the tests (which validate every shipped record) and the app
 * (which can validate anything read back from storage or edited by a user).
 */
import * as v from 'valibot';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const POSE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longer than any sensible hold at a desk; anything above is almost certainly a typo. */
export const MAX_STEP_SECONDS = 120;
export const MAX_REPS = 30;

const Id = v.pipe(v.string(), v.regex(ID_PATTERN, 'ids are kebab-case'));
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('text must not be empty'));
const Seconds = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_STEP_SECONDS));
const Reps = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_REPS));

export const PlaceSchema = v.picklist(['seated', 'standing', 'wall', 'floor']);
export const BodyPartSchema = v.picklist([
  'neck',
  'shoulders',
  'upper-back',
  'lower-back',
  'chest',
  'sides',
  'core',
  'glutes',
]);

export const ExerciseStepSchema = v.strictObject({
  text: Text,
  holdSeconds: v.optional(Seconds),
  timing: v.optional(v.picklist(['hold', 'move', 'rest'])),
  side: v.optional(v.picklist(['left', 'right'])),
  pose: v.optional(v.pipe(v.string(), v.regex(POSE_PATTERN, 'poses are <exercise-id>/<pose-name>'))),
});

export const ExerciseSchema = v.pipe(
  v.strictObject({
    id: Id,
    name: Text,
    level: v.picklist(['all-levels', 'beginner', 'intermediate']),
    category: v.optional(v.picklist(['strength', 'stretch', 'mobility', 'posture'])),
    bodyParts: v.pipe(v.array(BodyPartSchema), v.nonEmpty()),
    summary: Text,
    why: Text,
    places: v.pipe(v.array(PlaceSchema), v.nonEmpty()),
    steps: v.pipe(v.array(ExerciseStepSchema), v.nonEmpty()),
    reps: Reps,
    easier: v.optional(v.strictObject({ text: Text })),
    caution: v.optional(Text),
  }),
  v.check(
    (exercise) => exercise.steps.every((step) => step.pose?.startsWith(`${exercise.id}/`) === true),
    'every step needs a pose named after its exercise',
  ),
  v.check(
    (exercise) => exercise.steps.every((step) => step.timing === undefined || step.holdSeconds !== undefined),
    'a step with a timing needs holdSeconds',
  ),
  v.check(
    (exercise) => exercise.steps.some((step) => step.holdSeconds !== undefined),
    'an exercise needs at least one timed step',
  ),
);

export const TipSchema = v.strictObject({
  id: Id,
  title: Text,
  body: Text,
  kind: v.picklist(['pain-relief', 'activity', 'posture', 'strength', 'medication']),
  points: v.optional(v.pipe(v.array(Text), v.nonEmpty())),
});

export const RoutineItemSchema = v.strictObject({
  exerciseId: Id,
  reps: v.optional(Reps),
  holdSeconds: v.optional(Seconds),
});

export const RoutineSchema = v.strictObject({
  id: Id,
  name: Text,
  summary: Text,
  minutes: v.pipe(v.number(), v.minValue(0.5), v.maxValue(60)),
  places: v.pipe(v.array(PlaceSchema), v.nonEmpty()),
  breakKinds: v.pipe(v.array(v.picklist(['micro', 'long'])), v.nonEmpty()),
  items: v.pipe(v.array(RoutineItemSchema), v.nonEmpty()),
});
