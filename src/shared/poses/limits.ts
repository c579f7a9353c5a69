/**
 * Human ranges of motion per joint, in degrees, for each view. They are the usual clinical norms for
 * active range in a healthy adult, rounded outwards a little: a pose outside them is a drawing mistake,
 * not a stretch we would ask anyone to do.
 */

import type { JointId, View } from './pose-types';

export type Range = readonly [min: number, max: number];

type Limb = 'shrug' | 'protraction' | 'upperArm' | 'lowerArm' | 'hand' | 'upperLeg' | 'lowerLeg' | 'foot';
type Axial = 'torso' | 'spine' | 'twist' | 'neck' | 'head';

const SIDE: Record<Axial | Limb, Range> = {
  // Trunk flexion from lumbar and thoracic spine together (~80-90°), extension ~25-30°.
  torso: [-30, 90],
  spine: [-40, 60],
  twist: [-45, 45],
  // Cervical flexion ~45-50°, extension ~60-70°; a chin tuck is lower-neck extension plus a nod.
  neck: [-60, 50],
  head: [-25, 30],
  // Shoulder girdle: elevation ~40°, protraction/retraction ~25-30°.
  shrug: [-10, 40],
  protraction: [-25, 30],
  // Shoulder flexion 180°, extension ~60°.
  upperArm: [-60, 180],
  lowerArm: [0, 150],
  // Wrist extension ~70-80° actively; a flat palm under a vertical forearm (hands and knees, plank) loads
  // it to about 90°, so that is allowed.
  hand: [-80, 95],
  // Hip flexion ~120-135° (more with the knee bent, as in child's pose), extension ~30°.
  upperLeg: [-30, 140],
  // Knee flexion ~140°, passively ~155° when sitting back on the heels.
  lowerLeg: [0, 155],
  // Ankle dorsiflexion ~20-30°, plantarflexion ~50° actively; kneeling on the tops of the feet takes it
  // passively to ~65-70°.
  foot: [-70, 30],
};

const FRONT: Record<Axial | Limb, Range> = {
  // Lateral flexion ~35-40° each way.
  torso: [-40, 40],
  spine: [-40, 40],
  twist: [-45, 45],
  neck: [-45, 45],
  head: [-20, 20],
  shrug: [-10, 40],
  protraction: [-25, 30],
  // Shoulder abduction 180°, a little adduction across the body.
  upperArm: [-20, 180],
  lowerArm: [0, 150],
  hand: [-80, 95],
  // Hip abduction ~45°, adduction ~25°.
  upperLeg: [-25, 50],
  lowerLeg: [0, 155],
  foot: [-70, 30],
};

function expand(table: Record<Axial | Limb, Range>): Readonly<Record<JointId, Range>> {
  const out: Partial<Record<JointId, Range>> = {};
  for (const [joint, range] of Object.entries(table) as [Axial | Limb, Range][]) {
    if (joint === 'torso' || joint === 'spine' || joint === 'twist' || joint === 'neck' || joint === 'head') {
      out[joint] = range;
    } else {
      out[`${joint}L`] = range;
      out[`${joint}R`] = range;
    }
  }
  return out as Record<JointId, Range>;
}

export const LIMITS: Readonly<Record<View, Readonly<Record<JointId, Range>>>> = {
  side: expand(SIDE),
  front: expand(FRONT),
};
