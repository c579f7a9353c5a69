/**
 * The break engine: combines activity, the break timers, pauses and working hours, emits events and
 * keeps exactly one wake-up scheduled. Every public method is an input; each one first catches the
 * state up to "now", then applies itself, then looks for due warnings and breaks, then reschedules.
 */
import type { Settings } from '../../shared/settings';
import { ActivityTracker, type Presence } from './activity-tracker';
import { BreakScheduler } from './break-scheduler';
import type { EnginePorts } from './clock';
import type { BreakKind, BreakOutcome, EngineEvent, EngineListener, PauseRequest } from './events';
import { msUntilPauseEnds, pauseHasEnded, startPause, type PauseState } from './pause';
import { isWithinWorkingHours, msUntilWorkingHoursChange } from './working-hours';

export interface EngineOptions {
  /** How often to look for the user's return while they are idle (no OS event reports input). */
  idlePollMs: number;
  /** Shortest gap between two idle-time polls while the user is active. */
  minPollMs: number;
  /** A break the window never reports back ends itself after its duration plus this. */
  breakGraceMs: number;
  /** Longest sleep while waiting on the wall clock, so a wall-clock change is noticed in time. */
  wallRecheckMs: number;
}

export const DEFAULT_ENGINE_OPTIONS: Readonly<EngineOptions> = Object.freeze({
  idlePollMs: 30_000,
  minPollMs: 5_000,
  breakGraceMs: 60_000,
  wallRecheckMs: 15 * 60_000,
});

export interface RunningBreak {
  kind: BreakKind;
  startedAtMs: number;
  durationSeconds: number;
}

/** A plain, serialisable picture of the engine for the tray and the settings window. */
export interface EngineSnapshot {
  /** Monotonic time the snapshot was taken. */
  atMs: number;
  presence: Presence;
  pause: PauseState | null;
  outsideWorkingHours: boolean;
  currentBreak: RunningBreak | null;
  nextBreak: {
    kind: BreakKind;
    /** Active time left until it starts, as of `atMs`. */
    inActiveMs: number;
    warned: boolean;
    postponesLeft: number;
  } | null;
  /** Whether active time is accruing right now (so the countdown is running). */
  counting: boolean;
}

interface NaturalBreakMarks {
  stretchStartMs: number;
  micro: boolean;
  long: boolean;
}

export class BreakEngine {
  private readonly options: EngineOptions;
  private readonly listeners = new Set<EngineListener>();
  private readonly tracker: ActivityTracker;
  private readonly scheduler: BreakScheduler;
  private settings: Settings;
  private activeMs = 0;
  private pause: PauseState | null = null;
  private currentBreak: RunningBreak | null = null;
  private warnedFor: { kind: BreakKind; dueActiveMs: number } | null = null;
  private natural: NaturalBreakMarks | null = null;
  private inWorkingHours: boolean;
  private started = false;
  private queue: EngineEvent[] = [];

  constructor(
    settings: Settings,
    private readonly ports: EnginePorts,
    options: Partial<EngineOptions> = {},
  ) {
    this.options = { ...DEFAULT_ENGINE_OPTIONS, ...options };
    this.settings = settings;
    this.tracker = new ActivityTracker(ports.clock.nowMs(), settings.idle.thresholdSeconds * 1000);
    this.scheduler = new BreakScheduler(settings, 0);
    this.inWorkingHours = isWithinWorkingHours(settings.workingHours, ports.wallClock.nowMs());
  }

  /** Subscribes to events; returns the unsubscribe function. */
  on(listener: EngineListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    this.started = true;
    this.input(() => {});
  }

  stop(): void {
    this.started = false;
    this.ports.timer.clear();
  }

  /** The wake-up handler; also safe to call at any time to refresh the state. */
  tick(): void {
    this.input(() => {});
  }

  updateSettings(settings: Settings): void {
    this.input(() => {
      this.settings = settings;
      this.tracker.setThresholdMs(settings.idle.thresholdSeconds * 1000);
      this.scheduler.updateSettings(settings);
      this.warnedFor = null;
    });
  }

  lockScreen(): void {
    this.input((now) => this.tracker.lock(now, this.readIdle()));
  }

