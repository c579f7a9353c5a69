import type { OwnExerciseDraft } from '../../../src/shared/own-content';

/** A small valid own exercise: one untimed step with a figure, one timed movement. */
export const neckRoll = (): OwnExerciseDraft => ({
  name: 'Neck roll',
  summary: 'Slow half circles of the head.',
  places: ['seated', 'standing'],
  bodyParts: ['neck'],
  reps: 3,
  steps: [
    { text: 'Sit tall.', pose: 'chin-tuck/finger-on-chin' },
    { text: 'Roll the chin from shoulder to shoulder.', holdSeconds: 8, timing: 'move' },
  ],
  offerInBreaks: true,
});
