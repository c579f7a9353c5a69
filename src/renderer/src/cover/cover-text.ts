/**
 * What a cover says, as plain functions so the wording and the countdown are tested without a page.
 */
import type { Translate } from '../../../shared/i18n/catalog';
import { formatDuration } from '../../../shared/i18n/format';
import type { BreakCover } from '../../../shared/ipc-contract';

export const breakName = (t: Translate<'cover'>, cover: BreakCover): string =>
  t(cover.reason === 'long' ? 'breakLong' : 'breakMicro');

/** Whole seconds left, rounded up so the last second reads 0:01, not 0:00. */
const secondsLeft = (remainingMs: number): number => Math.max(0, Math.ceil(remainingMs / 1000));

/** "4:05", "0:32": minutes and seconds, as a clock shows them in every language we ship. */
export function formatCountdown(remainingMs: number): string {
  const seconds = secondsLeft(remainingMs);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The same time in words, for the timer's accessible name. */
export function countdownLabel(t: Translate<'cover'>, locale: string, remainingMs: number): string {
  return t('timeLeft', { time: formatDuration(locale, secondsLeft(remainingMs)) });
}

/**
 * The one line under the countdown. It points to the player, which is the only place the break can be
 * done; once the break's time is up the stretch may still be going, so it says to finish there.
 */
export function coverLine(t: Translate<'cover'>, cover: BreakCover, remainingMs: number): string {
  const { title } = cover;
  if (remainingMs <= 0) return t('lineFinish', { title });
  return t(cover.reason === 'long' ? 'lineLong' : 'lineMicro', { title });
}
