/**
 * What drawing a figure takes besides its component: the pose library, computed on import, and the
 * code that draws and blends poses. Figure.svelte loads it as a chunk of its own after a page's first
 * frame. Nothing here may import what a page's script holds (the i18n state, the Svelte runtime): this
 * chunk would then import the script, and a page could no longer carry its script inline
 * (bundling/view-pages.ts).
 */
export { FRAME } from '../../../shared/poses/body';
export { drawPose } from '../../../shared/poses/drawing';
export { easeInOut, interpolatePose } from '../../../shared/poses/interpolate';
export { poses } from '../../../shared/poses/library';
export { TONE_COLOURS } from '../../../shared/poses/svg';
