/**
 * Alt text for a figure: what the picture shows (the position, the part that works, the direction of
 * movement) in plain words, so a screen-reader user gets what a sighted user gets from the drawing.
 */

import type { ExerciseStep } from '../exercise-types';
import type { HighlightId, Pose } from './pose-types';

const PART_NAMES: Readonly<Record<HighlightId, string>> = {
  head: 'head',
  neck: 'neck',
  torso: 'back and trunk',
  upperArmL: 'left upper arm',
  lowerArmL: 'left forearm',
  handL: 'left hand',
  upperArmR: 'right upper arm',
  lowerArmR: 'right forearm',
  handR: 'right hand',
  upperLegL: 'left thigh',
  lowerLegL: 'left lower leg',
  footL: 'left foot',
  upperLegR: 'right thigh',
  lowerLegR: 'right lower leg',
  footR: 'right foot',
  pelvis: 'hips and glutes',
  upperTrunk: 'upper back and chest',
  shoulderL: 'left shoulder',
  shoulderR: 'right shoulder',
};

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export function altText(pose: Pose, step?: ExerciseStep): string {
  const parts: string[] = [
    `Figure seen from the ${pose.view === 'side' ? 'side' : 'front'}: ${pose.description}`,
  ];
  const highlight = [...new Set((pose.highlight ?? []).map((id) => PART_NAMES[id]))];
  if (highlight.length > 0) parts.push(`Working: ${list(highlight)}`);
  for (const arrow of pose.arrows ?? []) parts.push(`Arrow: ${arrow.label}`);
  if (step?.side) parts.push(`${step.side === 'left' ? 'Left' : 'Right'} side`);
  if (step?.holdSeconds) parts.push(`Hold for ${step.holdSeconds} seconds`);
  return parts.map(sentence).join(' ');
}
