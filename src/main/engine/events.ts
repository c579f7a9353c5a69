export type BreakKind = 'micro' | 'long';

export type BreakOutcome = 'completed' | 'skipped';

export type PauseRequest =
  { kind: 'minutes'; minutes: number } | { kind: 'tomorrow' } | { kind: 'indefinite' };

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
  | { type: 'quick-stretch'; atMs: number };

export type EngineEventType = EngineEvent['type'];

export type EngineListener = (event: EngineEvent) => void;
