/** The pose library: every pose the exercise steps name, keyed `<exercise-id>/<pose-name>`. */

import type { Pose } from '../pose-types';
import { birdDogPoses } from './bird-dog';
import { catPosePoses } from './cat-pose';
import { childsPoseReachPoses } from './childs-pose-reach';
import { chinTuckPoses } from './chin-tuck';
import { gluteBridgePoses } from './glute-bridge';
import { plankPoses, scapularPushUpPoses } from './plank';
import { postureCheckPoses } from './posture-check';
import { shoulderShrugCirclePoses } from './shoulder-shrug-circle';
import { wallPecStretchPoses } from './wall-pec-stretch';

export const poses: Readonly<Record<string, Pose>> = {
  ...postureCheckPoses,
  ...chinTuckPoses,
  ...shoulderShrugCirclePoses,
  ...wallPecStretchPoses,
  ...catPosePoses,
  ...childsPoseReachPoses,
  ...scapularPushUpPoses,
  ...gluteBridgePoses,
  ...birdDogPoses,
  ...plankPoses,
};
