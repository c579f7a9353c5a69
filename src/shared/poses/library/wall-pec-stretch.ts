/**
 * Wall pec stretch, seen from the front: the wall is edge-on beside the figure, the working arm bent at a
 * right angle with the forearm flat against it. Turning away from the wall shows as the shoulders
 * narrowing (the trunk rotates) with a curved arrow across the chest.
 */

import { WIDTH } from '../body';
import type { Pose } from '../pose-types';
import { both, definePose, pointOf, shift } from './build';

type Side = 'right' | 'left';

function onWall(side: Side, turned: boolean): Pose {
  // Seen from the front, the figure's right is on the screen's left.
  const s = side === 'right' ? 1 : -1;
  const arm = side === 'right' ? 'R' : 'L';
  const other = side === 'right' ? 'L' : 'R';
  const away = side === 'right' ? 'left' : 'right';
  const wallX = side === 'right' ? 64 : 176;
  const pose = definePose({
    view: 'front',
    root: { x: 120, rotation: 90 },
    props: { floor: true, wall: { x: wallX } },
    contacts: [
      { part: 'feet', on: 'floor' },
      { part: `forearm${arm}`, on: 'wall' },
    ],
    angles: {
      ...both({ upperLeg: 5, lowerArm: 6 }),
      // Turning away from the wall rotates the trunk; the head turns with it.
      twist: turned ? s * 34 : 0,
      [`upperArm${arm}`]: 90,
      [`lowerArm${arm}`]: 90,
      [`upperArm${other}`]: 8,
    },
    highlight: turned ? ['upperTrunk', `upperArm${arm}`] : [`upperArm${arm}`, `lowerArm${arm}`],
    arrows: turned
      ? [
          {
            at: 'neckBase',
            offset: [s * 14, 18],
            direction: side === 'right' ? 0 : 180,
            bend: side === 'right' ? 40 : -40,
            length: 28,
            label: `the body turns to the ${away}, away from the wall`,
          },
        ]
      : [],
    description: turned
      ? `Standing beside a wall with the ${side} forearm and palm flat on it, elbow bent at a right angle at shoulder height, the body turned away to the ${away}.`
      : `Standing tall beside a wall, the ${side} arm raised with the elbow bent at a right angle at shoulder height, forearm and palm flat on the wall; the other arm hangs.`,
  });
  // Slide the figure sideways so the forearm rests against the wall.
  const elbow = pointOf(pose, `elbow${arm}`);
  return shift(pose, wallX + s * (WIDTH.lowerArm / 2) - elbow.x);
}

export const wallPecStretchPoses: Record<string, Pose> = {
  'wall-pec-stretch/right-arm-on-wall': onWall('right', false),
  'wall-pec-stretch/right-turned-away': onWall('right', true),
  'wall-pec-stretch/left-arm-on-wall': onWall('left', false),
  'wall-pec-stretch/left-turned-away': onWall('left', true),
};
