import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../../src/shared/exercise-types';
import { exercises, UNTIMED_STEP_SECONDS } from '../../../src/shared/exercises';
import { routines } from '../../../src/shared/routines';
import { pseudoBundle } from '../../../src/shared/i18n/pseudo-bundle';
import { localizedLookup, planSession, sessionTitle } from '../../../src/renderer/src/player/step-plan';

const twoStep: Exercise = {
  id: 'test-move',
  name: 'Test move',
  level: 'all-levels',
  bodyParts: ['neck'],
  summary: 's',
  why: 'w',
  places: ['seated'],
  reps: 2,
  steps: [{ text: 'Get set' }, { text: 'Hold', holdSeconds: 10 }],
};
const lookup = (id: string) => (id === twoStep.id ? twoStep : undefined);

describe('planSession', () => {
  it('unrolls repetitions in order and numbers them from 1', () => {
    const plan = planSession([{ exerciseId: 'test-move' }], lookup);
    expect(plan.map((step) => [step.rep, step.stepInRep, step.text, step.seconds])).toEqual([
      [1, 1, 'Get set', UNTIMED_STEP_SECONDS],
      [1, 2, 'Hold', 10],
      [2, 1, 'Get set', UNTIMED_STEP_SECONDS],
      [2, 2, 'Hold', 10],
    ]);
    expect(plan[1]).toMatchObject({
      timing: 'hold',
      reps: 2,
      stepsPerRep: 2,
      exerciseNumber: 1,
      exerciseCount: 1,
    });
    expect(plan[0]!.timing).toBeUndefined();
  });

  it("applies each item's dose: reps and hold seconds", () => {
    const plan = planSession([{ exerciseId: 'test-move', reps: 1, holdSeconds: 30 }], lookup);
    expect(plan.map((step) => step.seconds)).toEqual([UNTIMED_STEP_SECONDS, 30]);
  });

  it('plays the items of a routine one after another and leaves out unknown exercises', () => {
    const plan = planSession(
      [{ exerciseId: 'test-move', reps: 1 }, { exerciseId: 'gone' }, { exerciseId: 'test-move', reps: 1 }],
      lookup,
    );
    expect(plan.map((step) => `${step.exerciseNumber}/${step.exerciseCount}`)).toEqual([
      '1/2',
      '1/2',
      '2/2',
      '2/2',
    ]);
  });

  it('plays at least one repetition even if the data says fewer', () => {
    expect(planSession([{ exerciseId: 'test-move', reps: 0 }], lookup)).toHaveLength(2);
  });

  it('gives every step of every shipped exercise and routine a positive time', () => {
    for (const exercise of exercises) {
      const plan = planSession([{ exerciseId: exercise.id }]);
      expect(plan.length).toBe(exercise.steps.length * exercise.reps);
      expect(plan.every((step) => step.seconds > 0)).toBe(true);
    }
    for (const routine of routines) {
      expect(planSession(routine.items).length).toBeGreaterThan(routine.items.length);
    }
  });
});

describe('the session in the window’s language', () => {
  const content = pseudoBundle().content;
  const routine = routines[0]!;

  it('plays the exercises with their words in the given texts', () => {
    const english = planSession([{ exerciseId: 'chin-tuck' }]);
    const plan = planSession([{ exerciseId: 'chin-tuck' }], localizedLookup({}, content));
    expect(plan.map((step) => step.seconds)).toEqual(english.map((step) => step.seconds));
    expect(plan[0]!.text).toBe(content!.exercises['chin-tuck']!.steps[0]);
    expect(plan[0]!.exercise.name).toBe(content!.exercises['chin-tuck']!.name);
    expect(planSession([{ exerciseId: 'chin-tuck' }], localizedLookup({}, undefined))).toEqual(english);
  });

  it('names a single exercise and a built-in routine from the texts, anything else as main sent it', () => {
    const single = { title: 'Chin tuck', items: [{ exerciseId: 'chin-tuck', reps: 3 }] };
    expect(sessionTitle(single, content)).toBe(content!.exercises['chin-tuck']!.name);
    expect(sessionTitle(single, undefined)).toBe('Chin tuck');
    const whole = { title: routine.name, items: routine.items.map((item) => ({ ...item, reps: 9 })) };
    expect(sessionTitle(whole, content)).toBe(content!.routines[routine.id]!.name);
    const partial = { title: 'Mine', items: routine.items.slice(0, 1).concat(routine.items.slice(0, 1)) };
    expect(sessionTitle(partial, content)).toBe('Mine');
    expect(sessionTitle({ title: 'Own', items: [{ exerciseId: 'my-own' }] }, content)).toBe('Own');
  });
});
