/**
 * Keeps the latest answer of each moment detector and serves it to the engine synchronously.
 *
 * Detection costs processes and /proc scans, and only matters when a break is about to come or is
 * being held, so the monitor works only while the break coordinator says so (`watch(true)`): it then
 * asks every enabled detector at once and again every `pollMs`, or, watched without polling, whenever
 * the coordinator calls `refresh()` (on the engine's wake-ups, so a break coming costs no timer of its
 * own). Not watching, it does nothing at all and forgets its answers, because an answer nobody keeps
 * current must not hold a later break.
 *
 * A detector that fails, answers 'unknown' or takes longer than `timeoutMs` counts as "does not hold":
 * a missing tool or a wedged desktop service may cost the user a badly timed break, never all breaks.
 * Except just after a definite answer: a look that fails says nothing new, so the last definite answer
 * stands for `keepAnswerMs` (a look timing out at the break must not let it start in a call the look
 * before had seen). Past that age a failing detector no longer holds anything.
 */
import { HOLD_REASONS, reasonEnabled, type HoldReason, type MomentPort } from '../engine/moment';
import type { Detector, DetectorAnswer, MomentLog, MomentSettings, MomentTimer } from './ports';

export interface MomentMonitorOptions {
  detectors: readonly Detector[];
  settings: MomentSettings;
  timer: MomentTimer;
  log: MomentLog;
  /** Between two refreshes while watching. 10 s: a call or a film ending is noticed soon enough. */
  pollMs?: number;
  /** Longest wait for one detector; it then counts as 'unknown' for this round. */
  timeoutMs?: number;
  /**
   * How long a definite answer outlives looks that fail. 2 min: while a break comes the detectors look
   * once a minute, so one failed look (even at the slowest deadline, 6 s) is bridged; a detector that
   * keeps failing stops holding breaks after that, plus the grace period.
   */
  keepAnswerMs?: number;
  /** Monotonic time, for the age of answers; the app passes its suspend-aware clock. */
  nowMs?: () => number;
}

/** A detector's answer and when it came. */
interface Answer {
  value: DetectorAnswer;
  atMs: number;
}

const TIMED_OUT = Symbol('timed out');

/** What a detector's last answer depended on: a change makes that answer worthless. */
function detectorInputs(reason: HoldReason, settings: MomentSettings): string {
  const enabled = String(reasonEnabled(reason, settings));
  return reason === 'app-rule'
    ? JSON.stringify([enabled, settings.pauseWhileApps, settings.onlyWhileApps])
    : enabled;
}

export class MomentMonitor implements MomentPort {
  private readonly detectors: readonly Detector[];
  private readonly timer: MomentTimer;
  private readonly log: MomentLog;
  private readonly pollMs: number;
  private readonly timeoutMs: number;
  private readonly keepAnswerMs: number;
  private readonly nowMs: () => number;

  private current: MomentSettings;
  private readonly answers = new Map<HoldReason, Answer>();
  private readonly listeners = new Set<(reasons: readonly HoldReason[]) => void>();
  private lastReported: readonly HoldReason[] = [];

  private watching = false;
  /** While watching, the only reasons asked again; every enabled one when undefined. */
  private only: readonly HoldReason[] | undefined;
  private cancelPoll: (() => void) | undefined;
  private inFlight: Promise<void> | undefined;
  /** Bumped whenever answers in flight would be stale on arrival (watch off, settings changed). */
  private generation = 0;
  /** Detectors whose previous call is still running after its timeout: not called again meanwhile. */
  private readonly stillRunning = new Set<Detector>();
  /** Each detector's trouble is logged once, so a missing tool does not flood the log every 10 s. */
  private readonly logged = new Set<HoldReason>();

  constructor(options: MomentMonitorOptions) {
    this.detectors = options.detectors;
    this.current = options.settings;
    this.timer = options.timer;
    this.log = options.log;
    this.pollMs = options.pollMs ?? 10_000;
    this.timeoutMs = options.timeoutMs ?? 2000;
    this.keepAnswerMs = options.keepAnswerMs ?? 120_000;
    this.nowMs = options.nowMs ?? (() => performance.now());
  }

  get settings(): MomentSettings {
    return this.current;
  }

  holdReasons(): readonly HoldReason[] {
    return HOLD_REASONS.filter(
      (reason) => this.answers.get(reason)?.value === true && reasonEnabled(reason, this.current),
    );
  }

