/**
 * Helpers for writing poses as data: start from the neutral standing figure, name only the joints that
 * differ, and let the figure be lowered onto the floor (and tilted until two contacts both touch) instead
 * of working out root coordinates by hand.
 */

import { FLOOR_Y, LENGTH, NEUTRAL_ANGLES } from '../body';
import { bodyExtent, solve } from '../kinematics';
import type { Angles, ContactPart, JointId, Pose, PointId, Root, SegmentId, Vec } from '../pose-types';
import { along, distance } from '../vec';

export interface PoseSpec extends Omit<Pose, 'angles' | 'root'> {
  root: Omit<Root, 'y'> & { y?: number };
  angles: Partial<Angles>;
  /** Which parts to lower onto the floor; by default the lowest point of the body. */
  restOn?: readonly ContactPart[];
}

type ArmOrLeg = 'shrug' | 'protraction' | 'upperArm' | 'lowerArm' | 'hand' | 'upperLeg' | 'lowerLeg' | 'foot';

/** The same angles on both sides: `both({ upperArm: 90 })` → `{ upperArmL: 90, upperArmR: 90 }`. */
export function both(angles: Partial<Record<ArmOrLeg, number>>): Partial<Angles> {
  const out: Partial<Record<JointId, number>> = {};
  for (const [joint, value] of Object.entries(angles) as [ArmOrLeg, number][]) {
    out[`${joint}L`] = value;
    out[`${joint}R`] = value;
  }
  return out;
}

/** Lowest surface points of a contact part, mirroring validate.ts' probes closely enough to settle on. */
const CONTACT_POINTS: Readonly<Record<ContactPart, readonly PointId[]>> = {
  hands: ['wristL', 'fingersL', 'wristR', 'fingersR'],
  handL: ['wristL', 'fingersL'],
  handR: ['wristR', 'fingersR'],
  knees: ['kneeL', 'kneeR'],
  kneeL: ['kneeL'],
  kneeR: ['kneeR'],
  shins: ['kneeL', 'kneeR', 'ankleL', 'ankleR'],
  feet: ['heelL', 'toeL', 'heelR', 'toeR'],
  footL: ['heelL', 'toeL'],
  footR: ['heelR', 'toeR'],
  toes: ['toeL', 'toeR'],
  back: ['hip', 'neckBase'],
  shoulders: ['neckBase'],
  hips: ['hip'],
  head: ['headCenter'],
  forearmL: ['elbowL', 'wristL'],
  forearmR: ['elbowR', 'wristR'],
};

function complete(spec: PoseSpec, rotation: number, y: number): Pose {
  const { restOn: _restOn, ...pose } = spec;
  return {
    ...pose,
    root: { ...spec.root, rotation, y },
    angles: { ...NEUTRAL_ANGLES, ...spec.angles },
  };
}

/** The lowest body surface (largest y) among the circles drawn around the named points. */
function bottomOf(pose: Pose, parts?: readonly ContactPart[]): number {
  const skeleton = solve(pose);
  if (!parts) return Math.max(...bodyExtent(skeleton).map((c) => c.y + c.r));
  const names = new Set(parts.flatMap((part) => CONTACT_POINTS[part]));
  const circles = bodyExtent(skeleton).filter((c) =>
    [...names].some((name) => {
      const p = skeleton.points[name];
      return Math.abs(p.x - c.x) < 1e-6 && Math.abs(p.y - c.y) < 1e-6;
    }),
  );
  return Math.max(...circles.map((c) => c.y + c.r));
}

/** Build a pose; when it has a floor and no explicit `root.y`, lower it until its lowest point touches. */
export function definePose(spec: PoseSpec): Pose {
  const draft = complete(spec, spec.root.rotation, spec.root.y ?? 0);
  if (spec.root.y !== undefined || !spec.props.floor) return draft;
  return complete(spec, spec.root.rotation, FLOOR_Y - bottomOf(draft, spec.restOn));
}

/**
 * Build a floor pose whose weight is shared between two places (hands and toes, shoulders and feet):
 * tilt the body about the hips until both rest at the same height, then lower it onto the floor.
 * `range` bounds the tilt search around the given rotation.
 */
export function balance(
  spec: PoseSpec,
  a: readonly ContactPart[],
  b: readonly ContactPart[],
  range = 40,
): Pose {
  const gap = (rotation: number): number => {
    const pose = complete(spec, rotation, 100);
    return bottomOf(pose, a) - bottomOf(pose, b);
  };
  let lo = spec.root.rotation - range;
  let hi = spec.root.rotation + range;
  const rising = gap(hi) > gap(lo);
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (gap(mid) > 0 === rising) hi = mid;
    else lo = mid;
  }
  return definePose({ ...spec, root: { ...spec.root, rotation: (lo + hi) / 2 } });
}

type Limb = 'armL' | 'armR' | 'legL' | 'legR';

/** Screen angle of the vector from a to b, in degrees. */
function heading(a: Vec, b: Vec): number {
  return (Math.atan2(-(b.y - a.y), b.x - a.x) * 180) / Math.PI;
}

