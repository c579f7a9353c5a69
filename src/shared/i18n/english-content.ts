/**
 * The English exercise texts read off the records, in the shape every translation has: for the catalog
 * test and the pseudo-locale. Not for a first view: it imports the pose library.
 */
import { exercises } from '../exercises';
import { poses } from '../poses/library';
import { routines } from '../routines';
import { safetyAdvice, tips, type Tip } from '../tips';
import type { ContentText } from './content';

/** The English texts, read off the records, in the shape every translation has. */
export function englishContent(): ContentText {
  return {
    exercises: Object.fromEntries(
      exercises.map((exercise) => [
        exercise.id,
        {
          name: exercise.name,
          summary: exercise.summary,
          why: exercise.why,
          steps: exercise.steps.map((step) => step.text),
          ...(exercise.easier ? { easier: exercise.easier.text } : {}),
          ...(exercise.caution ? { caution: exercise.caution } : {}),
        },
      ]),
    ),
    routines: Object.fromEntries(
      routines.map((routine) => [routine.id, { name: routine.name, summary: routine.summary }]),
    ),
    tips: Object.fromEntries(
      (tips as readonly Tip[]).map((tip) => [
        tip.id,
        { title: tip.title, body: tip.body, ...(tip.points ? { points: tip.points } : {}) },
      ]),
    ),
    poses: Object.fromEntries(
      Object.entries(poses).map(([id, pose]) => [
        id,
        {
          description: pose.description,
          ...(pose.arrows ? { arrows: pose.arrows.map((a) => a.label) } : {}),
        },
      ]),
    ),
    safetyAdvice,
  };
}
