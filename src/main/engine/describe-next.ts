/**
 * The tray's one-line answer to "what comes next?". Pure: the adapter passes a snapshot and the
 * current times, so the tooltip can be refreshed without touching the engine.
 */
import type { EngineSnapshot } from './engine';
import type { BreakKind } from './events';

export interface NextDescription {
  label: string;
  paused: boolean;
}

const BREAK_NAME: Record<BreakKind, string> = { micro: 'Stretch', long: 'Long break' };

export function describeNext(
  state: EngineSnapshot,
  nowMs: number,
  wallNowMs: number,
  locale?: string,
): NextDescription {
  const { pause } = state;
  if (pause) {
    if (pause.untilMs !== undefined) {
      const endWall = wallNowMs + Math.max(0, pause.untilMs - nowMs);
      return { label: `Paused until ${formatTime(endWall, locale)}`, paused: true };
    }
    if (pause.untilWallMs !== undefined) return { label: 'Paused until tomorrow', paused: true };
    return { label: 'Paused', paused: true };
  }
  if (state.currentBreak) return { label: `${BREAK_NAME[state.currentBreak.kind]} now`, paused: false };
  if (state.outsideWorkingHours) return { label: 'Outside working hours', paused: false };
  const next = state.nextBreak;
  if (next === null) return { label: 'No breaks scheduled', paused: false };
  const elapsed = state.counting ? Math.max(0, nowMs - state.atMs) : 0;
  const leftMs = Math.max(0, next.inActiveMs - elapsed);
  const minutes = Math.max(1, Math.ceil(leftMs / 60_000));
  return { label: `${BREAK_NAME[next.kind]} in ${minutes} min`, paused: false };
}

function formatTime(wallMs: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(wallMs));
}
