/**
 * The stored own-content document (own-content.json): the user's own exercises and routines and the
 * deletions that can still be undone, checked entry by entry so a damaged entry costs only itself. A
 * damaged entry is left out (and stays in the copy `loadDocument` keeps of the file); a routine loses only
 * the items whose exercise is gone; a duplicated name is renamed.
 */
import type { NoticeWords } from './load-document';
import { exercises as builtInExercises, findExercise as findBuiltInExercise } from '../../shared/exercises';
import {
  checkStoredEntry,
  isPlainObject,
  OWN_LIMITS,
  uniqueName,
  type Deletion,
  type OwnExercise,
  type OwnRoutine,
} from '../../shared/own-content';
import type { Exercise } from '../../shared/exercise-types';
import { routines as builtInRoutines } from '../../shared/routines';
import type { SettingsProblem } from '../../shared/settings';
import { currentVersion, OWN_CONTENT_MIGRATIONS } from './migrations';
import { joinSentences } from '../../shared/i18n/message-format';

export const OWN_CONTENT_SCHEMA_VERSION = currentVersion(OWN_CONTENT_MIGRATIONS);

export interface OwnContentDocument {
  schemaVersion: number;
  exercises: OwnExercise[];
  routines: OwnRoutine[];
  /** Newest last; at most `OWN_LIMITS.undoableDeletions`. */
  trash: Deletion[];
}

export function defaultOwnContentDocument(): OwnContentDocument {
  return { schemaVersion: OWN_CONTENT_SCHEMA_VERSION, exercises: [], routines: [], trash: [] };
}

export const DELETION_ID_PATTERN = /^deletion-[a-z0-9]{10}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const KNOWN = ['schemaVersion', 'exercises', 'routines', 'trash'];

/** Whether a problem set a whole entry aside (its path is the entry's own), for the notice's count. */
export const setsEntryAside = (problem: SettingsProblem): boolean =>
  /^(exercises|routines)\.\d+$/.test(problem.path);

const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;

function listAt(
  source: Record<string, unknown>,
  key: string,
  max: number,
  problems: SettingsProblem[],
): unknown[] {
  const value = own(source, key);
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ path: key, message: 'must be a list' });
    return [];
  }
  if (value.length > max) {
    problems.push({ path: key, message: `holds more than ${max}; the rest were left out` });
    return value.slice(0, max);
  }
  return value;
}

/**
 * A routine read back with the items whose exercise no longer exists taken out, so that one damaged
 * exercise does not cost every routine that used it. The copy is made with spread, which defines keys
 * (an own "__proto__" stays a key and is then named as unknown), never assigns them.
 */
function withoutMissingItems(
  raw: unknown,
  exists: (id: string) => boolean,
  path: string,
  problems: SettingsProblem[],
): unknown {
  if (!isPlainObject(raw)) return raw;
  const items = own(raw, 'items');
  if (!Array.isArray(items) || items.length > OWN_LIMITS.routineItems) return raw;
  const kept = items.filter((item: unknown, index) => {
    const id = isPlainObject(item) ? own(item, 'exerciseId') : undefined;
    if (typeof id !== 'string' || exists(id)) return true;
    problems.push({ path: `${path}.items.${index}`, message: 'names an exercise that no longer exists' });
    return false;
  });
  return kept.length === items.length ? raw : { ...raw, items: kept };
}

function checkDeletion(raw: unknown, stored: (id: string) => Exercise | undefined): Deletion | undefined {
  if (!isPlainObject(raw)) return undefined;
  const id = own(raw, 'id');
  const at = own(raw, 'at');
  const exercises = own(raw, 'exercises');
  const routines = own(raw, 'routines');
  const removed = own(raw, 'removedItems');
  if (typeof id !== 'string' || !DELETION_ID_PATTERN.test(id) || typeof at !== 'string' || !ISO.test(at))
    return undefined;
  if (!Array.isArray(exercises) || !Array.isArray(routines) || !Array.isArray(removed)) return undefined;
  if (exercises.length > OWN_LIMITS.exercises || routines.length > OWN_LIMITS.routines) return undefined;
  if (removed.length > OWN_LIMITS.routines) return undefined;
  const outExercises: OwnExercise[] = [];
  for (const entry of exercises) {
    const checked = checkStoredEntry('exercise', entry, {
      findExercise: () => undefined,
      withUpdatedAt: true,
    });
    if (!checked.ok) return undefined;
    outExercises.push(checked.value as OwnExercise);
  }
  // A deleted routine may use exercises deleted with it, still here, or since gone for good.
  const lookup = (exerciseId: string): Exercise | undefined =>
    stored(exerciseId) ?? outExercises.find((exercise) => exercise.id === exerciseId);
  const outRoutines: OwnRoutine[] = [];
  for (const entry of routines) {
    const checked = checkStoredEntry('routine', entry, { findExercise: lookup, withUpdatedAt: true });
    if (!checked.ok) return undefined;
    outRoutines.push(checked.value as OwnRoutine);
  }
  const removedItems: Deletion['removedItems'] = [];
  for (const entry of removed) {
    if (!isPlainObject(entry)) return undefined;
    const routineId = own(entry, 'routineId');
    const index = own(entry, 'index');
    const item = own(entry, 'item');
    if (typeof routineId !== 'string' || typeof index !== 'number' || !Number.isInteger(index) || index < 0)
      return undefined;
    if (!isPlainObject(item) || typeof own(item, 'exerciseId') !== 'string') return undefined;
    const dose = (key: 'reps' | 'holdSeconds', max: number): number | undefined => {
      const value = own(item, key);
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max
        ? value
        : undefined;
    };
    const reps = dose('reps', OWN_LIMITS.repsMax);
    const holdSeconds = dose('holdSeconds', OWN_LIMITS.stepSecondsMax);
    removedItems.push({
      routineId,
      index,
      item: {
        exerciseId: own(item, 'exerciseId') as string,
        ...(reps === undefined ? {} : { reps }),
        ...(holdSeconds === undefined ? {} : { holdSeconds }),
      },
    });
  }
  return { id, at, exercises: outExercises, routines: outRoutines, removedItems };
}

