import type { Exercise } from '../exercise-types';

export const scapularPushUp = {
  id: 'scapular-push-up',
  name: 'Scapular push-up',
  level: 'all-levels',
  category: 'strength',
  bodyParts: ['shoulders', 'upper-back', 'core'],
  summary: 'Moves only the shoulder blades, with straight arms, from a plank.',
  why: 'Long sitting lets the shoulder blades tire and drift forward. Squeezing them together and spreading them apart strengthens the muscles that hold the shoulders back and the upper spine upright.',
  places: ['floor'],
  reps: 8,
  steps: [
    {
      text: 'Set up in a high plank: hands and feet about shoulder-width apart, wrists under your shoulders, belly firm.',
      pose: 'scapular-push-up/high-plank',
    },
    {
      text: 'Keeping your arms straight, let your chest sink toward the floor so your shoulder blades slide together. Hold briefly.',
      // A short pause suits a movement repeated many times.
      holdSeconds: 3,
      timing: 'hold',
      pose: 'scapular-push-up/blades-squeezed',
    },
    {
      text: 'Push the floor away so your upper back rises toward the ceiling, letting the shoulder blades spread while you keep them pulled down, well clear of your ears.',
      holdSeconds: 3,
      timing: 'move',
      pose: 'scapular-push-up/upper-back-raised',
    },
  ],
  easier: {
    text: 'Stand facing a wall with your palms on it at chest height and make the same shoulder-blade movement there.',
  },
  caution:
    'Keep your arms straight and your shoulders away from your ears; stop if you feel pain in the shoulder joint.',
} as const satisfies Exercise;
