import type { Exercise } from '../exercise-types';

export const childsPoseReach = {
  id: 'childs-pose-reach',
  name: "Child's pose with alternating reach",
  level: 'all-levels',
  category: 'stretch',
  bodyParts: ['upper-back', 'sides', 'shoulders', 'lower-back'],
  summary: 'A kneeling forward fold that then reaches to each side to open the back and flanks.',
  why: 'Folding forward lengthens the spine, and walking the hands to one side stretches the lats, the broad muscles below the armpits that tighten after upper-body effort.',
  places: ['floor'],
  reps: 2,
  steps: [
    {
      text: 'Kneel upright with your hips over your knees, knees hip-width apart and big toes touching behind you.',
      pose: 'childs-pose-reach/kneeling-upright',
    },
    {
      text: 'Sit your glutes back onto your heels.',
      pose: 'childs-pose-reach/sitting-on-heels',
    },
    {
      text: 'Breathe out and fold your chest toward the floor. Stretch your arms out ahead, rest your forehead down and let your neck and tailbone lengthen. Stay for a few slow breaths.',
      // "A few breaths" is about three to four breaths, roughly twenty seconds.
      holdSeconds: 20,
      timing: 'hold',
      pose: 'childs-pose-reach/folded-arms-forward',
    },
    {
      text: 'Keep your hips still and walk both hands over to the right until the left side of your body stretches. Breathe into it.',
      holdSeconds: 20,
      timing: 'hold',
      side: 'left',
      pose: 'childs-pose-reach/hands-to-right',
    },
    {
      text: 'Walk your hands back to the middle.',
      pose: 'childs-pose-reach/folded-arms-forward',
    },
    {
      text: 'Now walk both hands over to the left to stretch your right side. Breathe into it.',
      holdSeconds: 20,
      timing: 'hold',
      side: 'right',
      pose: 'childs-pose-reach/hands-to-left',
    },
    {
      text: 'Walk your hands back to the middle and slowly roll up to sit on your heels.',
      pose: 'childs-pose-reach/sitting-on-heels',
    },
  ],
  easier: {
    text: 'Put a folded blanket or cushion between your heels and your glutes, or widen your knees, so you do not need to fold as far.',
  },
  caution: 'Skip it or pad well if your knees or hips hurt when kneeling.',
} as const satisfies Exercise;
