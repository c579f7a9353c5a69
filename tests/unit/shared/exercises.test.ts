import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ExerciseSchema,
  MAX_STEP_SECONDS,
  RoutineSchema,
  TipSchema,
} from '../../../src/shared/exercise-schema';
import type { Exercise } from '../../../src/shared/exercise-types';
import {
  applyOverride,
  exercises,
  exerciseSeconds,
  findExercise,
  poseIdsInUse,
  UNTIMED_STEP_SECONDS,
} from '../../../src/shared/exercises';
import { findRoutine, routines, routineSeconds } from '../../../src/shared/routines';
import type { Routine } from '../../../src/shared/routines';
import { safetyAdvice, tips } from '../../../src/shared/tips';

const ARTICLE_EXERCISES = [
  'glute-bridge',
  'bird-dog',
  'plank',
  'scapular-push-up',
  'cat-pose',
  'shoulder-shrug-circle',
  'childs-pose-reach',
  'chin-tuck',
  'wall-pec-stretch',
];

function issues(schema: v.GenericSchema, value: unknown): string[] {
  const result = v.safeParse(schema, value);
  return result.success ? [] : result.issues.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`);
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

describe('exercises', () => {
  it.each(exercises.map((exercise) => [exercise.id, exercise] as const))(
    '%s passes the schema',
    (_, exercise) => {
      expect(issues(ExerciseSchema, exercise)).toEqual([]);
    },
  );

  it('schema output stays assignable to the Exercise type', () => {
    expectTypeOf<v.InferOutput<typeof ExerciseSchema>>().toExtend<Exercise>();
  });

  it('have unique ids', () => {
    expect(duplicates(exercises.map((exercise) => exercise.id))).toEqual([]);
  });

  it('include every exercise from the article, plus the posture check', () => {
    const ids = exercises.map((exercise) => exercise.id);
    expect(ids).toEqual(expect.arrayContaining([...ARTICLE_EXERCISES, 'posture-check']));
  });

  it('are found by id', () => {
    expect(findExercise('bird-dog')?.name).toBe('Bird dog');
    expect(findExercise('no-such-exercise')).toBeUndefined();
  });

  it.each(exercises.map((exercise) => [exercise.id, exercise] as const))(
    '%s: every step has text, a pose of its own and sane seconds',
    (id, exercise) => {
      for (const step of exercise.steps) {
        expect(step.text.trim()).not.toBe('');
        expect(step.pose).toMatch(new RegExp(`^${id}/[a-z0-9-]+$`));
        if (step.holdSeconds !== undefined) {
          expect(Number.isInteger(step.holdSeconds)).toBe(true);
          expect(step.holdSeconds).toBeGreaterThan(0);
          expect(step.holdSeconds).toBeLessThanOrEqual(MAX_STEP_SECONDS);
        }
      }
    },
  );

  it('write alternating sides out as explicit left and right steps', () => {
    for (const exercise of exercises) {
      const sides = new Set(exercise.steps.flatMap((step) => (step.side === undefined ? [] : [step.side])));
      // An exercise that names one side must also do the other.
      expect(sides.size === 0 || sides.size === 2, exercise.id).toBe(true);
    }
    for (const id of ['bird-dog', 'childs-pose-reach', 'wall-pec-stretch']) {
      const sides = findExercise(id)?.steps.map((step) => step.side);
      expect(sides, id).toEqual(expect.arrayContaining(['left', 'right']));
    }
  });

  it('give the easier variants the article describes', () => {
    expect(findExercise('bird-dog')?.easier?.text).toMatch(/knees/i);
    expect(findExercise('shoulder-shrug-circle')?.easier?.text).toMatch(/sit/i);
    expect(findExercise('shoulder-shrug-circle')?.places).toContain('seated');
  });

  it('make the posture check a seated exercise that fits a 20-40 s desk break', () => {
    const postureCheck = findExercise('posture-check');
    expect(postureCheck?.places).toEqual(['seated']);
    const seconds = postureCheck === undefined ? 0 : exerciseSeconds(postureCheck);
    expect(seconds).toBeGreaterThanOrEqual(20);
    expect(seconds).toBeLessThanOrEqual(40);
  });

  it('hold the plank for at least the ten seconds the article asks for', () => {
    const holds = findExercise('plank')?.steps.filter((step) => step.timing === 'hold') ?? [];
    expect(holds.length).toBeGreaterThan(0);
    for (const step of holds) expect(step.holdSeconds).toBeGreaterThanOrEqual(10);
  });
});

describe('pose ids', () => {
  it('are unique, sorted and cover every step', () => {
    const poses = poseIdsInUse();
    expect(poses).toEqual([...new Set(poses)].sort());
    const used = exercises.flatMap((exercise) => exercise.steps.map((step) => step.pose));
    expect(new Set(used)).toEqual(new Set(poses));
  });

  it('are reused when a step returns to the same position', () => {
    const birdDog = findExercise('bird-dog')?.steps.map((step) => step.pose);
    expect(birdDog?.filter((pose) => pose === 'bird-dog/all-fours')).toHaveLength(3);
  });
});

describe('timing', () => {
  const sample: Exercise = {
    id: 'sample',
    name: 'Sample',
    level: 'all-levels',
    bodyParts: ['neck'],
    summary: 's',
    why: 'w',
    places: ['seated'],
    reps: 3,
    steps: [
      { text: 'set up', pose: 'sample/start' },
      { text: 'hold', holdSeconds: 10, pose: 'sample/held' },
      { text: 'move', holdSeconds: 4, timing: 'move', pose: 'sample/start' },
    ],
  };

  it('times a run as the player plays it: reps times the steps, an untimed one getting its few seconds', () => {
    expect(exerciseSeconds(sample)).toBe(3 * (UNTIMED_STEP_SECONDS + 10 + 4));
  });

  it('applies a hold override to hold steps only, without mutating the exercise', () => {
    const played = applyOverride(sample, { reps: 1, holdSeconds: 20 });
    expect(played.steps.map((step) => step.holdSeconds)).toEqual([undefined, 20, 4]);
    expect(played.reps).toBe(1);
    expect(sample.steps[1]?.holdSeconds).toBe(10);
    expect(exerciseSeconds(sample, { reps: 1, holdSeconds: 20 })).toBe(UNTIMED_STEP_SECONDS + 20 + 4);
  });
});

describe('tips', () => {
  it.each(tips.map((tip) => [tip.id, tip] as const))('%s passes the schema', (_, tip) => {
    expect(issues(TipSchema, tip)).toEqual([]);
  });

  it('have unique ids', () => {
    expect(duplicates(tips.map((tip) => tip.id))).toEqual([]);
  });

  it("cover the article's advice", () => {
    const all = tips.map((tip) => [tip.title, tip.body, ...('points' in tip ? tip.points : [])].join(' '));
    const text = all.join('\n').toLowerCase();
    for (const topic of [
      'ice',
      'heat',
      'rest',
      'active',
      'feet flat',
      'forearms',
      'neck',
      'core',
      'doctor',
    ]) {
      expect(text, topic).toContain(topic);
    }
  });

  it('include the medication caution', () => {
    const medication = tips.find((tip) => tip.kind === 'medication');
    expect(medication?.body).toMatch(/doctor/i);
    expect(medication?.body).toMatch(/first/i);
  });
});

describe('safety advice', () => {
  it('sends severe pain to a professional and says to stop what hurts', () => {
    expect(safetyAdvice).toMatch(/professional|doctor/i);
    expect(safetyAdvice).toMatch(/severe/i);
    expect(safetyAdvice).toMatch(/stop/i);
  });
});

describe('routines', () => {
  const list: readonly Routine[] = routines;

  it.each(list.map((routine) => [routine.id, routine] as const))('%s passes the schema', (_, routine) => {
    expect(issues(RoutineSchema, routine)).toEqual([]);
  });

  it('have ids unique among routines and exercises', () => {
    expect(
      duplicates([...list.map((routine) => routine.id), ...exercises.map((exercise) => exercise.id)]),
    ).toEqual([]);
  });

  it.each(list.map((routine) => [routine.id, routine] as const))(
    '%s names existing exercises doable in its places',
    (_, routine) => {
      for (const item of routine.items) {
        const exercise = findExercise(item.exerciseId);
        expect(exercise, item.exerciseId).toBeDefined();
        expect(
          exercise?.places.some((place) => routine.places.includes(place)),
          item.exerciseId,
        ).toBe(true);
      }
    },
  );

  it.each(list.map((routine) => [routine.id, routine] as const))(
    '%s lasts roughly its advertised minutes',
    (_, routine) => {
      const minutes = routineSeconds(routine) / 60;
      expect(minutes).toBeGreaterThanOrEqual(routine.minutes * 0.75);
      expect(minutes).toBeLessThanOrEqual(routine.minutes * 1.25);
    },
  );

  it('ship the three the app promises', () => {
    const desk = findRoutine('desk-micro-break');
    const reset = findRoutine('upper-back-reset');
    const core = findRoutine('core-and-posture');
    expect(desk?.places.every((place) => place === 'seated' || place === 'standing')).toBe(true);
    expect(desk?.breakKinds).toContain('micro');
    expect(reset?.places.every((place) => place === 'standing' || place === 'wall')).toBe(true);
    expect(core?.places).toContain('floor');
    expect(desk?.minutes).toBe(1);
    expect(reset?.minutes).toBe(5);
    expect(core?.minutes).toBe(10);
  });

  it('throws on a routine that names an unknown exercise', () => {
    const broken: Routine = {
      id: 'broken',
      name: 'Broken',
      summary: 's',
      minutes: 1,
      places: ['seated'],
      breakKinds: ['micro'],
      items: [{ exerciseId: 'missing' }],
    };
    expect(() => routineSeconds(broken)).toThrow(/missing/);
  });
});
