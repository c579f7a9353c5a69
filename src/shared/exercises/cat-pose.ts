import type { Exercise } from '../exercise-types';

export const catPose = {
  id: 'cat-pose',
  name: 'Cat pose',
  level: 'all-levels',
  category: 'mobility',
  bodyParts: ['upper-back', 'lower-back', 'core'],
  summary: 'Rounds the spine up like an arching cat, then unrolls it.',
  why: 'Rounding the back gently stretches the whole spine, and pulling the belly in rehearses the same core engagement that good sitting posture relies on.',
  places: ['floor'],
  reps: 5,
  steps: [
    {
      text: 'Kneel on all fours with your hands under your shoulders and your back flat.',
      pose: 'cat-pose/all-fours',
    },
    {
      text: 'Breathe out as you round your back up toward the ceiling, drawing your belly in and letting your chin drop toward your chest.',
      holdSeconds: 5,
      timing: 'hold',
      pose: 'cat-pose/back-rounded',
    },
    {
      text: 'Unroll slowly, from the tailbone upward, one section of the spine at a time until your back is flat again.',
      holdSeconds: 4,
      timing: 'move',
      pose: 'cat-pose/all-fours',
    },
  ],
  easier: {
    text: 'Do it sitting: hands on your knees, round your back and drop your chin as you breathe out, then sit tall again.',
  },
  caution: 'Move within a comfortable range and put a cushion under your knees if kneeling is sore.',
} as const satisfies Exercise;
