/**
 * Shoulder shrug circle, from the side facing right: arms held out in front at shoulder height while
 * the shoulder girdle circles up, back and down (or the reverse). A curved arrow round the shoulder
 * shows the direction of the circle.
 */

import type { Pose } from '../pose-types';
import { both, definePose, type PoseSpec } from './build';

function standingArmsForward(
  spec: Omit<PoseSpec, 'view' | 'root' | 'props' | 'angles'> & { angles?: PoseSpec['angles'] },
): Pose {
  return definePose({
    view: 'side',
    root: { x: 96, rotation: 90 },
    props: { floor: true },
    contacts: [{ part: 'feet', on: 'floor' }],
    ...spec,
    angles: { ...both({ upperArm: 90, hand: 0 }), ...spec.angles },
  });
}

export const shoulderShrugCirclePoses: Record<string, Pose> = {
  'shoulder-shrug-circle/arms-forward': standingArmsForward({
    highlight: ['shoulderL'],
    description: 'Standing tall with both arms straight out in front at shoulder height.',
  }),
  'shoulder-shrug-circle/circling-backward': standingArmsForward({
    angles: { ...both({ shrug: 34, protraction: -16 }) },
    highlight: ['shoulderL'],
    arrows: [
      {
        at: 'shoulderL',
        offset: [6, 10],
        direction: 180,
        bend: 250,
        length: 52,
        label: 'the shoulders circle up, back and down',
      },
    ],
    description:
      'Standing with the arms out in front at shoulder height, the shoulders lifted towards the ears and rolling back.',
  }),
  'shoulder-shrug-circle/circling-forward': standingArmsForward({
    angles: { ...both({ shrug: 34, protraction: 16 }) },
    highlight: ['shoulderL'],
    arrows: [
      {
        at: 'shoulderL',
        offset: [-10, 10],
        direction: 0,
        bend: -250,
        length: 52,
        label: 'the shoulders circle up, forward and down',
      },
    ],
    description:
      'Standing with the arms out in front at shoulder height, the shoulders lifted towards the ears and rolling forward.',
  }),
};
