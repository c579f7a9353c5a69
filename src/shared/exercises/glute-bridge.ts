import type { Exercise } from '../exercise-types';

export const gluteBridge = {
  id: 'glute-bridge',
  name: 'Glute bridge',
  level: 'all-levels',
  category: 'strength',
  bodyParts: ['glutes', 'core', 'lower-back'],
  summary: 'Lifts the hips off the floor to wake up the glutes and deep core.',
  why: 'When the core and hips are weak, the back picks up the slack and gets overworked. Bridging builds the muscles that steady the pelvis and spine, so the back has less to compensate for.',
  places: ['floor'],
  reps: 8,
  steps: [
    {
      text: 'Lie on your back, knees bent, feet flat and hip-width apart, arms relaxed along your sides. Keep your shoulders heavy on the floor.',
      pose: 'glute-bridge/lying-knees-bent',
    },
    {
      text: 'Tighten your glutes and belly, then push through your heels to raise your hips until knees, hips and chest make one slanted line.',
      holdSeconds: 3,
      timing: 'move',
      pose: 'glute-bridge/hips-raised',
    },
    {
      text: 'Hold the bridge with your glutes squeezed. Keep the lower back long rather than arched.',
      holdSeconds: 5,
      timing: 'hold',
      pose: 'glute-bridge/hips-raised',
    },
    {
      text: 'Roll your hips slowly back down to the floor.',
      holdSeconds: 3,
      timing: 'move',
      pose: 'glute-bridge/lying-knees-bent',
    },
    {
      text: 'Settle for a breath before the next lift.',
      holdSeconds: 2,
      timing: 'rest',
      pose: 'glute-bridge/lying-knees-bent',
    },
  ],
  easier: {
    text: 'Lift your hips only part of the way and lower them straight away, building up to the full hold.',
  },
  caution: 'If you feel it in your lower back rather than your glutes, lift less high. Stop if it hurts.',
} as const satisfies Exercise;
