/**
 * Forward kinematics: joint angles → named 2-D points and drawable segments. Each segment's screen
 * direction is its parent's direction plus the joint angle, turned the way that joint moves in the view
 * (see pose-types.ts), so a pose never stores a coordinate other than its root.
 */

import { HEAD_RADIUS, LENGTH, WIDTH } from './body';
import type { Pose, PointId, SegmentId, Vec } from './pose-types';
import { add, along, cosDeg, dir, scale, sinDeg, tanDeg } from './vec';

/** Which layer a segment is drawn in: behind the trunk, the trunk itself, or in front of it. */
export type Layer = 'behind' | 'body' | 'front';

export interface Segment {
  id: SegmentId;
  from: Vec;
  to: Vec;
  width: number;
  layer: Layer;
  /** The far-side limb in a side view: drawn paler so the near limb reads first. */
  faded: boolean;
}

export interface Skeleton {
  view: Pose['view'];
  points: Readonly<Record<PointId, Vec>>;
  /** The torso is a quadratic curve hip → control → neck base, so the spine can round or arch. */
  torsoControl: Vec;
  /** Front view: the trunk outline corners (right shoulder, left shoulder, left hip, right hip). */
  trunkOutline: readonly Vec[] | null;
  segments: readonly Segment[];
  headRadius: number;
  /** Screen directions the limbs hang from: the pelvis' up axis and the top of the trunk (thorax). */
  pelvisAngle: number;
  thoraxAngle: number;
}

type Side = 'L' | 'R';

/** sin(x)/x for the chord of a bent spine: a rounder back brings the shoulders a little closer to the hips. */
function chordFactor(bendDegrees: number): number {
  const half = (Math.abs(bendDegrees) * Math.PI) / 360;
  return half < 1e-6 ? 1 : Math.sin(half) / half;
}

export function solve(pose: Pose): Skeleton {
  return pose.view === 'side' ? solveSide(pose) : solveFront(pose);
}

function lengthOf(pose: Pose, id: SegmentId, base: number): number {
  return base * (pose.foreshorten?.[id] ?? 1);
}

