/**
 * What a cover says, as plain functions so the wording and the countdown are tested without a page.
 */
import type { BreakCover } from '../../../shared/ipc-contract';

const breakNames: Record<BreakCover['reason'], string> = { micro: 'Stretch break', long: 'Long break' };

export const breakName = (cover: BreakCover): string => breakNames[cover.reason];

/** "4:05", "0:32": minutes and seconds, rounded up so the last second reads 0:01, not 0:00. */
export function formatCountdown(remainingMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The same time in words, for the timer's accessible name. */
export function countdownLabel(remainingMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [
    ...(minutes > 0 ? [`${minutes} minute${minutes === 1 ? '' : 's'}`] : []),
    ...(rest > 0 || minutes === 0 ? [`${rest} second${rest === 1 ? '' : 's'}`] : []),
  ];
  return `${parts.join(' ')} left`;
}

/**
 * The one line under the countdown. It points to the player, which is the only place the break can be
 * done; once the break's time is up the stretch may still be going, so it says to finish there.
 */
export function coverLine(cover: BreakCover, remainingMs: number): string {
  return remainingMs > 0
    ? `${breakName(cover)}: ${cover.title} is on the screen you were using.`
    : `Finish ${cover.title} on the screen you were using, then carry on.`;
}
