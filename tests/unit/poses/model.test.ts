import { describe, expect, it } from 'vitest';
import { FLOOR_Y, LENGTH, NEUTRAL_ANGLES } from '../../../src/shared/poses/body';
import { interpolatePose, shortestDelta } from '../../../src/shared/poses/interpolate';
import { solve } from '../../../src/shared/poses/kinematics';
import type { Pose } from '../../../src/shared/poses/pose-types';
import { poseToSvg } from '../../../src/shared/poses/svg';
import { validatePose } from '../../../src/shared/poses/validate';
import { distance } from '../../../src/shared/poses/vec';

function standing(overrides: Partial<Pose> = {}, angles: Partial<Pose['angles']> = {}): Pose {
  return {
    view: 'side',
    root: { x: 120, y: 100, rotation: 90 },
    angles: { ...NEUTRAL_ANGLES, ...angles },
    props: {},
    description: 'Standing.',
    ...overrides,
  };
}

describe('kinematics', () => {
  it('hangs a straight arm its full length straight down from the shoulder', () => {
    const { points } = solve(standing());
    expect(points.wristL.x).toBeCloseTo(points.shoulderL.x, 6);
    expect(points.wristL.y - points.shoulderL.y).toBeCloseTo(LENGTH.upperArm + LENGTH.lowerArm, 6);
  });

  it('raises a 90° flexed arm straight forward (to the right when facing right)', () => {
    const { points } = solve(standing({}, { upperArmL: 90 }));
    expect(points.wristL.y).toBeCloseTo(points.shoulderL.y, 6);
    expect(points.wristL.x - points.shoulderL.x).toBeCloseTo(LENGTH.upperArm + LENGTH.lowerArm, 6);
  });

  it('mirrors forward when the figure faces left', () => {
    const { points } = solve(
      standing({ root: { x: 120, y: 100, rotation: 90, flip: true } }, { upperArmL: 90 }),
    );
    expect(points.wristL.x).toBeLessThan(points.shoulderL.x);
  });

  it('bends the knee backwards and a 90° sitting hip forwards', () => {
    const { points } = solve(standing({}, { upperLegL: 90, lowerLegL: 90 }));
    expect(points.kneeL.x - points.hip.x).toBeCloseTo(LENGTH.upperLeg, 6);
    expect(points.ankleL.x).toBeCloseTo(points.kneeL.x, 6);
    expect(points.ankleL.y - points.kneeL.y).toBeCloseTo(LENGTH.lowerLeg, 6);
  });

  it('keeps every bone its length whatever the angles', () => {
    const { points } = solve(
      standing({}, { torso: 40, upperArmR: 130, lowerArmR: 70, upperLegR: 60, lowerLegR: 100 }),
    );
    expect(distance(points.shoulderR, points.elbowR)).toBeCloseTo(LENGTH.upperArm, 6);
    expect(distance(points.elbowR, points.wristR)).toBeCloseTo(LENGTH.lowerArm, 6);
    expect(distance(points.hip, points.kneeR)).toBeCloseTo(LENGTH.upperLeg, 6);
    expect(distance(points.kneeR, points.ankleR)).toBeCloseTo(LENGTH.lowerLeg, 6);
    expect(distance(points.hip, points.neckBase)).toBeCloseTo(LENGTH.torso, 6);
  });

  it('puts the figure’s right on the screen’s left in a front view', () => {
    const { points } = solve(standing({ view: 'front' }, { upperArmR: 90 }));
    expect(points.shoulderR.x).toBeLessThan(points.shoulderL.x);
    expect(points.wristR.x).toBeLessThan(points.shoulderR.x - LENGTH.upperArm);
  });
});

describe('interpolation', () => {
  const a = standing({}, { upperArmL: 0, neck: -20 });
  const b = standing({ root: { x: 140, y: 90, rotation: 90 } }, { upperArmL: 90, neck: 20 });

  it('returns the end poses at 0 and 1', () => {
    expect(interpolatePose(a, b, 0)).toEqual(a);
    expect(interpolatePose(a, b, 1)).toEqual(b);
  });

  it('blends angles and the root at the midpoint', () => {
    const mid = interpolatePose(a, b, 0.5);
    expect(mid.angles.upperArmL).toBeCloseTo(45, 6);
    expect(mid.angles.neck).toBeCloseTo(0, 6);
    expect(mid.root.x).toBeCloseTo(130, 6);
    expect(mid.root.y).toBeCloseTo(95, 6);
  });

  it('turns the short way round', () => {
    expect(shortestDelta(350, 10)).toBe(20);
    expect(shortestDelta(10, 350)).toBe(-20);
    const spun = interpolatePose(
      standing({ root: { x: 0, y: 0, rotation: 350 } }),
      standing({ root: { x: 0, y: 0, rotation: 10 } }),
      0.5,
    );
    expect(((spun.root.rotation % 360) + 360) % 360).toBeCloseTo(0, 6);
  });

  it('jumps when the view changes, since side and front angles mean different things', () => {
    const front = standing({ view: 'front' });
    expect(interpolatePose(a, front, 0.3)).toBe(front);
  });
});

describe('validation', () => {
  it('accepts a neutral standing figure on the floor', () => {
    const pose = standing({ root: { x: 120, y: 98, rotation: 90 }, props: { floor: true } });
    const ankle = solve(pose).points.ankleL.y;
    const onFloor = standing({
      root: { x: 120, y: 98 + FLOOR_Y - ankle - 3.25, rotation: 90 },
      props: { floor: true },
      contacts: [{ part: 'feet', on: 'floor' }],
    });
    expect(validatePose(onFloor)).toEqual([]);
  });

  it('reports a joint outside its human range', () => {
    const problems = validatePose(standing({}, { lowerArmL: -20 }));
    expect(problems.map((p) => p.kind)).toContain('range');
    expect(problems[0]?.message).toMatch(/lowerArmL/);
  });

  it('reports a figure that leaves the frame', () => {
    expect(
      validatePose(standing({ root: { x: 5, y: 100, rotation: 90 } })).some((p) => p.kind === 'frame'),
    ).toBe(true);
  });

  it('reports a declared contact that does not touch', () => {
    const floating = standing({ props: { floor: true }, contacts: [{ part: 'hands', on: 'floor' }] });
    expect(validatePose(floating).some((p) => p.kind === 'contact')).toBe(true);
  });
});

describe('svg', () => {
  it('renders a scalable, labelled SVG using only the theme colour properties', () => {
    const svg = poseToSvg(standing({ highlight: ['neck'] }), 'A standing figure');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 240 200"/);
    expect(svg).not.toMatch(/<svg[^>]*\swidth=/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="A standing figure"');
    expect(svg).toContain('var(--figure-body, currentColor)');
    expect(svg).toContain('var(--figure-highlight');
    expect(svg).not.toMatch(/(href|url)\(/);
  });
});
