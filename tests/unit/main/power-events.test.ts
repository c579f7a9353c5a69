import { describe, expect, it, vi } from 'vitest';
import { SuspendAwareClock } from '../../../src/main/engine/suspend-aware-clock';
import type { LockHandlers } from '../../../src/main/linux-lock';
import { connectPowerEvents } from '../../../src/main/power-events';

function setup() {
  const listeners = new Map<string, () => void>();
  const powerMonitor = {
    on: vi.fn((event: string, listener: () => void) => {
      listeners.set(event, listener);
      return powerMonitor;
    }),
  };
  const calls: string[] = [];
  const engine = {
    systemSuspend: () => calls.push('suspend'),
    systemResume: () => calls.push('resume'),
    lockScreen: () => calls.push('lock'),
    unlockScreen: () => calls.push('unlock'),
  };
  const clock = new SuspendAwareClock(
    () => 0,
    () => 0,
  );
  const emit = (event: string): void => listeners.get(event)?.();
  let handlers: LockHandlers | undefined;
  const dispose = vi.fn(() => Promise.resolve());
  const watchLinuxLock = vi.fn((given: LockHandlers) => {
    handlers = given;
    return { ready: Promise.resolve(true), dispose };
  });
  return { powerMonitor, engine, clock, calls, emit, watchLinuxLock, dispose, handlers: () => handlers };
}

describe('connectPowerEvents', () => {
  it("takes the lock from Electron's powerMonitor on macOS and Windows", () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const t = setup();
      const stop = connectPowerEvents(t.powerMonitor, t.engine, t.clock, {
        platform,
        log: vi.fn(),
        watchLinuxLock: t.watchLinuxLock,
      });
      t.emit('lock-screen');
      t.emit('unlock-screen');
      expect(t.calls).toEqual(['lock', 'unlock']);
      expect(t.watchLinuxLock).not.toHaveBeenCalled();
      stop();
    }
  });

  it('takes the lock from logind on Linux, and stops following it on dispose', () => {
    const t = setup();
    const stop = connectPowerEvents(t.powerMonitor, t.engine, t.clock, {
      platform: 'linux',
      log: vi.fn(),
      watchLinuxLock: t.watchLinuxLock,
    });
    expect(t.powerMonitor.on).not.toHaveBeenCalledWith('lock-screen', expect.anything());
    t.handlers()?.onLock();
    t.handlers()?.onUnlock();
    expect(t.calls).toEqual(['lock', 'unlock']);

    stop();
    expect(t.dispose).toHaveBeenCalledTimes(1);
  });

  it('keeps the clock and engine order around sleep on Linux too', () => {
    const t = setup();
    vi.spyOn(t.clock, 'suspended').mockImplementation(() => void t.calls.push('clock suspended'));
    vi.spyOn(t.clock, 'resumed').mockImplementation(() => void t.calls.push('clock resumed'));
    connectPowerEvents(t.powerMonitor, t.engine, t.clock, {
      platform: 'linux',
      log: vi.fn(),
      watchLinuxLock: t.watchLinuxLock,
    });
    t.emit('suspend');
    t.emit('resume');
    expect(t.calls).toEqual(['suspend', 'clock suspended', 'clock resumed', 'resume']);
  });

  it("keeps Electron's events alone when called without options", () => {
    const t = setup();
    connectPowerEvents(t.powerMonitor, t.engine, t.clock);
    t.emit('lock-screen');
    expect(t.calls).toEqual(['lock']);
  });
});