function solveSide(pose: Pose): Skeleton {
  const a = pose.angles;
  // f turns "forward" into a screen rotation: facing right, bending a downward limb forward is counter-clockwise.
  const f = pose.root.flip ? -1 : 1;
  const hip: Vec = { x: pose.root.x, y: pose.root.y };
  const pelvis = pose.root.rotation;

  const trunk = pelvis - f * a.torso;
  const chord = lengthOf(pose, 'torso', LENGTH.torso) * chordFactor(a.spine);
  const neckBase = along(hip, trunk, chord);
  const mid = scale(add(hip, neckBase), 0.5);
  // A rounded back bulges towards the back (dorsal side), an arched one towards the belly.
  const torsoControl = along(mid, trunk + f * 90, (chord / 2) * tanDeg(a.spine / 2));
  const thorax = trunk - f * (a.spine / 2);

  const neckDir = thorax - f * a.neck;
  const neckTop = along(neckBase, neckDir, lengthOf(pose, 'neck', LENGTH.neck));
  const headDir = neckDir - f * a.head;
  // The skull sits slightly in front of the top of the neck.
  const headCenter = along(along(neckTop, headDir, LENGTH.headOffset), headDir - f * 90, 2.5);
  const crown = along(headCenter, headDir, HEAD_RADIUS);
  const face = along(headCenter, headDir - f * 90, HEAD_RADIUS);

  const points: Partial<Record<PointId, Vec>> = { hip, hipL: hip, hipR: hip, neckBase, neckTop, headCenter };
  points.crown = crown;
  points.face = face;
  points.chin = along(headCenter, headDir - f * 140, HEAD_RADIUS);
  // The peak of the upper back, where cat pose rounds and a scapular push-up lifts.
  points.midBack = along(scale(add(torsoControl, neckBase), 0.5), trunk + f * 90, WIDTH.torso / 2);

  const segments: Segment[] = [];
  const near: Side = pose.root.flip ? 'R' : 'L';
  for (const side of ['L', 'R'] as const) {
    const layer: Layer = side === near ? 'front' : 'behind';
    const faded = side !== near;
    const shrug = a[`shrug${side}`];
    const protraction = a[`protraction${side}`];
    const shoulder = add(
      along(neckBase, thorax, LENGTH.girdle * sinDeg(shrug) - LENGTH.shoulderDrop),
      scale(dir(thorax - f * 90), LENGTH.girdle * 0.6 * sinDeg(protraction)),
    );
    const upperArm = thorax + 180 + f * a[`upperArm${side}`];
    const elbow = along(shoulder, upperArm, lengthOf(pose, `upperArm${side}`, LENGTH.upperArm));
    const lowerArm = upperArm + f * a[`lowerArm${side}`];
    const wrist = along(elbow, lowerArm, lengthOf(pose, `lowerArm${side}`, LENGTH.lowerArm));
    const fingers = along(wrist, lowerArm + f * a[`hand${side}`], lengthOf(pose, `hand${side}`, LENGTH.hand));

    const upperLeg = pelvis + 180 + f * a[`upperLeg${side}`];
    const knee = along(hip, upperLeg, lengthOf(pose, `upperLeg${side}`, LENGTH.upperLeg));
    const lowerLeg = upperLeg - f * a[`lowerLeg${side}`];
    const ankle = along(knee, lowerLeg, lengthOf(pose, `lowerLeg${side}`, LENGTH.lowerLeg));
    const footDir = lowerLeg + f * (90 + a[`foot${side}`]);
    const toe = along(ankle, footDir, lengthOf(pose, `foot${side}`, LENGTH.foot));
    const heel = along(ankle, footDir, -LENGTH.heel);

    Object.assign(points, {
      [`shoulder${side}`]: shoulder,
      [`elbow${side}`]: elbow,
      [`wrist${side}`]: wrist,
      [`fingers${side}`]: fingers,
      [`knee${side}`]: knee,
      [`ankle${side}`]: ankle,
      [`toe${side}`]: toe,
      [`heel${side}`]: heel,
    });
    segments.push(
      { id: `upperLeg${side}`, from: hip, to: knee, width: WIDTH.upperLeg, layer, faded },
      { id: `lowerLeg${side}`, from: knee, to: ankle, width: WIDTH.lowerLeg, layer, faded },
      { id: `foot${side}`, from: heel, to: toe, width: WIDTH.foot, layer, faded },
      { id: `upperArm${side}`, from: shoulder, to: elbow, width: WIDTH.upperArm, layer, faded },
      { id: `lowerArm${side}`, from: elbow, to: wrist, width: WIDTH.lowerArm, layer, faded },
      { id: `hand${side}`, from: wrist, to: fingers, width: WIDTH.hand, layer, faded },
    );
  }
  segments.push(
    { id: 'torso', from: hip, to: neckBase, width: WIDTH.torso, layer: 'body', faded: false },
    { id: 'neck', from: neckBase, to: neckTop, width: WIDTH.neck, layer: 'body', faded: false },
  );

  return {
    view: 'side',
    points: points as Record<PointId, Vec>,
    torsoControl,
    trunkOutline: null,
    segments,
    headRadius: HEAD_RADIUS,
    pelvisAngle: pelvis,
    thoraxAngle: thorax,
  };
}

