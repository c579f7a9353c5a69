/**
 * The tray's one-line answer to "what comes next?". Pure: the adapter passes a snapshot and the
 * current times, so the tooltip can be refreshed without touching the engine.
 */
import type { EngineSnapshot } from './engine';
import type { BreakKind } from './events';
import type { HoldReason } from './moment';

export interface NextDescription {
  label: string;
  paused: boolean;
}

const BREAK_NAME: Record<BreakKind, string> = { micro: 'Stretch', long: 'Long break' };

const REASON_TEXT: Record<HoldReason, string> = {
  dnd: 'do not disturb',
  fullscreen: 'full screen',
  call: 'call',
  'app-rule': 'app rule',
};

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
  const held = state.heldBreak;
  if (held) {
    const name = BREAK_NAME[held.kind];
    // Reasons over, grace period running: the break is about to come.
    if (held.releaseAtMs !== null) return { label: `${name} soon`, paused: false };
    return {
      label: `${name} waiting (${held.reasons.map((r) => REASON_TEXT[r]).join(', ')})`,
      paused: false,
    };
  }
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