  unlockScreen(): void {
    this.input((now) => this.tracker.unlock(now, this.readIdle()));
  }

  systemSuspend(): void {
    this.input((now) => this.tracker.suspend(now, this.readIdle()));
  }

  systemResume(): void {
    this.input((now) => {
      // The user was away for the whole sleep; a break that has run its course is over.
      if (
        this.currentBreak &&
        now >= this.currentBreak.startedAtMs + this.currentBreak.durationSeconds * 1000
      ) {
        this.endBreak(now, 'completed');
      }
      this.tracker.resume(now, this.readIdle());
    });
  }

  /** Postpones the break being warned about or running; refused in strict mode or past the limit. */
  postpone(): void {
    this.input((now) => {
      const kind = this.currentBreak?.kind ?? this.pendingWarning()?.kind;
      if (this.settings.strict)
        return this.emit({ type: 'postpone-refused', atMs: now, kind, reason: 'strict' });
      if (kind === undefined)
        return this.emit({ type: 'postpone-refused', atMs: now, reason: 'nothing-pending' });
      if (this.scheduler.postponesLeft(kind) <= 0) {
        return this.emit({ type: 'postpone-refused', atMs: now, kind, reason: 'limit-reached' });
      }
      if (this.currentBreak) {
        this.currentBreak = null;
        this.scheduler.postponeRunning(kind, this.activeMs);
        this.tracker.restartStretchAt(now);
      } else {
        this.scheduler.postponeDue(kind);
      }
      this.warnedFor = null;
      this.emit({ type: 'postponed', atMs: now, kind, postponesLeft: this.scheduler.postponesLeft(kind) });
    });
  }

  /** Skips the break being warned about (cancels it) or running (ends it). Ignored in strict mode. */
  skip(): void {
    this.input((now) => {
      if (this.settings.strict) return;
      if (this.currentBreak) return this.endBreak(now, 'skipped');
      const pending = this.pendingWarning();
      if (pending === null) return;
      this.scheduler.taken(pending.kind, this.activeMs);
      this.warnedFor = null;
      this.emit({ type: 'break-end', atMs: now, kind: pending.kind, outcome: 'skipped' });
    });
  }

  /** The break window's "skip" report; same rules as `skip()`. */
  skipBreak(): void {
    this.skip();
  }

  /** The break window's "done" report. */
  completeBreak(): void {
    this.input((now) => {
      if (this.currentBreak) this.endBreak(now, 'completed');
    });
  }

  pauseFor(request: PauseRequest): void {
    this.input((now) => {
      if (this.currentBreak) this.endBreak(now, 'skipped');
      this.pause = startPause(request, now, this.ports.wallClock.nowMs());
      this.warnedFor = null;
      this.emit({ type: 'paused', atMs: now, request });
    });
  }

  resume(): void {
    this.input((now) => {
      if (this.pause) this.endPause(now, 'user');
    });
  }

  /** A stretch started from the tray counts as a micro break taken. */
  quickStretch(): void {
    this.input((now) => {
      if (this.currentBreak) return;
      this.scheduler.taken('micro', this.activeMs);
      if (this.warnedFor?.kind === 'micro') this.warnedFor = null;
      this.emit({ type: 'quick-stretch', atMs: now });
    });
  }

  snapshot(): EngineSnapshot {
    const now = this.ports.clock.nowMs();
    const next = this.scheduler.next();
    return {
      atMs: now,
      presence: this.tracker.presence(),
      pause: this.pause,
      outsideWorkingHours: !this.inWorkingHours,
      currentBreak: this.currentBreak,
      nextBreak:
        next === null
          ? null
          : {
              kind: next.kind,
              inActiveMs: Math.max(0, next.dueActiveMs - this.activeMs),
              warned: this.isWarned(next.kind, next.dueActiveMs),
              postponesLeft: next.postponesLeft,
            },
      counting: this.isCounting() && this.tracker.presence() === 'present',
    };
  }

