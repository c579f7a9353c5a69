/**
 * When the next micro and long breaks are due, in milliseconds of active time, and the postpone
 * bookkeeping per break. Pure arithmetic on active time: no clocks here.
 */
import type { Settings } from '../../shared/settings';
import type { BreakKind } from './events';

export interface NextBreak {
  kind: BreakKind;
  /** Total active time (ms) at which the break starts. */
  dueActiveMs: number;
  postponesLeft: number;
}

type PerKind<T> = Record<BreakKind, T>;

export class BreakScheduler {
  private base: PerKind<number>;
  private delayMs: PerKind<number> = { micro: 0, long: 0 };
  private postpones: PerKind<number> = { micro: 0, long: 0 };

  constructor(
    private settings: Settings,
    activeMs: number,
  ) {
    this.base = { micro: activeMs, long: activeMs };
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
  }

  /**
   * The break to take next. The long break wins when it is due no later than half a micro interval
   * after the micro break (so a micro break never comes just before a long one), while a long break is
   * postponed, since taking it resets the micro timer anyway, and once it is due itself at `activeMs`
   * (a micro break held back by a bad moment must not push a due long break behind it).
   */
  next(activeMs = -Infinity): NextBreak | null {
    const micro = this.settings.microBreak.enabled ? this.candidate('micro') : null;
    const long = this.settings.longBreak.enabled ? this.candidate('long') : null;
    if (micro === null) return long;
    if (long === null) return micro;
    const halfMicroMs = (this.settings.microBreak.everyMinutes * 60_000) / 2;
    if (
      this.delayMs.long > 0 ||
      long.dueActiveMs <= micro.dueActiveMs + halfMicroMs ||
      long.dueActiveMs <= activeMs
    )
      return long;
    return micro;
  }

  postponesLeft(kind: BreakKind): number {
    return Math.max(0, this.settings.postpone.maxCount - this.postpones[kind]);
  }

  /** A taken (completed, skipped, natural or quick) break restarts its timer; a long one restarts both. */
  taken(kind: BreakKind, activeMs: number): void {
    this.resetKind('micro', activeMs);
    if (kind === 'long') this.resetKind('long', activeMs);
  }

  resetAll(activeMs: number): void {
    this.resetKind('micro', activeMs);
    this.resetKind('long', activeMs);
  }

  /** Postpone during the warning: the due time moves later by the postpone interval. */
  postponeDue(kind: BreakKind): void {
    this.delayMs[kind] += this.postponeMs();
    this.postpones[kind] += 1;
  }

  /** Postpone of a running break: it comes back one postpone interval from now. */
  postponeRunning(kind: BreakKind, activeMs: number): void {
    const undelayed = this.base[kind] + this.everyMs(kind);
    this.delayMs[kind] = Math.max(1, activeMs + this.postponeMs() - undelayed);
    this.postpones[kind] += 1;
  }

  /**
   * A held break let go: every break due earlier now falls due at `dueActiveMs`, so a warning can run
   * in full first (and a long break that fell due meanwhile still wins). Not a postpone: the postpone
   * counts are untouched.
   */
  deferTo(dueActiveMs: number): void {
    for (const kind of ['micro', 'long'] as const) {
      const undelayed = this.base[kind] + this.everyMs(kind);
      this.delayMs[kind] = Math.max(this.delayMs[kind], dueActiveMs - undelayed);
    }
  }

  private candidate(kind: BreakKind): NextBreak {
    return {
      kind,
      dueActiveMs: this.base[kind] + this.everyMs(kind) + this.delayMs[kind],
      postponesLeft: this.postponesLeft(kind),
    };
  }

  private resetKind(kind: BreakKind, activeMs: number): void {
    this.base[kind] = activeMs;
    this.delayMs[kind] = 0;
    this.postpones[kind] = 0;
  }

  private everyMs(kind: BreakKind): number {
    const every =
      kind === 'micro' ? this.settings.microBreak.everyMinutes : this.settings.longBreak.everyMinutes;
    return every * 60_000;
  }

  private postponeMs(): number {
    return this.settings.postpone.minutes * 60_000;
  }
}
