import type { Exercise } from '../exercise-types';

export const chinTuck: Exercise = {
  id: 'chin-tuck',
  name: 'Chin tuck',
  level: 'all-levels',
  bodyParts: ['neck', 'upper-back'],
  summary: 'Slides a forward-drifting head back over the shoulders.',
  why: 'Hours at a screen pull the head forward. Drawing the chin straight back trains the neck to sit in line with the spine and eases the strain along the back of the neck.',
  places: ['seated', 'standing'],
  reps: 5,
  steps: [
    {
      text: 'Sit or stand tall, feet about hip-width apart, eyes level and chin parallel to the floor.',
      pose: 'chin-tuck/neutral',
    },
    { text: 'Rest the tip of your right index finger on the front of your chin.', pose: 'chin-tuck/finger' },
    {
      text: 'Glide your chin straight back, as if making a double chin, until you feel a gentle pull at the back of your neck.',
      holdSeconds: 5,
      pose: 'chin-tuck/tucked',
    },
    { text: 'Let the tuck go and return to a level head.', holdSeconds: 3, pose: 'chin-tuck/neutral' },
  ],
  caution: 'Keep the movement small and slow; stop if it causes pain, dizziness or tingling in your arms.',
};
