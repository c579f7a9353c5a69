/**
 * Interpolation between two poses: each joint angle moves along the shorter way round, the root glides
 * in a straight line. Discrete parts (props, highlight, arrows, contacts) cannot be blended, so they
 * switch to the target half-way; a change of view cannot be animated at all and jumps to the target.
 */

import { JOINT_IDS } from './body';
import type { Angles, JointId, Pose, SegmentId } from './pose-types';

/** Signed difference b - a wrapped into (-180, 180], so 350° → 10° turns 20°, not 340°. */
export function shortestDelta(a: number, b: number): number {
  const d = (((b - a) % 360) + 360) % 360;
  return d > 180 ? d - 360 : d;
}

export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

export function lerpAngle(a: number, b: number, t: number): number {
  return a + shortestDelta(a, b) * t;
}

export function interpolateAngles(a: Angles, b: Angles, t: number): Angles {
  const out: Partial<Record<JointId, number>> = {};
  for (const joint of JOINT_IDS) out[joint] = lerpAngle(a[joint], b[joint], t);
  return out as Angles;
}

function interpolateForeshorten(a: Pose, b: Pose, t: number): Pose['foreshorten'] {
  if (!a.foreshorten && !b.foreshorten) return undefined;
  const keys = new Set<SegmentId>([
    ...(Object.keys(a.foreshorten ?? {}) as SegmentId[]),
    ...(Object.keys(b.foreshorten ?? {}) as SegmentId[]),
  ]);
  const out: Partial<Record<SegmentId, number>> = {};
  for (const key of keys) out[key] = lerp(a.foreshorten?.[key] ?? 1, b.foreshorten?.[key] ?? 1, t);
  return out;
}

/** The pose a fraction `t` (0..1) of the way from `a` to `b`. */
export function interpolatePose(a: Pose, b: Pose, t: number): Pose {
  if (t <= 0) return a;
  if (t >= 1 || a.view !== b.view) return b;
  const discrete = t < 0.5 ? a : b;
  return {
    ...discrete,
    view: b.view,
    root: {
      x: lerp(a.root.x, b.root.x, t),
      y: lerp(a.root.y, b.root.y, t),
      rotation: lerpAngle(a.root.rotation, b.root.rotation, t),
      flip: discrete.root.flip,
    },
    angles: interpolateAngles(a.angles, b.angles, t),
    foreshorten: interpolateForeshorten(a, b, t),
  };
}

/** Ease in and out, so the figure starts and settles gently. */
export function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}
