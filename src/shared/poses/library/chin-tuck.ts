import { LENGTH } from '../body';
import type { Pose } from '../pose-types';
import { both, definePose, pointOf, reach, type PoseSpec } from './build';

/**
 * Chin tuck, seen from the side so the head's glide backwards shows. The figure faces left, which puts
 * its right arm (the one touching the chin) on the near side.
 */
function standing(spec: Omit<PoseSpec, 'view' | 'root' | 'props'>): Pose {
  const pose = definePose({
    view: 'side',
    root: { x: 122, rotation: 90, flip: true },
    props: { floor: true },
    contacts: [{ part: 'feet', on: 'floor' }],
    ...spec,
  });
  // The index finger points back and up to rest on the front of the chin; the wrist sits a hand's length
  // in front of and below it. (Facing left, "back" is screen angle ~40°.)
  const chin = pointOf(pose, 'chin');
  return reach(pose, 'armR', { x: chin.x - LENGTH.hand * 0.77 - 2, y: chin.y + LENGTH.hand * 0.64 + 1 }, 40);
}

export const chinTuckPoses: Record<string, Pose> = {
  'chin-tuck/finger-on-chin': standing({
    angles: both({ lowerArm: 8 }),
    description: 'Standing tall, head level, right index finger resting on the front of the chin.',
  }),
  'chin-tuck/tucked': standing({
    // A chin tuck is extension of the lower neck with a nod at the top: the head slides back, eyes level.
    angles: { ...both({ lowerArm: 8 }), neck: -24, head: 26 },
    highlight: ['neck'],
    arrows: [
      { at: 'chin', offset: [4, -4], direction: 0, length: 16, label: 'the chin glides straight back' },
    ],
    description:
      'Standing tall with the chin drawn straight back into a double chin, head level, finger at the chin.',
  }),
};
