/**
 * While the user works, the engine's wake-up is the main process's only timer: the tray's countdown,
 * the history's active minutes and the detectors' look at a coming break ride on it instead of each
 * owning a timer. The engine wakes when the countdown's minute changes (`countdownStepMs`), at a
 * warning and at a break, so whatever rides on it is never more than the minute it shows out of date,
 * and nothing wakes while paused or suspended because the engine does not.
 */
import type { EngineOptions, WakeTimer } from './engine';

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

/** `timer`, with `afterWake` run each time the engine has handled one of its own wake-ups. */
export function ridingTimer(timer: WakeTimer, afterWake: () => void): WakeTimer {
  return {
    set: (delayMs, onWake) =>
      timer.set(delayMs, () => {
        onWake();
        afterWake();
      }),
    clear: () => timer.clear(),
  };
}

export interface WakeWork {
  /** What rides on each of the engine's wake-ups. */
  afterWake(): void;
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
    afterWake: () => {
      recordActiveTime();
      riders.coordinator.updateWatch(true);
      riders.refreshTray();
    },
    recordActiveTime,
  };
}
