import type { PauseRequest } from '../../shared/pause';
import type { HoldReason } from './moment';

export type BreakKind = 'micro' | 'long';

/**
 * "worked-through": the break ran its course while the user kept typing or mousing (only noticed when
 * `moments.workedThrough` is on). A skipped break stays "skipped" whatever the user did meanwhile.
 */
export type BreakOutcome = 'completed' | 'skipped' | 'worked-through';

/**
 * How the adapter shows a break: the player window, or — for a break held back longer than
 * `moments.maxDeferralMinutes` — a gentle notification that ends by itself after the break's duration.
 */
export type BreakPresentation = 'window' | 'notification';

export type { PauseRequest };

/** Every event carries `atMs`, the monotonic time at which it happened. */
export type EngineEvent =
  | {
      type: 'warning';
      atMs: number;
      kind: BreakKind;
      /** Seconds of active time until the break starts. */
      inSeconds: number;
      canPostpone: boolean;
      canSkip: boolean;
    }
  | {
      type: 'break-start';
      atMs: number;
      kind: BreakKind;
      durationSeconds: number;
      canPostpone: boolean;
      canSkip: boolean;
      presentation: BreakPresentation;
    }
  | { type: 'break-end'; atMs: number; kind: BreakKind; outcome: BreakOutcome }
  | { type: 'natural-break'; atMs: number; kind: BreakKind }
  | { type: 'postponed'; atMs: number; kind: BreakKind; postponesLeft: number }
  | {
      type: 'postpone-refused';
      atMs: number;
      /** Absent when there was nothing to postpone. */
      kind?: BreakKind;
      reason: 'limit-reached' | 'strict' | 'nothing-pending';
    }
  | { type: 'paused'; atMs: number; request: PauseRequest }
  | { type: 'resumed'; atMs: number; reason: 'user' | 'pause-ended' }
  | { type: 'quick-stretch'; atMs: number }
  /**
   * A due break is held back (not lost) because the moment is wrong. Sent when the engine first holds
   * the break, and again whenever the held break's kind or its (non-empty) set of reasons changes. A
   * warning already shown for it no longer holds: a fresh one comes when the break is let go.
   */
  | { type: 'deferred'; atMs: number; kind: BreakKind; reasons: HoldReason[] }
  /** The user kept using the keyboard or mouse through the running break; sent at most once per break. */
  | { type: 'worked-through'; atMs: number; kind: BreakKind };

export type EngineEventType = EngineEvent['type'];

export type EngineListener = (event: EngineEvent) => void;