  /** Called with the new reasons whenever `holdReasons()` changes; returns an unsubscribe function. */
  onChange(listener: (reasons: readonly HoldReason[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  updateSettings(settings: MomentSettings): void {
    const previous = this.current;
    this.current = settings;
    const changed = HOLD_REASONS.filter(
      (reason) => detectorInputs(reason, previous) !== detectorInputs(reason, settings),
    );
    if (changed.length > 0) {
      // A pause list edited mid-break must not keep holding on the old list's answer.
      for (const reason of changed) this.answers.delete(reason);
      this.generation += 1;
      if (this.watching) void this.refresh();
    }
    this.reportIfChanged();
  }

  /**
   * On while a break is near or held, off otherwise. `only` narrows what is asked again while watching:
   * the other answers are kept as they last were. Widening it asks everything at once. `poll: false`
   * leaves asking again to the caller's `refresh()`.
   */
  watch(active: boolean, only?: readonly HoldReason[], poll = true): void {
    const widened =
      this.only !== undefined && (only === undefined || only.some((r) => !this.only?.includes(r)));
    this.only = active ? only : undefined;
    if (active === this.watching) {
      if (!active) return;
      if (widened) void this.refresh();
      if (poll && this.cancelPoll === undefined) this.schedulePoll();
      if (!poll) this.stopPolling();
      return;
    }
    this.watching = active;
    if (active) {
      void this.refresh();
      if (poll) this.schedulePoll();
      return;
    }
    this.stopPolling();
    this.generation += 1;
    this.answers.clear();
    this.reportIfChanged();
  }

  /** Asks every enabled detector now; while a refresh runs, returns that one instead of starting another. */
  refresh(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    const generation = this.generation;
    this.inFlight = this.askAll().then((answers) => {
      this.inFlight = undefined;
      if (generation !== this.generation) {
        // Asked with settings that no longer hold: drop the answers and, if still watching, ask again
        // now rather than holding on nothing until the next poll.
        if (this.watching) void this.refresh();
        return;
      }
      const now = this.nowMs();
      for (const [reason, value] of answers) this.answers.set(reason, this.kept(reason, value, now));
      this.reportIfChanged();
    });
    return this.inFlight;
  }

  /** A new answer, or the last definite one when this look could not tell and that one is recent. */
  private kept(reason: HoldReason, value: DetectorAnswer, now: number): Answer {
    const last = this.answers.get(reason);
    if (value === 'unknown' && last !== undefined && last.value !== 'unknown') {
      if (now - last.atMs <= this.keepAnswerMs) return last;
    }
    return { value, atMs: now };
  }

  /** Stops polling and drops listeners, e.g. at quit. */
  dispose(): void {
    this.watch(false);
    this.listeners.clear();
  }

  private stopPolling(): void {
    this.cancelPoll?.();
    this.cancelPoll = undefined;
  }

  private schedulePoll(): void {
    this.cancelPoll = this.timer.after(this.pollMs, () => {
      if (!this.watching) return;
      void this.refresh();
      this.schedulePoll();
    });
  }

  private async askAll(): Promise<Map<HoldReason, DetectorAnswer>> {
    const enabled = this.detectors.filter(
      (detector) =>
        reasonEnabled(detector.reason, this.current) && (this.only?.includes(detector.reason) ?? true),
    );
    const answers = await Promise.all(enabled.map((detector) => this.ask(detector)));
    return new Map(enabled.map((detector, index) => [detector.reason, answers[index] ?? 'unknown']));
  }

  /** One detector's answer within `timeoutMs`; never rejects. */
  private async ask(detector: Detector): Promise<DetectorAnswer> {
    if (this.stillRunning.has(detector)) return 'unknown';
    this.stillRunning.add(detector);
    // Through a promise constructor, so a detector that throws synchronously is caught like any other.
    const call = new Promise<DetectorAnswer>((resolve) => resolve(detector.detect()));
    void call.then(
      () => this.stillRunning.delete(detector),
      () => this.stillRunning.delete(detector),
    );
    let cancelTimeout: (() => void) | undefined;
    const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
      cancelTimeout = this.timer.after(this.timeoutMs, () => resolve(TIMED_OUT));
    });
    try {
      const answer = await Promise.race([call, timeout]);
      if (answer === TIMED_OUT) {
        this.logOnce(detector.reason, `did not answer within ${this.timeoutMs} ms`);
        return 'unknown';
      }
      if (answer === 'unknown') this.logOnce(detector.reason, 'cannot tell on this system');
      return answer;
    } catch (error) {
      this.logOnce(detector.reason, 'failed', error);
      return 'unknown';
    } finally {
      cancelTimeout?.();
    }
  }

  private logOnce(reason: HoldReason, what: string, detail?: unknown): void {
    if (this.logged.has(reason)) return;
    this.logged.add(reason);
    this.log(`[moments] "${reason}" detector ${what}; breaks are not held for it`, detail);
  }

  private reportIfChanged(): void {
    const reasons = this.holdReasons();
    if (reasons.join() === this.lastReported.join()) return;
    this.lastReported = reasons;
    for (const listener of [...this.listeners]) {
      // A listener's bug must not stop the others or surface as an unhandled rejection of a refresh.
      try {
        listener(reasons);
      } catch (error) {
        this.log('[moments] a change listener threw', error);
      }
    }
  }
}
