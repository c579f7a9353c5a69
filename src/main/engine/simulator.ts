/**
 * Runs the real engine on a simulated clock. The simulated world implements the same ports as the
 * Electron adapter (monotonic clock, wall clock, idle source, one-shot timer, moment) and plays the
 * user: it steps away for every break, for its full duration, unless the timeline says otherwise.
 */
import { BreakEngine, type EngineOptions } from './engine';
import type { EnginePorts } from './clock';
import type { BreakOutcome, EngineEvent } from './events';
import type { Settings } from '../../shared/settings';
import { reasonEnabled, type HoldReason } from './moment';
import type { SimAction, SimUserState, SimulationInput } from './sim-file';

/** What the simulated machine is doing, for wake-up accounting. */
export type SimCategory = 'active' | 'idle' | 'lock' | 'suspend' | 'paused' | 'break';

export interface SimulationResult {
  /** Events with `atMs` = simulated elapsed milliseconds since the start. */
  events: EngineEvent[];
  /** Timer wake-ups in each category: counts, not a list, so a simulated year stays small. */
  wakeups: Record<SimCategory, number>;
  /** Simulated milliseconds spent in each category. */
  timeMs: Record<SimCategory, number>;
  durationMs: number;
}

/** The simulator's output line: only the documented fields, so the format stays stable. */
export interface SimEventLine {
  at: number;
  type: EngineEvent['type'];
  kind?: 'micro' | 'long';
  outcome?: BreakOutcome;
  /** Only on a break-start shown as a notification; a window is the norm and stays unsaid. */
  presentation?: 'notification';
  /** Deferred only. */
  reasons?: HoldReason[];
}

export function toEventLine(event: EngineEvent): SimEventLine {
  const line: SimEventLine = { at: Math.round(event.atMs) / 1000, type: event.type };
  if ('kind' in event && event.kind !== undefined) line.kind = event.kind;
  if (event.type === 'break-end') line.outcome = event.outcome;
  if (event.type === 'break-start' && event.presentation === 'notification')
    line.presentation = 'notification';
  if (event.type === 'deferred') line.reasons = event.reasons;
  return line;
}

class SimulatedWorld {
  monoMs = 0;
  wallMs: number;
  userState: SimUserState = 'active';
  screenLocked = false;
  lastInputMs = 0;
  /** The user has stepped away for the running break: no input until it ends. */
  onBreak = false;
  /** The user will type through the next break instead of stepping away. */
  typeThroughNextBreak = false;
  holdReason: HoldReason | null = null;
  timerAtMs: number | null = null;
  timerCallback: (() => void) | null = null;
  breakDoneAtMs: number | null = null;

  constructor(
    wallStartMs: number,
    /** The user's switches: a state they turned off holds nothing, as in the app. */
    private readonly moments: Settings['moments'],
  ) {
    this.wallMs = wallStartMs;
  }

  ports(): EnginePorts {
    return {
      clock: { nowMs: () => this.monoMs },
      wallClock: { nowMs: () => this.wallMs },
      idle: {
        idleSeconds: () =>
          this.userState === 'active' && !this.onBreak ? 0 : (this.monoMs - this.lastInputMs) / 1000,
      },
      moment: {
        holdReasons: () =>
          this.holdReason !== null && reasonEnabled(this.holdReason, this.moments) ? [this.holdReason] : [],
      },
      timer: {
        set: (delayMs, onWake) => {
          this.timerAtMs = this.monoMs + delayMs;
          this.timerCallback = onWake;
        },
        clear: () => {
          this.timerAtMs = null;
          this.timerCallback = null;
        },
      },
    };
  }
}

