/**
 * Hands and knees, seen from the side facing right: shared by bird dog and cat pose. Knees under the
 * hips, wrists under the shoulders, tops of the feet on the floor.
 */

import { FLOOR_Y, WIDTH } from '../body';
import type { Pose } from '../pose-types';
import { both, definePose, pointOf, reachAll, type PoseSpec } from './build';

/** Where the hands rest: under the shoulders of the flat-backed position. */
const HAND_Y = FLOOR_Y - WIDTH.hand / 2;

export const QUADRUPED_ANGLES = {
  // Thighs vertical, shins along the floor rising a touch towards the ankles, feet pointed.
  ...both({ upperLeg: 84, lowerLeg: 94, foot: -68 }),
  // The head in line with the back, eyes to the floor.
  neck: 12,
} as const;

export function quadruped(spec: Omit<PoseSpec, 'view' | 'root' | 'props'> & { handsX?: number }): Pose {
  const pose = definePose({
    view: 'side',
    // Arms are a little longer than thighs, so the back rises slightly towards the shoulders.
    root: { x: 108, rotation: 10 },
    props: { floor: true, mat: 'edge' },
    restOn: ['knees'],
    ...spec,
    angles: { ...QUADRUPED_ANGLES, ...spec.angles },
  });
  const handsX = spec.handsX ?? pointOf(pose, 'shoulderL').x;
  const reachL = spec.angles.upperArmL === undefined;
  const reachR = spec.angles.upperArmR === undefined;
  return reachAll(pose, [
    ...(reachL ? ([['armL', { x: handsX, y: HAND_Y }, 0]] as const) : []),
    ...(reachR ? ([['armR', { x: handsX, y: HAND_Y }, 0]] as const) : []),
  ]);
}

/** x of the hands in the flat-backed position, so variations keep the hands where they were planted. */
export const QUADRUPED_HANDS_X = pointOf(quadruped({ angles: {}, description: '' }), 'shoulderL').x;
