/**
 * The main process's break loop as `src/main/index.ts` wires it (engine, coordinator, tray refresh,
 * history minutes, moment detectors), on virtual time, with every timer going through one counting
 * timer layer. A wake-up here is a timer callback that fired, counted by what the machine was doing
 * when it fired: the figures are counted, not estimated.
 */
import { englishText } from '../src/shared/i18n/english';
import { BreakCoordinator } from '../src/main/break-coordinator';
import { BreakEngine, type EngineEvent, type PauseRequest, type WakeTimer } from '../src/main/engine';
import type { HoldReason } from '../src/main/engine/moment';
import { MomentMonitor } from '../src/main/moments/moment-monitor';
import type { Detector, MomentTimer } from '../src/main/moments/ports';
import { APP_ENGINE_OPTIONS, TrackedLooks, ridingTimer, wakeWork } from '../src/main/wake-loop';
import { DEFAULT_SETTINGS, type Settings } from '../src/shared/settings';

export type LoopState = 'active' | 'idle' | 'lock' | 'suspend' | 'paused' | 'break';
export const LOOP_STATES: readonly LoopState[] = ['active', 'idle', 'lock', 'suspend', 'paused', 'break'];

export type LoopStep =
  /** The user types throughout, and steps away for each break for its length, then clicks done. */
  | { active: number }
  | { idle: number }
  | { lock: number }
  | { suspend: number }
  /** Paused from the tray for this long, typing meanwhile. */
  | { paused: number };

export interface LoopReport {
  /** Timer callbacks fired, per state at the moment they fired. */
  wakeups: Record<LoopState, number>;
  /** Virtual ms spent in each state. */
  timeMs: Record<LoopState, number>;
  /** Wake-ups that ended a pause (counted apart: a pause may wake for its own end). */
  pauseEnds: number;
  /** Active minutes the history was given, and the engine's own active time, in minutes. */
  historyMinutes: number;
  activeMinutes: number;
  /** How many times the tray's text changed. */
  trayChanges: number;
  /** The engine's events, in order. */
  events: EngineEvent[];
  /** Each new set of hold reasons the detectors reported, in order. */
  holdReasons: (readonly HoldReason[])[];
}

/** The desktop the detectors look at; by default nothing ever holds a break. */
export interface LoopDesktop {
  /** Given the loop's virtual clock and timers, so a detector can change over time or answer late. */
  detectors(world: {
    nowMs: () => number;
    after: (delayMs: number, callback: () => void) => () => void;
  }): Detector[];
}

const calmDesktop: LoopDesktop = {
  detectors: () =>
    (['dnd', 'fullscreen', 'call'] as const).map((reason) => ({
      reason,
      detect: () => Promise.resolve(false),
    })),
};

interface Pending {
  atMs: number;
  callback: () => void;
}

/** Every timer of the loop, on one virtual clock, counted as it fires. */
class VirtualTimers {
  nowMs = 0;
  private readonly pending = new Set<Pending>();

  after(delayMs: number, callback: () => void): () => void {
    const entry = { atMs: this.nowMs + delayMs, callback };
    this.pending.add(entry);
    return () => this.pending.delete(entry);
  }

  /** The engine's one-shot timer. */
  wakeTimer(): WakeTimer {
    let cancel: (() => void) | undefined;
    return {
      set: (delayMs, onWake) => {
        cancel?.();
        cancel = this.after(delayMs, onWake);
      },
      clear: () => {
        cancel?.();
        cancel = undefined;
      },
    };
  }

  next(): Pending | undefined {
    let first: Pending | undefined;
    for (const entry of this.pending) if (first === undefined || entry.atMs < first.atMs) first = entry;
    return first;
  }

  take(entry: Pending): void {
    this.pending.delete(entry);
  }
}

