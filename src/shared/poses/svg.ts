/**
 * A pose as a standalone SVG string. The app draws with Figure.svelte; this is for previews and
 * screenshots made outside the app, with the same shapes and the same CSS custom properties.
 */

import { FRAME } from './body';
import { drawPose, type DrawOptions, type Tone } from './drawing';
import type { Pose } from './pose-types';

/** Colours come only from the theme's custom properties; the fallbacks suit light and dark themes. */
export const TONE_COLOURS: Readonly<Record<Tone, string>> = {
  body: 'var(--figure-body, currentColor)',
  highlight: 'var(--figure-highlight, #e8590c)',
  prop: 'var(--figure-prop, currentColor)',
  arrow: 'var(--figure-arrow, #1c7ed6)',
};

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function poseToSvg(pose: Pose, label: string, options: DrawOptions = {}): string {
  const paths = drawPose(pose, options)
    .map((shape) => {
      const colour = TONE_COLOURS[shape.tone];
      const fill = shape.fill ? colour : 'none';
      const stroke = shape.width > 0 ? ` stroke="${colour}" stroke-width="${shape.width}"` : '';
      const opacity = shape.opacity < 1 ? ` opacity="${shape.opacity}"` : '';
      return `<path d="${shape.d}" fill="${fill}"${stroke}${opacity}/>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${FRAME.width} ${FRAME.height}" role="img" ` +
    `aria-label="${escapeXml(label)}" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`
  );
}
