import { describe, expect, it } from 'vitest';
import { englishText } from '../../../src/shared/i18n/english';
import { findExercise } from '../../../src/shared/exercises';
import {
  checkExerciseDraft,
  checkMessagesIn,
  checkRoutineDraft,
  draftOf,
} from '../../../src/shared/own-content';
import { formFromHash, formHash } from '../../../src/renderer/src/library/library-route';
import { routineMatches, emptyFilter } from '../../../src/renderer/src/library/library-filter';
import {
  emptyExerciseFields,
  exerciseFieldsOf,
  exerciseInput,
  fieldId,
  isExerciseField,
  isRoutineField,
  moveItem,
  playableItems,
  problemsByField,
  routineFieldsOf,
  routineInput,
  typedNumber,
  cancelsForm,
} from '../../../src/renderer/src/library/own-form';

const messages = checkMessagesIn(englishText('own'));

describe('own-content form state', () => {
  it('keeps numbers as typed, so a wrong one is named rather than dropped', () => {
    expect(typedNumber(' 12 ')).toBe(12);
    expect(typedNumber('')).toBeUndefined();
    expect(typedNumber('1o')).toBe('1o');
    const fields = emptyExerciseFields();
    fields.reps = 'ten';
    const checked = checkExerciseDraft(exerciseInput(fields), { messages });
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.problems).toContainEqual({
        path: 'reps',
        message: 'Repetitions: a whole number from 1 to 30.',
      });
  });

  it('sends a step’s timing only with its seconds', () => {
    const fields = emptyExerciseFields();
    fields.steps[0]!.text = 'Sit tall.';
    fields.steps[0]!.timing = 'move';
    expect((exerciseInput(fields)['steps'] as unknown[])[0]).toEqual({ text: 'Sit tall.' });
    fields.steps[0]!.seconds = '20';
    expect((exerciseInput(fields)['steps'] as unknown[])[0]).toEqual({
      text: 'Sit tall.',
      holdSeconds: 20,
      timing: 'move',
    });
  });

  it('round-trips a built-in exercise through the fields unchanged', () => {
    const exercise = findExercise('chin-tuck')!;
    const draft = draftOf(exercise);
    const fields = exerciseFieldsOf(draft, 'Chin tuck (copy)');
    const checked = checkExerciseDraft(exerciseInput(fields), { messages });
    expect(checked).toEqual({ ok: true, value: { ...draft, name: 'Chin tuck (copy)' } });
  });

  it('moves rows and ignores moves past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });

  it('ties each problem to the input it is about', () => {
    const byField = problemsByField(
      [
        { path: 'places.2', message: 'a' },
        { path: 'steps.1.holdSeconds', message: 'b' },
        { path: 'steps.1.holdSeconds', message: 'c' },
        { path: 'colour', message: 'd' },
        { path: 'steps', message: 'e' },
      ],
      isExerciseField,
    );
    expect(Object.fromEntries(byField)).toEqual({
      places: ['a'],
      'steps.1.holdSeconds': ['b', 'c'],
      '': ['d'],
      steps: ['e'],
    });
    expect(isRoutineField('items.3.reps')).toBe(true);
    expect(isRoutineField('items.3.holdSeconds')).toBe(true);
    expect(isRoutineField('items.3.exerciseId')).toBe(false);
    expect(fieldId('steps.1.text')).toBe('own-steps-1-text');
  });

  it('plays a routine’s valid doses only, and sends what was typed for the check', () => {
    const fields = {
      name: 'R',
      summary: '',
      items: [
        { key: 1, exerciseId: 'chin-tuck', reps: '3', holdSeconds: '12' },
        { key: 2, exerciseId: 'plank', reps: '99', holdSeconds: '301' },
        { key: 3, exerciseId: 'cat-pose', reps: '', holdSeconds: 'ten' },
      ],
      offerInBreaks: false,
    };
    expect(playableItems(fields)).toEqual([
      { exerciseId: 'chin-tuck', reps: 3, holdSeconds: 12 },
      { exerciseId: 'plank' },
      { exerciseId: 'cat-pose' },
    ]);
    expect(routineInput(fields)['items']).toEqual([
      { exerciseId: 'chin-tuck', reps: 3, holdSeconds: 12 },
      { exerciseId: 'plank', reps: 99, holdSeconds: 301 },
      { exerciseId: 'cat-pose', holdSeconds: 'ten' },
    ]);
  });

  it('round-trips a routine item’s hold time, and names a wrong one by its field', () => {
    const draft = {
      name: 'R',
      summary: '',
      items: [{ exerciseId: 'chin-tuck', reps: 2, holdSeconds: 8 }, { exerciseId: 'plank' }],
      offerInBreaks: true,
    };
    const fields = routineFieldsOf(draft);
    expect(fields.items.map((item) => item.holdSeconds)).toEqual(['8', '']);
    expect(checkRoutineDraft(routineInput(fields), { findExercise, messages })).toEqual({
      ok: true,
      value: draft,
    });
    fields.items[1]!.holdSeconds = '0';
    const checked = checkRoutineDraft(routineInput(fields), { findExercise, messages });
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.problems).toEqual([
        { path: 'items.1.holdSeconds', message: 'Exercise 2 of the routine, hold: from 1 to 300 seconds.' },
      ]);
      expect(Object.keys(Object.fromEntries(problemsByField(checked.problems, isRoutineField)))).toEqual([
        'items.1.holdSeconds',
      ]);
    }
  });

  it('edits a duplicate’s level, kind and easier version, and sends them for the check', () => {
    const fields = exerciseFieldsOf(draftOf(findExercise('plank')!), 'Plank (copy)');
    expect(fields).toMatchObject({ level: 'all-levels', category: 'strength' });
    expect(fields.easier).toMatch(/knees/);
    fields.level = 'beginner';
    fields.category = '';
    fields.easier = '  ';
    const checked = checkExerciseDraft(exerciseInput(fields), { messages });
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.value.level).toBe('beginner');
      expect(checked.value).not.toHaveProperty('category');
      expect(checked.value).not.toHaveProperty('easier');
    }
    fields.easier = 'x'.repeat(301);
    const tooLong = checkExerciseDraft(exerciseInput(fields), { messages });
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) {
      expect(tooLong.problems).toEqual([
        { path: 'easier', message: 'Easier version: at most 300 characters.' },
      ]);
      expect(isExerciseField('easier') && isExerciseField('level') && isExerciseField('category')).toBe(true);
    }
    const fresh = emptyExerciseFields();
    expect(fresh).toMatchObject({ level: 'all-levels', category: '', easier: '' });
  });
});

