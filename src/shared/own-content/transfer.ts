/**
 * Sharing own exercises and routines as JSON files: building an export, reading an import as hostile
 * input, previewing what it would add or collide with, and planning the merge once the user has chosen.
 * Pure: main reads and writes the files and keeps the preview until the user confirms, so nothing stored
 * changes before then.
 */
import type { Exercise } from '../exercise-types';
import { exercises as builtInExercises, findExercise as findBuiltInExercise } from '../exercises';
import { routines as builtInRoutines } from '../routines';
import type { OwnContent } from './catalogue';
import { OWN_LIMITS } from './limits';
import { ownMessages, type OwnMessages } from './messages';
import type { OwnExercise, OwnKind, OwnRoutine } from './types';
import { checkStoredEntry, draftOf, isPlainObject, nameIsTaken } from './validate';

export const OWN_CONTENT_FORMAT = 'unhunch-own-content';
export const OWN_CONTENT_FORMAT_VERSION = 1;

/** What to export: one exercise, one routine (with the own exercises it uses), or everything. */
export type ExportSelection =
  { kind: 'exercise'; id: string } | { kind: 'routine'; id: string } | { kind: 'all' };

export interface ExportFile {
  fileName: string;
  content: string;
}

/** How many problems an import lists before it says "and N more". */
const LISTED_PROBLEMS = 10;

function slug(name: string, fallback: string): string {
  const text = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return text === '' ? fallback : text;
}

const exportedExercise = (exercise: OwnExercise) => ({ id: exercise.id, ...draftOf(exercise) });
const exportedRoutine = (routine: OwnRoutine) => ({
  id: routine.id,
  name: routine.name,
  summary: routine.summary,
  items: routine.items.map((item) => ({ ...item })),
  offerInBreaks: routine.offerInBreaks,
});

/** The file for a selection, or undefined when what it names no longer exists. */
export function buildExport(own: OwnContent, selection: ExportSelection, now: Date): ExportFile | undefined {
  let exercises: OwnExercise[];
  let routines: OwnRoutine[];
  let fileName: string;
  if (selection.kind === 'all') {
    exercises = [...own.exercises];
    routines = [...own.routines];
    fileName = `unhunch-own-exercises-${now.toISOString().slice(0, 10)}.json`;
  } else if (selection.kind === 'exercise') {
    const exercise = own.exercises.find((candidate) => candidate.id === selection.id);
    if (!exercise) return undefined;
    exercises = [exercise];
    routines = [];
    fileName = `unhunch-exercise-${slug(exercise.name, 'exercise')}.json`;
  } else {
    const routine = own.routines.find((candidate) => candidate.id === selection.id);
    if (!routine) return undefined;
    // The own exercises it uses go with it, so the file stands on its own; built-in ones are in every copy.
    const used = new Set(routine.items.map((item) => item.exerciseId));
    exercises = own.exercises.filter((exercise) => used.has(exercise.id));
    routines = [routine];
    fileName = `unhunch-routine-${slug(routine.name, 'routine')}.json`;
  }
  const file = {
    format: OWN_CONTENT_FORMAT,
    version: OWN_CONTENT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    exercises: exercises.map(exportedExercise),
    routines: routines.map(exportedRoutine),
  };
  return { fileName, content: `${JSON.stringify(file, null, 2)}\n` };
}

/** What a valid import file holds, ids as in the file. */
export interface ParsedImport {
  exercises: OwnExercise[];
  routines: OwnRoutine[];
}

export type ParseResult = { ok: true; parsed: ParsedImport } | { ok: false; problems: string[] };

const FILE_KEYS = ['format', 'version', 'exportedAt', 'exercises', 'routines'];

function capped(problems: string[], say: OwnMessages): string[] {
  if (problems.length <= LISTED_PROBLEMS) return problems;
  return [...problems.slice(0, LISTED_PROBLEMS), say.andMore(problems.length - LISTED_PROBLEMS)];
}

const entryName = (input: unknown): string | undefined =>
  isPlainObject(input) &&
  Object.hasOwn(input, 'name') &&
  typeof input.name === 'string' &&
  input.name.trim() !== ''
    ? input.name
    : undefined;

/**
 * Reads an import file's text. Everything is checked and the file is refused whole if anything is
 * wrong, each problem named: a file half imported would be harder to reason about than one refused.
 * `byteLength` is the file's size, which main checks before it even reads the file; checked here too.
 */
