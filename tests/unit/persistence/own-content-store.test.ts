import { describe, expect, it } from 'vitest';
import { MemoryPort } from '../../../src/main/persistence/memory-port';
import { OwnContentStore } from '../../../src/main/persistence/own-content-store';
import type { KeyOf, Translate } from '../../../src/shared/i18n/catalog';
import { englishText } from '../../../src/shared/i18n/english';
import { draftOf, OWN_CONTENT_FORMAT, OWN_LIMITS } from '../../../src/shared/own-content';
import { exercises as builtInExercises } from '../../../src/shared/exercises';
import { neckRoll } from '../own-content/fixtures';

const NOW = new Date('2026-03-18T15:00:00.000Z');

function store(initial?: unknown) {
  const port = new MemoryPort(initial, 'own-content');
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  return { port, store: new OwnContentStore({ port, now: () => NOW, random }) };
}

function withExerciseAndRoutine() {
  const world = store();
  const saved = world.store.saveExercise({ draft: neckRoll() });
  if (!saved.ok) throw new Error('fixture');
  const routine = world.store.saveRoutine({
    draft: {
      name: 'Morning',
      items: [{ exerciseId: 'chin-tuck' }, { exerciseId: saved.id, reps: 2 }],
      offerInBreaks: true,
    },
  });
  if (!routine.ok) throw new Error('fixture');
  return { ...world, exerciseId: saved.id, routineId: routine.id };
}

/** The same file, read again as the next start would. */
const restarted = (port: MemoryPort) =>
  new OwnContentStore({ port: new MemoryPort(port.document, 'own-content') });

