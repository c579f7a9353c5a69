/**
 * Checks that a pose is one a body can take and the frame can show: every joint inside its human range,
 * the whole figure (and its arrows) inside the viewBox, nothing sinking through the floor, and every
 * declared contact actually touching the floor or the wall.
 */

import { FLOOR_Y, FRAME, JOINT_IDS, WIDTH } from './body';
import { arrowEnds } from './drawing';
import { bodyExtent, solve } from './kinematics';
import { LIMITS } from './limits';
import type { ContactPart, Pose, PointId } from './pose-types';

export interface PoseProblem {
  kind: 'range' | 'frame' | 'floor' | 'contact';
  message: string;
}

/** How far (frame units) a contact may be from its surface and still count as touching. */
export const CONTACT_TOLERANCE = 3;

/** A point on the body surface: a joint and the half-thickness of the limb drawn around it. */
interface Probe {
  point: PointId;
  radius: number;
}

const HALF = {
  hand: WIDTH.hand / 2,
  knee: WIDTH.upperLeg / 2,
  ankle: WIDTH.lowerLeg / 2,
  foot: WIDTH.foot / 2,
  trunk: WIDTH.torso / 2,
  forearm: WIDTH.lowerArm / 2,
} as const;

function probes(part: ContactPart, headRadius: number): Probe[] {
  const hand = (s: 'L' | 'R'): Probe[] => [
    { point: `wrist${s}`, radius: HALF.hand },
    { point: `fingers${s}`, radius: HALF.hand },
  ];
  const foot = (s: 'L' | 'R'): Probe[] => [
    { point: `heel${s}`, radius: HALF.foot },
    { point: `toe${s}`, radius: HALF.foot },
  ];
  const knee = (s: 'L' | 'R'): Probe => ({ point: `knee${s}`, radius: HALF.knee });
  switch (part) {
    case 'hands':
      return [...hand('L'), ...hand('R')];
    case 'handL':
      return hand('L');
    case 'handR':
      return hand('R');
    case 'knees':
      return [knee('L'), knee('R')];
    case 'kneeL':
      return [knee('L')];
    case 'kneeR':
      return [knee('R')];
    case 'shins':
      return [
        knee('L'),
        knee('R'),
        { point: 'ankleL', radius: HALF.ankle },
        { point: 'ankleR', radius: HALF.ankle },
      ];
    case 'feet':
      return [...foot('L'), ...foot('R')];
    case 'footL':
      return foot('L');
    case 'footR':
      return foot('R');
    case 'toes':
      return [
        { point: 'toeL', radius: HALF.foot },
        { point: 'toeR', radius: HALF.foot },
      ];
    case 'back':
      return [
        { point: 'hip', radius: HALF.trunk },
        { point: 'neckBase', radius: HALF.trunk },
      ];
    case 'shoulders':
      return [{ point: 'neckBase', radius: HALF.trunk }];
    case 'hips':
      return [{ point: 'hip', radius: HALF.trunk }];
    case 'head':
      return [{ point: 'headCenter', radius: headRadius }];
    case 'forearmL':
      return [
        { point: 'elbowL', radius: HALF.forearm },
        { point: 'wristL', radius: HALF.forearm },
      ];
    case 'forearmR':
      return [
        { point: 'elbowR', radius: HALF.forearm },
        { point: 'wristR', radius: HALF.forearm },
      ];
  }
}

const round = (v: number): number => Math.round(v * 10) / 10;

export function validatePose(pose: Pose): PoseProblem[] {
  const problems: PoseProblem[] = [];
  const limits = LIMITS[pose.view];
  for (const joint of JOINT_IDS) {
    const value = pose.angles[joint];
    const [min, max] = limits[joint];
    if (!Number.isFinite(value) || value < min || value > max) {
      problems.push({ kind: 'range', message: `${joint} ${round(value)}° is outside ${min}..${max}°` });
    }
  }

  const skeleton = solve(pose);
  for (const c of bodyExtent(skeleton)) {
    if (c.x - c.r < 0 || c.x + c.r > FRAME.width || c.y - c.r < 0 || c.y + c.r > FRAME.height) {
      problems.push({
        kind: 'frame',
        message: `${c.name} leaves the frame at (${round(c.x)}, ${round(c.y)})`,
      });
    }
    if (pose.props.floor && c.y + c.r > FLOOR_Y + CONTACT_TOLERANCE) {
      problems.push({
        kind: 'floor',
        message: `${c.name} sinks ${round(c.y + c.r - FLOOR_Y)} below the floor`,
      });
    }
  }
  for (const arrow of pose.arrows ?? []) {
    for (const p of arrowEnds(arrow, skeleton)) {
      if (p.x < 2 || p.x > FRAME.width - 2 || p.y < 2 || p.y > FRAME.height - 2) {
        problems.push({ kind: 'frame', message: `arrow "${arrow.label}" leaves the frame` });
        break;
      }
    }
  }

  for (const contact of pose.contacts ?? []) {
    if (contact.on === 'floor' && !pose.props.floor) {
      problems.push({ kind: 'contact', message: `${contact.part} on the floor, but the pose has no floor` });
      continue;
    }
    const wall = pose.props.wall;
    if (contact.on === 'wall' && !wall) {
      problems.push({ kind: 'contact', message: `${contact.part} on the wall, but the pose has no wall` });
      continue;
    }
    for (const probe of probes(contact.part, skeleton.headRadius)) {
      const p = skeleton.points[probe.point];
      const gap =
        contact.on === 'floor'
          ? FLOOR_Y - (p.y + probe.radius)
          : Math.abs(p.x - (wall?.x ?? 0)) - probe.radius;
      if (Math.abs(gap) > CONTACT_TOLERANCE) {
        problems.push({
          kind: 'contact',
          message: `${contact.part} should touch the ${contact.on}: ${probe.point} is ${round(gap)} away`,
        });
      }
    }
  }
  return problems;
}
