/**
 * The user's own exercises and routines, loaded like the other user data (see `loadDocument`) and
 * changed only through checked operations: save, delete with undo, import after a preview. Listeners
 * hear every change, so open windows and the rotation follow at once.
 */
import { exercises as builtInExercises } from '../../shared/exercises';
import type { Translate } from '../../shared/i18n/catalog';
import { englishText } from '../../shared/i18n/english';
import {
  buildExport,
  checkExerciseDraft,
  checkRoutineDraft,
  exerciseOf,
  findAnyExercise,
  isOwnId,
  newOwnId,
  OWN_LIMITS,
  ownMessagesIn,
  parseImport,
  planImport,
  previewImport,
  routineOf,
  routineView,
  uniqueName,
  type Deletion,
  type ExportFile,
  type ExportSelection,
  type ImportChoice,
  type ImportCommitResult,
  type ImportPreviewResult,
  type OwnContent,
  type OwnContentView,
  type OwnDeleteResult,
  type OwnExercise,
  type OwnKind,
  type OwnMessages,
  type OwnRestoreResult,
  type OwnRoutine,
  type OwnSaveResult,
  type ParsedImport,
} from '../../shared/own-content';
import { routines as builtInRoutines } from '../../shared/routines';
import type { SettingsProblem } from '../../shared/settings';
import { loadDocument, type NoticeWords } from './load-document';
import { OWN_CONTENT_MIGRATIONS } from './migrations';
import {
  defaultOwnContentDocument,
  describeOwnContentRepairs,
  normalizeOwnContent,
  type OwnContentDocument,
} from './own-content-document';
import type { StoragePort } from './storage-port';

export interface OwnContentStoreOptions {
  port: StoragePort;
  now?: () => Date;
  /** [0, 1), for ids; main passes a crypto-backed source. */
  random?: () => number;
}

export type OwnContentListener = (content: OwnContent) => void;

/** A save from the form or the IPC: `id` to edit an existing entry, none to add one. */
export interface SaveRequest {
  id?: string;
  draft: unknown;
}

export class OwnContentStore {
  readonly #port: StoragePort;
  readonly #now: () => Date;
  readonly #random: () => number;
  readonly #listeners = new Set<OwnContentListener>();
  #document: OwnContentDocument;
  #pending: { previewId: string; parsed: ParsedImport } | undefined;
  /** One message for the user about what loading did, in English (the log's); see `noticeIn`. */
  readonly notice: string | undefined;
  readonly #notice: NoticeWords | undefined;
  readonly problems: readonly SettingsProblem[];
  readonly readOnly: boolean;
  readonly backupPath: string | undefined;
  /**
   * The words of what the store answers (problems, the Undo toast, the import's messages) and the locale
   * its lists are written in: main sets its current language, as for the settings store.
   */
  text: Translate<'own'> = englishText('own');
  /** The words of the repair notice shown at the top of the library, which are the `notify` area's. */
  noticeText: Translate<'notify'> = englishText('notify');
  locale: () => string = () => 'en';

  constructor({ port, now = () => new Date(), random = Math.random }: OwnContentStoreOptions) {
    this.#port = port;
    this.#now = now;
    this.#random = random;
    const loaded = loadDocument(port, {
      label: 'own',
      plan: OWN_CONTENT_MIGRATIONS,
      normalize: normalizeOwnContent,
      defaults: defaultOwnContentDocument,
      describeRepairs: describeOwnContentRepairs,
    });
    this.#document = loaded.document;
    this.#notice = loaded.notice;
    this.notice = this.noticeIn(englishText('notify'), 'en');
    this.problems = loaded.problems;
    this.readOnly = loaded.readOnly;
    this.backupPath = loaded.backupPath;
  }