function solveFront(pose: Pose): Skeleton {
  const a = pose.angles;
  // f mirrors the figure's own right and left: seen from the front its right is on the screen's left.
  const f = pose.root.flip ? -1 : 1;
  const hip: Vec = { x: pose.root.x, y: pose.root.y };
  const pelvis = pose.root.rotation;

  const trunk = pelvis + f * a.torso;
  const chord = lengthOf(pose, 'torso', LENGTH.torso) * chordFactor(a.spine);
  const neckBase = along(hip, trunk, chord);
  const mid = scale(add(hip, neckBase), 0.5);
  // Curving concave to the right bulges the trunk out to the left.
  const torsoControl = along(mid, trunk - f * 90, (chord / 2) * tanDeg(a.spine / 2));
  const thorax = trunk + f * (a.spine / 2);

  const neckDir = thorax + f * a.neck;
  const neckTop = along(neckBase, neckDir, lengthOf(pose, 'neck', LENGTH.neck));
  const headDir = neckDir + f * a.head;
  const headCenter = along(neckTop, headDir, LENGTH.headOffset);
  const crown = along(headCenter, headDir, HEAD_RADIUS);

  const points: Partial<Record<PointId, Vec>> = {
    hip,
    neckBase,
    neckTop,
    headCenter,
    crown,
    face: headCenter,
  };
  points.midBack = scale(add(torsoControl, neckBase), 0.5);

  const shoulderWidth = LENGTH.shoulderHalfWidth * cosDeg(a.twist);
  // The pelvis turns less than the shoulders when the trunk rotates.
  const hipWidth = LENGTH.hipHalfWidth * cosDeg(a.twist * 0.3);
  const segments: Segment[] = [];
  const corners: Partial<Record<'shoulderR' | 'shoulderL' | 'hipL' | 'hipR', Vec>> = {};
  for (const side of ['L', 'R'] as const) {
    const sign = side === 'R' ? 1 : -1;
    const out = f * sign;
    const hipSide = along(hip, pelvis + out * 90, hipWidth);
    const protraction = a[`protraction${side}`];
    const shoulder = add(
      along(neckBase, thorax, LENGTH.girdle * sinDeg(a[`shrug${side}`]) - LENGTH.shoulderDrop),
      scale(dir(thorax + out * 90), shoulderWidth * (1 - 0.2 * sinDeg(protraction))),
    );
    const upperArm = thorax + 180 - out * a[`upperArm${side}`];
    const elbow = along(shoulder, upperArm, lengthOf(pose, `upperArm${side}`, LENGTH.upperArm));
    const lowerArm = upperArm - out * a[`lowerArm${side}`];
    const wrist = along(elbow, lowerArm, lengthOf(pose, `lowerArm${side}`, LENGTH.lowerArm));
    const fingers = along(
      wrist,
      lowerArm - out * a[`hand${side}`],
      lengthOf(pose, `hand${side}`, LENGTH.hand),
    );

    const upperLeg = pelvis + 180 - out * a[`upperLeg${side}`];
    const knee = along(hipSide, upperLeg, lengthOf(pose, `upperLeg${side}`, LENGTH.upperLeg));
    const lowerLeg = upperLeg + out * a[`lowerLeg${side}`];
    const ankle = along(knee, lowerLeg, lengthOf(pose, `lowerLeg${side}`, LENGTH.lowerLeg));
    // Seen from the front the foot points at the viewer: a short stub turned slightly outwards.
    const footDir = lowerLeg - out * (90 + a[`foot${side}`]);
    const toe = along(ankle, footDir, lengthOf(pose, `foot${side}`, LENGTH.foot * 0.45));
    const heel = ankle;

    corners[`shoulder${side}`] = shoulder;
    corners[`hip${side}`] = hipSide;
    Object.assign(points, {
      [`hip${side}`]: hipSide,
      [`shoulder${side}`]: shoulder,
      [`elbow${side}`]: elbow,
      [`wrist${side}`]: wrist,
      [`fingers${side}`]: fingers,
      [`knee${side}`]: knee,
      [`ankle${side}`]: ankle,
      [`toe${side}`]: toe,
      [`heel${side}`]: heel,
    });
    segments.push(
      {
        id: `upperLeg${side}`,
        from: hipSide,
        to: knee,
        width: WIDTH.upperLeg,
        layer: 'behind',
        faded: false,
      },
      { id: `lowerLeg${side}`, from: knee, to: ankle, width: WIDTH.lowerLeg, layer: 'behind', faded: false },
      { id: `foot${side}`, from: heel, to: toe, width: WIDTH.foot, layer: 'behind', faded: false },
      {
        id: `upperArm${side}`,
        from: shoulder,
        to: elbow,
        width: WIDTH.upperArm,
        layer: 'front',
        faded: false,
      },
      { id: `lowerArm${side}`, from: elbow, to: wrist, width: WIDTH.lowerArm, layer: 'front', faded: false },
      { id: `hand${side}`, from: wrist, to: fingers, width: WIDTH.hand, layer: 'front', faded: false },
    );
  }
  segments.push(
    { id: 'torso', from: hip, to: neckBase, width: WIDTH.torsoFront, layer: 'body', faded: false },
    { id: 'neck', from: neckBase, to: neckTop, width: WIDTH.neck, layer: 'body', faded: false },
  );
  const { shoulderR, shoulderL, hipL, hipR } = corners as Record<
    'shoulderR' | 'shoulderL' | 'hipL' | 'hipR',
    Vec
  >;

  return {
    view: 'front',
    points: points as Record<PointId, Vec>,
    torsoControl,
    trunkOutline: [shoulderR, shoulderL, hipL, hipR],
    segments,
    headRadius: HEAD_RADIUS,
    pelvisAngle: pelvis,
    thoraxAngle: thorax,
  };
}

/** Everything drawn of the body, as circles: joints with the half-thickness of their limbs, and the head. */
export function bodyExtent(skeleton: Skeleton): { x: number; y: number; r: number; name: string }[] {
  const out = skeleton.segments.flatMap((s) => [
    { ...s.from, r: s.width / 2, name: s.id },
    { ...s.to, r: s.width / 2, name: s.id },
  ]);
  out.push({ ...skeleton.points.headCenter, r: skeleton.headRadius, name: 'head' });
  return out;
}
