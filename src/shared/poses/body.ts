/**
 * Frame and body proportions, in frame units (the SVG viewBox). One frame size for every pose keeps the
 * figure the same size across steps and in the gallery, so a change between steps is a change of pose,
 * never of scale.
 */

import type { JointId } from './pose-types';

export const FRAME = { width: 240, height: 200 } as const;

/** The floor line: the surface feet, knees, hands or back rest on. */
export const FLOOR_Y = 186;

/** Segment lengths. A standing figure is about 170 units tall. */
export const LENGTH = {
  torso: 52,
  neck: 9,
  /** From the top of the neck to the centre of the head. */
  headOffset: 9,
  upperArm: 28,
  lowerArm: 24,
  hand: 10,
  upperLeg: 42,
  lowerLeg: 41,
  foot: 14,
  heel: 3,
  /** How far the shoulder joint sits below the base of the neck. */
  shoulderDrop: 5,
  /** Lever for shrug and protraction: exaggerated a little so small girdle movements read at icon size. */
  girdle: 15,
  /** Front view: half the shoulder and hip widths. */
  shoulderHalfWidth: 18,
  hipHalfWidth: 9,
} as const;

export const HEAD_RADIUS = 12.5;

/** Stroke widths: also the thickness used when checking contacts and the frame. */
export const WIDTH = {
  torso: 17,
  torsoFront: 8,
  neck: 8,
  upperArm: 8.5,
  lowerArm: 7.5,
  hand: 6.5,
  upperLeg: 11,
  lowerLeg: 9,
  foot: 6.5,
  prop: 3,
  arrow: 3,
} as const;

/** A figure standing upright and relaxed: every joint at 0. */
export const NEUTRAL_ANGLES: Readonly<Record<JointId, number>> = {
  torso: 0,
  spine: 0,
  twist: 0,
  neck: 0,
  head: 0,
  shrugL: 0,
  shrugR: 0,
  protractionL: 0,
  protractionR: 0,
  upperArmL: 0,
  upperArmR: 0,
  lowerArmL: 0,
  lowerArmR: 0,
  handL: 0,
  handR: 0,
  upperLegL: 0,
  upperLegR: 0,
  lowerLegL: 0,
  lowerLegR: 0,
  footL: 0,
  footR: 0,
};

export const JOINT_IDS = Object.keys(NEUTRAL_ANGLES) as readonly JointId[];