export function parseImport(
  text: string,
  byteLength = text.length,
  say: OwnMessages = ownMessages,
): ParseResult {
  const fail = (...problems: string[]): ParseResult => ({ ok: false, problems: capped(problems, say) });
  if (byteLength > OWN_LIMITS.importBytes || text.length > OWN_LIMITS.importBytes)
    return fail(say.fileTooLarge(Math.round(OWN_LIMITS.importBytes / 1024 / 1024)));
  let data: unknown;
  try {
    // JSON.parse makes "__proto__" an ordinary own key, never a prototype; nothing below copies keys.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail(say.notJson());
  }
  if (!isPlainObject(data) || !Object.hasOwn(data, 'format') || data.format !== OWN_CONTENT_FORMAT)
    return fail(say.notOurFormat());
  const version = Object.hasOwn(data, 'version') ? data.version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail(say.badVersion());
  if (version > OWN_CONTENT_FORMAT_VERSION) return fail(say.newerFormat(version));

  const problems: string[] = [];
  for (const key of Object.keys(data))
    if (!FILE_KEYS.includes(key)) problems.push(say.alone(say.unknownField(key)));

  const listOf = (kind: OwnKind, key: 'exercises' | 'routines', max: number): unknown[] => {
    const value = Object.hasOwn(data as object, key) ? (data as Record<string, unknown>)[key] : undefined;
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      problems.push(say.alone(say.notAList(key)));
      return [];
    }
    // Counted before any entry is looked at.
    if (value.length > max) {
      problems.push(say.tooManyInFile(kind, max));
      return [];
    }
    return value;
  };
  const rawExercises = listOf('exercise', 'exercises', OWN_LIMITS.exercises);
  const rawRoutines = listOf('routine', 'routines', OWN_LIMITS.routines);
  if (problems.length > 0) return fail(...problems);
  if (rawExercises.length === 0 && rawRoutines.length === 0) return fail(say.nothingInFile());

  const exercises: OwnExercise[] = [];
  const ids = new Set<string>();
  const names: Record<OwnKind, string[]> = { exercise: [], routine: [] };
  const entryProblems = (
    kind: OwnKind,
    index: number,
    raw: unknown,
    checked: ReturnType<typeof checkStoredEntry>,
  ) => {
    const name = entryName(raw);
    if (!checked.ok) {
      for (const problem of checked.problems)
        problems.push(say.inFileEntry(kind, index, name, problem.message));
      return undefined;
    }
    const value = checked.value;
    if (ids.has(value.id)) {
      problems.push(say.inFileEntry(kind, index, name, say.duplicateIdInFile(value.id)));
      return undefined;
    }
    ids.add(value.id);
    if (nameIsTaken(value.name, names[kind])) {
      problems.push(say.inFileEntry(kind, index, name, say.nameTwiceInFile(value.name)));
      return undefined;
    }
    names[kind].push(value.name);
    return value;
  };
  rawExercises.forEach((raw, index) => {
    const checked = checkStoredEntry('exercise', raw, {
      messages: say,
      findExercise: () => undefined,
      withUpdatedAt: false,
    });
    const value = entryProblems('exercise', index, raw, checked);
    if (value) exercises.push(value as OwnExercise);
  });
  // A routine may use built-in exercises and the file's own; nothing on this machine, which the file's
  // reader may not have.
  const inFile = (id: string): Exercise | undefined =>
    findBuiltInExercise(id) ?? exercises.find((exercise) => exercise.id === id);
  const routines: OwnRoutine[] = [];
  rawRoutines.forEach((raw, index) => {
    const checked = checkStoredEntry('routine', raw, {
      findExercise: inFile,
      withUpdatedAt: false,
      messages: say,
    });
    const value = entryProblems('routine', index, raw, checked);
    if (value) routines.push(value as OwnRoutine);
  });
  if (problems.length > 0) return fail(...problems);
  return { ok: true, parsed: { exercises, routines } };
}

/** What the user may do with one entry of an import. */
export type ImportChoice = 'add' | 'replace' | 'keep-both' | 'skip';

export interface ImportConflict {
  /** An own entry can be replaced; a built-in one cannot. */
  with: 'own' | 'built-in';
  id: string;
  name: string;
  /** The same id (an earlier import or export of the same entry) or only the same name. */
  by: 'id' | 'name';
}

export interface ImportEntryPreview {
  /** Names the entry in `choices` when committing: "exercise:<id in the file>". */
  key: string;
  kind: OwnKind;
  name: string;
  summary: string;
  conflict?: ImportConflict;
  /**
   * What may be chosen, the first being what happens when nothing is chosen; an entry with a conflict
   * has no such default (`needsChoice`), so it is never overwritten without asking.
   */
  choices: ImportChoice[];
  needsChoice: boolean;
  /** For a routine, the keys of the file's exercises it uses. */
  uses: string[];
}