  /**
   * How long the adapter may sleep before the engine needs `tick()` again, or null if only an input
   * (resume, unlock, user action) can change anything. The engine already arms `ports.timer` with it.
   */
  nextWakeDelayMs(): number | null {
    if (!this.started) return null;
    const now = this.ports.clock.nowMs();
    const wall = this.ports.wallClock.nowMs();
    const presence = this.tracker.presence();
    if (presence === 'suspended') return null;
    if (this.pause) {
      const left = msUntilPauseEnds(this.pause, now, wall);
      if (left === null) return null;
      return this.pause.untilWallMs !== undefined ? Math.min(left, this.options.wallRecheckMs) : left;
    }
    if (this.currentBreak) {
      const end = this.currentBreak.startedAtMs + this.currentBreak.durationSeconds * 1000;
      return Math.max(0, end + this.options.breakGraceMs - now);
    }
    const hoursChange = msUntilWorkingHoursChange(this.settings.workingHours, wall);
    let delay = hoursChange === null ? Infinity : Math.min(hoursChange, this.options.wallRecheckMs);
    if (!this.inWorkingHours) return finite(delay);
    const next = this.scheduler.next();
    if (next === null) return finite(delay);
    if (presence === 'present') {
      const idleMs = this.tracker.lastIdleReadingMs();
      delay = Math.min(delay, Math.max(this.options.minPollMs, this.tracker.thresholdMsValue() - idleMs));
      const toDue = next.dueActiveMs - this.activeMs;
      delay = Math.min(delay, toDue);
      const toWarning = toDue - this.settings.warning.seconds * 1000;
      if (toWarning > 0 && !this.isWarned(next.kind, next.dueActiveMs)) delay = Math.min(delay, toWarning);
    } else {
      if (presence === 'idle') delay = Math.min(delay, this.options.idlePollMs);
      delay = Math.min(delay, this.msUntilNaturalBreak(now));
    }
    return finite(delay);
  }

  // ---- internals ----

  private input(apply: (nowMs: number) => void): void {
    const now = this.ports.clock.nowMs();
    this.catchUp(now);
    apply(now);
    this.checkNaturalBreak(now);
    this.checkDue(now);
    this.reschedule();
    this.flush();
  }

  private readIdle(): number {
    return this.ports.idle.idleSeconds();
  }

  private isCounting(): boolean {
    return this.started && !this.pause && !this.currentBreak && this.inWorkingHours;
  }

  private catchUp(now: number): void {
    const counting = this.isCounting();
    const gained = this.tracker.update(now, this.tracker.presence() === 'suspended' ? 0 : this.readIdle());
    if (counting) this.activeMs += gained;
    if (this.pause && pauseHasEnded(this.pause, now, this.ports.wallClock.nowMs()))
      this.endPause(now, 'pause-ended');
    const inHours = isWithinWorkingHours(this.settings.workingHours, this.ports.wallClock.nowMs());
    // Time outside working hours is neither work nor a break: judge presence afresh from here.
    if (inHours && !this.inWorkingHours) this.tracker.restartStretchAt(now);
    this.inWorkingHours = inHours;
    if (this.currentBreak) {
      const end = this.currentBreak.startedAtMs + this.currentBreak.durationSeconds * 1000;
      if (now >= end + this.options.breakGraceMs) this.endBreak(now, 'completed');
    }
  }

  private checkNaturalBreak(now: number): void {
    if (!this.isCounting()) return;
    const stretch = this.tracker.stretch();
    if (stretch === null) return;
    if (this.natural?.stretchStartMs !== stretch.startMs) {
      this.natural = { stretchStartMs: stretch.startMs, micro: false, long: false };
    }
    const marks = this.natural;
    const { microBreak, longBreak } = this.settings;
    if (longBreak.enabled && !marks.long && stretch.lengthMs >= longBreak.durationSeconds * 1000) {
      marks.long = marks.micro = true;
      this.scheduler.taken('long', this.activeMs);
      this.warnedFor = null;
      this.emit({ type: 'natural-break', atMs: now, kind: 'long' });
    } else if (microBreak.enabled && !marks.micro && stretch.lengthMs >= microBreak.durationSeconds * 1000) {
      marks.micro = true;
      this.scheduler.taken('micro', this.activeMs);
      if (this.warnedFor?.kind === 'micro') this.warnedFor = null;
      this.emit({ type: 'natural-break', atMs: now, kind: 'micro' });
    }
  }

