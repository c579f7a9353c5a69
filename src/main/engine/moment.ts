import type { Settings } from '../../shared/settings';

/**
 * The engine's view of "is this a bad moment for a break?". Detectors (src/main/moments) run
 * asynchronously and keep a cached answer; the engine only ever reads that cache, so a slow or hung
 * detector can never block a break decision or the main process.
 */

/** Why a due break is being held back. */
export type HoldReason = 'dnd' | 'fullscreen' | 'call' | 'app-rule';

export const HOLD_REASONS: readonly HoldReason[] = ['dnd', 'fullscreen', 'call', 'app-rule'];

export interface MomentPort {
  /** The reasons that hold breaks right now, from the detectors' latest answers; empty when none (or unknown). */
  holdReasons(): readonly HoldReason[];
  /**
   * Whether a fresh look is under way, whose landing the adapter reports through `momentChanged()`. A
   * break reaching its warning or its start waits for it (at most `lookWaitMs`) rather than be judged
   * on the answer from the wake-up before. Absent: never.
   */
  looking?(): boolean;
}

/** For callers with no detectors (tests, the simulator's default): never holds a break. */
export const NO_HOLD: MomentPort = { holdReasons: () => [] };

/** The reasons in `HOLD_REASONS` order, each once, so two answers compare by value. */
export function normalizeHoldReasons(reasons: readonly HoldReason[]): HoldReason[] {
  return HOLD_REASONS.filter((reason) => reasons.includes(reason));
}

export function sameHoldReasons(a: readonly HoldReason[], b: readonly HoldReason[]): boolean {
  return a.length === b.length && a.every((reason, i) => reason === b[i]);
}

/**
 * Whether the user's settings ask for this reason to hold breaks at all. App rules have no switch of
 * their own: they are on while either list names an app.
 */
export function reasonEnabled(reason: HoldReason, settings: Settings['moments']): boolean {
  switch (reason) {
    case 'dnd':
      return settings.doNotDisturb;
    case 'fullscreen':
      return settings.fullscreen;
    case 'call':
      return settings.calls;
    case 'app-rule':
      return settings.pauseWhileApps.length > 0 || settings.onlyWhileApps.length > 0;
  }
}
