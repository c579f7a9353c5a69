import type { MonotonicClock } from './clock';

/**
 * A monotonic clock that also counts time spent asleep. `performance.now()` stops while Linux and macOS
 * are suspended, so a laptop closed over lunch would look like a few seconds away. At resume the wall
 * clock tells how long the machine slept; that gap (never negative, whatever the wall clock did meanwhile)
 * is added on, so sleep counts as the inactive time it was.
 */
export class SuspendAwareClock implements MonotonicClock {
  private sleptMs = 0;
  private suspendedAt: { monotonic: number; wall: number } | null = null;

  constructor(
    private readonly monotonicNow: () => number,
    private readonly wallNow: () => number,
  ) {}

  nowMs(): number {
    return this.monotonicNow() + this.sleptMs;
  }

  suspended(): void {
    this.suspendedAt = { monotonic: this.monotonicNow(), wall: this.wallNow() };
  }

  resumed(): void {
    if (!this.suspendedAt) return;
    const wallGap = this.wallNow() - this.suspendedAt.wall;
    const counted = this.monotonicNow() - this.suspendedAt.monotonic;
    // Only the part the monotonic clock missed; a wall clock set back during sleep adds nothing.
    this.sleptMs += Math.max(0, wallGap - counted);
    this.suspendedAt = null;
  }
}
