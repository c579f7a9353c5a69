/**
 * The player's state machine: which step is showing and how much of its time is left. Time comes from an
 * injected monotonic clock (`performance.now()` in the app) and is measured, never counted in ticks, so a
 * throttled or hidden window neither drifts nor loses time: `sync()` catches up on every step that ended
 * while nobody was looking.
 */
export type PlayerStatus = 'ready' | 'running' | 'paused' | 'finished';

export interface PlayerSnapshot {
  status: PlayerStatus;
  index: number;
  remainingMs: number;
  /** Share of the current step's time already spent, 0 to 1. */
  progress: number;
}

export class PlayerMachine {
  private status: PlayerStatus = 'ready';
  private index = 0;
  /** Time spent in the current step before the running stretch that began at `runningSince`. */
  private spentMs = 0;
  private runningSince: number | null = null;

  constructor(
    private readonly durationsMs: readonly number[],
    private readonly now: () => number,
  ) {
    if (durationsMs.length === 0) throw new Error('A player needs at least one step');
  }

  get stepCount(): number {
    return this.durationsMs.length;
  }

  snapshot(): PlayerSnapshot {
    this.sync();
    const duration = this.durationOf(this.index);
    const spent = this.status === 'finished' ? duration : this.spentNow();
    return {
      status: this.status,
      index: this.index,
      remainingMs: Math.max(0, duration - spent),
      progress: duration > 0 ? Math.min(1, spent / duration) : 1,
    };
  }

  /** Milliseconds until the current step ends on its own, or null when the clock is not running. */
  msUntilStepEnds(): number | null {
    this.sync();
    if (this.status !== 'running') return null;
    return Math.max(0, this.durationOf(this.index) - this.spentNow());
  }

  /** Space: start, pause or resume, whichever fits; from the finished screen, start over. */
  toggle(): void {
    if (this.status === 'running') this.pause();
    else if (this.status === 'finished') this.restart();
    else this.run();
  }

  run(): void {
    if (this.status === 'running' || this.status === 'finished') return;
    this.status = 'running';
    this.runningSince = this.now();
  }

  pause(): void {
    this.sync();
    if (this.status !== 'running') return;
    this.spentMs = this.spentNow();
    this.runningSince = null;
    this.status = 'paused';
  }

  next(): void {
    this.sync();
    if (this.status === 'finished') return;
    this.moveTo(this.index + 1);
  }

  previous(): void {
    this.sync();
    if (this.status === 'finished') {
      this.status = 'paused';
      this.moveTo(this.durationsMs.length - 1);
      return;
    }
    this.moveTo(Math.max(0, this.index - 1));
  }

  restart(): void {
    this.status = 'ready';
    this.runningSince = null;
    this.moveTo(0);
  }

  /** Advances past every step whose time has run out, carrying the overshoot into the next one. */
  sync(): void {
    if (this.status !== 'running' || this.runningSince === null) return;
    const now = this.now();
    let spent = this.spentMs + (now - this.runningSince);
    while (spent >= this.durationOf(this.index)) {
      spent -= this.durationOf(this.index);
      if (this.index === this.durationsMs.length - 1) {
        this.finish();
        return;
      }
      this.index += 1;
    }
    this.spentMs = spent;
    this.runningSince = now;
  }

  private moveTo(index: number): void {
    if (index >= this.durationsMs.length) {
      this.finish();
      return;
    }
    this.index = index;
    this.spentMs = 0;
    if (this.status === 'running') this.runningSince = this.now();
  }

  private finish(): void {
    this.status = 'finished';
    this.index = this.durationsMs.length - 1;
    this.spentMs = 0;
    this.runningSince = null;
  }

  private spentNow(): number {
    return this.spentMs + (this.runningSince === null ? 0 : this.now() - this.runningSince);
  }

  private durationOf(index: number): number {
    return this.durationsMs[index] ?? 0;
  }
}
