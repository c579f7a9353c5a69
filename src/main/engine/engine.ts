/**
 * The break engine: combines activity, the break timers, pauses, working hours and the moment (is the
 * user presenting, in a call, …?), emits events and keeps exactly one wake-up scheduled. Every public
 * method is an input; each one first catches the state up to "now", then applies itself, then looks
 * for due warnings and breaks, then reschedules.
 */
import type { Settings } from '../../shared/settings';
import { ActivityTracker, type Presence } from './activity-tracker';
import { BreakScheduler, type NextBreak } from './break-scheduler';
import type { EnginePorts } from './clock';
import type {
  BreakKind,
  BreakOutcome,
  BreakPresentation,
  EngineEvent,
  EngineListener,
  PauseRequest,
} from './events';
import { NO_HOLD, normalizeHoldReasons, sameHoldReasons, type HoldReason, type MomentPort } from './moment';
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
  /**
   * How often a running break samples the idle time, while input runs, to notice the user working
   * through it; a sample with input in the last `inputSampleMs` is "busy".
   */
  inputSampleMs: number;
  /**
   * How long busy samples must follow each other before the break counts as worked through. 15 s at
   * a 5 s sample means input in four consecutive 5 s windows, so the few keys that operate the break
   * window (Space, arrows, Esc) never count.
   */
  workedThroughMs: number;
  /**
   * The step of the countdown the tray shows (a minute), or null when nothing shows one (the
   * simulator). While active time counts the engine wakes each time the time left crosses a step, so
   * the tray, the history's active minutes and the detectors can ride on its wake-ups instead of owning
   * timers of their own; the break's due time is itself such a crossing, so it costs no extra wake.
   */
  countdownStepMs: number | null;
  /**
   * Longest a warning or a break start waits at its hold point for a look under way
   * (`MomentPort.looking`). Longer than the detectors' own deadline (2 s, 6 s on Windows), so it only
   * matters for a look that never lands; the decision is then made on the answer there is.
   */
  lookWaitMs: number;
}

export const DEFAULT_ENGINE_OPTIONS: Readonly<EngineOptions> = Object.freeze({
  idlePollMs: 30_000,
  minPollMs: 5_000,
  breakGraceMs: 60_000,
  wallRecheckMs: 15 * 60_000,
  inputSampleMs: 5_000,
  workedThroughMs: 15_000,
  countdownStepMs: null,
  lookWaitMs: 10_000,
});

/** How late a wake-up may come and still count as the next idle sample of a running break. */
const TIMER_SLACK_MS = 1_000;

export interface RunningBreak {
  kind: BreakKind;
  startedAtMs: number;
  durationSeconds: number;
  presentation: BreakPresentation;
  /** The user has been noticed working through it; its end will record "worked-through". */
  workedThrough: boolean;
}

/** A due break held back because the moment is wrong. */
export interface HeldBreak {
  kind: BreakKind;
  /**
   * Monotonic time the break was first held, or an app rule last stopped holding it: the max deferral
   * counts from here, so time the user chose to pause never makes the break come at once afterwards.
   */
  sinceMs: number;
  /** Why, in `HOLD_REASONS` order; during the grace period, the reasons that just ended. */
  reasons: HoldReason[];
  /** Set once the reasons have ended: the monotonic time the grace period ends. */
  releaseAtMs: number | null;
  /** Monotonic time the break comes as a notification if still held (`moments.maxDeferralMinutes`). */
  fallbackAtMs: number;
}

/** A plain, serialisable picture of the engine for the tray and the settings window. */
export interface EngineSnapshot {
  /** Monotonic time the snapshot was taken. */
  atMs: number;
  presence: Presence;
  pause: PauseState | null;
  outsideWorkingHours: boolean;
  currentBreak: RunningBreak | null;
  /** The due break being held back, if any; `nextBreak` then describes the same break. */
  heldBreak: HeldBreak | null;
  nextBreak: {
    kind: BreakKind;
    /** Active time left until it starts, as of `atMs`. */
    inActiveMs: number;
    /** Active time left until its warning (its start when warnings are off), as of `atMs`. */
    warningInActiveMs: number;
    warned: boolean;
    postponesLeft: number;
  } | null;
  /** Whether active time is accruing right now (so the countdown is running). */
  counting: boolean;
  /** Strict mode: postpone and skip are refused, so nobody should offer them. */
  strict: boolean;
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
  private readonly moment: MomentPort;
  private settings: Settings;
  private activeMs = 0;
  private pause: PauseState | null = null;
  private currentBreak: RunningBreak | null = null;
  private warnedFor: { kind: BreakKind; dueActiveMs: number } | null = null;
  private held: HeldBreak | null = null;
  /** Busy idle samples in a row during the running break: first and latest sample times. */
  private inputRun: { firstMs: number; lastMs: number } | null = null;
  private natural: NaturalBreakMarks | null = null;
  /** A warning or break start waiting for the look under way decides by this monotonic time at the latest. */
  private lookWaitUntilMs: number | null = null;
  private inWorkingHours: boolean;
  private started = false;
  private queue: EngineEvent[] = [];

