/**
 * Turns idle-time readings and lock/suspend notices into "active time gained" and the current
 * inactive stretch. Knows nothing about breaks.
 *
 * Active time counts while the system idle time is below the threshold, so the first `threshold`
 * seconds of every idle stretch still count as active (the rule as specified). An inactive stretch is
 * measured from the last input, because that is when the user actually left.
 */

export type Presence = 'present' | 'idle' | 'locked' | 'suspended';

export interface InactiveStretch {
  /** Last input before the stretch (or the moment tracking restarted, after a break or a pause). */
  startMs: number;
  /** Time from the start to the last moment the user was known to be still away. */
  lengthMs: number;
  /** False once the user is back; the record stays so the final length can still be judged. */
  ongoing: boolean;
}

export class ActivityTracker {
  private lastUpdateMs: number;
  private lastIdleMs = 0;
  private locked = false;
  private suspended = false;
  private stretchStartMs: number | null = null;
  private confirmedMs = 0;
  private ongoing = false;

  constructor(
    nowMs: number,
    private thresholdMs: number,
  ) {
    this.lastUpdateMs = nowMs;
  }

  setThresholdMs(thresholdMs: number): void {
    this.thresholdMs = thresholdMs;
  }

  presence(): Presence {
    if (this.suspended) return 'suspended';
    if (this.locked) return 'locked';
    return this.ongoing ? 'idle' : 'present';
  }

  /** Idle time at the last reading, in ms. */
  lastIdleReadingMs(): number {
    return this.lastIdleMs;
  }

  thresholdMsValue(): number {
    return this.thresholdMs;
  }

  stretch(): InactiveStretch | null {
    if (this.stretchStartMs === null) return null;
    return {
      startMs: this.stretchStartMs,
      lengthMs: Math.max(0, this.confirmedMs - this.stretchStartMs),
      ongoing: this.ongoing,
    };
  }

  /** Reads the idle time at `nowMs` and returns the active time gained since the previous update. */
  update(nowMs: number, idleSeconds: number): number {
    const dt = Math.max(0, nowMs - this.lastUpdateMs);
    const idleMs = Math.max(0, Math.round(idleSeconds * 1000));
    const lastInputMs = nowMs - idleMs;
    this.lastUpdateMs = nowMs;
    if (!this.suspended) this.lastIdleMs = idleMs;
    if (this.suspended || this.locked) {
      if (!this.ongoing) this.beginStretch(Math.min(nowMs, lastInputMs));
      this.confirmedMs = nowMs;
      return 0;
    }
    if (idleMs >= this.thresholdMs) {
      if (!this.ongoing) {
        this.beginStretch(lastInputMs);
        this.confirmedMs = nowMs;
        // Active time ran until the idle time crossed the threshold, somewhere in this interval.
        return clamp(lastInputMs + this.thresholdMs - (nowMs - dt), 0, dt);
      }
      if (this.stretchStartMs !== null && lastInputMs > this.stretchStartMs + 1000) {
        // The user came and went between two polls: that is a new stretch, not a longer one.
        this.beginStretch(lastInputMs);
      }
      this.confirmedMs = nowMs;
      return 0;
    }
    if (this.ongoing) {
      // Back sometime since the last poll; count from now so breaks come late rather than early.
      this.ongoing = false;
      return 0;
    }
    return dt;
  }

  lock(nowMs: number, idleSeconds: number): void {
    this.update(nowMs, idleSeconds);
    this.locked = true;
    this.update(nowMs, idleSeconds);
  }

  unlock(nowMs: number, idleSeconds: number): void {
    this.update(nowMs, idleSeconds);
    this.locked = false;
    this.update(nowMs, idleSeconds);
  }

  suspend(nowMs: number, idleSeconds: number): void {
    this.update(nowMs, idleSeconds);
    this.suspended = true;
    this.update(nowMs, idleSeconds);
  }

  resume(nowMs: number, idleSeconds: number): void {
    this.update(nowMs, idleSeconds);
    this.suspended = false;
    this.update(nowMs, idleSeconds);
  }

  /**
   * Starts judging the current stretch afresh from `nowMs`: time spent in a break or a pause must not
   * also count as a natural break afterwards.
   */
  restartStretchAt(nowMs: number): void {
    if (this.ongoing && this.stretchStartMs !== null && this.stretchStartMs < nowMs) {
      this.stretchStartMs = nowMs;
      this.confirmedMs = nowMs;
    } else if (!this.ongoing) {
      this.stretchStartMs = null;
    }
  }

  private beginStretch(startMs: number): void {
    this.stretchStartMs = startMs;
    this.confirmedMs = startMs;
    this.ongoing = true;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
