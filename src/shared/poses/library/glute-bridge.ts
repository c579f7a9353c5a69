/**
 * Glute bridge, from the side: lying on the back with the head to the left. The feet and shoulders stay
 * where they are; raising the hips straightens the line from knees through hips to chest.
 */

import { FLOOR_Y, LENGTH, WIDTH } from '../body';
import type { Pose } from '../pose-types';
import { definePose, pointOf, reachAll } from './build';
import { along } from '../vec';

const SHOULDERS_X = 58;
const FEET_X = 165;
const ANKLE = { x: FEET_X, y: FLOOR_Y - WIDTH.foot / 2 };

function armsAndLegs(pose: Pose): Pose {
  const shoulder = pointOf(pose, 'shoulderL');
  // Arms straight and relaxed along the sides, palms on the floor: aim past the reach so the arm is straight.
  const wrist = { x: shoulder.x + 90, y: FLOOR_Y - WIDTH.hand / 2 };
  return reachAll(pose, [
    ['legL', ANKLE, 0],
    ['legR', ANKLE, 0],
    ['armL', wrist, 0],
    ['armR', wrist, 0],
  ]);
}

const lying = armsAndLegs(
  definePose({
    view: 'side',
    root: { x: SHOULDERS_X + LENGTH.torso, y: FLOOR_Y - WIDTH.torso / 2, rotation: 180 },
    props: { floor: true, mat: 'edge' },
    contacts: [
      { part: 'back', on: 'floor' },
      { part: 'feet', on: 'floor' },
      { part: 'hands', on: 'floor' },
    ],
    angles: { neck: 4 },
    description:
      'Lying on the back, knees bent, feet flat on the floor hip-width apart, arms relaxed along the sides.',
  }),
);

/** Trunk slope of the full bridge: enough to lift the hips well clear, not an arched back. */
const BRIDGE_SLOPE = 24;
const neckBase = { x: SHOULDERS_X, y: FLOOR_Y - WIDTH.torso / 2 };
const hip = along(neckBase, BRIDGE_SLOPE, LENGTH.torso);

const raised = armsAndLegs(
  definePose({
    view: 'side',
    root: { x: hip.x, y: hip.y, rotation: 180 + BRIDGE_SLOPE },
    props: { floor: true, mat: 'edge' },
    contacts: [
      { part: 'shoulders', on: 'floor' },
      { part: 'feet', on: 'floor' },
      { part: 'hands', on: 'floor' },
    ],
    // The neck bends forward so the head stays resting on the floor.
    angles: { neck: 26 },
    highlight: ['pelvis', 'upperLegL', 'upperLegR'],
    arrows: [
      { at: 'hip', offset: [0, -14], direction: 90, length: 14, label: 'the hips lift towards the ceiling' },
    ],
    description:
      'Glute bridge: shoulders and feet on the floor, hips lifted so knees, hips and chest form one slanted straight line.',
  }),
);

export const gluteBridgePoses: Record<string, Pose> = {
  'glute-bridge/lying-knees-bent': lying,
  'glute-bridge/hips-raised': raised,
};
