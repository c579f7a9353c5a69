/** The pose library: every pose the exercise steps name, keyed `<exercise-id>/<pose-name>`. */

import type { Pose } from '../pose-types';
import { chinTuckPoses } from './chin-tuck';

export const poses: Readonly<Record<string, Pose>> = {
  ...chinTuckPoses,
};