export const importKey = (kind: OwnKind, id: string): string => `${kind}:${id}`;

export function previewImport(parsed: ParsedImport, own: OwnContent): ImportEntryPreview[] {
  const conflictOf = (kind: OwnKind, id: string, name: string): ImportConflict | undefined => {
    const mine: readonly (OwnExercise | OwnRoutine)[] = kind === 'exercise' ? own.exercises : own.routines;
    const byId = mine.find((entry) => entry.id === id);
    if (byId) return { with: 'own', id: byId.id, name: byId.name, by: 'id' };
    const byName = mine.find((entry) => nameIsTaken(name, [entry.name]));
    if (byName) return { with: 'own', id: byName.id, name: byName.name, by: 'name' };
    const builtIn: readonly { id: string; name: string }[] =
      kind === 'exercise' ? builtInExercises : builtInRoutines;
    const shipped = builtIn.find((entry) => nameIsTaken(name, [entry.name]));
    return shipped && { with: 'built-in', id: shipped.id, name: shipped.name, by: 'name' };
  };
  const entry = (kind: OwnKind, value: OwnExercise | OwnRoutine, uses: string[]): ImportEntryPreview => {
    const conflict = conflictOf(kind, value.id, value.name);
    const choices: ImportChoice[] =
      conflict === undefined
        ? ['add', 'skip']
        : conflict.with === 'own'
          ? ['replace', 'keep-both', 'skip']
          : ['keep-both', 'skip'];
    return {
      key: importKey(kind, value.id),
      kind,
      name: value.name,
      summary: value.summary,
      ...(conflict ? { conflict } : {}),
      choices,
      needsChoice: conflict !== undefined,
      uses,
    };
  };
  const fileExercises = new Set(parsed.exercises.map((exercise) => exercise.id));
  return [
    ...parsed.exercises.map((exercise) => entry('exercise', exercise, [])),
    ...parsed.routines.map((routine) =>
      entry(
        'routine',
        routine,
        [...new Set(routine.items.map((item) => item.exerciseId))]
          .filter((id) => fileExercises.has(id))
          .map((id) => importKey('exercise', id)),
      ),
    ),
  ];
}

/**
 * `name`, or "name (2)", "name (3)"… until no name in `taken` matches, within the length limit; `say`
 * gives the words of the language the name is made in.
 */
export function uniqueName(
  name: string,
  taken: Iterable<string>,
  first = 2,
  say: Pick<OwnMessages, 'numbered'> = ownMessages,
): string {
  const names = [...taken];
  if (!nameIsTaken(name, names)) return name;
  for (let n = first; ; n++) {
    const suffix = say.numbered('', n);
    const candidate = say.numbered(name.slice(0, OWN_LIMITS.nameLength - suffix.length), n);
    if (!nameIsTaken(candidate, names)) return candidate;
  }
}

/** The name a duplicate starts with: "Chin tuck (copy)", or "(copy) (2)" when that is taken too. */
export function copyName(
  name: string,
  taken: Iterable<string>,
  say: Pick<OwnMessages, 'copyOf' | 'numbered'> = ownMessages,
): string {
  const suffix = say.copyOf('');
  return uniqueName(say.copyOf(name.slice(0, OWN_LIMITS.nameLength - suffix.length - 4)), taken, 2, say);
}

export interface ImportPlanInput {
  parsed: ParsedImport;
  own: OwnContent;
  choices: Readonly<Record<string, ImportChoice>>;
  /** Ids already used anywhere (own entries and the undo list), so none is given out twice. */
  takenIds: ReadonlySet<string>;
  newId: (kind: OwnKind) => string;
  now: string;
  /** The words of the problems and of new names; English when absent. */
  say?: OwnMessages;
}

export type ImportPlan =
  | { ok: true; exercises: OwnExercise[]; routines: OwnRoutine[]; added: number; replaced: number }
  | { ok: false; problems: string[] };

/**
 * The own content after an import, or why the choices cannot be carried out. Replacing keeps the local
 * entry's id (routines that use it keep working); keeping both gives the import a new id and a free
 * name; the file's routines follow their exercises wherever they went.
 */
