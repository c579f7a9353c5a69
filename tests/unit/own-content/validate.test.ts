import { describe, expect, it } from 'vitest';
import { exercises } from '../../../src/shared/exercises';
import {
  checkExerciseDraft,
  checkRoutineDraft,
  copyName,
  draftOf,
  exerciseOf,
  findAnyExercise,
  isOwnId,
  newOwnId,
  OWN_LIMITS,
  POSE_CHOICES,
  uniqueName,
} from '../../../src/shared/own-content';
import { poses } from '../../../src/shared/poses';
import { routines } from '../../../src/shared/routines';
import { neckRoll } from './fixtures';

const withChange = (change: Record<string, unknown>): Record<string, unknown> => ({
  ...neckRoll(),
  ...change,
});
const withStep = (index: number, change: Record<string, unknown>): Record<string, unknown> => {
  const steps: Record<string, unknown>[] = neckRoll().steps.map((step) => ({ ...step }));
  steps[index] = { ...steps[index], ...change };
  return { ...neckRoll(), steps };
};

describe('own exercise drafts', () => {
  it('accept a plain exercise, trimmed and with explicit timings and defaults', () => {
    const checked = checkExerciseDraft({ ...neckRoll(), name: '  Neck roll ', caution: '   ' });
    expect(checked).toEqual({
      ok: true,
      value: {
        ...neckRoll(),
        level: 'all-levels',
        // An empty optional field is no field at all.
        steps: [neckRoll().steps[0], { ...neckRoll().steps[1] }],
      },
    });
  });

  // Each row: what is wrong, where, and the words the user reads.
  const cases: [string, unknown, string, string][] = [
    ['no name', withChange({ name: undefined }), 'name', 'Name: this is needed.'],
    ['an empty name', withChange({ name: '   ' }), 'name', 'Name: cannot be empty.'],
    ['a number for a name', withChange({ name: 42 }), 'name', 'Name: must be text.'],
    ['a name too long', withChange({ name: 'x'.repeat(81) }), 'name', 'Name: at most 80 characters.'],
    [
      'a 10 MB summary',
      withChange({ summary: 'x'.repeat(10 * 1024 * 1024) }),
      'summary',
      'Summary: at most 200 characters.',
    ],
    ['no place', withChange({ places: [] }), 'places', 'Where it can be done: choose at least one.'],
    [
      'an unknown place',
      withChange({ places: ['office'] }),
      'places.0',
      'Where it can be done: must be one of seated, standing, wall, floor.',
    ],
    [
      'a place twice',
      withChange({ places: ['wall', 'wall'] }),
      'places.1',
      'Where it can be done: “wall” is listed twice.',
    ],
    ['reps of 0', withChange({ reps: 0 }), 'reps', 'Repetitions: a whole number from 1 to 30.'],
    ['reps of 2.5', withChange({ reps: 2.5 }), 'reps', 'Repetitions: a whole number from 1 to 30.'],
    ['reps as text', withChange({ reps: '3' }), 'reps', 'Repetitions: a whole number from 1 to 30.'],
    [
      'a hold too long',
      withStep(1, { holdSeconds: 301, timing: 'hold' }),
      'steps.1.holdSeconds',
      'Step 2, hold: from 1 to 300 seconds.',
    ],
    [
      'a rest of 0 seconds',
      withStep(1, { holdSeconds: 0, timing: 'rest' }),
      'steps.1.holdSeconds',
      'Step 2, rest: from 1 to 300 seconds.',
    ],
    ['an empty step text', withStep(0, { text: '' }), 'steps.0.text', 'Step 1, text: cannot be empty.'],
    [
      'a timing without seconds',
      withStep(0, { timing: 'hold' }),
      'steps.0.holdSeconds',
      'Step 1, a step with a timing needs its seconds too.',
    ],
    [
      'a pose not in the library',
      withStep(0, { pose: 'my/pose' }),
      'steps.0.pose',
      'Step 1, the figure “my/pose” is not in the pose library.',
    ],
    [
      'a side of "both"',
      withStep(0, { side: 'both' }),
      'steps.0.side',
      'Step 1, side: must be one of left, right.',
    ],
    [
      'an unknown field in a step',
      withStep(0, { colour: 'red' }),
      'steps.0.colour',
      'Step 1, “colour” is not something Unhunch knows here.',
    ],
    ['no step', withChange({ steps: [] }), 'steps', 'An exercise needs at least one step.'],
    [
      'thousands of steps',
      withChange({ steps: Array.from({ length: 5000 }, () => ({ text: 'x', holdSeconds: 1 })) }),
      'steps',
      'An exercise can have at most 20 steps.',
    ],
    [
      'no timed step',
      withChange({ steps: [{ text: 'Stand up.' }] }),
      'steps',
      'At least one step needs a time: seconds to hold, to move or to rest.',
    ],
    [
      'a run over an hour',
      withChange({ reps: 30, steps: [{ text: 'Hold.', holdSeconds: 300 }] }),
      'reps',
      'The whole exercise would take about 150 minutes; keep it under 60.',
    ],
    [
      '"offer in breaks" as text',
      withChange({ offerInBreaks: 'yes' }),
      'offerInBreaks',
      '“offer in breaks”: must be on or off.',
    ],
    ['an unknown field', withChange({ id: 'chin-tuck' }), 'id', '“id” is not something Unhunch knows here.'],
    ['a list for the exercise', [], '', 'Exercise: not in the expected shape.'],
  ];

  it.each(cases)('refuse %s, naming the field in words', (_what, input, path, message) => {
    const checked = checkExerciseDraft(input);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toContainEqual({ path, message });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('name a "%s" key and never follow it', (key) => {
    // As a file or IPC delivers it: JSON.parse keeps "__proto__" as an ordinary own key.
    const input = JSON.parse(
      JSON.stringify(neckRoll()).replace(/^\{/, `{"${key}": {"polluted": true, "name": 5},`),
    ) as unknown;
    const checked = checkExerciseDraft(input);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.problems).toEqual([
        { path: key, message: `“${key}” is not something Unhunch knows here.` },
      ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a name another exercise has, built-in or own, whatever its case', () => {
    const checked = checkExerciseDraft(withChange({ name: 'CHIN TUCK' }), {
      takenNames: exercises.map((e) => e.name),
    });
    expect(checked).toMatchObject({
      ok: false,
      problems: [
        { path: 'name', message: 'There is already an exercise called “CHIN TUCK”. Choose another name.' },
      ],
    });
  });

  it('quotes back at most a short piece of what it refuses', () => {
    const checked = checkExerciseDraft(withStep(0, { pose: `${'p'.repeat(5000)}/x` }));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[0]!.message.length).toBeLessThan(120);
  });

  it('starts a duplicate of a built-in exercise from its own content, under a free name', () => {
    const chinTuck = exercises.find((exercise) => exercise.id === 'chin-tuck')!;
    const draft = { ...draftOf(chinTuck), name: copyName(chinTuck.name, ['Chin tuck (copy)']) };
    expect(draft.name).toBe('Chin tuck (copy) (2)');
    expect(checkExerciseDraft(draft).ok).toBe(true);
  });

  it('offers every pose of the pose library, and only those', () => {
    expect([...POSE_CHOICES].sort()).toEqual(Object.keys(poses).sort());
  });
});

describe('own ids', () => {
  it('can never be a built-in id, and say their kind', () => {
    for (const { id } of [...exercises, ...routines]) expect(isOwnId(id)).toBe(false);
    const id = newOwnId('exercise', () => 0.999999);
    expect(isOwnId(id, 'exercise')).toBe(true);
    expect(isOwnId(id, 'routine')).toBe(false);
  });
});

describe('own routine drafts', () => {
  const own = {
    exercises: [{ ...neckRollStored() }],
    routines: [],
  };
  const findExercise = (id: string) => findAnyExercise(own, id);

  it('mix built-in and own exercises in order, each with its dose', () => {
    const checked = checkRoutineDraft(
      {
        name: 'Morning',
        items: [{ exerciseId: 'chin-tuck', reps: 2 }, { exerciseId: own.exercises[0]!.id }],
        offerInBreaks: true,
      },
      { findExercise },
    );
    expect(checked).toEqual({
      ok: true,
      value: {
        name: 'Morning',
        summary: '',
        items: [{ exerciseId: 'chin-tuck', reps: 2 }, { exerciseId: own.exercises[0]!.id }],
        offerInBreaks: true,
      },
    });
  });

  it('take a hold time for exercises that hold, within the step limits, and count it in the length', () => {
    const hold = (holdSeconds: number) =>
      checkRoutineDraft({ name: 'R', items: [{ exerciseId: 'chin-tuck', holdSeconds }] }, { findExercise });
    expect(hold(OWN_LIMITS.stepSecondsMin)).toMatchObject({
      ok: true,
      value: { items: [{ exerciseId: 'chin-tuck', holdSeconds: 1 }] },
    });
    expect(hold(OWN_LIMITS.stepSecondsMax)).toMatchObject({
      ok: true,
      value: { items: [{ exerciseId: 'chin-tuck', holdSeconds: 300 }] },
    });
    for (const wrong of [0, 301, 2.5]) expect(hold(wrong).ok).toBe(false);
    // 30 reps of a 300 s hold is over the hour a run may take.
    const long = checkRoutineDraft(
      { name: 'R', items: [{ exerciseId: 'chin-tuck', reps: 30, holdSeconds: 300 }] },
      { findExercise },
    );
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.problems[0]?.path).toBe('items');
  });

  it('drop a hold time given to an exercise with no hold step, which it would not change', () => {
    const checked = checkRoutineDraft(
      { name: 'R', items: [{ exerciseId: 'shoulder-shrug-circle', holdSeconds: 20, reps: 2 }] },
      { findExercise },
    );
    expect(checked).toMatchObject({
      ok: true,
      value: { items: [{ exerciseId: 'shoulder-shrug-circle', reps: 2 }] },
    });
    if (checked.ok) expect(checked.value.items[0]).not.toHaveProperty('holdSeconds');
  });

  const cases: [string, unknown, string, string][] = [
    ['no exercise', { name: 'R', items: [] }, 'items', 'A routine needs at least one exercise.'],
    [
      'a missing exercise',
      { name: 'R', items: [{ exerciseId: 'own-exercise-zzzzzzzzzz' }] },
      'items.0.exerciseId',
      'Exercise 1 of the routine, there is no exercise “own-exercise-zzzzzzzzzz”.',
    ],
    [
      'a hold of 1000 s',
      { name: 'R', items: [{ exerciseId: 'chin-tuck', holdSeconds: 1000 }] },
      'items.0.holdSeconds',
      'Exercise 1 of the routine, hold: from 1 to 300 seconds.',
    ],
    [
      'too many items',
      {
        name: 'R',
        items: Array.from({ length: OWN_LIMITS.routineItems + 1 }, () => ({ exerciseId: 'chin-tuck' })),
      },
      'items',
      'A routine can have at most 20 exercises.',
    ],
    [
      'a built-in routine name',
      { name: 'Desk micro break', items: [{ exerciseId: 'chin-tuck' }] },
      'name',
      'There is already a routine called “Desk micro break”. Choose another name.',
    ],
  ];
  it.each(cases)('refuse %s', (_what, input, path, message) => {
    const checked = checkRoutineDraft(input, { findExercise, takenNames: routines.map((r) => r.name) });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems).toContainEqual({ path, message });
  });
});

describe('names', () => {
  it('are made unique by a number, within the length limit', () => {
    expect(uniqueName('Plank', ['plank', 'Plank (2)'])).toBe('Plank (3)');
    expect(uniqueName('x'.repeat(80), ['x'.repeat(80)])).toHaveLength(80);
  });
});

function neckRollStored() {
  const checked = checkExerciseDraft(neckRoll());
  if (!checked.ok) throw new Error('fixture');
  return exerciseOf('own-exercise-neckroll00', checked.value, '2026-01-01T00:00:00.000Z');
}
