import type { PowerMonitor } from 'electron';
import type { BreakEngine } from './engine';
import type { SuspendAwareClock } from './engine/suspend-aware-clock';

/** Feeds the OS's sleep and lock events to the engine; the clock hears about sleep first so it can count it. */
export function connectPowerEvents(
  powerMonitor: Pick<PowerMonitor, 'on'>,
  engine: Pick<BreakEngine, 'systemSuspend' | 'systemResume' | 'lockScreen' | 'unlockScreen'>,
  clock: SuspendAwareClock,
): void {
  powerMonitor.on('suspend', () => {
    engine.systemSuspend();
    clock.suspended();
  });
  powerMonitor.on('resume', () => {
    clock.resumed();
    engine.systemResume();
  });
  powerMonitor.on('lock-screen', () => engine.lockScreen());
  powerMonitor.on('unlock-screen', () => engine.unlockScreen());
}