/** Expects a migrated document; every entry stands or falls alone. */
export function normalizeOwnContent(input: unknown): {
  document: OwnContentDocument;
  problems: SettingsProblem[];
} {
  const problems: SettingsProblem[] = [];
  if (!isPlainObject(input)) problems.push({ path: '', message: 'must be an object' });
  const source = isPlainObject(input) ? input : {};
  for (const key of Object.keys(source))
    if (!KNOWN.includes(key)) problems.push({ path: key, message: 'is not a known field' });

  const setAside = (path: string, messages: readonly { message: string }[]): void => {
    problems.push({ path, message: `set aside: ${messages[0]?.message ?? 'unreadable'}` });
  };

  const exercises: OwnExercise[] = [];
  listAt(source, 'exercises', OWN_LIMITS.exercises, problems).forEach((raw, index) => {
    const path = `exercises.${index}`;
    const checked = checkStoredEntry('exercise', raw, { findExercise: () => undefined, withUpdatedAt: true });
    if (!checked.ok) return setAside(path, checked.problems);
    const exercise = checked.value as OwnExercise;
    if (exercises.some((other) => other.id === exercise.id))
      return setAside(path, [{ message: 'its id is used twice' }]);
    const name = uniqueName(
      exercise.name,
      [...builtInExercises, ...exercises].map((other) => other.name),
    );
    if (name !== exercise.name)
      problems.push({ path: `${path}.name`, message: `was renamed to ${name}: the name was taken` });
    exercises.push({ ...exercise, name });
  });

  const exerciseExists = (id: string): boolean =>
    findBuiltInExercise(id) !== undefined || exercises.some((exercise) => exercise.id === id);
  const lookup = (id: string) => findBuiltInExercise(id) ?? exercises.find((exercise) => exercise.id === id);
  const routines: OwnRoutine[] = [];
  listAt(source, 'routines', OWN_LIMITS.routines, problems).forEach((raw, index) => {
    const path = `routines.${index}`;
    const repaired = withoutMissingItems(raw, exerciseExists, path, problems);
    const checked = checkStoredEntry('routine', repaired, { findExercise: lookup, withUpdatedAt: true });
    if (!checked.ok) return setAside(path, checked.problems);
    const routine = checked.value as OwnRoutine;
    if (routines.some((other) => other.id === routine.id))
      return setAside(path, [{ message: 'its id is used twice' }]);
    const name = uniqueName(
      routine.name,
      [...builtInRoutines, ...routines].map((other) => other.name),
    );
    if (name !== routine.name)
      problems.push({ path: `${path}.name`, message: `was renamed to ${name}: the name was taken` });
    routines.push({ ...routine, name });
  });

  const trash: Deletion[] = [];
  const all = listAt(source, 'trash', Number.MAX_SAFE_INTEGER, problems);
  const firstKept = Math.max(0, all.length - OWN_LIMITS.undoableDeletions);
  // A deleted routine may use an exercise deleted later, in another entry of the undo list.
  const trashed = all.slice(firstKept).flatMap((raw) => {
    const listed = isPlainObject(raw) ? own(raw, 'exercises') : undefined;
    if (!Array.isArray(listed) || listed.length > OWN_LIMITS.exercises) return [];
    return listed.flatMap((entry: unknown) => {
      const checked = checkStoredEntry('exercise', entry, {
        findExercise: () => undefined,
        withUpdatedAt: true,
      });
      return checked.ok ? [checked.value as OwnExercise] : [];
    });
  });
  const trashLookup = (id: string): Exercise | undefined =>
    lookup(id) ?? trashed.find((exercise) => exercise.id === id);
  all.forEach((raw, index) => {
    if (index < firstKept) return;
    const deletion = checkDeletion(raw, trashLookup);
    if (deletion) trash.push(deletion);
    else
      problems.push({ path: `trash.${index}`, message: 'could not be read, so it can no longer be undone' });
  });

  return {
    document: { schemaVersion: OWN_CONTENT_SCHEMA_VERSION, exercises, routines, trash },
    problems,
  };
}

/** The notice's first sentence: how many entries were set aside, how many other things repaired. */
export function describeOwnContentRepairs(problems: readonly SettingsProblem[]): NoticeWords {
  if (problems.some((problem) => problem.path === '')) return (t) => t('ownWholeFile');
  const aside = problems.filter(setsEntryAside).length;
  const fixed = problems.length - aside;
  return (t) =>
    joinSentences([
      ...(aside > 0 ? [t('ownSetAside', { count: aside })] : []),
      ...(fixed > 0 ? [t('ownFixed', { count: fixed })] : []),
    ]);
}
