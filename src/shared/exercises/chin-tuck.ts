import type { Exercise } from '../exercise-types';

export const chinTuck = {
  id: 'chin-tuck',
  name: 'Chin tuck',
  level: 'all-levels',
  category: 'posture',
  bodyParts: ['neck', 'upper-back'],
  summary: 'Slides a forward-drifting head back over the shoulders.',
  why: 'Hours at a screen pull the head forward. Drawing the chin straight back trains the neck to sit in line with the spine and eases the strain along the back of the neck and between the shoulders.',
  places: ['seated', 'standing'],
  // Four short reps keep one run inside a one-minute micro break; users can raise it later.
  reps: 4,
  steps: [
    {
      text: 'Sit or stand tall, eyes level and chin parallel to the floor. Rest your right index finger on the front of your chin.',
      pose: 'chin-tuck/finger-on-chin',
    },
    {
      text: 'Glide your chin straight back, as if making a double chin, until you feel a gentle pull at the back of your neck.',
      holdSeconds: 5,
      timing: 'hold',
      pose: 'chin-tuck/tucked',
    },
    {
      text: 'Let the tuck go and return to a level head.',
      holdSeconds: 2,
      timing: 'rest',
      pose: 'chin-tuck/finger-on-chin',
    },
  ],
  easier: {
    text: 'Lean the back of your head lightly against a high chair back or a wall and glide it straight back into that support instead of holding it up yourself.',
  },
  caution: 'Keep the movement small and slow; stop if it causes pain, dizziness or tingling in your arms.',
} as const satisfies Exercise;
