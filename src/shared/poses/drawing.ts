/**
 * Turns a pose into a flat list of SVG paths with a colour role each. Both the Svelte component and the
 * string renderer (svg.ts) draw this list, so the app, the gallery and the preview screenshots all show
 * exactly the same geometry.
 */

import { FLOOR_Y, FRAME, WIDTH } from './body';
import { solve, type Skeleton } from './kinematics';
import type { Arrow, HighlightId, Pose, SegmentId, Vec } from './pose-types';
import { add, along, distance, scale, sub } from './vec';

/** Colour roles; each maps to one CSS custom property. */
export type Tone = 'body' | 'highlight' | 'prop' | 'arrow';

export interface Shape {
  d: string;
  tone: Tone;
  /** Stroke width in frame units; 0 for fill only. */
  width: number;
  fill: boolean;
  opacity: number;
}

export interface DrawOptions {
  /** 0..1 through a breath: the chest thickens very slightly. */
  breath?: number;
  /** Leave out the arrows (while the figure is moving between poses). */
  arrows?: boolean;
}

const n = (v: number): string => (Math.round(v * 10) / 10).toString();
const pt = (p: Vec): string => `${n(p.x)} ${n(p.y)}`;

function line(a: Vec, b: Vec): string {
  return `M${pt(a)}L${pt(b)}`;
}

