import type { Pose } from '../pose-types';
import { quadruped, QUADRUPED_HANDS_X } from './quadruped';

/** Cat pose from the side: the rounding of the back is the whole movement. */
const onAllFours = [
  { part: 'hands', on: 'floor' },
  { part: 'knees', on: 'floor' },
] as const;

export const catPosePoses: Record<string, Pose> = {
  'cat-pose/all-fours': quadruped({
    contacts: onAllFours,
    angles: {},
    description: 'On hands and knees, hands under the shoulders, knees under the hips, back flat.',
  }),
  'cat-pose/back-rounded': quadruped({
    handsX: QUADRUPED_HANDS_X,
    // The spine rounds up towards the ceiling, the pelvis tucks and the chin drops towards the chest.
    angles: { spine: 50, torso: 6, neck: 40, head: 22 },
    contacts: onAllFours,
    highlight: ['torso'],
    arrows: [
      {
        at: 'midBack',
        offset: [0, -6],
        direction: 90,
        length: 14,
        label: 'the back rounds up to the ceiling',
      },
    ],
    description:
      'On hands and knees with the back rounded up towards the ceiling, belly drawn in and chin tucked towards the chest.',
  }),
};
