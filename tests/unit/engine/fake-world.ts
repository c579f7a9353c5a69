/** Fake ports for engine tests: a manual monotonic clock, wall clock, idle source, timer and moment. */
import { normalizeSettings, type Settings, type SettingsInput } from '../../../src/shared/settings';
import { BreakEngine, type EngineOptions } from '../../../src/main/engine/engine';
import type { EnginePorts } from '../../../src/main/engine/clock';
import type { EngineEvent } from '../../../src/main/engine/events';
import type { HoldReason } from '../../../src/main/engine/moment';

export const MIN = 60_000;
export const SEC = 1000;

export class FakeWorld {
  monoMs = 0;
  wallMs: number;
  /** null = the user is typing right now (idle 0). */
  private lastInputMs: number | null = null;
  timerAtMs: number | null = null;
  private timerCallback: (() => void) | null = null;
  wakeups = 0;
  /** Monotonic time of every wake-up, for tests about when the engine wakes. */
  readonly wakeTimes: number[] = [];
  /** What the moment detectors currently report; tests call `engine.momentChanged()` after a change. */
  holdReasons: HoldReason[] = [];
  /** Whether the detectors are taking a fresh look; tests call `engine.momentChanged()` when it lands. */
  looking = false;

  constructor(wallStart = new Date(2025, 0, 6, 9, 0).getTime()) {
    this.wallMs = wallStart;
  }

  readonly ports: EnginePorts = {
    clock: { nowMs: () => this.monoMs },
    wallClock: { nowMs: () => this.wallMs },
    idle: { idleSeconds: () => (this.lastInputMs === null ? 0 : (this.monoMs - this.lastInputMs) / 1000) },
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
    moment: { holdReasons: () => this.holdReasons, looking: () => this.looking },
  };

  userActive(): void {
    this.lastInputMs = null;
  }

  /** The user stops touching the keyboard now. */
  userLeaves(): void {
    this.lastInputMs ??= this.monoMs;
  }

  /** One keypress now (e.g. Space in the break window), with no input before or after it. */
  press(): void {
    this.lastInputMs = this.monoMs;
  }

  /** Moves both clocks forward, firing the engine's timer whenever it is due. */
  advance(ms: number): void {
    const end = this.monoMs + ms;
    for (let guard = 0; guard < 1_000_000; guard++) {
      if (this.timerAtMs === null || this.timerAtMs > end) break;
      this.step(this.timerAtMs - this.monoMs);
      const wake = this.timerCallback;
      this.timerAtMs = null;
      this.timerCallback = null;
      this.wakeups++;
      this.wakeTimes.push(this.monoMs);
      wake?.();
    }
    this.step(end - this.monoMs);
  }

  private step(ms: number): void {
    this.monoMs += ms;
    this.wallMs += ms;
  }
}

export interface Rig {
  world: FakeWorld;
  engine: BreakEngine;
  events: EngineEvent[];
  settings: Settings;
  /** Events as compact `[seconds, type, kind?]` tuples, easy to compare. */
  log: () => [number, string, string?][];
}

/**
 * An engine on a fake world, started. The fake user types without pause unless told otherwise, also
 * through breaks; so that the many scenarios not about it need not say so, noticing breaks worked
 * through is off unless the test turns it on (`moments: { workedThrough: true }`). The warning is
 * pinned at 30 s, the default these scenarios were timed against before it became 60 s: they are
 * about the warning's mechanics, and a warning half a minute off every step shows them best. A test
 * about the defaults says `warning: DEFAULT_SETTINGS.warning`.
 */
export function rig(
  input: SettingsInput = {},
  options: Partial<EngineOptions> = {},
  world = new FakeWorld(),
): Rig {
  const { settings, problems } = normalizeSettings({
    ...input,
    warning: { seconds: 30, ...input.warning },
    moments: { workedThrough: false, ...input.moments },
  });
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  const engine = new BreakEngine(settings, world.ports, options);
  const events: EngineEvent[] = [];
  engine.on((e) => events.push(e));
  engine.start();
  return {
    world,
    engine,
    events,
    settings,
    log: () =>
      events.map((e) => {
        const kind = 'kind' in e ? e.kind : undefined;
        return kind === undefined ? [e.atMs / 1000, e.type] : [e.atMs / 1000, e.type, kind];
      }),
  };
}

export const types = (events: EngineEvent[]): string[] => events.map((e) => e.type);
