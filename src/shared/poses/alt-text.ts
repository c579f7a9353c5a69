/**
 * Alt text for a figure: what the picture shows (the position, the part that works, the direction of
 * movement) in plain words, so a screen-reader user gets what a sighted user gets from the drawing.
 */

import type { KeyOf, Translate } from '../i18n/catalog';
import { formatList } from '../i18n/format';
import type { ExerciseStep } from '../exercise-types';
import type { HighlightId, Pose } from './pose-types';
import { joinSentences } from '../i18n/message-format';

const PART_NAMES = {
  head: 'partHead',
  neck: 'partNeck',
  torso: 'partTorso',
  upperArmL: 'partUpperArmLeft',
  lowerArmL: 'partForearmLeft',
  handL: 'partHandLeft',
  upperArmR: 'partUpperArmRight',
  lowerArmR: 'partForearmRight',
  handR: 'partHandRight',
  upperLegL: 'partThighLeft',
  lowerLegL: 'partLowerLegLeft',
  footL: 'partFootLeft',
  upperLegR: 'partThighRight',
  lowerLegR: 'partLowerLegRight',
  footR: 'partFootRight',
  pelvis: 'partPelvis',
  upperTrunk: 'partUpperTrunk',
  shoulderL: 'partShoulderLeft',
  shoulderR: 'partShoulderRight',
} as const satisfies Readonly<Record<HighlightId, KeyOf<'figure'>>>;

/** A capital first letter and the language's full stop, unless the text already ends a sentence. */
function sentence(t: Translate<'figure'>, text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?。！？]$/.test(capital) ? capital : t('sentence', { text: capital });
}

/**
 * The description of `pose` (already in the reader's language: see `localizePose`) and of the step it
 * illustrates, in the words of `t`; `locale` joins the list of working parts.
 */
export function altText(t: Translate<'figure'>, locale: string, pose: Pose, step?: ExerciseStep): string {
  const parts: string[] = [
    pose.describedFrom
      ? pose.description
      : pose.view === 'side'
        ? t('seenFromSide', { description: pose.description })
        : t('seenFromFront', { description: pose.description }),
  ];
  const highlight = [...new Set((pose.highlight ?? []).map((id) => t(PART_NAMES[id])))];
  if (highlight.length > 0) parts.push(t('working', { parts: formatList(locale, highlight) }));
  for (const arrow of pose.arrows ?? []) parts.push(t('arrow', { label: arrow.label }));
  if (step?.side) parts.push(t(step.side === 'left' ? 'leftSide' : 'rightSide'));
  if (step?.holdSeconds) parts.push(t('holdFor', { count: step.holdSeconds }));
  return joinSentences(parts.map((part) => sentence(t, part)));
}