describe('OwnContentStore', () => {
  it('keeps a copy of every built-in exercise, easier version and all, across a restart', () => {
    const { port, store: own } = store();
    for (const exercise of builtInExercises) {
      expect(
        own.saveExercise({ draft: { ...draftOf(exercise), name: `My ${exercise.name}` } }),
      ).toMatchObject({
        ok: true,
      });
    }
    const again = restarted(port);
    expect(again.problems).toEqual([]);
    expect(again.notice).toBeUndefined();
    expect(again.content.exercises.map((exercise) => exercise.easier)).toEqual(
      builtInExercises.map((exercise) => exercise.easier),
    );
  });

  it('keeps a routine that an edit to its exercise made longer than a new one may be', () => {
    const { port, store: own, exerciseId, routineId } = withExerciseAndRoutine();
    // 50 minutes a repetition, within the limit; the routine plays two repetitions: 100 minutes.
    const long = {
      ...neckRoll(),
      reps: 1,
      steps: Array.from({ length: 10 }, () => ({
        text: 'Hold it.',
        holdSeconds: 300,
        timing: 'hold' as const,
      })),
    };
    expect(own.saveExercise({ id: exerciseId, draft: long })).toMatchObject({ ok: true });
    const again = restarted(port);
    expect(again.problems).toEqual([]);
    expect(again.content.routines.map((routine) => routine.id)).toEqual([routineId]);
  });

  it('can still undo a routine whose exercise was deleted after it, after a restart', () => {
    const { port, store: own, exerciseId, routineId } = withExerciseAndRoutine();
    expect(own.delete('routine', routineId)).toMatchObject({ ok: true });
    expect(own.delete('exercise', exerciseId)).toMatchObject({ ok: true });
    const again = restarted(port);
    expect(again.problems).toEqual([]);
    expect(again.view().undo).toHaveLength(2);
  });

  it('starts empty without a word on a first run, and saves what is added', () => {
    const { port, store: own } = store();
    expect(own.notice).toBeUndefined();
    expect(own.view()).toEqual({ exercises: [], routines: [], undo: [], readOnly: false });
    const saved = own.saveExercise({ draft: neckRoll() });
    expect(saved).toEqual({ ok: true, id: expect.stringMatching(/^own-exercise-[a-z0-9]{10}$/) });
    expect(port.document).toMatchObject({
      schemaVersion: 1,
      exercises: [{ name: 'Neck roll', updatedAt: NOW.toISOString() }],
    });
  });

  it('changes nothing when a save has problems, and answers them by field', () => {
    const { port, store: own } = store();
    const writes = port.writes;
    expect(own.saveExercise({ draft: { ...neckRoll(), reps: 99 } })).toEqual({
      ok: false,
      problems: [{ path: 'reps', message: 'Repetitions: a whole number from 1 to 30.' }],
    });
    expect(port.writes).toBe(writes);
  });

  it('edits in place, refuses built-in ids and names already taken', () => {
    const { store: own, exerciseId } = withExerciseAndRoutine();
    expect(own.saveExercise({ id: exerciseId, draft: { ...neckRoll(), reps: 5 } })).toEqual({
      ok: true,
      id: exerciseId,
    });
    expect(own.content.exercises).toMatchObject([{ id: exerciseId, reps: 5 }]);
    expect(own.saveExercise({ id: 'chin-tuck', draft: neckRoll() })).toMatchObject({
      ok: false,
      problems: [{ message: 'Only your own exercises can be changed or deleted.' }],
    });
    expect(own.saveExercise({ draft: { ...neckRoll(), name: 'neck roll' } })).toMatchObject({
      ok: false,
      problems: [{ path: 'name' }],
    });
  });

  it('holds the limit on how many it keeps', () => {
    const { store: own } = store();
    for (let i = 0; i < OWN_LIMITS.exercises; i++)
      expect(own.saveExercise({ draft: { ...neckRoll(), name: `Exercise ${i}` } }).ok).toBe(true);
    expect(own.saveExercise({ draft: { ...neckRoll(), name: 'One more' } })).toMatchObject({
      ok: false,
      problems: [
        { message: 'You have 200 exercises of your own, the most Unhunch keeps. Delete one to add another.' },
      ],
    });
  });

  it('deletes an exercise out of its routines, and an undo puts everything back where it was', () => {
    const { port, store: own, exerciseId, routineId } = withExerciseAndRoutine();
    const before = own.content;
    const deleted = own.delete('exercise', exerciseId);
    expect(deleted).toEqual({
      ok: true,
      deletionId: expect.stringMatching(/^deletion-/),
      message: 'Deleted “Neck roll”, and took it out of “Morning”.',
    });
    expect(own.content.exercises).toEqual([]);
    expect(own.content.routines[0]!.items).toEqual([{ exerciseId: 'chin-tuck' }]);
    // The undo survives a restart.
    const reopened = new OwnContentStore({ port, now: () => NOW });
    expect(reopened.view().undo).toEqual([
      { deletionId: deleted.ok && deleted.deletionId, message: 'Deleted “Neck roll”.' },
    ]);
    expect(reopened.restore(deleted.ok ? deleted.deletionId : '')).toEqual({ ok: true });
    expect(reopened.content).toEqual(before);
    expect(reopened.restore(deleted.ok ? deleted.deletionId : '')).toEqual({
      ok: false,
      message: 'That deletion can no longer be undone.',
    });
    expect(routineId).toMatch(/^own-routine-/);
  });

  it('deletes a routine the exercise would leave empty along with it', () => {
    const { store: own, exerciseId } = withExerciseAndRoutine();
    own.saveRoutine({ draft: { name: 'Just it', items: [{ exerciseId }], offerInBreaks: false } });
    const deleted = own.delete('exercise', exerciseId);
    expect(deleted.ok).toBe(true);
    expect(own.content.routines.map((routine) => routine.name)).toEqual(['Morning']);
    if (deleted.ok) own.restore(deleted.deletionId);
    expect(own.content.routines.map((routine) => routine.name).sort()).toEqual(['Just it', 'Morning']);
  });

  it('sets a damaged entry aside, keeps every valid one, copies the file first and says so once', () => {
    const { port: first, exerciseId, routineId } = withExerciseAndRoutine();
    const document = first.document as { exercises: Record<string, unknown>[]; routines: unknown[] };
    const damaged = {
      ...document,
      exercises: [
        ...document.exercises,
        { ...document.exercises[0], id: 'own-exercise-broken0000', name: 'Broken', steps: 'lots' },
        JSON.parse('{"__proto__": {"x": 1}}'),
      ],
    };
    const { port, store: own } = store(damaged);
    expect(own.content.exercises.map((exercise) => exercise.id)).toEqual([exerciseId]);
    expect(own.content.routines.map((routine) => routine.id)).toEqual([routineId]);
    expect(own.notice).toBe(
      'In your own exercises, 2 entries were damaged and set aside. Your old file was kept as own-content.invalid-0.json.',
    );
    expect(JSON.parse(port.backups.get('own-content.invalid-0.json')!)).toEqual(damaged);
    // The library shows the notice in the language main speaks now, not the log's English.
    const english = englishText('notify') as (key: string, values?: object) => string;
    own.noticeText = ((key: string, values?: object) => `[${english(key, values)}]`) as Translate<'notify'>;
    expect(own.view().notice).toMatch(/^\[\[In your own exercises, 2 entries were damaged/);
  });

  it('keeps a routine whose exercise was lost, without that item', () => {
    const { port: first } = withExerciseAndRoutine();
    const document = first.document as Record<string, unknown>;
    const { store: own } = store({ ...document, exercises: [] });
    expect(own.content.routines[0]!.items).toEqual([{ exerciseId: 'chin-tuck' }]);
    expect(own.problems).toEqual([
      { path: 'routines.0.items.1', message: 'names an exercise that no longer exists' },
    ]);
  });

  it('reads a file without a version as schema 1, and leaves one from a newer version untouched', () => {
    const { port: first } = withExerciseAndRoutine();
    const { schemaVersion: _v, ...unversioned } = first.document as Record<string, unknown>;
    expect(store(unversioned).store.content.exercises).toHaveLength(1);
    const newer = { ...(first.document as object), schemaVersion: 2 };
    const { port, store: own } = store(newer);
    expect(own.readOnly).toBe(true);
    expect(own.saveExercise({ draft: { ...neckRoll(), name: 'Another' } })).toMatchObject({ ok: false });
    expect(port.document).toEqual(newer);
  });

  it('changes nothing on an import until it is committed, and only with the user’s choices', () => {
    const { port, store: own, exerciseId } = withExerciseAndRoutine();
    const exported = own.export({ kind: 'all' })!;
    const text = exported.content;
    const writes = port.writes;
    const preview = own.previewImport(text, Buffer.byteLength(text), 'mine.json');
    expect(port.writes).toBe(writes);
    if (!preview.ok) throw new Error('preview');
    expect(preview.preview.entries.every((entry) => entry.needsChoice)).toBe(true);
    expect(own.commitImport(preview.preview.previewId, {})).toMatchObject({ ok: false });
    expect(port.writes).toBe(writes);
    const keepBoth = Object.fromEntries(
      preview.preview.entries.map((entry) => [entry.key, 'keep-both' as const]),
    );
    expect(own.commitImport(preview.preview.previewId, keepBoth)).toEqual({
      ok: true,
      message: 'Imported 2 new entries.',
    });
    expect(own.content.exercises.map((exercise) => exercise.name)).toEqual(['Neck roll', 'Neck roll (2)']);
    const copy = own.content.routines[1]!;
    expect(copy.name).toBe('Morning (2)');
    expect(copy.items[1]!.exerciseId).not.toBe(exerciseId);
    expect(own.commitImport(preview.preview.previewId, keepBoth)).toEqual({
      ok: false,
      problems: ['This import is no longer open. Choose the file again.'],
    });
  });

  it('refuses a bad import file without touching what is stored', () => {
    const { port, store: own } = withExerciseAndRoutine();
    const before = port.text;
    const text = JSON.stringify({ format: OWN_CONTENT_FORMAT, version: 1, exercises: [{ name: 1 }] });
    expect(own.previewImport(text, text.length, 'bad.json')).toMatchObject({
      ok: false,
      problems: expect.arrayContaining(['Exercise 1 in the file: Name: must be text.']),
    });
    expect(port.text).toBe(before);
  });

  it('tells listeners of every change', () => {
    const { store: own } = store();
    const heard: number[] = [];
    own.subscribe((content) => heard.push(content.exercises.length));
    own.saveExercise({ draft: neckRoll() });
    own.saveExercise({ draft: { reps: 0 } });
    expect(heard).toEqual([1]);
  });

  it('answers in the language main sets: problems, the Undo message and the import', () => {
    const { store: own, exerciseId } = withExerciseAndRoutine();
    const english = englishText('own');
    // A language of its own: every message marked, so none can come from elsewhere.
    const marked = ((key: KeyOf<'own'>, values?: object) =>
      `[${(english as (k: string, v?: object) => string)(key, values)}]`) as Translate<'own'>;
    own.text = marked;
    own.locale = () => 'en';
    expect(own.saveExercise({ draft: { ...neckRoll(), name: 'Other', reps: 0 } })).toMatchObject({
      ok: false,
      problems: [{ path: 'reps', message: '[[repetitions]: a whole number from 1 to 30.]' }],
    });
    expect(own.delete('exercise', 'own-exercise-zzzzzzzzzz')).toEqual({
      ok: false,
      message: '[That exercise no longer exists; it may have been deleted in another window.]',
    });
    const deleted = own.delete('exercise', exerciseId);
    expect(deleted).toMatchObject({
      ok: true,
      message: '[Deleted [“Neck roll”], and took it out of [“Morning”].]',
    });
    expect(own.previewImport('{', 1, 'x.json')).toEqual({
      ok: false,
      problems: ['[The file is not an Unhunch export: it is not JSON.]'],
    });
  });
});
