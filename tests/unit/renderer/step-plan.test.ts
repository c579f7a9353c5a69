import { describe, expect, it } from 'vitest';
import { exercises } from '../../../src/shared/exercises';
import { planSteps, UNTIMED_STEP_SECONDS } from '../../../src/renderer/src/player/step-plan';

describe('planSteps', () => {
  it('unrolls repetitions in order and numbers them from 1', () => {
    const plan = planSteps({
      reps: 2,
      steps: [{ text: 'Get set' }, { text: 'Hold', holdSeconds: 10 }],
    });
    expect(plan.map((step) => [step.rep, step.stepInRep, step.text, step.seconds])).toEqual([
      [1, 1, 'Get set', UNTIMED_STEP_SECONDS],
      [1, 2, 'Hold', 10],
      [2, 1, 'Get set', UNTIMED_STEP_SECONDS],
      [2, 2, 'Hold', 10],
    ]);
    expect(plan[1]).toMatchObject({ timing: 'hold', reps: 2, stepsPerRep: 2 });
    expect(plan[0]!.timing).toBeUndefined();
  });

  it('plays at least one repetition even if the data says fewer', () => {
    expect(planSteps({ reps: 0, steps: [{ text: 'x' }] })).toHaveLength(1);
  });

  it('gives every step of every shipped exercise a positive time', () => {
    for (const exercise of exercises) {
      const plan = planSteps(exercise);
      expect(plan.length).toBe(exercise.steps.length * exercise.reps);
      expect(plan.every((step) => step.seconds > 0)).toBe(true);
    }
  });
});