/** Wrap into (-180, 180]. */
function wrap(degrees: number): number {
  const d = ((degrees % 360) + 360) % 360;
  return d > 180 ? d - 360 : d;
}

/**
 * Two-bone inverse kinematics: bend a limb so its wrist (or ankle) lands on `target`, and point the hand
 * (or foot) along the screen angle `end`. Solving instead of guessing keeps hands exactly on the floor,
 * under the shoulders, on the wall or at the chin. Of the two ways to bend, it picks the one where the
 * elbow or knee flexes the way it can.
 */
export function reach(pose: Pose, limb: Limb, target: Vec, end?: number): Pose {
  const skeleton = solve(pose);
  const side = limb.endsWith('L') ? 'L' : 'R';
  const arm = limb.startsWith('arm');
  const f = pose.root.flip ? -1 : 1;
  const out = f * (side === 'R' ? 1 : -1);
  const front = pose.view === 'front';
  // How a screen-angle difference converts into each joint's anatomical angle (see kinematics.ts).
  const rootSign = front ? -out : f;
  const midSign = arm ? (front ? -out : f) : front ? out : -f;
  const startId: PointId = arm ? `shoulder${side}` : front ? `hip${side}` : 'hip';
  const start = skeleton.points[startId];
  const base = (arm ? skeleton.thoraxAngle : skeleton.pelvisAngle) + 180;
  const scaleOf = (id: SegmentId): number => pose.foreshorten?.[id] ?? 1;
  const l1 = arm
    ? LENGTH.upperArm * scaleOf(`upperArm${side}`)
    : LENGTH.upperLeg * scaleOf(`upperLeg${side}`);
  const l2 = arm
    ? LENGTH.lowerArm * scaleOf(`lowerArm${side}`)
    : LENGTH.lowerLeg * scaleOf(`lowerLeg${side}`);
  const d = Math.min(Math.max(distance(start, target), Math.abs(l1 - l2) + 1e-3), l1 + l2 - 1e-3);
  const toTarget = heading(start, target);
  const opening = (Math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)) * 180) / Math.PI;

  const candidates = [opening, -opening].map((bend) => {
    const upper = toTarget + bend;
    const joint = along(start, upper, l1);
    const lower = heading(joint, target);
    return {
      upper,
      lower,
      rootAngle: rootSign * wrap(upper - base),
      midAngle: midSign * wrap(lower - upper),
    };
  });
  const best = candidates.find((c) => c.midAngle >= 0) ?? candidates[0];
  if (!best) return pose;
  const angles: Record<JointId, number> = { ...pose.angles };
  if (arm) {
    angles[`upperArm${side}`] = best.rootAngle;
    angles[`lowerArm${side}`] = best.midAngle;
    if (end !== undefined) angles[`hand${side}`] = (front ? -out : f) * wrap(end - best.lower);
  } else {
    angles[`upperLeg${side}`] = best.rootAngle;
    angles[`lowerLeg${side}`] = best.midAngle;
    if (end !== undefined && !front) angles[`foot${side}`] = f * wrap(end - best.lower) - 90;
  }
  return { ...pose, angles };
}

/** Apply several `reach` calls in turn. */
export function reachAll(pose: Pose, goals: readonly (readonly [Limb, Vec, number?])[]): Pose {
  return goals.reduce((p, [limb, target, end]) => reach(p, limb, target, end), pose);
}

/** A point of the solved pose, for aiming a limb relative to the body. */
export function pointOf(pose: Pose, id: PointId): Vec {
  return solve(pose).points[id];
}

/** Move a finished pose by (dx, dy) frame units. */
export function shift(pose: Pose, dx: number, dy = 0): Pose {
  return { ...pose, root: { ...pose.root, x: pose.root.x + dx, y: pose.root.y + dy } };
}

/** Lower or raise a finished pose so its lowest point rests on the floor. */
export function ground(pose: Pose): Pose {
  return shift(pose, 0, FLOOR_Y - bottomOf(pose));
}

/** How far (frame units) the lowest of the named parts is above the floor; negative when below. */
export function floorGap(pose: Pose, parts: readonly ContactPart[]): number {
  return FLOOR_Y - bottomOf(pose, parts);
}

/**
 * Find the value of one joint (between lo and hi) at which `gap` is zero, by bisection; for placing a
 * forehead on the mat or a body line through both hands and toes. `gap` must change sign on the range.
 */
export function solveJoint(
  pose: Pose,
  joint: JointId,
  lo: number,
  hi: number,
  gap: (p: Pose) => number,
): Pose {
  const at = (value: number): Pose => ({ ...pose, angles: { ...pose.angles, [joint]: value } });
  const rising = gap(at(hi)) > gap(at(lo));
  let a = lo;
  let b = hi;
  for (let i = 0; i < 50; i++) {
    const mid = (a + b) / 2;
    if (gap(at(mid)) > 0 === rising) b = mid;
    else a = mid;
  }
  return at((a + b) / 2);
}
