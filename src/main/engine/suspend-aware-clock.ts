import type { MonotonicClock } from './clock';

/**
 * A monotonic clock that also counts time spent asleep. `performance.now()` stops while Linux and macOS
 * are suspended, so a laptop closed over lunch would look like a few seconds away. At resume the part
 * of the sleep the monotonic clock missed is added on, so sleep counts as the inactive time it was.
 *
 * How long the sleep was is read from the boot clock where there is one: it counts through sleep and,
 * unlike the wall clock, follows no change of date or time, so someone (or NTP after a long sleep)
 * setting the clock while the lid is shut changes nothing. Without one, or if it cannot be read at that
 * moment, the wall clock is the only witness: its gap counts, never negatively.
 */
export class SuspendAwareClock implements MonotonicClock {
  private sleptMs = 0;
  private suspendedAt: { monotonic: number; wall: number; boot: number | null } | null = null;

  constructor(
    private readonly monotonicNow: () => number,
    private readonly wallNow: () => number,
    /** Milliseconds on a clock that counts through sleep and never jumps; absent where none is known. */
    private readonly bootNow?: () => number,
  ) {}

  nowMs(): number {
    return this.monotonicNow() + this.sleptMs;
  }

  suspended(): void {
    this.suspendedAt = { monotonic: this.monotonicNow(), wall: this.wallNow(), boot: this.readBoot() };
  }

  resumed(): void {
    if (!this.suspendedAt) return;
    const { monotonic, wall, boot } = this.suspendedAt;
    const bootNow = boot === null ? null : this.readBoot();
    const gap = boot !== null && bootNow !== null ? bootNow - boot : this.wallNow() - wall;
    const counted = this.monotonicNow() - monotonic;
    // Only the part the monotonic clock missed; a wall clock set back during sleep adds nothing.
    this.sleptMs += Math.max(0, gap - counted);
    this.suspendedAt = null;
  }

  private readBoot(): number | null {
    if (!this.bootNow) return null;
    try {
      const ms = this.bootNow();
      return Number.isFinite(ms) ? ms : null;
    } catch {
      return null;
    }
  }
}