  constructor(
    settings: Settings,
    private readonly ports: EnginePorts,
    options: Partial<EngineOptions> = {},
  ) {
    this.options = { ...DEFAULT_ENGINE_OPTIONS, ...options };
    this.moment = ports.moment ?? NO_HOLD;
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

  /**
   * The detectors' answer changed. The engine reads `ports.moment` only when a break is at hand and
   * never polls it, so the adapter calls this to let a held break go (or hold one) without delay.
   */
  momentChanged(): void {
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
      if (this.currentBreak && now >= this.sleptBreakEndsAtMs(this.currentBreak)) {
        this.endBreak(now, 'completed', this.sleptBreakEndsAtMs(this.currentBreak));
      }
      this.tracker.resume(now, this.readIdle());
    });
  }

  /** Postpones the break being warned about or running; refused in strict mode or past the limit. */
  postpone(): void {
    this.input((now) => {
      const kind = this.currentBreak?.kind ?? this.held?.kind ?? this.pendingWarning()?.kind;
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
      } else if (this.held) {
        // A held break is overdue, so "later" counts from now, as for a running one.
        this.held = null;
        this.scheduler.postponeRunning(kind, this.activeMs);
      } else {
        this.scheduler.postponeDue(kind);
      }
      this.warnedFor = null;
      this.emit({ type: 'postponed', atMs: now, kind, postponesLeft: this.scheduler.postponesLeft(kind) });
    });
  }

  /**
   * Skips the break being warned about or held back (cancels it) or running (ends it). Ignored in
   * strict mode.
   */
  skip(): void {
    this.input((now) => {
      if (this.settings.strict) return;
      if (this.currentBreak) return this.endBreak(now, 'skipped');
      const pending = this.held ?? this.pendingWarning();
      if (pending === null) return;
      this.scheduler.taken(pending.kind, this.activeMs);
      this.warnedFor = null;
      this.held = null;
      this.emit({ type: 'break-end', atMs: now, kind: pending.kind, outcome: 'skipped' });
    });
  }

  /**
   * The app is quitting with a break running: it ends unfinished, strict or not, so the history keeps
   * it. A strict break refuses a skip, not a quit.
   */
  abandonBreak(): void {
    this.input((now) => this.endBreak(now, 'skipped'));
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
      currentBreak: this.currentBreak && { ...this.currentBreak },
      heldBreak: this.held && { ...this.held, reasons: [...this.held.reasons] },
      nextBreak:
        next === null
          ? null
          : {
              kind: next.kind,
              inActiveMs: Math.max(0, next.dueActiveMs - this.activeMs),
              warningInActiveMs: Math.max(
                0,
                next.dueActiveMs - this.activeMs - this.settings.warning.seconds * 1000,
              ),
              warned: this.isWarned(next.kind, next.dueActiveMs),
              postponesLeft: next.postponesLeft,
            },
      counting: this.isCounting() && this.tracker.presence() === 'present',
      strict: this.settings.strict,
    };
  }

  /** Active time counted since start, as of the last input or wake-up (the history's active minutes). */
  activeTimeMs(): number {
    return this.activeMs;
  }

  /**
   * How long the adapter may sleep before the engine needs `tick()` again, or null if only an input
   * (resume, unlock, user action) can change anything. The engine already arms `ports.timer` with it.
   */
  nextWakeDelayMs(): number | null {
    return this.wakeDelayMs(true);
  }

  /**
   * Until when (monotonic ms) every wake-up is only an idle poll, a look for the user's return that
   * changes nothing while they stay away; Infinity when nothing else is due, null when the user is not
   * idle. A simulator that knows the user stays away counts those polls without running them, so a
   * simulated night costs its few deadlines, not a wake-up every 30 s.
   */
  idlePollsUntilMs(): number | null {
    if (!this.started || this.pause || this.currentBreak || this.tracker.presence() !== 'idle') return null;
    return this.ports.clock.nowMs() + (this.wakeDelayMs(false) ?? Infinity);
  }

  private wakeDelayMs(idlePolls: boolean): number | null {
    if (!this.started) return null;
    const now = this.ports.clock.nowMs();
    const wall = this.ports.wallClock.nowMs();
    const presence = this.tracker.presence();
    if (presence === 'suspended') return null;
    if (this.pause) {
      const left = msUntilPauseEnds(this.pause, now, wall);
      if (left === null) return null;
      // No recheck of the wall clock meanwhile: nothing wakes during a pause but its end. A clock
      // changed by hand is still caught up at that wake-up, at a resume and at any input.
      return left;
    }
    if (this.currentBreak) {
      return Math.max(0, Math.min(this.breakEndsAtMs(this.currentBreak) - now, this.msUntilInputSample()));
    }
    const hoursChange = msUntilWorkingHoursChange(this.settings.workingHours, wall);
    let delay = hoursChange === null ? Infinity : Math.min(hoursChange, this.options.wallRecheckMs);
    if (!this.inWorkingHours) return finite(delay);
    const next = this.scheduler.next(this.activeMs);
    if (next === null) return finite(delay);
    if (presence === 'present') {
      const idleMs = this.tracker.lastIdleReadingMs();
      delay = Math.min(delay, Math.max(this.options.minPollMs, this.tracker.thresholdMsValue() - idleMs));
      if (this.held) {
        // Overdue, so no due-time wake-up: only the end of the grace period or of the deferral.
        const fallbackAtMs = fallbackApplies(this.held) ? this.held.fallbackAtMs : Infinity;
        delay = Math.min(delay, (this.held.releaseAtMs ?? Infinity) - now, fallbackAtMs - now);
      } else if (this.lookWaitUntilMs !== null) {
        // Due already, but waiting for the look: its landing is an input; the deadline is for one that never lands.
        const toDue = next.dueActiveMs - this.activeMs;
        delay = Math.min(delay, this.lookWaitUntilMs - now, this.msUntilCountdownStep(toDue));
      } else {
        const toDue = next.dueActiveMs - this.activeMs;
        delay = Math.min(delay, toDue, this.msUntilCountdownStep(toDue));
        const toWarning = toDue - this.settings.warning.seconds * 1000;
        if (toWarning > 0 && !this.isWarned(next.kind, next.dueActiveMs)) delay = Math.min(delay, toWarning);
      }
    } else {
      if (presence === 'idle' && idlePolls) delay = Math.min(delay, this.options.idlePollMs);
      delay = Math.min(delay, this.msUntilNaturalBreak(now));
    }
    return finite(delay);
  }

  // ---- internals ----

  /**
   * Until the countdown's shown step changes: ceil(toDue / step) drops when the time left reaches a
   * multiple of the step, so the break's due time (0 left) is one of these crossings.
   */
  private msUntilCountdownStep(toDueMs: number): number {
    const step = this.options.countdownStepMs;
    if (step === null || toDueMs <= 0) return Infinity;
    return toDueMs - step * (Math.ceil(toDueMs / step) - 1);
  }

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
    const idleMs = this.ports.idle.idleSeconds() * 1000;
    const thresholdMs = this.tracker.thresholdMsValue();
    // A source answering from an older reading (D-Bus on Wayland) extrapolates it as if nothing had
    // been touched since. Read just after a fresh reading, the idle-threshold look then lands on a
    // reading exactly a threshold old and takes a typing user for away (a false natural break; any
    // input between wake-ups, such as a look landing, sets it up). Crossing the threshold on the
    // extrapolation alone is unconfirmed: this call started a new reading, so look again shortly.
    const measuredMs = idleMs - (this.ports.idle.readingAgeMs?.() ?? 0);
    if (idleMs >= thresholdMs && measuredMs < thresholdMs) return (thresholdMs - 1) / 1000;
    return idleMs / 1000;
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
      this.sampleInput(now);
      // Woken late (by a resume, say): the break ended when its time was up, not now, so the absence
      // since then is judged as a natural break of its own, as it is after a lock.
      const endsAt =
        this.tracker.presence() === 'suspended'
          ? this.sleptBreakEndsAtMs(this.currentBreak)
          : this.breakEndsAtMs(this.currentBreak);
      if (now >= endsAt) this.endBreak(now, 'completed', endsAt);
    }
  }

  /** Nobody can report a break back from a sleeping machine: it is over once its duration has passed. */
  private sleptBreakEndsAtMs(run: RunningBreak): number {
    return run.startedAtMs + run.durationSeconds * 1000;
  }

  /**
   * When a running break ends by itself: a window nobody reports back after its duration plus a grace
   * period; a notification, which nobody reports back by design, after its duration.
   */
  private breakEndsAtMs(run: RunningBreak): number {
    const grace = run.presentation === 'window' ? this.options.breakGraceMs : 0;
    return run.startedAtMs + run.durationSeconds * 1000 + grace;
  }

  /** Whether the running break is still watched for the user working through it. */
  private watchingInput(): boolean {
    return this.settings.moments.workedThrough && this.currentBreak?.workedThrough === false;
  }

  /**
   * Until the next idle sample of the running break. Every sample period while input runs, so that a
   * gap in it is seen. Otherwise the start of a run may be noticed late (a run takes `workedThroughMs`
   * to count anyway); away beyond the idle threshold, the idle poll notices the user's return; locked,
   * the unlock does.
   */
  private msUntilInputSample(): number {
    if (!this.watchingInput()) return Infinity;
    const presence = this.tracker.presence();
    if (presence === 'present')
      return this.inputRun !== null ? this.options.inputSampleMs : this.options.workedThroughMs;
    return presence === 'idle' ? this.options.idlePollMs : Infinity;
  }

  /**
   * One idle sample of the running break. Input in the last `inputSampleMs` is a busy sample; busy
   * samples no more than one sample period (plus timer slack) apart, spanning `workedThroughMs`, mean
   * the user kept working. Samples from the first period are ignored: input then is the tail of what
   * the user was doing when the break appeared.
   */
  private sampleInput(now: number): void {
    const run = this.currentBreak;
    if (run === null || !this.watchingInput()) return;
    const period = this.options.inputSampleMs;
    // A source that answers from an older reading (D-Bus on Wayland) cannot show input since it: input
    // within a period of that reading counts, or such a source would never show a busy sample.
    const lag = this.ports.idle.readingAgeMs?.() ?? 0;
    const busy =
      now >= run.startedAtMs + period &&
      this.tracker.presence() === 'present' &&
      this.tracker.lastIdleReadingMs() < period + lag;
    if (!busy) {
      this.inputRun = null;
      return;
    }
    const streak = this.inputRun;
    const continues = streak !== null && now - streak.lastMs <= period + TIMER_SLACK_MS;
    this.inputRun = { firstMs: continues ? streak.firstMs : now, lastMs: now };
    if (now - this.inputRun.firstMs >= this.options.workedThroughMs) {
      run.workedThrough = true;
      this.emit({ type: 'worked-through', atMs: now, kind: run.kind });
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
    const warningMs = this.settings.warning.seconds * 1000;
    if (!this.isCounting()) {
      this.lookWaitUntilMs = null;
      // A pause or the end of working hours lets go of a held break. It comes back like a break just
      // reaching its hold point, not overdue with no warning (after a pause all timers restart anyway).
      if (this.held) this.scheduler.deferTo(this.activeMs + warningMs);
      this.held = null;
      return;
    }
    let next = this.scheduler.next(this.activeMs);
    // The hold point is where the warning (or, without one, the break) would come.
    if (next === null || next.dueActiveMs - this.activeMs > warningMs) {
      this.held = null;
      this.lookWaitUntilMs = null;
    } else {
      if (this.awaitsLook(now, next, warningMs)) return;
      const verdict = this.judgeHold(now, next);
      if (verdict === 'hold') return;
      if (verdict === 'fallback') return this.startBreak(now, next.kind, next.postponesLeft, 'notification');
      if (verdict === 'release') {
        // The held break comes as if it had just reached its hold point: full warning, then the break.
        this.scheduler.deferTo(this.activeMs + warningMs);
        next = this.scheduler.next(this.activeMs);
      }
    }
    if (next === null) return;
    const toDue = next.dueActiveMs - this.activeMs;
    if (toDue <= 0) {
      this.startBreak(now, next.kind, next.postponesLeft, 'window');
      return;
    }
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

  /**
   * Whether a warning or break start about to be decided waits for the look under way, so it is judged
   * on what the detectors see now, not on the answer from the wake-up before. A held break does not
   * wait: the detectors poll on their own then, and it only goes after the grace period anyway.
   */
  private awaitsLook(now: number, next: NextBreak, warningMs: number): boolean {
    const toDue = next.dueActiveMs - this.activeMs;
    const deciding = toDue <= 0 || (warningMs > 0 && !this.isWarned(next.kind, next.dueActiveMs));
    if (this.held !== null || !deciding || this.moment.looking?.() !== true) {
      this.lookWaitUntilMs = null;
      return false;
    }
    this.lookWaitUntilMs ??= now + this.options.lookWaitMs;
    if (now < this.lookWaitUntilMs) return true;
    // The look never landed: decide on the answer there is, and wait afresh only at the next decision.
    this.lookWaitUntilMs = null;
    return false;
  }

  /**
   * Decides what a break at its hold point does. While any hold reason is present it is held (one
   * `deferred` event, and another when its kind or reasons change). Once the reasons end it stays held
   * for the grace period, then is released; after `maxDeferralMinutes` it comes as a notification.
   * Release and fallback wait for the user to be present: nobody is there to take a break, and an
   * absence long enough is a natural break anyway.
   */
  private judgeHold(now: number, next: NextBreak): 'free' | 'hold' | 'release' | 'fallback' {
    const reasons = normalizeHoldReasons(this.moment.holdReasons());
    const { graceSeconds, maxDeferralMinutes } = this.settings.moments;
    let held = this.held;
    if (reasons.length > 0) {
      if (held === null) {
        const fallbackAtMs = now + maxDeferralMinutes * 60_000;
        held = { kind: next.kind, sinceMs: now, reasons, releaseAtMs: null, fallbackAtMs };
        this.held = held;
        this.warnedFor = null;
        this.emitDeferred(now, held);
      } else if (held.kind !== next.kind || !sameHoldReasons(held.reasons, reasons)) {
        if (held.reasons.includes('app-rule') && !reasons.includes('app-rule')) held.sinceMs = now;
        held.kind = next.kind;
        held.reasons = reasons;
        this.emitDeferred(now, held);
      }
      // Flapping: reasons that come back within the grace period cancel the release.
      held.releaseAtMs = null;
    } else {
      if (held === null) return 'free';
      held.releaseAtMs ??= now + graceSeconds * 1000;
      if (held.kind !== next.kind) {
        held.kind = next.kind;
        this.emitDeferred(now, held);
      }
    }
    // Again each time, so a settings change applies to a break already held.
    held.fallbackAtMs = held.sinceMs + maxDeferralMinutes * 60_000;
    if (this.tracker.presence() !== 'present') return 'hold';
    if (held.releaseAtMs !== null && now >= held.releaseAtMs) {
      this.held = null;
      return 'release';
    }
    if (fallbackApplies(held) && now >= held.fallbackAtMs) {
      this.held = null;
      return 'fallback';
    }
    return 'hold';
  }

  private emitDeferred(now: number, held: HeldBreak): void {
    this.emit({ type: 'deferred', atMs: now, kind: held.kind, reasons: [...held.reasons] });
  }

  private startBreak(
    now: number,
    kind: BreakKind,
    postponesLeft: number,
    presentation: BreakPresentation,
  ): void {
    const durationSeconds =
      kind === 'micro' ? this.settings.microBreak.durationSeconds : this.settings.longBreak.durationSeconds;
    this.currentBreak = { kind, startedAtMs: now, durationSeconds, presentation, workedThrough: false };
    this.inputRun = null;
    this.warnedFor = null;
    this.held = null;
    this.emit({
      type: 'break-start',
      atMs: now,
      kind,
      durationSeconds,
      canPostpone: !this.settings.strict && postponesLeft > 0,
      canSkip: !this.settings.strict,
      presentation,
    });
  }

  /**
   * A skip stays a skip; any other end of a break the user worked through records "worked-through".
   * `awaySinceMs`: where the next natural break may start counting, if the break ran out earlier.
   */
  private endBreak(now: number, ending: 'completed' | 'skipped', awaySinceMs = now): void {
    if (!this.currentBreak) return;
    const { kind, workedThrough } = this.currentBreak;
    const outcome: BreakOutcome = ending === 'completed' && workedThrough ? 'worked-through' : ending;
    this.currentBreak = null;
    this.inputRun = null;
    this.scheduler.taken(kind, this.activeMs);
    this.tracker.restartStretchAt(awaySinceMs);
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

/**
 * Whether a held break may come as a notification after the maximum deferral. Not while an app rule
 * holds it: "pause while these apps run" and "only remind me while one of these runs" are the user's own
 * orders, not a bad moment to wait out; the break comes (after the grace period) once the rule lets go.
 */
function fallbackApplies(held: HeldBreak): boolean {
  return !held.reasons.includes('app-rule');
}

function finite(delay: number): number | null {
  return Number.isFinite(delay) ? Math.max(0, delay) : null;
}
