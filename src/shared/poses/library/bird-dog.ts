import type { Pose } from '../pose-types';
import { quadruped, QUADRUPED_HANDS_X } from './quadruped';

/**
 * Bird dog, from the side. Facing right, the figure's left side is nearest the viewer: the left arm and
 * right leg pair shows the near arm and the far leg, the other pair the reverse.
 */
const reachingArm = { upperArm: 174, lowerArm: 0, hand: 0 };
const reachingLeg = { upperLeg: -6, lowerLeg: 0, foot: -25 };

export const birdDogPoses: Record<string, Pose> = {
  'bird-dog/all-fours': quadruped({
    contacts: [
      { part: 'hands', on: 'floor' },
      { part: 'knees', on: 'floor' },
    ],
    angles: {},
    description: 'On hands and knees, hands under the shoulders, knees under the hips, back flat.',
  }),
  'bird-dog/left-arm-right-leg': quadruped({
    handsX: QUADRUPED_HANDS_X,
    angles: {
      upperArmL: reachingArm.upperArm,
      lowerArmL: reachingArm.lowerArm,
      handL: reachingArm.hand,
      upperLegR: reachingLeg.upperLeg,
      lowerLegR: reachingLeg.lowerLeg,
      footR: reachingLeg.foot,
    },
    contacts: [
      { part: 'handR', on: 'floor' },
      { part: 'kneeL', on: 'floor' },
    ],
    highlight: ['upperArmL', 'lowerArmL', 'upperLegR', 'lowerLegR', 'pelvis'],
    arrows: [
      { at: 'fingersL', offset: [4, -8], direction: 0, length: 14, label: 'the left arm reaches forward' },
      { at: 'kneeR', offset: [-14, -12], direction: 180, length: 14, label: 'the right leg pushes back' },
    ],
    description:
      'On hands and knees with the left arm stretched straight forward at ear height and the right leg straight back, back flat.',
  }),
  'bird-dog/right-arm-left-leg': quadruped({
    handsX: QUADRUPED_HANDS_X,
    angles: {
      upperArmR: reachingArm.upperArm,
      lowerArmR: reachingArm.lowerArm,
      handR: reachingArm.hand,
      upperLegL: reachingLeg.upperLeg,
      lowerLegL: reachingLeg.lowerLeg,
      footL: reachingLeg.foot,
    },
    contacts: [
      { part: 'handL', on: 'floor' },
      { part: 'kneeR', on: 'floor' },
    ],
    highlight: ['upperArmR', 'lowerArmR', 'upperLegL', 'lowerLegL', 'pelvis'],
    arrows: [
      { at: 'fingersR', offset: [4, -8], direction: 0, length: 14, label: 'the right arm reaches forward' },
      { at: 'kneeL', offset: [-14, -12], direction: 180, length: 14, label: 'the left leg pushes back' },
    ],
    description:
      'On hands and knees with the right arm stretched straight forward at ear height and the left leg straight back, back flat.',
  }),
};