export function runSimulation(
  input: SimulationInput,
  options: Partial<EngineOptions> = {},
  /** `skipIdlePolls: false` runs every idle poll: slower, and what the skipping must match exactly. */
  { skipIdlePolls: skipping = true }: { skipIdlePolls?: boolean } = {},
): SimulationResult {
  const world = new SimulatedWorld(input.wallClockStartMs, input.settings.moments);
  const engine = new BreakEngine(input.settings, world.ports(), options);
  const events: EngineEvent[] = [];
  const noTime = (): Record<SimCategory, number> => ({
    active: 0,
    idle: 0,
    lock: 0,
    suspend: 0,
    paused: 0,
    break: 0,
  });
  const wakeups = noTime();
  const timeMs = noTime();

  /** The user stops typing now: steps away for a break, or into an idle, lock or suspend segment. */
  const stopTyping = (): void => {
    if (world.userState === 'active' && !world.onBreak) world.lastInputMs = world.monoMs;
  };

  engine.on((event) => {
    events.push(event);
    if (event.type === 'break-start') {
      if (world.typeThroughNextBreak) {
        // Typing on and ignoring the break: it ends by itself.
        world.typeThroughNextBreak = false;
        return;
      }
      stopTyping();
      world.onBreak = true;
      // A notification break ends by itself; a window is closed with "done" after the break.
      if (event.presentation === 'window') world.breakDoneAtMs = event.atMs + event.durationSeconds * 1000;
    }
    if (event.type === 'break-end' || event.type === 'postponed' || event.type === 'paused') {
      world.breakDoneAtMs = null;
      // A break that ended otherwise (by itself, postponed, …): the user comes back from it now.
      if (world.onBreak && (world.userState === 'active' || world.userState === 'idle'))
        world.lastInputMs = world.monoMs;
      world.onBreak = false;
    }
  });

  const category = (): SimCategory => {
    const snap = engine.snapshot();
    if (world.userState === 'suspend') return 'suspend';
    if (snap.pause) return 'paused';
    if (snap.currentBreak) return 'break';
    return world.userState;
  };

  const moveTo = (targetMs: number): void => {
    const elapsed = targetMs - world.monoMs;
    timeMs[category()] += elapsed;
    world.monoMs = targetMs;
    world.wallMs += elapsed;
  };

  /** Plays out simulated time until `endMs`, firing the engine's timer and the user's break completions. */
  const runUntil = (endMs: number): void => {
    const suspended = world.userState === 'suspend';
    for (let guard = 0; ; guard++) {
      if (guard > 10_000_000) throw new Error('simulation did not make progress');
      const breakDone = suspended ? null : world.breakDoneAtMs;
      const timerAt = suspended ? null : world.timerAtMs;
      const nextMs = Math.min(breakDone ?? Infinity, timerAt ?? Infinity);
      if (nextMs > endMs) {
        moveTo(endMs);
        return;
      }
      moveTo(Math.max(world.monoMs, nextMs));
      if (breakDone !== null && nextMs === breakDone) {
        world.breakDoneAtMs = null;
        // The user is back: clicking "done" is input, which the engine sees as it hears of it.
        world.onBreak = false;
        if (world.userState === 'active' || world.userState === 'idle') world.lastInputMs = world.monoMs;
        engine.completeBreak();
        continue;
      }
      const wake = world.timerCallback;
      wakeups[category()] += 1;
      world.timerAtMs = null;
      world.timerCallback = null;
      wake?.();
      skipIdlePolls(endMs);
    }
  };

  /**
   * The wake-ups the engine has just armed that would only find the user still away, counted where they
   * fall without running them: each would re-arm the same poll and change nothing, as long as the user
   * stays away (to `endMs`, the segment's end) and no deadline of the engine comes first. The engine's
   * state after the next real wake-up is the same either way, as every poll overwrites the last.
   */
  const skipIdlePolls = (endMs: number): void => {
    if (!skipping || world.userState === 'active' || world.onBreak || world.breakDoneAtMs !== null) return;
    const timerAt = world.timerAtMs;
    if (timerAt === null) return;
    const until = engine.idlePollsUntilMs();
    const periodMs = timerAt - world.monoMs;
    if (until === null || periodMs <= 0 || timerAt + periodMs > until) return;
    // Polls at timerAt + k·period for k = 0…skipped-1: each still within the segment, and each one
    // followed by another poll, not by a deadline.
    const skipped = Math.min(
      Math.floor((endMs - timerAt) / periodMs) + 1,
      Math.floor((until - timerAt) / periodMs),
    );
    if (skipped <= 0) return;
    const lastMs = timerAt + (skipped - 1) * periodMs;
    moveTo(lastMs);
    wakeups[category()] += skipped;
    world.timerAtMs = lastMs + periodMs;
  };

  const enterState = (state: SimUserState): void => {
    if (world.screenLocked && state !== 'lock' && state !== 'suspend') {
      // Unlocking takes a keystroke.
      world.screenLocked = false;
      world.userState = 'active';
      world.lastInputMs = world.monoMs;
      engine.unlockScreen();
    }
    if (state !== 'active') stopTyping();
    world.userState = state;
    if (state === 'lock' && !world.screenLocked) {
      world.screenLocked = true;
      engine.lockScreen();
    }
    if (state === 'suspend') engine.systemSuspend();
  };

  const leaveSuspend = (): void => {
    if (world.screenLocked) {
      // The machine wakes up to the lock screen; the user is still away.
      world.userState = 'lock';
    } else {
      // Waking the machine takes a keystroke.
      world.userState = 'active';
      world.lastInputMs = world.monoMs;
    }
    engine.systemResume();
  };

  const act = (action: SimAction): void => {
    switch (action.name) {
      case 'postpone':
        return engine.postpone();
      case 'skip':
        return engine.skip();
      case 'complete':
        return engine.completeBreak();
      case 'pause':
        return engine.pauseFor(action.request);
      case 'resume':
        return engine.resume();
      case 'quickStretch':
        return engine.quickStretch();
    }
  };

  const setHold = (hold: HoldReason | null): void => {
    if (world.holdReason === hold) return;
    world.holdReason = hold;
    engine.momentChanged();
  };

  /** The user gives up on the running break and types on; or, with none running, on the next one. */
  const typeThroughBreak = (): void => {
    if (!engine.snapshot().currentBreak) {
      world.typeThroughNextBreak = true;
      return;
    }
    world.onBreak = false;
    world.breakDoneAtMs = null;
  };

  engine.start();
  for (const step of input.timeline) {
    if (step.type === 'segment') {
      setHold(step.hold ?? null);
      enterState(step.state);
      runUntil(world.monoMs + Math.round(step.minutes * 60_000));
      if (step.state === 'suspend') leaveSuspend();
    } else if (step.type === 'typingDuringBreak') {
      typeThroughBreak();
    } else if (step.type === 'clockJump') {
      world.wallMs += Math.round(step.minutes * 60_000);
    } else {
      act(step.action);
    }
  }
  engine.stop();
  return { events, wakeups, timeMs, durationMs: world.monoMs };
}
