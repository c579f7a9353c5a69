import { describe, expect, it, vi } from 'vitest';
import { AppController, type BreakCommands, type ControllerDeps } from '../../../src/main/app-controller';
import type { IpcHandlers } from '../../../src/main/ipc-handlers';
import type { PlayerSession, SettingsView, WelcomeInfo } from '../../../src/shared/ipc-contract';
import { normalizePreferences } from '../../../src/shared/preferences';
import { normalizeSettings } from '../../../src/shared/settings';
import type { TrayCommand, TrayStatus } from '../../../src/shared/tray-menu';

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
    breakRemainingMs: vi.fn(() => 25_000),
  };
  const windows = {
    open: vi.fn(),
    close: vi.fn(),
    viewOf: vi.fn(),
    send: vi.fn(),
    hold: vi.fn(),
    cover: vi.fn(),
    uncover: vi.fn(),
  };
  const changed = vi.fn();
  const quit = vi.fn();
  const deps = {
    windows,
    breaks: () => breaks,
    chooseQuickStretch: () => ({ title: 'Chin tuck', items: [{ exerciseId: 'chin-tuck' }] }),
    breakScreens: () => 'active' as const,
    changed,
    status: () => ({ headline: 'Stretch in 12 min', paused: false, canPostpone: false, canSkip: false }),
    quit,
    settings: { view: vi.fn(), update: vi.fn() },
    personalise: (items) => [...items],
    progress: vi.fn(),
    recordPainCheckIn: vi.fn(),
    exportHistory: vi.fn(),
    suspendShortcuts: vi.fn(),
    replyToStatus: vi.fn(),
    log: vi.fn(),
    ...overrides,
  } satisfies ControllerDeps;
  return { app: new AppController(deps), windows, breaks, changed, quit, deps };
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

  it('answers getTrayStatus with what the tray shows now', () => {
    const paused: TrayStatus = {
      headline: 'Paused until 14:30',
      paused: true,
      canPostpone: false,
      canSkip: false,
    };
    const { app } = controller({ status: () => paused });
    expect(handle(app, 'getTrayStatus', undefined)).toEqual(paused);
  });

  it('runs a command from the page exactly as from the tray', () => {
    const viaTray = controller();
    const viaPage = controller();
    const commands: TrayCommand[] = [
      { type: 'open-library' },
      { type: 'open-settings' },
      { type: 'open-progress' },
      { type: 'postpone' },
      { type: 'skip' },
      { type: 'pause', request: { kind: 'minutes', minutes: 60 } },
      { type: 'pause', request: { kind: 'tomorrow' } },
      { type: 'resume' },
    ];
    for (const command of commands) {
      viaTray.app.runTrayCommand(command);
      handle(viaPage.app, 'runCommand', command);
    }
    for (const port of ['open', 'send'] as const) {
      expect(viaPage.windows[port].mock.calls).toEqual(viaTray.windows[port].mock.calls);
    }
    for (const name of ['postpone', 'skip', 'pause', 'resume'] as const) {
      expect(vi.mocked(viaPage.breaks[name]).mock.calls).toEqual(vi.mocked(viaTray.breaks[name]).mock.calls);
    }
    expect(viaPage.windows.open.mock.calls).toEqual([['library'], ['settings'], ['progress']]);
    expect(viaPage.breaks.pause).toHaveBeenCalledWith({ kind: 'minutes', minutes: 60 });
    expect(viaPage.breaks.resume).toHaveBeenCalledTimes(1);
    // The tray is refreshed after each, and so (through index.ts) is the page.
    expect(viaPage.changed).toHaveBeenCalledTimes(commands.length);
  });

  it('quits from the page, where no tray may offer Quit', () => {
    const { app, quit, changed } = controller();
    handle(app, 'runCommand', { type: 'quit' });
    expect(quit).toHaveBeenCalledTimes(1);
    expect(changed).not.toHaveBeenCalled();
  });

  it('starts a quick stretch exactly as the tray does: the player, counted as a micro break', () => {
    const { app, windows, breaks } = controller();
    handle(app, 'runCommand', { type: 'quick-stretch' });
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

  it('tells the welcome page, and only it, when what the tray shows changes', () => {
    const { app, windows } = controller();
    const status: TrayStatus = {
      headline: 'Stretch break now',
      paused: false,
      canPostpone: true,
      canSkip: true,
    };
    app.statusChanged(status);
    expect(windows.send.mock.calls).toEqual([['welcome', 'trayStatusChanged', status]]);
    expect(windows.open).not.toHaveBeenCalled();
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

const breakOf = (reason: 'micro' | 'long', strict: boolean) => ({
  reason,
  title: 'Upper-back reset',
  items: [{ exerciseId: 'chin-tuck' }],
  canPostpone: !strict,
  canSkip: !strict,
});

describe('AppController: breaks on every screen', () => {
  it('covers the other screens for a scheduled break when asked to, and uncovers them when it ends', () => {
    const { app, windows } = controller({ breakScreens: () => 'all' });
    const session = app.play(breakOf('micro', false));
    expect(windows.cover).toHaveBeenCalledTimes(1);
    expect(handle(app, 'getBreakCover', undefined)).toEqual({
      reason: 'micro',
      title: 'Upper-back reset',
      remainingMs: 25_000,
    });
    handle(app, 'finishSession', { sessionId: session.id, outcome: 'completed' });
    expect(windows.uncover).toHaveBeenCalledTimes(1);
    expect(handle(app, 'getBreakCover', undefined)).toBeNull();
  });

  it('uncovers when the player window closes before the break was reported', () => {
    const { app, windows } = controller({ breakScreens: () => 'all' });
    app.play(breakOf('long', false));
    app.playerClosed();
    expect(windows.uncover).toHaveBeenCalledTimes(1);
  });

  it('never covers for the screen in use, nor for a stretch the user asked for', () => {
    const one = controller();
    one.app.play(breakOf('micro', false));
    expect(one.windows.cover).not.toHaveBeenCalled();
    const every = controller({ breakScreens: () => 'all' });
    every.app.runTrayCommand({ type: 'quick-stretch' });
    expect(every.windows.cover).not.toHaveBeenCalled();
    expect(handle(every.app, 'getBreakCover', undefined)).toBeNull();
  });
});

describe('AppController: strict breaks', () => {
  it('holds a strict break open and refuses its page a close or a skip; finishing releases it', () => {
    const { app, windows, breaks } = controller();
    windows.viewOf.mockReturnValue('player');
    const session = app.play(breakOf('micro', true));
    expect(windows.hold).toHaveBeenLastCalledWith('player', true);

    handle(app, 'closeWindow', undefined);
    handle(app, 'finishSession', { sessionId: session.id, outcome: 'skipped' });
    expect(windows.close).not.toHaveBeenCalled();
    expect(app.sessions.current).toBe(session);
    expect(breaks.sessionEnded).not.toHaveBeenCalled();

    handle(app, 'finishSession', { sessionId: session.id, outcome: 'completed' });
    expect(windows.hold).toHaveBeenLastCalledWith('player', false);
    handle(app, 'closeWindow', undefined);
    expect(windows.close).toHaveBeenCalledWith('player');
  });

  it('does not hold a break that may be skipped, and a closed one counts as skipped', () => {
    const { app, windows, breaks } = controller();
    windows.viewOf.mockReturnValue('player');
    const session = app.play(breakOf('micro', false));
    expect(windows.hold).toHaveBeenLastCalledWith('player', false);
    handle(app, 'closeWindow', undefined);
    expect(windows.close).toHaveBeenCalledWith('player');
    app.playerClosed();
    expect(breaks.sessionEnded).toHaveBeenCalledWith(session, 'skipped');
  });

  it('lets no quick stretch replace a strict break (that would skip it): the break comes forward', () => {
    const { app, windows, breaks } = controller();
    const session = app.play(breakOf('long', true));
    windows.open.mockClear();
    app.runTrayCommand({ type: 'quick-stretch' });
    handle(app, 'startExercise', { exerciseId: 'chin-tuck' });
    expect(app.sessions.current).toBe(session);
    expect(windows.open.mock.calls).toEqual([
      ['player', { attention: true }],
      ['player', { attention: true }],
    ]);
    expect(breaks.quickStretchStarted).not.toHaveBeenCalled();
  });

  it('withdraws a strict break when main ends it (its time ran out), through the window port', () => {
    const { app, windows } = controller();
    const session = app.play(breakOf('micro', true));
    app.close(session.id);
    expect(windows.hold).toHaveBeenLastCalledWith('player', false);
    expect(windows.close).toHaveBeenCalledWith('player');
  });
});

describe('AppController.fromOutside: the command line', () => {
  it('runs a tray command exactly as the tray does', () => {
    const viaTray = controller();
    const viaCommandLine = controller();
    const pause = { type: 'pause', request: { kind: 'tomorrow' } } as const;
    viaTray.app.runTrayCommand(pause);
    viaCommandLine.app.fromOutside({ kind: 'command', command: { type: 'tray', command: pause } });
    expect(viaCommandLine.breaks.pause).toHaveBeenCalledWith({ kind: 'tomorrow' });
    expect(viaCommandLine.changed).toHaveBeenCalledTimes(viaTray.changed.mock.calls.length);
    expect(viaCommandLine.windows.open).not.toHaveBeenCalled();
  });

  it('plays an exercise or a routine as the library does', () => {
    const { app, breaks } = controller();
    app.fromOutside({ kind: 'command', command: { type: 'exercise', exerciseId: 'chin-tuck' } });
    expect(app.sessions.current).toMatchObject({ reason: 'quick', title: 'Chin tuck' });
    app.fromOutside({ kind: 'command', command: { type: 'routine', routineId: 'upper-back-reset' } });
    expect(app.sessions.current).toMatchObject({ reason: 'quick', title: 'Upper-back reset' });
    expect(breaks.quickStretchStarted).toHaveBeenCalledTimes(2);
  });

  it('logs an id this version does not know, and carries on', () => {
    const { app, deps, windows } = controller();
    app.fromOutside({ kind: 'command', command: { type: 'exercise', exerciseId: 'from-the-future' } });
    expect(deps.log).toHaveBeenCalledWith(
      'a command from outside failed',
      'Unknown exercise: from-the-future',
    );
    expect(windows.open).not.toHaveBeenCalled();
  });

  it("answers status with the tray's status and today's breaks, under the launch's reply id", () => {
    const today = {
      date: '2026-11-24',
      breaks: 2,
      completed: 2,
      skipped: 0,
      workedThrough: 0,
      postponed: 1,
      natural: 0,
      quick: 1,
      activeMinutes: 30,
      painAverage: 3,
    };
    const { app, deps } = controller({ progress: () => ({ today }) as never });
    app.fromOutside({ kind: 'command', command: { type: 'status', replyId: 'a'.repeat(32) } });
    expect(deps.replyToStatus).toHaveBeenCalledWith('a'.repeat(32), {
      headline: 'Stretch in 12 min',
      paused: false,
      canPostpone: false,
      canSkip: false,
      // Nothing about pain leaves the app through the command line.
      today: {
        date: '2026-11-24',
        breaks: 2,
        completed: 2,
        skipped: 0,
        workedThrough: 0,
        natural: 0,
        quick: 1,
        activeMinutes: 30,
      },
    });
  });

  it('surfaces a window for a bare launch and ignores one it should not act on', () => {
    const { app, windows, deps } = controller();
    app.fromOutside({ kind: 'surface' }, 'absent');
    expect(windows.open).toHaveBeenLastCalledWith('welcome');
    app.fromOutside({ kind: 'ignore', reason: 'help' });
    expect(windows.open).toHaveBeenCalledTimes(1);
    expect(deps.log).toHaveBeenCalledWith('ignored a launch', 'help');
  });
});

describe('AppController.runShortcut: global shortcuts', () => {
  it('starts a quick stretch and skips through the tray’s own commands', () => {
    const { app, breaks, changed } = controller();
    app.runShortcut('quickStretch');
    expect(app.sessions.current).toMatchObject({ reason: 'quick' });
    app.runShortcut('skipBreak');
    expect(breaks.skip).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('pauses until resumed, and resumes when paused: one key for both', () => {
    let paused = false;
    const { app, breaks } = controller({
      status: () => ({ headline: '', paused, canPostpone: false, canSkip: false }),
    });
    app.runShortcut('pauseResume');
    expect(breaks.pause).toHaveBeenCalledWith({ kind: 'indefinite' });
    paused = true;
    app.runShortcut('pauseResume');
    expect(breaks.resume).toHaveBeenCalledTimes(1);
  });

  it('hands suspendShortcuts from the settings page to its port', () => {
    const { app, deps } = controller();
    handle(app, 'suspendShortcuts', { suspended: true });
    expect(deps.suspendShortcuts).toHaveBeenCalledWith(true);
  });
});

describe('AppController: a break window’s first frame', () => {
  it('is rendered for the session the player plays, and none without one', () => {
    const playerFirstFrame = vi.fn((session: PlayerSession) => ({
      session,
      cues: { sound: true, voice: false, painCheckIn: false },
      html: `<main>${session.title}</main>`,
    }));
    const { app } = controller({ playerFirstFrame });
    expect(handle(app, 'getPlayerFirstFrame', undefined)).toBeNull();
    expect(playerFirstFrame).not.toHaveBeenCalled();
    handle(app, 'runCommand', { type: 'quick-stretch' });
    expect(handle(app, 'getPlayerFirstFrame', undefined)).toMatchObject({
      session: app.sessions.current,
      html: '<main>Chin tuck</main>',
    });
  });

  it('is left to the page, and the failure reported, where main cannot render it', () => {
    const { app, deps } = controller({
      playerFirstFrame: () => {
        throw new Error('no such component');
      },
    });
    handle(app, 'runCommand', { type: 'quick-stretch' });
    expect(handle(app, 'getPlayerFirstFrame', undefined)).toBeNull();
    expect(deps.log).toHaveBeenCalledWith(
      "the player's first frame could not be rendered",
      expect.any(Error),
    );
  });
});

describe('AppController: a settings window’s first frame', () => {
  const view = {
    settings: normalizeSettings({}).settings,
    preferences: normalizePreferences({}).preferences,
    loginItem: { available: true },
    shortcutProblems: {},
  };

  it('is rendered from the view getSettings would answer with at that moment', () => {
    const settingsFirstFrame = vi.fn((shown: SettingsView) => ({
      view: shown,
      html: '<main>Settings</main>',
    }));
    const { app } = controller({ settingsFirstFrame, settings: { view: () => view, update: vi.fn() } });
    expect(handle(app, 'getSettingsFirstFrame', undefined)).toEqual({ view, html: '<main>Settings</main>' });
    expect(settingsFirstFrame).toHaveBeenCalledWith(view);
  });

  it('is none where main renders none, and left to the page where rendering fails', () => {
    expect(handle(controller().app, 'getSettingsFirstFrame', undefined)).toBeNull();
    const { app, deps } = controller({
      settingsFirstFrame: () => {
        throw new Error('no such component');
      },
      settings: { view: () => view, update: vi.fn() },
    });
    expect(handle(app, 'getSettingsFirstFrame', undefined)).toBeNull();
    expect(deps.log).toHaveBeenCalledWith(
      "the settings window's first frame could not be rendered",
      expect.any(Error),
    );
  });
});
