/**
 * The engine's ports. The engine never reads time, idleness or timers directly, so the Electron
 * adapter, the simulator and the tests all drive the very same code.
 */
import type { MomentPort } from './moment';

/**
 * Milliseconds on a clock that only moves forward and does not follow wall-clock changes (DST, manual
 * changes, NTP). It should keep counting through system sleep; where the platform clock stops during
 * sleep (`performance.now()` on Linux and macOS), the engine still behaves sensibly because suspend
 * and resume are reported explicitly: the suspended time is then simply shorter than it really was.
 */
export interface MonotonicClock {
  nowMs(): number;
}

/**
 * Wall-clock time in epoch milliseconds, interpreted in the local time zone. Used ONLY for working
 * hours and "pause until tomorrow", never for scheduling breaks.
 */
export interface WallClock {
  nowMs(): number;
}

/** Seconds since the last keyboard or mouse input, e.g. `powerMonitor.getSystemIdleTime()`. */
export interface IdleSource {
  idleSeconds(): number;
  /**
   * How old the reading behind the last answer was, in ms, for a source that answers at once from an
   * earlier reading (D-Bus on Wayland): input since then is not in the answer yet. 0 when absent.
   */
  readingAgeMs?(): number;
}

/**
 * A single one-shot timer. The engine keeps at most one wake-up pending and replaces it after every
 * input, so the adapter is a thin wrapper around `setTimeout` / `clearTimeout`.
 */
export interface WakeTimer {
  set(delayMs: number, onWake: () => void): void;
  clear(): void;
}

export interface EnginePorts {
  clock: MonotonicClock;
  wallClock: WallClock;
  idle: IdleSource;
  timer: WakeTimer;
  /** Whether now is a bad moment for a break; `NO_HOLD` (never) when absent. */
  moment?: MomentPort;
}

/** The longest delay `setTimeout` holds; a longer one fires after 1 ms instead. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** `setTimeout`-backed timer for the real app. */
export function createTimeoutTimer(): WakeTimer {
  let handle: ReturnType<typeof setTimeout> | undefined;
  // A long pause can ask for a wake weeks away; it is waited for in steps setTimeout can hold.
  const arm = (remainingMs: number, onWake: () => void): void => {
    const stepMs = Math.min(Math.max(0, remainingMs), MAX_TIMEOUT_MS);
    handle = setTimeout(() => {
      handle = undefined;
      if (remainingMs > stepMs) arm(remainingMs - stepMs, onWake);
      else onWake();
    }, stepMs);
  };
  return {
    set(delayMs, onWake) {
      if (handle !== undefined) clearTimeout(handle);
      arm(delayMs, onWake);
    },
    clear() {
      if (handle !== undefined) clearTimeout(handle);
      handle = undefined;
    },
  };
}
