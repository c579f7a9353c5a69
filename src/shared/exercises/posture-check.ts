import type { Exercise } from '../exercise-types';

/**
 * Our own micro-routine, built from the sitting checklist rather than from a named exercise. Each
 * checkpoint is held briefly so the body notices the new position; six checkpoints fit a 20-40 s break.
 */
export const postureCheck = {
  id: 'posture-check',
  name: 'Posture check',
  level: 'all-levels',
  category: 'posture',
  bodyParts: ['neck', 'shoulders', 'upper-back', 'core'],
  summary: 'A quick head-to-toe reset of how you are sitting at your desk.',
  why: 'Slouching creeps back without us noticing. Running through a short checklist a few times a day resets the position that loads the neck and back the least.',
  places: ['seated'],
  reps: 1,
  steps: [
    {
      text: 'Uncross your legs and put both feet flat on the floor, knees bent at roughly a right angle.',
      holdSeconds: 4,
      timing: 'hold',
      pose: 'posture-check/feet-flat',
    },
    {
      text: 'Sit up straight and tall, hips toward the back of the seat, chest gently lifted.',
      holdSeconds: 4,
      timing: 'hold',
      pose: 'posture-check/sitting-tall',
    },
    {
      text: 'Draw your shoulders back, then let them settle down and away from your ears.',
      holdSeconds: 4,
      timing: 'hold',
      pose: 'posture-check/shoulders-back-down',
    },
    {
      text: 'Pull your stomach in a little to switch on your core.',
      holdSeconds: 4,
      timing: 'hold',
      pose: 'posture-check/core-engaged',
    },
    {
      text: 'Level your head so your ears sit over your shoulders and your neck is neutral, not craning toward the screen.',
      holdSeconds: 4,
      timing: 'hold',
      pose: 'posture-check/neck-neutral',
    },
    {
      text: 'Rest your hands on the keyboard with your forearms roughly parallel to the floor; adjust your chair if they slope.',
      holdSeconds: 4,
      timing: 'hold',
      pose: 'posture-check/forearms-level',
    },
  ],
  caution: 'Aim for comfortable, not rigid: hold each position lightly and keep breathing.',
} as const satisfies Exercise;
