/**
 * Plank and scapular push-up, from the side facing right. The high plank is solved, not drawn: the body
 * line is tilted until both hands (under the shoulders, arms vertical) and toes rest on the floor.
 */

import { FLOOR_Y, WIDTH } from '../body';
import type { Angles, Pose } from '../pose-types';
import { both, definePose, floorGap, pointOf, reachAll, solveJoint, type PoseSpec } from './build';

type Spec = Omit<PoseSpec, 'view' | 'root' | 'props' | 'angles'> & { angles?: Partial<Angles> };

/** Straight from heels to head, arms vertical, toes tucked; extra angles (shoulder blades, spine) on top. */
export function highPlank(spec: Spec): Pose {
  let rotation = 14;
  let pose = definePose({
    view: 'side',
    root: { x: 96, rotation },
    props: { floor: true, mat: 'edge' },
    ...spec,
    angles: {},
  });
  for (let i = 0; i < 8; i++) {
    const thorax = rotation - (spec.angles?.spine ?? 0) / 2;
    // Arms plumb: 270° on screen is 90° + 180° + flexion from a thorax pointing at `thorax`.
    const armFlexion = 90 - thorax;
    pose = definePose({
      view: 'side',
      root: { x: 96, rotation },
      props: { floor: true, mat: 'edge' },
      ...spec,
      angles: { ...both({ upperArm: armFlexion, hand: 90, foot: 4 }), neck: 14, ...spec.angles },
    });
    // Tilt towards whichever end is off the floor until hands and toes both touch.
    const gap = floorGap(pose, ['hands']) - floorGap(pose, ['toes']);
    rotation -= (gap / 120) * (180 / Math.PI);
  }
  return pose;
}

const planted = [
  { part: 'hands', on: 'floor' },
  { part: 'toes', on: 'floor' },
] as const;

/** Lying face down, palms beside the shoulders, toes tucked under. */
function faceDown(): Pose {
  const lying = definePose({
    view: 'side',
    root: { x: 92, rotation: 0 },
    props: { floor: true, mat: 'edge' },
    restOn: ['back'],
    contacts: [
      { part: 'back', on: 'floor' },
      { part: 'hands', on: 'floor' },
      { part: 'toes', on: 'floor' },
      { part: 'knees', on: 'floor' },
    ],
    // The neck lifts a little so the face clears the floor.
    angles: { neck: -18, head: -8, ...both({ upperLeg: 4, foot: 10 }) },
    description:
      'Lying face down, palms flat on the floor beside the shoulders, elbows bent up, toes tucked under.',
  });
  const shoulder = pointOf(lying, 'shoulderL');
  // Palms beside the chest, just behind the shoulders, elbows pointing up.
  const palm = { x: shoulder.x - 15, y: FLOOR_Y - WIDTH.hand / 2 };
  const armsPlaced = reachAll(lying, [
    ['armL', palm, 0],
    ['armR', palm, 0],
  ]);
  // Toes tucked: knees on the floor, the shins bend up just enough for the toes to reach the floor.
  const toeDown =
    (side: 'L' | 'R') =>
    (p: Pose): number =>
      FLOOR_Y - (pointOf(p, `toe${side}`).y + WIDTH.foot / 2);
  return solveJoint(
    solveJoint(armsPlaced, 'lowerLegL', 0, 60, toeDown('L')),
    'lowerLegR',
    0,
    60,
    toeDown('R'),
  );
}

export const plankPoses: Record<string, Pose> = {
  'plank/face-down': faceDown(),
  'plank/high-plank': highPlank({
    contacts: planted,
    highlight: ['torso', 'pelvis'],
    description:
      'High plank: arms straight with the hands under the shoulders, body in one straight line from heels to head, eyes to the floor.',
  }),
};

export const scapularPushUpPoses: Record<string, Pose> = {
  'scapular-push-up/high-plank': highPlank({
    contacts: planted,
    description:
      'High plank: arms straight, wrists under the shoulders, body in one straight line, belly firm.',
  }),
  'scapular-push-up/blades-squeezed': highPlank({
    // Arms stay straight; only the shoulder blades move, so the chest sinks between them.
    angles: { ...both({ protraction: -24 }), spine: -8 },
    contacts: planted,
    highlight: ['shoulderL', 'upperTrunk'],
    arrows: [
      {
        at: 'midBack',
        offset: [0, -4],
        direction: 270,
        length: 12,
        label: 'the chest sinks as the shoulder blades squeeze together',
      },
    ],
    description:
      'High plank with straight arms, chest sunk towards the floor and shoulder blades squeezed together.',
  }),
  'scapular-push-up/upper-back-raised': highPlank({
    angles: { ...both({ protraction: 26 }), spine: 12 },
    contacts: planted,
    highlight: ['shoulderL', 'upperTrunk'],
    arrows: [
      {
        at: 'midBack',
        offset: [0, -6],
        direction: 90,
        length: 12,
        label: 'the upper back pushes up as the shoulder blades spread',
      },
    ],
    description:
      'High plank with straight arms, the upper back pushed up towards the ceiling and the shoulder blades spread apart.',
  }),
};
