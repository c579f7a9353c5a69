import { describe, expect, it } from 'vitest';
import { exercises, poseIdsInUse } from '../../../src/shared/exercises';
import { altText } from '../../../src/shared/poses/alt-text';
import { englishText } from '../../../src/shared/i18n/english';
import { poses } from '../../../src/shared/poses/library';
import { validatePose } from '../../../src/shared/poses/validate';

describe('pose library', () => {
  it('has a pose for every step of every exercise', () => {
    const missing = exercises.flatMap((exercise) =>
      exercise.steps
        .filter((step) => step.pose === undefined || !(step.pose in poses))
        .map((step) => `${exercise.id}: ${step.pose ?? '(no pose)'} — ${step.text}`),
    );
    expect(missing).toEqual([]);
  });

  it('covers every pose id the content uses, and keys poses by their exercise', () => {
    for (const id of poseIdsInUse()) expect(poses[id], id).toBeDefined();
    const exerciseIds = new Set(exercises.map((exercise) => exercise.id));
    for (const id of Object.keys(poses)) expect(exerciseIds.has(id.split('/')[0] ?? ''), id).toBe(true);
  });

  it.each(Object.entries(poses))('%s is valid: human ranges, in frame, contacts hold', (_id, pose) => {
    expect(validatePose(pose).map((p) => p.message)).toEqual([]);
  });

  it.each(Object.entries(poses))(
    '%s has a description and a working part or arrow where it moves',
    (_id, pose) => {
      expect(pose.description.length).toBeGreaterThan(20);
      for (const arrow of pose.arrows ?? []) expect(arrow.label.length).toBeGreaterThan(5);
    },
  );

  it('floor exercises declare what rests on the floor', () => {
    for (const [id, pose] of Object.entries(poses)) {
      if (pose.props.floor) expect(pose.contacts?.length ?? 0, id).toBeGreaterThan(0);
    }
  });

  it('builds alt text from the pose and the step', () => {
    const exercise = exercises.find((e) => e.id === 'chin-tuck');
    const step = exercise?.steps.find((s) => s.pose === 'chin-tuck/tucked');
    const pose = poses['chin-tuck/tucked'];
    expect(step && pose).toBeTruthy();
    const text = altText(englishText('figure'), 'en', pose!, step);
    expect(text).toMatch(/^Figure seen from the side: /);
    expect(text).toContain('Working: neck.');
    expect(text).toContain('Arrow: the chin glides straight back.');
    expect(text).toContain(`Hold for ${step!.holdSeconds} seconds.`);
  });
});