export function planImport({
  parsed,
  own,
  choices,
  takenIds,
  newId,
  now,
  say = ownMessages,
}: ImportPlanInput): ImportPlan {
  const entries = previewImport(parsed, own);
  const problems: string[] = [];
  const unchosen: string[] = [];
  const chosen = new Map<string, ImportChoice>();
  for (const entry of entries) {
    const choice = Object.hasOwn(choices, entry.key) ? choices[entry.key] : undefined;
    if (choice === undefined) {
      if (entry.needsChoice) unchosen.push(entry.name);
      else chosen.set(entry.key, entry.choices[0]!);
    } else if (!entry.choices.includes(choice)) {
      if (choice === 'replace' && entry.conflict?.with === 'built-in')
        problems.push(say.choiceNotAllowed(entry.name));
      else unchosen.push(entry.name);
    } else chosen.set(entry.key, choice);
  }
  if (unchosen.length > 0) problems.unshift(say.choiceNeeded(unchosen));
  if (problems.length > 0) return { ok: false, problems };

  const used = new Set(takenIds);
  const freshId = (kind: OwnKind, wanted: string): string => {
    let id = wanted;
    while (used.has(id)) id = newId(kind);
    used.add(id);
    return id;
  };
  const exercises = own.exercises.map((exercise) => structuredClone(exercise)) as OwnExercise[];
  const routines = own.routines.map((routine) => structuredClone(routine)) as OwnRoutine[];
  let added = 0;
  let replaced = 0;
  /** File exercise id → the id its routines should use now; absent when it was skipped with nothing in its place. */
  const exerciseIds = new Map<string, string>();

  const place = <T extends OwnExercise | OwnRoutine>(
    kind: OwnKind,
    list: T[],
    value: T,
    key: string,
  ): string | undefined => {
    const entry = entries.find((candidate) => candidate.key === key)!;
    const choice = chosen.get(key)!;
    if (choice === 'skip') return entry.conflict?.with === 'own' ? entry.conflict.id : undefined;
    if (choice === 'replace') {
      const index = list.findIndex((candidate) => candidate.id === entry.conflict!.id);
      const others = list.filter((_, i) => i !== index).map((candidate) => candidate.name);
      list[index] = {
        ...value,
        id: entry.conflict!.id,
        name: uniqueName(value.name, others, 2, say),
        updatedAt: now,
      };
      replaced++;
      return entry.conflict!.id;
    }
    const builtInNames = (kind === 'exercise' ? builtInExercises : builtInRoutines).map((item) => item.name);
    const taken = [...list.map((candidate) => candidate.name), ...builtInNames];
    const id = freshId(kind, choice === 'keep-both' ? newId(kind) : value.id);
    list.push({ ...value, id, name: uniqueName(value.name, taken, 2, say), updatedAt: now });
    added++;
    return id;
  };

  for (const exercise of parsed.exercises) {
    const id = place('exercise', exercises, exercise, importKey('exercise', exercise.id));
    if (id !== undefined) exerciseIds.set(exercise.id, id);
  }
  const fileExercise = new Map(parsed.exercises.map((exercise) => [exercise.id, exercise.name]));
  for (const routine of parsed.routines) {
    const key = importKey('routine', routine.id);
    if (chosen.get(key) === 'skip') continue;
    const items = [];
    for (const item of routine.items) {
      if (!fileExercise.has(item.exerciseId)) {
        items.push(item);
        continue;
      }
      const mapped = exerciseIds.get(item.exerciseId);
      if (mapped === undefined) {
        problems.push(say.needsSkipped(routine.name, fileExercise.get(item.exerciseId)!));
        break;
      }
      items.push({ ...item, exerciseId: mapped });
    }
    place('routine', routines, { ...routine, items }, key);
  }
  if (exercises.length > OWN_LIMITS.exercises)
    problems.push(say.importTooMany('exercise', OWN_LIMITS.exercises));
  if (routines.length > OWN_LIMITS.routines) problems.push(say.importTooMany('routine', OWN_LIMITS.routines));
  if (problems.length > 0) return { ok: false, problems: [...new Set(problems)] };
  return { ok: true, exercises, routines, added, replaced };
}

/** What the import dialog shows before anything changes. */
export interface ImportPreview {
  /** Passed back to commit; a newer preview or a commit ends it. */
  previewId: string;
  /** The file's name, without its folder. */
  fileName: string;
  entries: ImportEntryPreview[];
}

export type ImportPreviewResult = { ok: true; preview: ImportPreview } | { ok: false; problems: string[] };

export type ImportCommitResult = { ok: true; message: string } | { ok: false; problems: string[] };
