/**
 * Pause bookkeeping. Timed pauses end on the monotonic clock; "until tomorrow" is a calendar notion
 * and necessarily follows the wall clock.
 */
import type { PauseRequest } from './events';

export interface PauseState {
  request: PauseRequest;
  /** Monotonic end of a timed pause. */
  untilMs?: number;
  /** Wall-clock end (local midnight) of a pause until tomorrow. */
  untilWallMs?: number;
}

export function startPause(request: PauseRequest, nowMs: number, wallNowMs: number): PauseState {
  switch (request.kind) {
    case 'minutes':
      return { request, untilMs: nowMs + request.minutes * 60_000 };
    case 'tomorrow':
      return { request, untilWallMs: startOfNextDay(wallNowMs) };
    case 'indefinite':
      return { request };
  }
}

export function pauseHasEnded(pause: PauseState, nowMs: number, wallNowMs: number): boolean {
  if (pause.untilMs !== undefined) return nowMs >= pause.untilMs;
  if (pause.untilWallMs !== undefined) return wallNowMs >= pause.untilWallMs;
  return false;
}

/** Delay until the pause should end, or null if only the user can end it. */
export function msUntilPauseEnds(pause: PauseState, nowMs: number, wallNowMs: number): number | null {
  if (pause.untilMs !== undefined) return Math.max(0, pause.untilMs - nowMs);
  if (pause.untilWallMs !== undefined) return Math.max(0, pause.untilWallMs - wallNowMs);
  return null;
}

/** Local midnight after `wallMs` (DST-safe: built from calendar fields, not by adding 24 h). */
export function startOfNextDay(wallMs: number): number {
  const d = new Date(wallMs);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}
