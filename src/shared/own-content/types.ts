/**
 * The user's own exercises and routines as typed data. An own exercise is an `Exercise` (the player, the
 * library and the rotation read it like a built-in one) plus whether it takes part in breaks; an own
 * routine lists built-in and own exercises in order with their doses.
 */
import type {
  BodyPart,
  Exercise,
  ExerciseCategory,
  ExerciseStep,
  Place,
  SkillLevel,
} from '../exercise-types';
import type { BreakKind, RoutineItem } from '../routines';

export type OwnKind = 'exercise' | 'routine';

/**
 * Own ids carry their kind, so `unhunch stretch <id>`, history and the rotation can tell an own exercise
 * from an own routine without the store, and no built-in id (none starts with "own-") can ever collide.
 */
export const OWN_ID_PREFIX = 'own-';
export const OWN_ID_PREFIXES: Record<OwnKind, string> = {
  exercise: 'own-exercise-',
  routine: 'own-routine-',
};
/** The random part: 10 characters of [a-z0-9], about 52 bits. */
export const OWN_ID_PATTERNS: Record<OwnKind, RegExp> = {
  exercise: /^own-exercise-[a-z0-9]{10}$/,
  routine: /^own-routine-[a-z0-9]{10}$/,
};

export function isOwnId(id: string, kind?: OwnKind): boolean {
  return kind === undefined
    ? OWN_ID_PATTERNS.exercise.test(id) || OWN_ID_PATTERNS.routine.test(id)
    : OWN_ID_PATTERNS[kind].test(id);
}

/** A fresh id; `random` returns [0, 1) like Math.random (main passes a crypto-backed one). */
export function newOwnId(kind: OwnKind, random: () => number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let tail = '';
  for (let i = 0; i < 10; i++) tail += alphabet[Math.floor(random() * alphabet.length) % alphabet.length];
  return `${OWN_ID_PREFIXES[kind]}${tail}`;
}

/** What the exercise form edits: everything but the id, which main assigns. */
export interface OwnExerciseDraft {
  name: string;
  summary: string;
  /** Why it helps or where it came from ("from my physio, March"); optional, '' when absent. */
  why?: string;
  level?: SkillLevel;
  category?: ExerciseCategory;
  places: readonly Place[];
  bodyParts: readonly BodyPart[];
  caution?: string;
  /** An easier version, in words. */
  easier?: string;
  reps: number;
  /** `pose` is an id from the pose library (`POSE_CHOICES`), or absent for no figure. */
  steps: readonly ExerciseStep[];
  /** Whether the break rotation may offer it (micro or long by its real length). */
  offerInBreaks: boolean;
}

export interface OwnExercise extends Exercise {
  offerInBreaks: boolean;
  /** ISO instant of the last save, for "edited 2 days ago" and for telling two versions apart. */
  updatedAt: string;
}

export interface OwnRoutineDraft {
  name: string;
  summary: string;
  /** Built-in or own exercise ids, in the order they play, each with an optional dose. */
  items: readonly RoutineItem[];
  offerInBreaks: boolean;
}

export interface OwnRoutine extends OwnRoutineDraft {
  id: string;
  updatedAt: string;
}

/** An own routine as the library shows it: what it really takes, worked out from its items. */
export interface OwnRoutineView extends OwnRoutine {
  /** As the player plays it, with the routine's doses (not the user's per-exercise ones). */
  seconds: number;
  /** Which break the rotation would offer it for, decided on `seconds` as for built-in exercises. */
  breakKind: BreakKind;
  /** Places its exercises can all be done in, for the library's filters. */
  places: readonly Place[];
  /** Item exercise ids that no longer exist (should not happen; shown rather than hidden). */
  missing: readonly string[];
}

/** One field's problem, in words for the user; `path` names the field ("steps.2.holdSeconds"). */
export interface FieldProblem {
  path: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** A deletion that can be undone: what went, and the routine items that went with an exercise. */
export interface Deletion {
  id: string;
  at: string;
  exercises: OwnExercise[];
  routines: OwnRoutine[];
  /** Items taken out of routines that stayed, so an undo puts them back where they were. */
  removedItems: { routineId: string; index: number; item: RoutineItem }[];
}

/** What the library and the form receive. */
export interface OwnContentView {
  exercises: OwnExercise[];
  routines: OwnRoutineView[];
  /** Deletions that can be undone, newest first: `restoreOwnContent({ deletionId })`. */
  undo: { deletionId: string; message: string }[];
  /** Changes cannot be saved this session (the file is newer or could not be copied). */
  readOnly: boolean;
  /** One message about a repaired file, shown once; absent when all was well. */
  notice?: string;
}

/** A save from the form: the entry's new id (or the one it had), or every problem found. */
export type OwnSaveResult = { ok: true; id: string } | { ok: false; problems: FieldProblem[] };

/** A deletion: what to say ("Deleted “Neck roll”.") and the id an Undo passes back. */
export type OwnDeleteResult =
  { ok: true; deletionId: string; message: string } | { ok: false; message: string };

export type OwnRestoreResult = { ok: true } | { ok: false; message: string };