function circle(c: Vec, r: number): string {
  return `M${n(c.x - r)} ${n(c.y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
}

function lerpVec(a: Vec, b: Vec, t: number): Vec {
  return add(a, scale(sub(b, a), t));
}

/** The part of the quadratic curve p0-p1-p2 between t0 and t1, as a path (by blossoming). */
function quadPart(p0: Vec, p1: Vec, p2: Vec, t0: number, t1: number): string {
  const at = (t: number): Vec => lerpVec(lerpVec(p0, p1, t), lerpVec(p1, p2, t), t);
  const control = lerpVec(lerpVec(p0, p1, t0), lerpVec(p1, p2, t0), t1);
  return `M${pt(at(t0))}Q${pt(control)} ${pt(at(t1))}`;
}

const FADED_OPACITY = 0.5;
const PROP_OPACITY = 0.5;

export function drawPose(pose: Pose, options: DrawOptions = {}): Shape[] {
  const skeleton = solve(pose);
  const highlighted = new Set<HighlightId>(pose.highlight ?? []);
  const breath = options.breath ?? 0;
  const shapes: Shape[] = [...drawProps(pose, skeleton)];

  const limb = (layer: 'behind' | 'front'): void => {
    for (const s of skeleton.segments) {
      if (s.layer !== layer) continue;
      shapes.push({
        d: line(s.from, s.to),
        tone: highlighted.has(s.id) ? 'highlight' : 'body',
        width: s.width,
        fill: false,
        // A working far limb stays paler than a near one but must still read as highlighted.
        opacity: s.faded ? (highlighted.has(s.id) ? 0.75 : FADED_OPACITY) : 1,
      });
    }
  };

  limb('behind');
  shapes.push(...drawTrunk(skeleton, highlighted, breath));
  limb('front');
  for (const side of ['L', 'R'] as const) {
    if (highlighted.has(`shoulder${side}`)) {
      shapes.push({
        d: circle(skeleton.points[`shoulder${side}`], 6),
        tone: 'highlight',
        width: 0,
        fill: true,
        opacity: 1,
      });
    }
  }
  if (options.arrows !== false)
    for (const arrow of pose.arrows ?? []) shapes.push(...drawArrow(arrow, skeleton));
  return shapes;
}

function drawTrunk(skeleton: Skeleton, highlighted: Set<HighlightId>, breath: number): Shape[] {
  const { points, torsoControl } = skeleton;
  const tone = (id: SegmentId): Tone => (highlighted.has(id) ? 'highlight' : 'body');
  const shapes: Shape[] = [];
  const hip = points.hip;
  const top = points.neckBase;
  const chestScale = 1 + 0.07 * breath;

  shapes.push({
    d: line(top, points.neckTop),
    tone: tone('neck'),
    width: WIDTH.neck,
    fill: false,
    opacity: 1,
  });

  if (skeleton.trunkOutline) {
    const [shoulderR, shoulderL, hipL, hipR] = skeleton.trunkOutline as [Vec, Vec, Vec, Vec];
    const bulge = sub(torsoControl, lerpVec(hip, top, 0.5));
    const sideR = add(lerpVec(shoulderR, hipR, 0.5), bulge);
    const sideL = add(lerpVec(shoulderL, hipL, 0.5), bulge);
    const widen = (p: Vec): Vec => add(top, scale(sub(p, top), chestScale));
    const sR = widen(shoulderR);
    const sL = widen(shoulderL);
    shapes.push({
      d: `M${pt(sR)}L${pt(sL)}Q${pt(sideL)} ${pt(hipL)}L${pt(hipR)}Q${pt(sideR)} ${pt(sR)}Z`,
      tone: tone('torso'),
      width: WIDTH.torsoFront,
      fill: true,
      opacity: 1,
    });
    const band = (from: number, to: number): string => {
      const l0 = lerpVec(hipL, sL, from);
      const l1 = lerpVec(hipL, sL, to);
      const r0 = lerpVec(hipR, sR, from);
      const r1 = lerpVec(hipR, sR, to);
      return `M${pt(l0)}L${pt(l1)}L${pt(r1)}L${pt(r0)}Z`;
    };
    if (highlighted.has('pelvis')) {
      shapes.push({ d: band(0, 0.35), tone: 'highlight', width: WIDTH.torsoFront, fill: true, opacity: 1 });
    }
    if (highlighted.has('upperTrunk')) {
      shapes.push({ d: band(0.55, 1), tone: 'highlight', width: WIDTH.torsoFront, fill: true, opacity: 1 });
    }
  } else {
    const width = WIDTH.torso * chestScale;
    shapes.push({
      d: quadPart(hip, torsoControl, top, 0, 1),
      tone: tone('torso'),
      width,
      fill: false,
      opacity: 1,
    });
    if (highlighted.has('pelvis')) {
      shapes.push({
        d: quadPart(hip, torsoControl, top, 0, 0.3),
        tone: 'highlight',
        width,
        fill: false,
        opacity: 1,
      });
    }
    if (highlighted.has('upperTrunk')) {
      shapes.push({
        d: quadPart(hip, torsoControl, top, 0.55, 1),
        tone: 'highlight',
        width,
        fill: false,
        opacity: 1,
      });
    }
  }

  shapes.push({
    d: circle(points.headCenter, skeleton.headRadius),
    tone: tone('head'),
    width: 0,
    fill: true,
    opacity: 1,
  });
  if (skeleton.view === 'side') {
    // A small nose shows which way the face points, which is most of what a neck exercise is about.
    const nose = sub(points.face, points.headCenter);
    shapes.push({
      d: line(add(points.headCenter, scale(nose, 0.7)), add(points.face, scale(nose, 0.2))),
      tone: tone('head'),
      width: 5,
      fill: false,
      opacity: 1,
    });
  }
  return shapes;
}

function drawProps(pose: Pose, skeleton: Skeleton): Shape[] {
  const shapes: Shape[] = [];
  const props = pose.props;
  const p = skeleton.points;
  const prop = (d: string, width: number = WIDTH.prop, fill = false, opacity = PROP_OPACITY): void => {
    shapes.push({ d, tone: 'prop', width, fill, opacity });
  };
  const matDepth = props.mat === 'edge' ? 5 : 0;

  if (props.wall) {
    prop(
      line(
        { x: props.wall.x, y: 4 },
        { x: props.wall.x, y: props.floor ? FLOOR_Y + matDepth : FRAME.height - 4 },
      ),
      4,
    );
  }
  if (props.floor) {
    const y = FLOOR_Y + matDepth + WIDTH.prop / 2;
    prop(line({ x: 4, y }, { x: FRAME.width - 4, y }));
  }
  if (props.mat === 'edge') {
    const xs = Object.values(p)
      .filter((v) => v.y > FLOOR_Y - 20)
      .map((v) => v.x);
    const x0 = Math.max(6, Math.min(...xs) - 14);
    const x1 = Math.min(FRAME.width - 6, Math.max(...xs) + 14);
    prop(`M${n(x0)} ${FLOOR_Y + 1}H${n(x1)}V${FLOOR_Y + 4}H${n(x0)}Z`, 2, true, 0.35);
  }
  if (props.mat === 'top') {
    const xs = Object.values(p).map((v) => v.x);
    const ys = Object.values(p).map((v) => v.y);
    const x0 = Math.max(4, Math.min(...xs) - 18);
    const x1 = Math.min(FRAME.width - 4, Math.max(...xs) + 18);
    const y0 = Math.max(4, Math.min(...ys) - 22);
    const y1 = Math.min(FRAME.height - 4, Math.max(...ys) + 22);
    prop(`M${n(x0)} ${n(y0)}H${n(x1)}V${n(y1)}H${n(x0)}Z`, 2, true, 0.18);
  }
  if (props.chair && skeleton.view === 'side') {
    const f = pose.root.flip ? -1 : 1;
    const seatY = p.hip.y + 9;
    const back = p.hip.x - f * 13;
    const front = p.hip.x + f * Math.max(18, Math.abs(p.kneeL.x - p.hip.x) * 0.8);
    const floor = FLOOR_Y;
    prop(`M${n(back - f * 6)} ${n(seatY - 52)}L${n(back)} ${n(seatY)}H${n(front)}`, 4, false, 0.6);
    prop(
      `M${n(back + f * 2)} ${n(seatY)}V${n(floor)}M${n(front - f * 3)} ${n(seatY)}V${n(floor)}`,
      3,
      false,
      0.6,
    );
  }
  if (props.desk && skeleton.view === 'side') {
    const f = pose.root.flip ? -1 : 1;
    // A desk at the height of level forearms for this figure (about 27 units above the seat), its edge over
    // the knees; it follows the hips so it stays put while the arms move.
    const topY = p.hip.y - 12.5;
    const edge = p.hip.x + f * 30;
    const far = f > 0 ? FRAME.width - 8 : 8;
    prop(`M${n(edge)} ${n(topY)}H${n(far)}`, 4, false, 0.6);
    prop(`M${n(far - f * 6)} ${n(topY)}V${n(FLOOR_Y)}`, 3, false, 0.6);
    // A screen with its top at eye level, an arm's length away.
    const screenX = Math.min(Math.max(p.hip.x + f * 105, 12), FRAME.width - 12);
    const eyeY = p.hip.y - 74;
    prop(`M${n(screenX)} ${n(topY)}V${n(topY - 12)}`, 3, false, 0.6);
    prop(`M${n(screenX)} ${n(topY - 12)}L${n(screenX)} ${n(eyeY)}`, 7, false, 0.6);
  }
  return shapes;
}

function drawArrow(arrow: Arrow, skeleton: Skeleton): Shape[] {
  const anchor = skeleton.points[arrow.at];
  const tail = add(anchor, { x: arrow.offset?.[0] ?? 0, y: arrow.offset?.[1] ?? 0 });
  const bend = arrow.bend ?? 0;
  const steps = Math.abs(bend) < 1 ? 1 : 12;
  const headLength = 7;
  const shaftLength = Math.max(arrow.length - headLength * 0.6, 1);
  // Walk the arc in small straight steps, turning evenly from (direction - bend/2) to (direction + bend/2).
  let heading = arrow.direction - bend / 2;
  let at = tail;
  let d = `M${pt(at)}`;
  for (let i = 0; i < steps; i++) {
    const turn = steps === 1 ? 0 : bend / steps;
    at = along(at, heading + turn / 2, shaftLength / steps);
    heading += turn;
    d += `L${pt(at)}`;
  }
  const end = arrow.direction + bend / 2;
  const tip = along(at, end, headLength * 0.6);
  const base = along(tip, end, -headLength);
  const left = along(base, end + 90, headLength * 0.6);
  const right = along(base, end - 90, headLength * 0.6);
  return [
    { d, tone: 'arrow', width: WIDTH.arrow, fill: false, opacity: 1 },
    { d: `M${pt(tip)}L${pt(left)}L${pt(right)}Z`, tone: 'arrow', width: 1.5, fill: true, opacity: 1 },
  ];
}

/** The extent of an arrow, for frame checks. */
export function arrowEnds(arrow: Arrow, skeleton: Skeleton): Vec[] {
  const anchor = skeleton.points[arrow.at];
  const tail = add(anchor, { x: arrow.offset?.[0] ?? 0, y: arrow.offset?.[1] ?? 0 });
  const ends: Vec[] = [tail];
  const bend = arrow.bend ?? 0;
  let heading = arrow.direction - bend / 2;
  let at = tail;
  const steps = 12;
  for (let i = 0; i < steps; i++) {
    at = along(at, heading + bend / steps / 2, arrow.length / steps);
    heading += bend / steps;
    ends.push(at);
  }
  return ends.filter((v, i) => i === 0 || distance(v, ends[i - 1] ?? v) > 0);
}