  private msUntilNaturalBreak(now: number): number {
    const stretch = this.tracker.stretch();
    if (stretch === null || !stretch.ongoing) return Infinity;
    const marks = this.natural?.stretchStartMs === stretch.startMs ? this.natural : null;
    let delay = Infinity;
    const { microBreak, longBreak } = this.settings;
    if (microBreak.enabled && !marks?.micro)
      delay = Math.min(delay, stretch.startMs + microBreak.durationSeconds * 1000 - now);
    if (longBreak.enabled && !marks?.long)
      delay = Math.min(delay, stretch.startMs + longBreak.durationSeconds * 1000 - now);
    return delay;
  }

  private checkDue(now: number): void {
    if (!this.isCounting()) return;
    const next = this.scheduler.next();
    if (next === null) return;
    const toDue = next.dueActiveMs - this.activeMs;
    if (toDue <= 0) {
      this.startBreak(now, next.kind, next.postponesLeft);
      return;
    }
    const warningMs = this.settings.warning.seconds * 1000;
    if (warningMs > 0 && toDue <= warningMs && !this.isWarned(next.kind, next.dueActiveMs)) {
      this.warnedFor = { kind: next.kind, dueActiveMs: next.dueActiveMs };
      this.emit({
        type: 'warning',
        atMs: now,
        kind: next.kind,
        inSeconds: Math.round(toDue / 1000),
        canPostpone: !this.settings.strict && next.postponesLeft > 0,
        canSkip: !this.settings.strict,
      });
    }
  }

  private startBreak(now: number, kind: BreakKind, postponesLeft: number): void {
    const durationSeconds =
      kind === 'micro' ? this.settings.microBreak.durationSeconds : this.settings.longBreak.durationSeconds;
    this.currentBreak = { kind, startedAtMs: now, durationSeconds };
    this.warnedFor = null;
    this.emit({
      type: 'break-start',
      atMs: now,
      kind,
      durationSeconds,
      canPostpone: !this.settings.strict && postponesLeft > 0,
      canSkip: !this.settings.strict,
    });
  }

  private endBreak(now: number, outcome: BreakOutcome): void {
    if (!this.currentBreak) return;
    const { kind } = this.currentBreak;
    this.currentBreak = null;
    this.scheduler.taken(kind, this.activeMs);
    this.tracker.restartStretchAt(now);
    this.emit({ type: 'break-end', atMs: now, kind, outcome });
  }

  private endPause(now: number, reason: 'user' | 'pause-ended'): void {
    this.pause = null;
    this.scheduler.resetAll(this.activeMs);
    this.tracker.restartStretchAt(now);
    this.warnedFor = null;
    this.emit({ type: 'resumed', atMs: now, reason });
  }

  /** The break the user has been warned about and that has not started yet. */
  private pendingWarning(): { kind: BreakKind } | null {
    if (!this.isCounting() || this.warnedFor === null) return null;
    const next = this.scheduler.next();
    return next !== null && this.isWarned(next.kind, next.dueActiveMs) ? next : null;
  }

  private isWarned(kind: BreakKind, dueActiveMs: number): boolean {
    return this.warnedFor?.kind === kind && this.warnedFor.dueActiveMs === dueActiveMs;
  }

  private reschedule(): void {
    const delay = this.nextWakeDelayMs();
    if (delay === null) {
      this.ports.timer.clear();
      return;
    }
    // Whole milliseconds, at least one, so rounding can never make the engine spin.
    this.ports.timer.set(Math.max(1, Math.ceil(delay)), () => this.tick());
  }

  private emit(event: EngineEvent): void {
    this.queue.push(event);
  }

  /** Events go out only after the state is consistent, so listeners may call back into the engine. */
  private flush(): void {
    const events = this.queue;
    this.queue = [];
    for (const event of events) for (const listener of this.listeners) listener(event);
  }
}

function finite(delay: number): number | null {
  return Number.isFinite(delay) ? Math.max(0, delay) : null;
}
