import { describe, expect, it, vi } from 'vitest';
import { GlobalShortcuts, type ShortcutPort } from '../../../src/main/global-shortcuts';
import type { Shortcuts } from '../../../src/shared/preferences';

const off: Shortcuts = { quickStretch: '', pauseResume: '', skipBreak: '' };

/** The system's side: what it has given us, what other apps hold, and whether it is suspended. */
function system(taken: string[] = []) {
  const held = new Map<string, () => void>();
  let suspended = false;
  const port: ShortcutPort = {
    register: vi.fn((accelerator: string, callback: () => void) => {
      if (suspended || held.has(accelerator) || taken.includes(accelerator)) return false;
      held.set(accelerator, callback);
      return true;
    }),
    unregister: vi.fn((accelerator: string) => void held.delete(accelerator)),
    setSuspended: vi.fn((flag: boolean) => void (suspended = flag)),
  };
  const press = (accelerator: string) => (suspended ? undefined : held.get(accelerator)?.());
  return { port, held, taken, press };
}

function shortcuts(taken: string[] = [], wayland = false) {
  const sys = system(taken);
  const run = vi.fn();
  const log = vi.fn();
  return { ...sys, run, log, manager: new GlobalShortcuts({ port: sys.port, run, wayland, log }) };
}

describe('GlobalShortcuts', () => {
  it('registers nothing while every shortcut is off', () => {
    const { manager, port } = shortcuts();
    manager.apply(off);
    expect(port.register).not.toHaveBeenCalled();
    expect(manager.problemsView()).toEqual({});
  });

  it('registers each set shortcut and runs its action when pressed', () => {
    const { manager, press, run } = shortcuts();
    manager.apply({ quickStretch: 'Ctrl+Alt+S', pauseResume: 'Ctrl+Alt+P', skipBreak: '' });
    press('Ctrl+Alt+S');
    press('Ctrl+Alt+P');
    expect(run.mock.calls).toEqual([['quickStretch'], ['pauseResume']]);
  });

  it('keeps a shortcut another app holds, says so, and takes it once it is free', () => {
    const { manager, taken, held } = shortcuts(['Ctrl+Alt+S']);
    manager.apply({ ...off, quickStretch: 'Ctrl+Alt+S' });
    expect(manager.problemsView().quickStretch).toBe(
      'Another app already uses Ctrl+Alt+S, so it does nothing in Unhunch. Choose another, or close that app and open Settings again.',
    );
    taken.length = 0;
    manager.retry();
    expect(manager.problemsView()).toEqual({});
    expect(held.has('Ctrl+Alt+S')).toBe(true);
  });

  it('words a refusal on Wayland as the desktop’s, which may have other reasons', () => {
    const { manager } = shortcuts(['Ctrl+Alt+S'], true);
    manager.apply({ ...off, quickStretch: 'Ctrl+Alt+S' });
    expect(manager.problemsView().quickStretch).toMatch(/^Your desktop did not give Unhunch Ctrl\+Alt\+S/);
  });

  it('releases a changed shortcut and touches the unchanged ones not at all', () => {
    const { manager, port, held } = shortcuts();
    manager.apply({ quickStretch: 'Ctrl+Alt+S', pauseResume: 'Ctrl+Alt+P', skipBreak: '' });
    vi.mocked(port.register).mockClear();
    manager.apply({ quickStretch: 'Ctrl+Alt+Q', pauseResume: 'Ctrl+Alt+P', skipBreak: '' });
    expect(port.unregister).toHaveBeenCalledExactlyOnceWith('Ctrl+Alt+S');
    expect(vi.mocked(port.register).mock.calls.map(([accelerator]) => accelerator)).toEqual(['Ctrl+Alt+Q']);
    expect([...held.keys()].sort()).toEqual(['Ctrl+Alt+P', 'Ctrl+Alt+Q']);
    manager.apply(off);
    expect(held.size).toBe(0);
  });

  it('lets two actions swap keys: both are released before either is taken again', () => {
    const { manager, press, run, log } = shortcuts();
    manager.apply({ quickStretch: 'Ctrl+Alt+S', pauseResume: 'Ctrl+Alt+P', skipBreak: '' });
    manager.apply({ quickStretch: 'Ctrl+Alt+P', pauseResume: 'Ctrl+Alt+S', skipBreak: '' });
    expect(manager.problemsView()).toEqual({});
    press('Ctrl+Alt+P');
    expect(run).toHaveBeenLastCalledWith('quickStretch');
    expect(log).not.toHaveBeenCalled();
  });

  it('is deaf while suspended for recording, and a save turns it back on first', () => {
    const { manager, press, run, port } = shortcuts();
    manager.apply({ ...off, skipBreak: 'Ctrl+Alt+K' });
    manager.suspend(true);
    press('Ctrl+Alt+K');
    expect(run).not.toHaveBeenCalled();
    manager.retry();
    manager.apply({ ...off, skipBreak: 'Ctrl+Alt+J' });
    expect(port.setSuspended).toHaveBeenLastCalledWith(false);
    expect(manager.problemsView()).toEqual({});
    press('Ctrl+Alt+J');
    expect(run).toHaveBeenCalledWith('skipBreak');
  });

  it('reports a shortcut Electron cannot read instead of throwing', () => {
    const { manager, port, log } = shortcuts();
    vi.mocked(port.register).mockImplementation(() => {
      throw new TypeError('Error processing argument at index 0, conversion failure from Ctrl+Alt+numdec');
    });
    manager.apply({ ...off, quickStretch: 'Ctrl+Alt+numdec' });
    expect(manager.problemsView().quickStretch).toMatch(/cannot be used as a global shortcut here/);
    expect(log).toHaveBeenCalled();
  });

  it('gives every shortcut back at quit', () => {
    const { manager, held } = shortcuts();
    manager.apply({ quickStretch: 'Ctrl+Alt+S', pauseResume: 'F9', skipBreak: 'Ctrl+Alt+K' });
    manager.dispose();
    expect(held.size).toBe(0);
  });
});
