import type { Exercise } from '../exercise-types';

export const birdDog = {
  id: 'bird-dog',
  name: 'Bird dog',
  level: 'all-levels',
  category: 'strength',
  bodyParts: ['core', 'lower-back', 'shoulders'],
  summary: 'Reaches an opposite arm and leg long while the trunk stays still.',
  why: 'Keeping the body steady while one arm and the opposite leg move trains the deep core layers that hold the spine in place, without loading it heavily.',
  places: ['floor'],
  reps: 5,
  steps: [
    {
      text: 'Come onto your hands and knees: hands under your shoulders, knees under your hips, back flat.',
      pose: 'bird-dog/all-fours',
    },
    {
      text: 'Stretch your left arm forward until it lines up with your ear, and at the same time push your right leg straight back. Hold it steady.',
      holdSeconds: 5,
      timing: 'hold',
      side: 'left',
      pose: 'bird-dog/left-arm-right-leg',
    },
    {
      text: 'Bring the arm and leg back down to your hands and knees.',
      side: 'left',
      pose: 'bird-dog/all-fours',
    },
    {
      text: 'Now the other pair: reach your right arm forward and your left leg back. Hold it steady.',
      holdSeconds: 5,
      timing: 'hold',
      side: 'right',
      pose: 'bird-dog/right-arm-left-leg',
    },
    {
      text: 'Lower them again and return to your hands and knees.',
      side: 'right',
      pose: 'bird-dog/all-fours',
    },
  ],
  easier: {
    text: 'Leave both knees on the floor and reach only your arms forward, one at a time, switching sides each rep.',
  },
  caution:
    'Keep your hips level and your back flat instead of twisting or sagging. Pad your knees if kneeling is uncomfortable.',
} as const satisfies Exercise;
