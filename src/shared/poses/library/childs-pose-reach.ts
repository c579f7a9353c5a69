/**
 * Child's pose with alternating reach. Kneeling and folding are seen from the side (facing right); the
 * sideways reach only shows from above, so those two poses are a front-plane view of the folded figure
 * seen from overhead: head up the screen, arms walked to one side, trunk curved like a banana.
 */

import { FLOOR_Y, WIDTH } from '../body';
import type { Pose } from '../pose-types';
import { solve } from '../kinematics';
import { add, along } from '../vec';
import { both, definePose, floorGap, pointOf, reachAll, solveJoint } from './build';

const kneelingContacts = [
  { part: 'knees', on: 'floor' },
  { part: 'toes', on: 'floor' },
] as const;

/** Shins along the floor, rising a touch to the ankles; tops of the feet down, big toes together. */
const SHINS = both({ lowerLeg: 94, foot: -68 });

const kneelingUpright = definePose({
  view: 'side',
  root: { x: 120, rotation: 90 },
  props: { floor: true, mat: 'edge' },
  restOn: ['knees'],
  contacts: kneelingContacts,
  angles: { ...SHINS, ...both({ upperLeg: -2, lowerArm: 6 }) },
  description:
    'Kneeling upright, hips over the knees, shins and tops of the feet on the floor, arms by the sides.',
});

/** Sitting back: the knees bend fully so the hips rest on the heels, trunk upright. */
const HEELS = both({ upperLeg: 59, lowerLeg: 152, foot: -68 });

const sittingBack = definePose({
  view: 'side',
  root: { x: 104, rotation: 90 },
  props: { floor: true, mat: 'edge' },
  restOn: ['knees'],
  contacts: kneelingContacts,
  angles: HEELS,
  description: 'Kneeling and sitting back on the heels, trunk upright, hands resting on the thighs.',
});
const sittingOnHeels = reachAll(sittingBack, [
  ['armL', add(pointOf(sittingBack, 'kneeL'), { x: -12, y: -12 }), -10],
  ['armR', add(pointOf(sittingBack, 'kneeL'), { x: -12, y: -12 }), -10],
]);

/**
 * The fold: the thighs stay where they were while the pelvis and trunk tip forward over them, the arms
 * stretch ahead on the floor and the trunk is bent until the forehead rests on the mat.
 */
function folded(): Pose {
  const pelvisTilt = 52;
  const base = definePose({
    view: 'side',
    root: { x: 96, rotation: 90 - pelvisTilt },
    props: { floor: true, mat: 'edge' },
    contacts: [...kneelingContacts, { part: 'hands', on: 'floor' }, { part: 'head', on: 'floor' }],
    // Hip flexion grows by the pelvic tilt so the thighs keep their angle; the back rounds gently.
    angles: {
      ...HEELS,
      upperLegL: 59 + pelvisTilt,
      upperLegR: 59 + pelvisTilt,
      spine: 24,
      neck: 10,
      head: 10,
    },
    highlight: ['torso', 'upperArmL', 'upperArmR'],
    description:
      "Child's pose: sitting back on the heels, chest folded down over the thighs, arms stretched ahead on the floor, forehead on the mat.",
  });
  const grounded = { ...base, root: { ...base.root, y: sittingOnHeels.root.y } };
  const onMat = solveJoint(grounded, 'torso', 0, 60, (p) => floorGap(p, ['head']));
  const shoulder = pointOf(onMat, 'shoulderL');
  const palms = { x: shoulder.x + 50, y: FLOOR_Y - WIDTH.hand / 2 };
  return reachAll(onMat, [
    ['armL', palms, 0],
    ['armR', palms, 0],
  ]);
}

/** Seen from overhead, flipped so the figure's right is on the screen's right. */
function reachingTo(side: 'right' | 'left'): Pose {
  const s = side === 'right' ? 1 : -1;
  const stretched = side === 'right' ? 'left' : 'right';
  const pose = definePose({
    view: 'front',
    root: { x: 66, y: 100, rotation: 0, flip: true },
    props: { mat: 'top' },
    // The thighs are hidden under the folded trunk; the shins show as short stubs behind the hips.
    foreshorten: {
      upperLegL: 0.15,
      upperLegR: 0.15,
      lowerLegL: 0.55,
      lowerLegR: 0.55,
      footL: 0.8,
      footR: 0.8,
    },
    angles: {
      torso: 28 * s,
      spine: 34 * s,
      ...both({ upperLeg: -8, lowerLeg: 4 }),
    },
    highlight: ['torso', side === 'right' ? 'upperArmL' : 'upperArmR'],
    arrows: [
      {
        at: 'headCenter',
        offset: [30, -s * 22],
        direction: -s * 55,
        bend: -s * 60,
        length: 34,
        label: `the hands walk over to the ${side}, stretching the ${stretched} side`,
      },
    ],
    describedFrom: 'above',
    description: `Child's pose seen from above: hips on the heels, arms stretched overhead and walked over to the ${side}, the body curving so the ${stretched} side stretches.`,
  });
  // The reach is the side bend itself: the arms carry on along the curved trunk, a little apart, hands
  // flat on the mat. Seen from above with the head to the right, the figure's right is the lower side.
  const skeleton = solve(pose);
  const thorax = skeleton.thoraxAngle;
  const palms = along(skeleton.points.neckBase, thorax, 52);
  return reachAll(pose, [
    ['armL', along(palms, thorax + 90, 20), thorax],
    ['armR', along(palms, thorax - 90, 20), thorax],
  ]);
}

export const childsPoseReachPoses: Record<string, Pose> = {
  'childs-pose-reach/kneeling-upright': kneelingUpright,
  'childs-pose-reach/sitting-on-heels': sittingOnHeels,
  'childs-pose-reach/folded-arms-forward': folded(),
  'childs-pose-reach/hands-to-right': reachingTo('right'),
  'childs-pose-reach/hands-to-left': reachingTo('left'),
};
