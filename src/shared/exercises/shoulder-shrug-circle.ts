import type { Exercise } from '../exercise-types';

export const shoulderShrugCircle = {
  id: 'shoulder-shrug-circle',
  name: 'Shoulder shrug circle',
  level: 'all-levels',
  category: 'mobility',
  bodyParts: ['shoulders', 'upper-back', 'neck'],
  summary: 'Rolls the shoulders in big, slow circles with the arms held out in front.',
  why: 'Taking the shoulders through their full circle loosens the muscles at the top of the back, and finishing each circle back and down practises the position good posture asks for.',
  places: ['standing', 'seated'],
  reps: 2,
  steps: [
    {
      text: 'Stand tall and raise both arms straight out in front of you to shoulder height. Keep them there the whole time.',
      pose: 'shoulder-shrug-circle/arms-forward',
    },
    {
      text: 'Circle your shoulders backwards: lift them toward your ears, squeeze them back, then lower them well away from your ears. Keep the circles slow and full.',
      holdSeconds: 10,
      timing: 'move',
      pose: 'shoulder-shrug-circle/circling-backward',
    },
    {
      text: 'Change direction: lift them toward your ears, roll them forward, then lower them, for the same time.',
      holdSeconds: 10,
      timing: 'move',
      pose: 'shoulder-shrug-circle/circling-forward',
    },
  ],
  easier: {
    text: 'Sit down with your back against the chair for extra support, and rest your arms if holding them up is tiring.',
  },
  caution: 'Go slowly and keep the circles pain-free; make them smaller if your neck or shoulders complain.',
} as const satisfies Exercise;
