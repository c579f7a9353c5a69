import type { Exercise } from '../exercise-types';

export const wallPecStretch = {
  id: 'wall-pec-stretch',
  name: 'Wall pec stretch',
  level: 'all-levels',
  category: 'stretch',
  bodyParts: ['chest', 'shoulders', 'upper-back'],
  summary: 'Opens a tight chest with one forearm braced against a wall.',
  why: 'Tight chest muscles drag the shoulders forward and round the upper back. Loosening them makes it easier to sit up straight without fighting yourself.',
  places: ['wall', 'standing'],
  reps: 1,
  steps: [
    {
      text: 'Stand tall beside a wall. Raise your right arm to shoulder height with the elbow bent at a right angle and press your palm and forearm flat on the wall. Let your left arm hang.',
      side: 'right',
      pose: 'wall-pec-stretch/right-arm-on-wall',
    },
    {
      text: 'Keeping the arm on the wall, turn your body slowly to the left until you feel a good stretch across the right of your chest and shoulder. Hold.',
      // Static stretches want 20 to 30 seconds; 25 keeps both sides inside a one-minute break.
      holdSeconds: 25,
      timing: 'hold',
      side: 'right',
      pose: 'wall-pec-stretch/right-turned-away',
    },
    {
      text: 'Turn around so the wall is on your left and swap arms: left forearm and palm on the wall, elbow bent at a right angle, right arm relaxed.',
      side: 'left',
      pose: 'wall-pec-stretch/left-arm-on-wall',
    },
    {
      text: 'Turn slowly to the right until the left of your chest and shoulder stretches. Hold.',
      holdSeconds: 25,
      timing: 'hold',
      side: 'left',
      pose: 'wall-pec-stretch/left-turned-away',
    },
  ],
  easier: { text: 'Place your elbow a little lower than your shoulder and turn only part of the way.' },
  caution:
    'The stretch should feel strong but never sharp. Stop if you feel tingling or numbness down the arm.',
} as const satisfies Exercise;
