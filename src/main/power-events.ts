import type { BreakEngine } from './engine';
import type { SuspendAwareClock } from './engine/suspend-aware-clock';
import { createCommandRunner } from './idle/command-runner';
import { createLineSpawner, watchLogindLock, type LockHandlers, type LockWatch } from './linux-lock';
import { realMomentTimer } from './moments/ports';

/** The part of Electron's powerMonitor used here, spelled out so tests can stand in for it. */
export interface PowerEventSource {
  on(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen', listener: () => void): unknown;
}

export interface PowerEventsOptions {
  platform: NodeJS.Platform;
  log: (message: string, detail?: unknown) => void;
  /** Where the lock comes from on Linux; tests point it at a private bus. Defaults to logind. */
  watchLinuxLock?: (handlers: LockHandlers) => LockWatch;
}

/** logind on the real system bus, through gdbus. */
function defaultLinuxLockWatch(log: PowerEventsOptions['log']): (handlers: LockHandlers) => LockWatch {
  return (handlers) =>
    watchLogindLock({
      ...handlers,
      // The first call may start logind by D-Bus activation: give it longer than a desktop reading.
      run: createCommandRunner({ timeoutMs: 10_000 }),
      spawn: createLineSpawner(),
      timer: realMomentTimer,
      clock: { nowMs: () => performance.now() },
      log,
      pid: process.pid,
    });
}

/**
 * Feeds the OS's sleep and lock events to the engine; the clock hears about sleep first so it can
 * count it. Electron reports the lock only on macOS and Windows, so on Linux it comes from logind,
 * which reports a change once even when both its Lock signal and its LockedHint say it.
 *
 * Without `options`, Electron's events only, on every platform. Returns what to call before quitting.
 */
export function connectPowerEvents(
  powerMonitor: PowerEventSource,
  engine: Pick<BreakEngine, 'systemSuspend' | 'systemResume' | 'lockScreen' | 'unlockScreen'>,
  clock: SuspendAwareClock,
  options?: PowerEventsOptions,
): () => void {
  powerMonitor.on('suspend', () => {
    engine.systemSuspend();
    clock.suspended();
  });
  powerMonitor.on('resume', () => {
    clock.resumed();
    engine.systemResume();
  });

  const handlers: LockHandlers = {
    onLock: () => engine.lockScreen(),
    onUnlock: () => engine.unlockScreen(),
  };
  if (options?.platform === 'linux') {
    const watch = (options.watchLinuxLock ?? defaultLinuxLockWatch(options.log))(handlers);
    return () => void watch.dispose();
  }
  powerMonitor.on('lock-screen', handlers.onLock);
  powerMonitor.on('unlock-screen', handlers.onUnlock);
  return () => {};
}
