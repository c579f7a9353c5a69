import { describe, expect, it, vi } from 'vitest';
import { AppController, type BreakCommands, type ControllerDeps } from '../../../src/main/app-controller';
import type { IpcHandlers } from '../../../src/main/ipc-handlers';
import type { WelcomeInfo } from '../../../src/shared/ipc-contract';

const caller = { webContentsId: 1 };

function controller(overrides: Partial<ControllerDeps> = {}) {
  const breaks: BreakCommands = {
    quickStretchStarted: vi.fn(),
    postpone: vi.fn(),
    skip: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    sessionEnded: vi.fn(),
    postponeSession: vi.fn(),
  };
  const windows = { open: vi.fn(), close: vi.fn(), viewOf: vi.fn(), send: vi.fn() };
  const changed = vi.fn();
  const deps = {
    windows,
    breaks: () => breaks,
    chooseQuickStretch: () => ({ title: 'Chin tuck', items: [{ exerciseId: 'chin-tuck' }] }),
    changed,
    quit: vi.fn(),
    settings: { view: vi.fn(), update: vi.fn() },
    personalise: (items) => [...items],
    progress: vi.fn(),
    recordPainCheckIn: vi.fn(),
    exportHistory: vi.fn(),
    ...overrides,
  } satisfies ControllerDeps;
  return { app: new AppController(deps), windows, breaks, changed };
}

/** Calls a handler as registerIpcHandlers would, after validation. */
const handle = <K extends keyof IpcHandlers>(
  app: AppController,
  name: K,
  input: Parameters<IpcHandlers[K]>[0],
) => (app.ipcHandlers[name] as (input: unknown, caller: { webContentsId: number }) => unknown)(input, caller);

describe('AppController: the welcome page', () => {
  it('answers getWelcome from its port, waiting for a check still under way', async () => {
    const info: WelcomeInfo = { platform: 'linux', trayHost: 'absent' };
    const { app } = controller({ welcome: () => Promise.resolve(info) });
    expect(await handle(app, 'getWelcome', undefined)).toEqual(info);
  });

  it('says "unknown" before the entry point provides the port, which the page words as a tray', async () => {
    const { app } = controller();
    expect(await handle(app, 'getWelcome', undefined)).toEqual({ platform: 'other', trayHost: 'unknown' });
  });

  it('opens the library, settings and progress as the tray menu does', () => {
    const { app, windows, changed } = controller();
    for (const view of ['library', 'settings', 'progress'] as const) {
      handle(app, 'openView', { view });
      expect(windows.open).toHaveBeenLastCalledWith(view);
    }
    expect(windows.open).toHaveBeenCalledTimes(3);
    expect(changed).toHaveBeenCalledTimes(3);
  });

  it('starts a quick stretch exactly as the tray does: the player, counted as a micro break', () => {
    const { app, windows, breaks } = controller();
    handle(app, 'startQuickStretch', undefined);
    expect(app.sessions.current).toMatchObject({
      reason: 'quick',
      title: 'Chin tuck',
      items: [{ exerciseId: 'chin-tuck' }],
      canPostpone: false,
      canSkip: true,
    });
    // A stretch the user asked for is an ordinary window, not one that holds itself on top.
    expect(windows.open).toHaveBeenCalledWith('player', { attention: false });
    expect(windows.send).toHaveBeenCalledWith('player', 'playerSession', app.sessions.current);
    expect(breaks.quickStretchStarted).toHaveBeenCalledTimes(1);
  });

  it('brings a scheduled break to the front', () => {
    const { app, windows } = controller();
    app.play({
      reason: 'long',
      title: 'Long break',
      items: [{ exerciseId: 'chin-tuck' }],
      canPostpone: true,
      canSkip: true,
    });
    expect(windows.open).toHaveBeenCalledWith('player', { attention: true });
  });
});

describe('AppController.surface', () => {
  it('brings back the welcome page where there is no tray icon to find the app by', () => {
    const { app, windows } = controller();
    app.surface('absent');
    expect(windows.open).toHaveBeenLastCalledWith('welcome');
  });

  it('opens the library where the tray is there, or may be', () => {
    const { app, windows } = controller();
    app.surface();
    expect(windows.open).toHaveBeenLastCalledWith('library');
    app.surface('present');
    expect(windows.open).toHaveBeenLastCalledWith('library');
    app.surface('unknown');
    expect(windows.open).toHaveBeenLastCalledWith('library');
  });

  it('shows a stretch under way first, tray or not', () => {
    const { app, windows } = controller();
    app.runTrayCommand({ type: 'quick-stretch' });
    windows.open.mockClear();
    app.surface('absent');
    expect(windows.open).toHaveBeenCalledWith('player');
    expect(windows.open).not.toHaveBeenCalledWith('welcome');
  });
});