describe('form routes', () => {
  it('reads and writes the form hashes', () => {
    expect(formFromHash('#/library/exercise/new')).toEqual({ kind: 'exercise', mode: 'new' });
    expect(formFromHash('#/library/routine/edit/own-routine-abcdefghij?lang=en-XA')).toEqual({
      kind: 'routine',
      mode: 'edit',
      id: 'own-routine-abcdefghij',
    });
    expect(formFromHash('#/library/chin-tuck')).toBeUndefined();
    expect(formFromHash('#/library/exercise/delete/x')).toBeUndefined();
    expect(formHash({ kind: 'exercise', mode: 'copy', id: 'chin-tuck' })).toBe(
      '#/library/exercise/copy/chin-tuck',
    );
  });
});

describe('routineMatches', () => {
  it('finds a routine by name, place, body part and level', () => {
    const chin = findExercise('chin-tuck')!;
    const routine = { name: 'Morning reset', places: chin.places };
    expect(routineMatches(routine, [chin], { ...emptyFilter, query: 'morning' })).toBe(true);
    expect(routineMatches(routine, [chin], { ...emptyFilter, query: 'evening' })).toBe(false);
    expect(routineMatches(routine, [chin], { ...emptyFilter, bodyPart: chin.bodyParts[0]! })).toBe(true);
    expect(routineMatches(routine, [chin], { ...emptyFilter, bodyPart: 'glutes' })).toBe(
      chin.bodyParts.includes('glutes'),
    );
  });
});

describe('cancelsForm', () => {
  const key = {
    key: 'Escape',
    defaultPrevented: false,
    isComposing: false,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
  };
  it('is Esc on its own, not while an input method composes, with a modifier, or once taken', () => {
    expect(cancelsForm(key)).toBe(true);
    expect(cancelsForm({ ...key, isComposing: true })).toBe(false);
    expect(cancelsForm({ ...key, shiftKey: true })).toBe(false);
    expect(cancelsForm({ ...key, defaultPrevented: true })).toBe(false);
    expect(cancelsForm({ ...key, key: 'Enter' })).toBe(false);
  });
});
