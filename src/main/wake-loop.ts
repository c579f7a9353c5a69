/**
 * While the user works, the engine's wake-up is the main process's only timer: the tray's countdown,
 * the history's active minutes and the detectors' look at a coming break ride on it instead of each
 * owning a timer. The engine wakes when the countdown's minute changes (`countdownStepMs`), at a
 * warning and at a break, so whatever rides on it is never more than the minute it shows out of date,
 * and nothing wakes while paused or suspended because the engine does not.
 *
 * The detectors' look is taken as the wake-up begins, before the engine handles it: at the warning and
 * at the break the engine waits for that look (`MomentPort.looking`), so both are judged on what the
 * detectors see at that moment, not on the answer from the wake-up before, at no wake-up of its own.
 */
import type { EngineOptions, WakeTimer } from './engine';
import type { HoldReason, MomentPort } from './engine/moment';

/** The engine as the app runs it: with the tray's one-minute countdown. */
export const APP_ENGINE_OPTIONS: Readonly<Partial<EngineOptions>> = Object.freeze({
  countdownStepMs: 60_000,
});

export interface WakeRiders {
  engine: { activeTimeMs(): number };
  history: { addActiveMinutes(minutes: number): void };
  coordinator: { updateWatch(wake: boolean): void };
  /** Re-renders the tray (and the welcome page standing in for it); cheap when nothing changed. */
  refreshTray: () => void;
}

export interface WakeHooks {
  /** Before the engine handles its wake-up: starts the detectors' look while a break is near. */
  beforeWake(): void;
  /** After it: what rides on the wake-up. */
  afterWake(): void;
}

/** `timer`, with the hooks run around each of the engine's own wake-ups. */
export function ridingTimer(timer: WakeTimer, hooks: WakeHooks): WakeTimer {
  return {
    set: (delayMs, onWake) =>
      timer.set(delayMs, () => {
        hooks.beforeWake();
        onWake();
        hooks.afterWake();
      }),
    clear: () => timer.clear(),
  };
}

export interface WakeWork extends WakeHooks {
  /** Hands the history the active time counted since it last did (also at quit). */
  recordActiveTime(): void;
}

export function wakeWork(riders: WakeRiders): WakeWork {
  // The engine's own count, not one per wake-up: its wake-ups are not evenly spaced, and the active
  // time it counted between them is exactly what the user worked.
  let recordedMs = riders.engine.activeTimeMs();
  const recordActiveTime = (): void => {
    const activeMs = riders.engine.activeTimeMs();
    if (activeMs <= recordedMs) return;
    riders.history.addActiveMinutes((activeMs - recordedMs) / 60_000);
    recordedMs = activeMs;
  };
  return {
    // Judged on the engine's picture from the wake-up before, at most a minute of active time old;
    // the detectors start looking 90 s ahead of the warning, so a hold point is never missed.
    beforeWake: () => riders.coordinator.updateWatch(true),
    afterWake: () => {
      recordActiveTime();
      // Only follows what the engine did (a break started, one held); the look is already under way.
      riders.coordinator.updateWatch(false);
      riders.refreshTray();
    },
    recordActiveTime,
  };
}

/** The moment detectors as the wake loop drives them; `MomentMonitor` provides it. */
export interface MomentSource {
  holdReasons(): readonly HoldReason[];
  watch(active: boolean, only?: readonly HoldReason[], poll?: boolean): void;
  refresh(): Promise<void>;
}

/**
 * The detectors as the engine and the coordinator see them: a look asked for (`refresh`) is tracked
 * until it lands, and its landing is reported (`landed`, the engine's `momentChanged`) whether or not
 * the answer changed, since the engine may be waiting on it at a hold point.
 */
export class TrackedLooks implements MomentPort {
  private pending: Promise<void> | undefined;
  private disposed = false;

  constructor(
    private readonly source: MomentSource,
    private readonly landed: () => void,
  ) {}

  holdReasons(): readonly HoldReason[] {
    return this.source.holdReasons();
  }

  looking(): boolean {
    return this.pending !== undefined;
  }

  watch(active: boolean, only?: readonly HoldReason[], poll?: boolean): void {
    this.source.watch(active, only, poll);
  }

  refresh(): Promise<void> {
    const look = this.source.refresh();
    // The monitor hands back the look already under way rather than start another: track it once.
    if (look === this.pending) return look;
    this.pending = look;
    const land = (): void => {
      if (this.pending !== look) return;
      this.pending = undefined;
      // After quit the engine is stopped: nothing may start it up again.
      if (!this.disposed) this.landed();
    };
    look.then(land, land);
    return look;
  }

  /** At quit: a look still under way lands on nobody. */
  dispose(): void {
    this.disposed = true;
    this.pending = undefined;
  }
}