  get #say(): OwnMessages {
    return ownMessagesIn(this.text, this.locale());
  }

  /** The notice in other words, and the locale its lists are written in. */
  noticeIn(t: Translate<'notify'>, locale: string): string | undefined {
    return this.#notice?.(t, locale);
  }

  /** A copy of the own exercises and routines (not the undo list). */
  get content(): OwnContent {
    return structuredClone({ exercises: this.#document.exercises, routines: this.#document.routines });
  }

  view(): OwnContentView {
    const content = this.content;
    const lookup = (id: string) => findAnyExercise(content, id);
    return {
      exercises: [...content.exercises],
      routines: content.routines.map((routine) => routineView(routine, lookup)),
      undo: [...this.#document.trash].reverse().map((deletion) => ({
        deletionId: deletion.id,
        message: this.#say.deleted([...deletion.exercises, ...deletion.routines].map((entry) => entry.name)),
      })),
      readOnly: this.readOnly,
      ...(this.#notice === undefined ? {} : { notice: this.noticeIn(this.noticeText, this.locale()) }),
    };
  }

  saveExercise({ id, draft }: SaveRequest): OwnSaveResult {
    const list = this.#document.exercises;
    const existing = this.#existing('exercise', id);
    if (typeof existing === 'string') return { ok: false, problems: [{ path: '', message: existing }] };
    if (existing === undefined && list.length >= OWN_LIMITS.exercises)
      return {
        ok: false,
        problems: [{ path: '', message: this.#say.limitReached('exercise', OWN_LIMITS.exercises) }],
      };
    const takenNames = [...builtInExercises, ...list.filter((other) => other.id !== id)].map(
      (other) => other.name,
    );
    const checked = checkExerciseDraft(draft, { takenNames, messages: this.#say });
    if (!checked.ok) return checked;
    const exercise = exerciseOf(existing?.id ?? this.#newId('exercise'), checked.value, this.#stamp());
    const exercises = existing
      ? list.map((other) => (other.id === exercise.id ? exercise : other))
      : [...list, exercise];
    const failure = this.#commit({ ...this.#document, exercises });
    return failure === undefined
      ? { ok: true, id: exercise.id }
      : { ok: false, problems: [{ path: '', message: failure }] };
  }

  saveRoutine({ id, draft }: SaveRequest): OwnSaveResult {
    const list = this.#document.routines;
    const existing = this.#existing('routine', id);
    if (typeof existing === 'string') return { ok: false, problems: [{ path: '', message: existing }] };
    if (existing === undefined && list.length >= OWN_LIMITS.routines)
      return {
        ok: false,
        problems: [{ path: '', message: this.#say.limitReached('routine', OWN_LIMITS.routines) }],
      };
    const takenNames = [...builtInRoutines, ...list.filter((other) => other.id !== id)].map(
      (other) => other.name,
    );
    const content = this.#document;
    const checked = checkRoutineDraft(draft, {
      findExercise: (exerciseId) => findAnyExercise(content, exerciseId),
      takenNames,
      messages: this.#say,
    });
    if (!checked.ok) return checked;
    const routine = routineOf(existing?.id ?? this.#newId('routine'), checked.value, this.#stamp());
    const routines = existing
      ? list.map((other) => (other.id === routine.id ? routine : other))
      : [...list, routine];
    const failure = this.#commit({ ...this.#document, routines });
    return failure === undefined
      ? { ok: true, id: routine.id }
      : { ok: false, problems: [{ path: '', message: failure }] };
  }

  /**
   * Deletes an own entry, keeping it for an undo. An exercise leaves the routines that used it; a routine
   * it would leave empty is deleted with it, and the undo brings all of it back where it was.
   */
  delete(kind: OwnKind, id: string): OwnDeleteResult {
    const existing = this.#existing(kind, id);
    if (existing === undefined) return { ok: false, message: this.#say.notFound(kind) };
    if (typeof existing === 'string') return { ok: false, message: existing };
    const deletion: Deletion = {
      id: this.#newDeletionId(),
      at: this.#stamp(),
      exercises: [],
      routines: [],
      removedItems: [],
    };
    let { exercises, routines } = this.#document;
    let message: string;
    if (kind === 'routine') {
      deletion.routines.push(existing as OwnRoutine);
      routines = routines.filter((routine) => routine.id !== id);
      message = this.#say.deleted([existing.name]);
    } else {
      deletion.exercises.push(existing as OwnExercise);
      exercises = exercises.filter((exercise) => exercise.id !== id);
      const touched: string[] = [];
      routines = routines.flatMap((routine) => {
        if (!routine.items.some((item) => item.exerciseId === id)) return [routine];
        const items = routine.items.filter((item) => item.exerciseId !== id);
        if (items.length === 0) {
          deletion.routines.push(routine);
          return [];
        }
        routine.items.forEach((item, index) => {
          if (item.exerciseId === id) deletion.removedItems.push({ routineId: routine.id, index, item });
        });
        touched.push(routine.name);
        return [{ ...routine, items }];
      });
      const names = [existing.name, ...deletion.routines.map((routine) => routine.name)];
      message =
        touched.length > 0 ? this.#say.deletedWithRoutines(existing.name, touched) : this.#say.deleted(names);
    }
    const trash = [...this.#document.trash, deletion].slice(-OWN_LIMITS.undoableDeletions);
    const failure = this.#commit({ ...this.#document, exercises, routines, trash });
    return failure === undefined
      ? { ok: true, deletionId: deletion.id, message }
      : { ok: false, message: failure };
  }

  /** Undoes a deletion: its entries come back (renamed if their name was taken since), items in place. */
  restore(deletionId: string): OwnRestoreResult {
    const deletion = this.#document.trash.find((candidate) => candidate.id === deletionId);
    if (!deletion) return { ok: false, message: this.#say.undoGone() };
    const exercises = [...this.#document.exercises];
    const routines = this.#document.routines.map((routine) => ({ ...routine, items: [...routine.items] }));
    if (exercises.length + deletion.exercises.length > OWN_LIMITS.exercises)
      return { ok: false, message: this.#say.limitReached('exercise', OWN_LIMITS.exercises) };
    if (routines.length + deletion.routines.length > OWN_LIMITS.routines)
      return { ok: false, message: this.#say.limitReached('routine', OWN_LIMITS.routines) };
    for (const exercise of deletion.exercises) {
      if (exercises.some((other) => other.id === exercise.id)) continue;
      const taken = [...builtInExercises, ...exercises].map((other) => other.name);
      exercises.push({ ...exercise, name: uniqueName(exercise.name, taken, 2, this.#say) });
    }
    for (const routine of deletion.routines) {
      if (routines.some((other) => other.id === routine.id)) continue;
      const taken = [...builtInRoutines, ...routines].map((other) => other.name);
      routines.push({
        ...routine,
        items: [...routine.items],
        name: uniqueName(routine.name, taken, 2, this.#say),
      });
    }
    // In the order they were taken out, so each goes back to its own position.
    for (const { routineId, index, item } of deletion.removedItems) {
      const routine = routines.find((candidate) => candidate.id === routineId);
      if (!routine || routine.items.length >= OWN_LIMITS.routineItems) continue;
      if (!exercises.some((exercise) => exercise.id === item.exerciseId)) continue;
      routine.items.splice(Math.min(index, routine.items.length), 0, item);
    }
    const trash = this.#document.trash.filter((candidate) => candidate.id !== deletionId);
    const failure = this.#commit({ ...this.#document, exercises, routines, trash });
    return failure === undefined ? { ok: true } : { ok: false, message: failure };
  }

  export(selection: ExportSelection): ExportFile | undefined {
    return buildExport(this.content, selection, this.#now());
  }

  /**
   * Reads an import file's text into a preview, which is kept until it is committed or another preview
   * replaces it. Nothing stored changes here.
   */
  previewImport(text: string, byteLength: number, fileName: string): ImportPreviewResult {
    const parsed = parseImport(text, byteLength, this.#say);
    if (!parsed.ok) {
      this.#pending = undefined;
      return parsed;
    }
    const previewId = `import-${newOwnId('exercise', this.#random).slice(-10)}`;
    this.#pending = { previewId, parsed: parsed.parsed };
    return {
      ok: true,
      preview: { previewId, fileName, entries: previewImport(parsed.parsed, this.content) },
    };
  }

  /**
   * Carries out the user's choices for the open preview, against the content as it is now (another
   * window may have changed it since): a conflict that has no choice refuses the whole import.
   */
  commitImport(previewId: string, choices: Readonly<Record<string, ImportChoice>>): ImportCommitResult {
    const pending = this.#pending;
    if (!pending || pending.previewId !== previewId)
      return { ok: false, problems: [this.#say.previewGone()] };
    const plan = planImport({
      parsed: pending.parsed,
      own: this.content,
      choices,
      takenIds: this.#takenIds(),
      newId: (kind) => this.#newId(kind),
      now: this.#stamp(),
      say: this.#say,
    });
    if (!plan.ok) return plan;
    const failure = this.#commit({ ...this.#document, exercises: plan.exercises, routines: plan.routines });
    if (failure !== undefined) return { ok: false, problems: [failure] };
    this.#pending = undefined;
    return { ok: true, message: this.#say.imported(plan.added, plan.replaced) };
  }

  subscribe(listener: OwnContentListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The own entry an id names; a message when the id is not one the user may change. */
  #existing(kind: OwnKind, id: string | undefined): OwnExercise | OwnRoutine | string | undefined {
    if (id === undefined) return undefined;
    if (!isOwnId(id, kind)) return this.#say.notOwn(kind);
    const list: readonly (OwnExercise | OwnRoutine)[] =
      kind === 'exercise' ? this.#document.exercises : this.#document.routines;
    return list.find((entry) => entry.id === id) ?? this.#say.notFound(kind);
  }

  #takenIds(): Set<string> {
    const { exercises, routines, trash } = this.#document;
    return new Set([
      ...exercises.map((entry) => entry.id),
      ...routines.map((entry) => entry.id),
      ...trash.flatMap((deletion) => [...deletion.exercises, ...deletion.routines].map((entry) => entry.id)),
    ]);
  }

  #newId(kind: OwnKind): string {
    const taken = this.#takenIds();
    for (;;) {
      const id = newOwnId(kind, this.#random);
      if (!taken.has(id)) return id;
    }
  }

  #newDeletionId(): string {
    return `deletion-${newOwnId('exercise', this.#random).slice(-10)}`;
  }

  #stamp(): string {
    return this.#now().toISOString();
  }

  /** Writes and then takes the new document; on failure nothing changes and the reason is returned. */
  #commit(next: OwnContentDocument): string | undefined {
    if (this.readOnly) return this.#say.readOnly();
    try {
      this.#port.write(next);
    } catch (error) {
      return this.#say.saveFailed((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
    this.#document = next;
    const content = this.content;
    for (const listener of [...this.#listeners]) listener(structuredClone(content));
    return undefined;
  }
}
