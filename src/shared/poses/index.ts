/** The pose-based figure: model, kinematics, validation, library and drawing. Pure TypeScript, no DOM. */

export type * from './pose-types';
export { FRAME, FLOOR_Y } from './body';
export { solve } from './kinematics';
export { interpolatePose, easeInOut, shortestDelta } from './interpolate';
export { LIMITS } from './limits';
export { validatePose, type PoseProblem } from './validate';
export { drawPose, type Shape, type Tone } from './drawing';
export { poseToSvg, TONE_COLOURS } from './svg';
export { altText } from './alt-text';
export { poses } from './library';
