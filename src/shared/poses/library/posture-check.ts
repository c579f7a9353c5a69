/**
 * Seated posture check at a desk, from the side facing right. The steps build the posture up one cue at
 * a time, so each pose corrects one thing more than the last: feet, then trunk, shoulders, belly, head
 * and finally the forearms on the desk.
 */

import type { Angles, Pose } from '../pose-types';
import { both, definePose, pointOf, reach, type PoseSpec } from './build';

type Cue = Omit<PoseSpec, 'view' | 'root' | 'props' | 'angles' | 'contacts'>;

/** Seated: thighs level, knees and ankles at right angles, feet flat. */
const SEATED = both({ upperLeg: 90, lowerLeg: 88, foot: -2 });
const SLUMPED = { spine: 26, torso: 6, neck: 26, head: -22, ...both({ protraction: 16 }) };
const TALL = { spine: 0, torso: 0, neck: 18, head: -14, ...both({ protraction: 12 }) };
const SHOULDERS_SET = { ...TALL, ...both({ protraction: -6, shrug: -6 }) };
const HEAD_LEVEL = { ...SHOULDERS_SET, neck: 0, head: 0 };

function seated(angles: Partial<Angles>, cue: Cue, handsOnDesk = false): Pose {
  const pose = definePose({
    view: 'side',
    root: { x: 70, rotation: 90 },
    props: { floor: true, chair: true, desk: true },
    contacts: [{ part: 'feet', on: 'floor' }],
    ...cue,
    angles: { ...SEATED, ...angles },
  });
  const hip = pointOf(pose, 'hip');
  const elbow = pointOf(pose, 'elbowL');
  // Hands rest on the thighs until the last cue puts them on the keyboard with level forearms.
  const target = handsOnDesk ? { x: elbow.x + 20, y: hip.y - 16 } : { x: hip.x + 26, y: hip.y - 9 };
  const left = reach(pose, 'armL', target, 0);
  return reach(left, 'armR', target, 0);
}

export const postureCheckPoses: Record<string, Pose> = {
  'posture-check/feet-flat': seated(SLUMPED, {
    highlight: ['footL', 'footR', 'lowerLegL', 'lowerLegR'],
    arrows: [
      { at: 'toeL', offset: [4, -18], direction: 270, length: 12, label: 'both feet flat on the floor' },
    ],
    description: 'Sitting at a desk with both feet flat on the floor and the knees at about a right angle.',
  }),
  'posture-check/sitting-tall': seated(
    { ...TALL },
    {
      highlight: ['torso'],
      arrows: [{ at: 'neckBase', offset: [-16, 0], direction: 90, length: 16, label: 'sitting up tall' }],
      description: 'Sitting up straight and tall at the back of the seat, feet flat, chest gently lifted.',
    },
  ),
  'posture-check/shoulders-back-down': seated(SHOULDERS_SET, {
    highlight: ['shoulderL'],
    arrows: [
      {
        at: 'shoulderL',
        offset: [2, -10],
        direction: 225,
        bend: 80,
        length: 18,
        label: 'the shoulders draw back and settle down',
      },
    ],
    description: 'Sitting tall with the shoulders drawn back and settled down, away from the ears.',
  }),
  'posture-check/core-engaged': seated(SHOULDERS_SET, {
    highlight: ['pelvis'],
    arrows: [{ at: 'hip', offset: [20, -18], direction: 180, length: 10, label: 'the belly draws in' }],
    description: 'Sitting tall, shoulders down, with the stomach drawn gently in.',
  }),
  'posture-check/neck-neutral': seated(HEAD_LEVEL, {
    highlight: ['neck', 'head'],
    arrows: [
      {
        at: 'chin',
        offset: [6, 0],
        direction: 180,
        length: 12,
        label: 'the head draws back over the shoulders',
      },
    ],
    description:
      'Sitting tall with the head level and the ears over the shoulders, not craning towards the screen.',
  }),
  'posture-check/forearms-level': seated(
    HEAD_LEVEL,
    {
      highlight: ['lowerArmL', 'lowerArmR'],
      description: 'Sitting tall at the desk, hands on the keyboard, forearms about level with the floor.',
    },
    true,
  ),
};