/** Lets detector answers (resolved promises) arrive before virtual time moves on. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function runMainLoop(
  steps: readonly LoopStep[],
  settings: Settings = DEFAULT_SETTINGS,
  desktop: LoopDesktop = calmDesktop,
): Promise<LoopReport> {
  const timers = new VirtualTimers();
  const noTime = (): Record<LoopState, number> => ({
    active: 0,
    idle: 0,
    lock: 0,
    suspend: 0,
    paused: 0,
    break: 0,
  });
  const wakeups = noTime();
  const timeMs = noTime();
  let pauseEnds = 0;
  let historyMinutes = 0;
  let trayChanges = 0;
  let trayText = '';

  let userState: 'active' | 'idle' | 'lock' | 'suspend' = 'active';
  let lastInputMs = 0;
  let onBreak = false;
  /** When the user clicks "done" in the break window: an IPC message, not a timer of ours. */
  let breakDone: { atMs: number; finish: () => void } | null = null;

  const detectors = desktop.detectors({
    nowMs: () => timers.nowMs,
    after: (delayMs, callback) => timers.after(delayMs, callback),
  });
  const events: EngineEvent[] = [];
  const holdReasons: (readonly HoldReason[])[] = [];
  const momentTimer: MomentTimer = { after: (delayMs, callback) => timers.after(delayMs, callback) };
  const moments = new MomentMonitor({
    detectors,
    settings: settings.moments,
    timer: momentTimer,
    nowMs: () => timers.nowMs,
    log: () => {},
  });
  const looks = new TrackedLooks(moments, () => engine.momentChanged());
  const engine: BreakEngine = new BreakEngine(
    settings,
    {
      clock: { nowMs: () => timers.nowMs },
      wallClock: { nowMs: () => Date.UTC(2026, 0, 5, 8) + timers.nowMs },
      idle: {
        idleSeconds: () => (userState === 'active' && !onBreak ? 0 : (timers.nowMs - lastInputMs) / 1000),
      },
      timer: ridingTimer(timers.wakeTimer(), {
        beforeWake: () => wake.beforeWake(),
        afterWake: () => wake.afterWake(),
      }),
      moment: looks,
    },
    APP_ENGINE_OPTIONS,
  );
  const refreshTray = (): void => {
    const text = coordinator.status().headline;
    if (text !== trayText) trayChanges += 1;
    trayText = text;
  };
  let sessions = 0;
  const coordinator: BreakCoordinator = new BreakCoordinator({
    engine,
    player: {
      play: (content) => {
        const session = { ...content, id: `s${++sessions}` };
        const durationSeconds = engine.snapshot().currentBreak?.durationSeconds ?? 0;
        onBreak = true;
        lastInputMs = timers.nowMs;
        breakDone = {
          atMs: timers.nowMs + durationSeconds * 1000,
          finish: () => coordinator.sessionEnded(session, 'completed'),
        };
        return session;
      },
      close: () => {},
    },
    notifier: { show: () => {}, dismiss: () => {} },
    choose: () => ({ title: 'Stretch', items: [{ exerciseId: 'chin-tuck' }] }),
    wallNow: () => Date.UTC(2026, 0, 5, 8) + timers.nowMs,
    text: { tray: englishText('tray'), notify: englishText('notify') },
    formatLocale: () => 'en',
    changed: refreshTray,
    log: { recordBreak: () => {} },
    moments: looks,
  });
  engine.on((event) => events.push(event));
  const stopRecording = moments.onChange((reasons) => void holdReasons.push(reasons));
  moments.onChange(() => {
    engine.momentChanged();
    coordinator.updateWatch();
  });
  const wake = wakeWork({
    engine,
    history: { addActiveMinutes: (minutes) => void (historyMinutes += minutes) },
    coordinator,
    refreshTray,
  });

  const state = (): LoopState => {
    if (userState === 'suspend') return 'suspend';
    const snapshot = engine.snapshot();
    if (snapshot.pause) return 'paused';
    if (snapshot.currentBreak) return 'break';
    return userState;
  };

  const runUntil = async (endMs: number): Promise<void> => {
    for (;;) {
      const timer = userState === 'suspend' ? undefined : timers.next();
      const done = breakDone;
      const atMs = Math.min(timer?.atMs ?? Infinity, done?.atMs ?? Infinity);
      if (atMs > endMs) break;
      timeMs[state()] += Math.max(0, atMs - timers.nowMs);
      timers.nowMs = Math.max(timers.nowMs, atMs);
      if (done && done.atMs === atMs) {
        breakDone = null;
        onBreak = false;
        lastInputMs = timers.nowMs;
        done.finish();
      } else if (timer) {
        const before = state();
        timers.take(timer);
        timer.callback();
        if (before === 'paused' && state() !== 'paused') pauseEnds += 1;
        else wakeups[before] += 1;
      }
      await settle();
    }
    timeMs[state()] += endMs - timers.nowMs;
    timers.nowMs = endMs;
  };

  const minutes = (count: number): number => Math.round(count * 60_000);
  engine.start();
  refreshTray();
  for (const step of steps) {
    if ('active' in step) {
      if (userState === 'lock') engine.unlockScreen();
      userState = 'active';
      await runUntil(timers.nowMs + minutes(step.active));
    } else if ('paused' in step) {
      userState = 'active';
      const request: PauseRequest = { kind: 'minutes', minutes: step.paused };
      coordinator.pause(request);
      await runUntil(timers.nowMs + minutes(step.paused));
    } else if ('idle' in step) {
      if (userState === 'active') lastInputMs = timers.nowMs;
      userState = 'idle';
      await runUntil(timers.nowMs + minutes(step.idle));
    } else if ('lock' in step) {
      if (userState === 'active') lastInputMs = timers.nowMs;
      userState = 'lock';
      engine.lockScreen();
      await runUntil(timers.nowMs + minutes(step.lock));
    } else {
      if (userState === 'active') lastInputMs = timers.nowMs;
      userState = 'suspend';
      engine.systemSuspend();
      await runUntil(timers.nowMs + minutes(step.suspend));
      // Waking the machine takes a keystroke.
      userState = 'active';
      lastInputMs = timers.nowMs;
      engine.systemResume();
    }
  }
  wake.recordActiveTime();
  const activeMinutes = engine.activeTimeMs() / 60_000;
  engine.stop();
  looks.dispose();
  // Letting go of the answers at the end is no change on the desktop.
  stopRecording();
  moments.dispose();
  return { wakeups, timeMs, pauseEnds, historyMinutes, activeMinutes, trayChanges, events, holdReasons };
}
