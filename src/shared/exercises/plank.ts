import type { Exercise } from '../exercise-types';

export const plank = {
  id: 'plank',
  name: 'Plank',
  level: 'all-levels',
  category: 'strength',
  bodyParts: ['core', 'glutes', 'shoulders'],
  summary: 'Holds the body in one straight line to build a steady core.',
  why: 'A plank works the whole band of muscle around the trunk at once. A stronger core carries more of the load that a tired back otherwise takes on.',
  places: ['floor'],
  reps: 3,
  steps: [
    {
      text: 'Lie on your front with your palms flat on the floor beside your shoulders and your toes tucked under.',
      pose: 'plank/face-down',
    },
    {
      text: 'Breathe in and push the floor away until you are at the top of a push-up, body straight from heels to head.',
      holdSeconds: 3,
      timing: 'move',
      pose: 'plank/high-plank',
    },
    {
      text: 'Pull your belly button in and squeeze your glutes. Look at the floor just under your face and keep breathing evenly.',
      // The source asks for at least ten seconds; fifteen gives a little margin without straining beginners.
      holdSeconds: 15,
      timing: 'hold',
      pose: 'plank/high-plank',
    },
    {
      text: 'Lower yourself gently back down to the floor.',
      holdSeconds: 3,
      timing: 'move',
      pose: 'plank/face-down',
    },
    {
      text: 'Rest before the next plank.',
      holdSeconds: 10,
      timing: 'rest',
      pose: 'plank/face-down',
    },
  ],
  easier: { text: 'Keep your knees on the floor so the straight line runs from knees to head.' },
  caution:
    'Stop if your lower back starts to sag or ache; a shorter, cleaner hold is better than a long sloppy one.',
} as const satisfies Exercise;
