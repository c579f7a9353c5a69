import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { UnhunchApi } from '../../src/shared/ipc-contract';
import { eventChannel, requestChannel } from '../../src/shared/ipc-contract';
import { APP_USER_MODEL_ID } from '../../src/main/app-identity';
import { envelope } from '../../src/main/command-line';
import { desktopExec } from '../../src/main/login-item';
import { SHOW_FALLBACK_MS } from '../../src/main/windows';
import { defaultSettingsDocument } from '../../src/main/persistence/settings-document';
import { exercises as builtInExercises } from '../../src/shared/exercises';
import { routines as builtInRoutines } from '../../src/shared/routines';
import { neckRoll } from '../unit/own-content/fixtures';
import { bundleFor } from '../../src/main/locale-bundles';
import { translator, type Area } from '../../src/shared/i18n/catalog';
import { player as germanPlayer } from '../../src/shared/i18n/catalogs/de/player';
import { settings as germanSettings } from '../../src/shared/i18n/catalogs/de/settings';
import { tray as germanTray } from '../../src/shared/i18n/catalogs/de/tray';
import type { UiLocale } from '../../src/shared/i18n/locales';

vi.mock('electron', () => import('../fakes/electron'));
// No notification daemon here: node-notifier reports failure, so notices take the Electron fallback,
// which the fake records (the real node-notifier path has its own test, desktop-notification.test.ts).
vi.mock('node-notifier', () => {
  const notifier = {
    notify: (_request: unknown, callback: (error: Error | null, response: string) => void) => {
      queueMicrotask(() => callback(new Error('no notification daemon in this test'), ''));
      return notifier;
    },
  };
  return { default: notifier };
});

/** The desktop the app runs on, as the test sets it up. */
const desktop = vi.hoisted(() => ({
  doNotDisturb: false,
  processes: [] as string[],
  /** What the session bus says of tray icons (Linux). */
  trayHost: 'present' as 'present' | 'absent' | 'unknown',
  /** logind's lock watch, as the app started it (Linux). */
  logind: undefined as { onLock(): void; onUnlock(): void } | undefined,
}));
// Linux: the screen lock comes from logind on the system bus; here from the test.
vi.mock('../../src/main/linux-lock', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/main/linux-lock')>()),
  watchLogindLock: (handlers: { onLock(): void; onUnlock(): void }) => {
    desktop.logind = handlers;
    return { ready: Promise.resolve(true), dispose: async () => {} };
  },
}));
vi.mock('../../src/main/tray-host', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/main/tray-host')>()),
  detectTrayHost: async ({ platform }: { platform: NodeJS.Platform }) =>
    platform === 'linux' ? desktop.trayHost : 'present',
}));
// Wayland: idle time comes from GNOME's Mutter over D-Bus (Chromium reads 0 there); here from the fake.
vi.mock('../../src/main/idle', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/main/idle')>();
  const { fake } = await import('../fakes/electron');
  return {
    ...original,
    createSystemIdleSource: (options: Parameters<typeof original.createSystemIdleSource>[0]) =>
      original.chooseIdleSource({
        env: process.env,
        platform: process.platform,
        electronIdle: options.electronIdle,
        clock: options.clock,
        dbus: [{ name: 'Mutter (test)', readIdleMs: async () => fake.powerMonitor.idleSeconds * 1000 }],
        ...(options.log && { log: options.log }),
      }),
  };
});
/**
 * The desktop as each platform's detectors read it: do-not-disturb from GNOME's show-banners (Linux),
 * Focus Assist through PowerShell (Windows) or Focus's Assertions.json (macOS); running apps from
 * /proc, `tasklist` or `ps`. Every other tool is "not installed" and no camera exists, so nothing else holds.
 */
vi.mock('../../src/main/moments', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/main/moments')>();
  const missing = (file: string) => Object.assign(new Error(`${file}: not installed`), { code: 'ENOENT' });
  return {
    ...original,
    createCommandRunner: () => async (file: string, args: readonly string[]) => {
      if (process.platform === 'linux' && file === 'gsettings' && args.includes('show-banners'))
        return desktop.doNotDisturb ? 'false\n' : 'true\n';
      // The shell's notification state (5: accepts notifications) and Focus Assist (1: priority only).
      if (process.platform === 'win32' && file === 'powershell.exe')
        return desktop.doNotDisturb ? '5 1\r\n' : '5 0\r\n';
      if (process.platform === 'win32' && file === 'tasklist')
        return desktop.processes
          .map((name, pid) => `"${name}.exe","${pid + 100}","Console","1","1,000 K"`)
          .join('\r\n');
      if (process.platform === 'darwin' && file === 'ps') return desktop.processes.join('\n');
      throw missing(file);
    },
    nodeMomentFs: {
      readdir: async (path: string) =>
        path === '/proc' ? desktop.processes.map((_, index) => String(index + 100)) : [],
      readlink: async () => '',
      readFile: async (path: string) => {
        if (path.endsWith('/DoNotDisturb/DB/Assertions.json')) {
          const records = desktop.doNotDisturb
            ? [{ assertionDetails: { assertionDetailsModeIdentifier: 'x' } }]
            : [];
          return JSON.stringify({ data: [{ storeAssertionRecords: records }] });
        }
        const pid = /^\/proc\/(\d+)\/comm$/.exec(path)?.[1];
        return pid === undefined ? '' : `${desktop.processes[Number(pid) - 100] ?? ''}\n`;
      },
    },
  };
});

type FakeElectron = typeof import('../fakes/electron');

/** Where a packaged Unhunch's executable is; argv[0] of a launch. */
const EXECUTABLE = '/opt/Unhunch/unhunch';

/**
 * Runs the main script as Electron would with this command line (just the executable where absent),
 * read from process.argv as the real one is; `defaultApp` makes it a launch from source.
 */
async function runMainScript(argv: string[] = [EXECUTABLE], defaultApp = false): Promise<void> {
  const own = process.argv;
  process.argv = argv;
  if (defaultApp) Object.defineProperty(process, 'defaultApp', { value: true, configurable: true });
  try {
    await import('../../src/main/index');
  } finally {
    process.argv = own;
    delete (process as { defaultApp?: boolean }).defaultApp;
  }
}

/**
 * Boots src/main/index.ts against a fresh fake Electron and waits for its start-up to settle; `argv` and
 * `defaultApp` as for {@link runMainScript}.
 */
async function boot(
  options: {
    hasLock?: boolean;
    files?: Record<string, string>;
    firstRun?: boolean;
    argv?: string[];
    defaultApp?: boolean;
    /** Switches the user started Electron with (`--enable-features=…`), as app.commandLine reads them. */
    switches?: { name: string; value: string }[];
    folders?: string[];
    packaged?: boolean;
    /** The system's preferred languages, most preferred first (the fake's default: en-GB). */
    systemLanguages?: string[];
  } = {},
) {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as FakeElectron;
  const fake = electron.resetFake();
  fake.app.hasLock = options.hasLock ?? true;
  for (const item of options.switches ?? []) fake.app.switches.push({ ...item, beforeReady: true });
  fake.app.packaged = options.packaged ?? false;
  if (options.systemLanguages) fake.systemLanguages = options.systemLanguages;
  // The Linux login item is an autostart file under XDG_CONFIG_HOME: never the machine's own.
  vi.stubEnv('XDG_CONFIG_HOME', join(fake.userData, 'config'));
  // A returning user unless a test says otherwise: the first run opens a welcome window.
  const files = options.firstRun
    ? (options.files ?? {})
    : { 'settings.json': JSON.stringify(defaultSettingsDocument()), ...options.files };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(fake.userData, name), text);
  for (const name of options.folders ?? []) mkdirSync(join(fake.userData, name));
  await runMainScript(options.argv, options.defaultApp);
  // Electron's event loop starts, and `ready` fires, only once the main script has run.
  fake.emitReady();
  await settle();
  return fake;
}

/** The screen locks or unlocks, reported where each platform reports it (logind on Linux). */
function lockScreen(fake: Awaited<ReturnType<typeof boot>>, locked: boolean): void {
  if (fake.platform !== 'linux') fake.lockScreen(locked);
  else if (locked) desktop.logind?.onLock();
  else desktop.logind?.onUnlock();
}

const readJson = (fake: Awaited<ReturnType<typeof boot>>, name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(fake.userData, name), 'utf8')) as Record<string, unknown>;

const settle = () =>
  vi.isFakeTimers() ? vi.advanceTimersByTimeAsync(0) : new Promise((resolve) => setTimeout(resolve, 0));

/** Loads the real preload into the given window's page and returns what it exposed. */
async function preloadInto(
  fake: Awaited<ReturnType<typeof boot>>,
  window: FakeElectron['BrowserWindow']['prototype'],
) {
  fake.actAsRenderer(window);
  vi.resetModules();
  await import('../../src/preload/index');
  return fake.exposed['unhunch'] as UnhunchApi;
}

/** What the app logs (its `[unhunch] …` warnings), kept off the test output and open to assertions. */
let warnings: MockInstance<typeof console.warn>;
beforeEach(() => {
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
const warned = (text: string) => warnings.mock.calls.some(([message]) => String(message).includes(text));

afterEach(() => {
  desktop.doNotDisturb = false;
  desktop.processes = [];
  desktop.trayHost = 'present';
  desktop.logind = undefined;
  vi.unstubAllEnvs();
  vi.useRealTimers();
  vi.resetModules();
});

/** Time under our control: timers, Date and performance.now all move only when a test says so. */
function useFakeTime() {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
    now: new Date('2026-11-24T09:00:00'),
  });
}
const minutes = (count: number) => count * 60_000;

describe('main process', () => {
  it('starts as a tray app with no window and a menu with the core commands', async () => {
    const fake = await boot();
    expect(fake.liveWindows()).toHaveLength(0);
    expect(fake.tray().tooltip).toMatch(/^Unhunch/);
    expect(fake.trayLabels()).toEqual(
      expect.arrayContaining(['Quick stretch', 'Exercise library', 'Quit Unhunch']),
    );
  });

  it('opens one secure player window for Quick stretch and reuses it on a second click', async () => {
    const fake = await boot();
    fake.clickTrayItem('Quick stretch');
    await settle();

    const [player] = fake.liveWindows();
    expect(fake.liveWindows()).toHaveLength(1);
    expect(player!.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect(String((player!.options['webPreferences'] as { preload: string }).preload)).toMatch(
      /preload[\\/]index\.cjs$/,
    );
    expect(player!.url).toMatch(/#\/player\?lang=en$/);
    expect(player!.visible).toBe(true);
    // A stretch the user asked for is an ordinary window: it does not hold itself above the others.
    expect(player!.alwaysOnTop.flag).toBe(false);

    player!.focused = false;
    fake.clickTrayItem('Quick stretch');
    await settle();
    expect(fake.liveWindows()).toHaveLength(1);
    expect(player!.focused).toBe(true);
  });

  it('places the player on the display under the cursor', async () => {
    const fake = await boot();
    fake.displays.push({
      id: 2,
      bounds: { x: 1920, y: 0, width: 2560, height: 1440 },
      workArea: { x: 1920, y: 0, width: 2560, height: 1400 },
    });
    fake.cursor = { x: 2500, y: 700 };
    fake.clickTrayItem('Quick stretch');
    const [player] = fake.liveWindows();
    if (fake.profile === 'linux-wayland') {
      // Wayland hides the pointer from apps and ignores their positions: the compositor places the
      // window where the user is, so asking for (0, 0)'s display would put it on the wrong one.
      expect(player!.options).not.toHaveProperty('x');
      expect(player!.options).not.toHaveProperty('y');
      expect(player!.options).toMatchObject({ width: 900, height: 760 });
      return;
    }
    expect(player!.bounds.x).toBeGreaterThanOrEqual(1920);
    expect(player!.bounds.x + player!.bounds.width).toBeLessThanOrEqual(1920 + 2560);
  });

  it('round-trips the preload API through the real handlers', async () => {
    const fake = await boot();
    fake.clickTrayItem('Quick stretch');
    const [player] = fake.liveWindows();
    const api = await preloadInto(fake, player!);

    const session = await api.getPlayerSession();
    expect(session).toMatchObject({ reason: 'quick', title: expect.any(String) });
    // A quick stretch is the next micro-break pick: one exercise or a short routine.
    expect(session!.items.length).toBeGreaterThan(0);

    // A second quick stretch while the window is open is pushed to the page as an event.
    const pushed: unknown[] = [];
    const unsubscribe = api.on('playerSession', (next) => pushed.push(next));
    fake.clickTrayItem('Quick stretch');
    expect(pushed).toHaveLength(1);
    expect(pushed[0]).not.toEqual(session);
    unsubscribe();

    const latest = await api.getPlayerSession();
    await api.finishSession({ sessionId: latest!.id, outcome: 'completed' });
    expect(await api.getPlayerSession()).toBeNull();

    await api.closeWindow();
    expect(fake.liveWindows()).toHaveLength(0);
  });

  it('answers a player window with its first frame: its session, in the user’s language and switches', async () => {
    const document = defaultSettingsDocument();
    const preferences = { ...document.preferences, language: 'de' as const, sounds: false };
    const fake = await boot({ files: { 'settings.json': JSON.stringify({ ...document, preferences }) } });
    fake.clickTrayItem(germanTray.quickStretch);
    const [player] = fake.liveWindows();
    const api = await preloadInto(fake, player!);

    const frame = await api.getPlayerFirstFrame();
    expect(frame?.session).toEqual(await api.getPlayerSession());
    expect(frame?.cues).toEqual({ sound: false, voice: false, painCheckIn: preferences.painCheckIn });
    expect(frame?.html).toContain(`>${frame!.session.title}</h1>`);
    expect(frame?.html).toContain(`>${germanPlayer.start}</button>`);
    expect(frame?.html).toContain(`aria-pressed="false" class="svelte-`);

    await api.finishSession({ sessionId: frame!.session.id, outcome: 'completed' });
    expect(await api.getPlayerFirstFrame()).toBeNull();
  });

  it('answers a settings window with its first frame: the settings it holds, in the user’s language', async () => {
    const document = defaultSettingsDocument();
    const preferences = { ...document.preferences, language: 'de' as const };
    const settings = {
      ...document.settings,
      microBreak: { ...document.settings.microBreak, everyMinutes: 35 },
    };
    const fake = await boot({
      files: { 'settings.json': JSON.stringify({ ...document, settings, preferences }) },
    });
    fake.clickTrayItem(germanTray.settings);
    const [window] = fake.liveWindows();
    const api = await preloadInto(fake, window!);

    const frame = await api.getSettingsFirstFrame();
    expect(frame?.view).toEqual(await api.getSettings());
    expect(frame?.html).toContain(`>${germanSettings.title}</h1>`);
    expect(frame?.html).toMatch(/id="field-microBreak-everyMinutes"[^>]* value="35"/);
  });

  it('starts an exercise picked in the library window in the player window', async () => {
    const fake = await boot();
    fake.clickTrayItem('Exercise library');
    const [library] = fake.liveWindows();
    expect(library!.url).toMatch(/#\/library\?lang=en$/);
    const api = await preloadInto(fake, library!);

    await api.startExercise({ exerciseId: 'chin-tuck' });
    const player = fake.liveWindows().find((window) => window.url.endsWith('#/player?lang=en'));
    expect(player).toBeDefined();
    fake.actAsRenderer(player!);
    expect(await api.getPlayerSession()).toMatchObject({
      title: 'Chin tuck',
      items: [{ exerciseId: 'chin-tuck' }],
    });

    await api.startRoutine({ routineId: 'upper-back-reset' });
    const routine = await api.getPlayerSession();
    expect(routine!.title).toBe('Upper-back reset');
    expect(routine!.items.length).toBeGreaterThan(1);

    await expect(api.startExercise({ exerciseId: 'no-such-exercise' })).rejects.toThrow(/Unknown exercise/);
    await expect(api.startRoutine({ routineId: 'no-such-routine' })).rejects.toThrow(/Unknown routine/);
    await expect(api.startExercise({ exerciseId: '../../etc' })).rejects.toThrow(/exerciseId/);
  });

  it('rejects malformed payloads and untrusted senders', async () => {
    const fake = await boot();
    fake.clickTrayItem('Quick stretch');
    const [player] = fake.liveWindows();
    const channel = requestChannel('finishSession');

    await expect(
      fake.invoke(channel, player!.webContents, { sessionId: 'x', outcome: 'maybe' }),
    ).rejects.toThrow(/Invalid finishSession request: outcome/);
    await expect(fake.invoke(channel, player!.webContents, { sessionId: 'x' })).rejects.toThrow(/outcome/);

    player!.webContents.mainFrame.url = 'https://example.com/';
    await expect(
      fake.invoke(channel, player!.webContents, { sessionId: 'x', outcome: 'completed' }),
    ).rejects.toThrow(/not one of Unhunch's own pages/);
  });

  it('records a session as skipped when its window is closed before it is reported', async () => {
    const fake = await boot();
    fake.clickTrayItem('Quick stretch');
    const [player] = fake.liveWindows();
    const api = await preloadInto(fake, player!);
    expect(await api.getPlayerSession()).not.toBeNull();
    player!.close();
    await settle();
    fake.clickTrayItem('Exercise library');
    fake.actAsRenderer(fake.liveWindows()[0]!);
    expect(await api.getPlayerSession()).toBeNull();
  });

  it('refuses navigation, new windows and permission requests in every window', async () => {
    const fake = await boot();
    fake.clickTrayItem('Quick stretch');
    const [player] = fake.liveWindows();
    const navigation = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    player!.webContents.emit('will-navigate', navigation, 'https://example.com/');
    expect(navigation.defaultPrevented).toBe(true);
    expect(player!.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    let granted: boolean | undefined;
    fake.permissionHandler?.(player!.webContents, 'media', (answer) => (granted = answer));
    expect(granted).toBe(false);
    // Checks (navigator.permissions.query, some APIs before they ask) get the same answer.
    expect(fake.permissionCheckHandler).toBeTypeOf('function');
    expect(fake.permissionCheckHandler?.(player!.webContents, 'media', 'file://', {})).toBe(false);
  });

  it('offers DevTools in a build from source only', async () => {
    const devTools = async (packaged: boolean) => {
      const fake = await boot({ packaged });
      fake.clickTrayItem('Quick stretch');
      await settle();
      return (fake.liveWindows()[0]!.options['webPreferences'] as { devTools?: boolean }).devTools;
    };
    expect(await devTools(true)).toBe(false);
    expect(await devTools(false)).toBe(true);
  });

  it("loads ELECTRON_RENDERER_URL only under electron-vite's dev server, and never in a packaged build", async () => {
    const pageOf = async (env: Record<string, string>, packaged: boolean) => {
      for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
      const fake = await boot({ packaged });
      fake.clickTrayItem('Quick stretch');
      await settle();
      vi.unstubAllEnvs();
      return fake.liveWindows()[0]!.url;
    };
    const remote = { ELECTRON_RENDERER_URL: 'https://evil.example' };
    const dev = { ...remote, NODE_ENV_ELECTRON_VITE: 'development' };
    expect(await pageOf(remote, false)).toMatch(/^file:\/\/.*player\.html#\/player\?lang=en$/);
    expect(await pageOf({ ...remote, NODE_ENV_ELECTRON_VITE: 'production' }, false)).toMatch(/^file:/);
    expect(await pageOf(dev, true)).toMatch(/^file:/);
    expect(await pageOf(dev, false)).toBe('https://evil.example#/player?lang=en');
  });

  it('keeps running when the last window closes, and quits from the tray', async () => {
    const fake = await boot();
    fake.clickTrayItem('Quick stretch');
    fake.liveWindows()[0]!.close();
    await settle();
    expect(fake.liveWindows()).toHaveLength(0);
    expect(fake.app.quitted).toBe(false);
    fake.clickTrayItem('Quit Unhunch');
    await settle();
    expect(fake.app.quitted).toBe(true);
    expect(fake.tray().isDestroyed()).toBe(true);
  });

  it('a second instance quits at once; the first surfaces a window', async () => {
    const second = await boot({ hasLock: false });
    expect(second.app.quitted).toBe(true);
    expect(second.trays).toHaveLength(0);

    const first = await boot();
    first.app.emit('second-instance', {}, ['unhunch'], '/', second.app.lockRequests[0]);
    expect(first.liveWindows()).toHaveLength(1);
  });

  describe('the command line', () => {
    /** What a launch printed, by stream, with the writes completed as a terminal would. */
    function captureOutput() {
      const printed = { stdout: '', stderr: '' };
      for (const stream of ['stdout', 'stderr'] as const) {
        vi.spyOn(process[stream], 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
          printed[stream] += String(chunk);
          const done = rest.find((item) => typeof item === 'function') as (() => void) | undefined;
          done?.();
          return true;
        });
      }
      return printed;
    }

    /**
     * `unhunch <args>` while another instance holds the lock: the launch quits, and what it handed the
     * lock is what Electron gives the first instance, with the launch's argv.
     */
    async function secondLaunch(args: string[]) {
      const argv = [EXECUTABLE, ...args];
      const second = await boot({ hasLock: false, argv });
      expect(second.app.quitted).toBe(true);
      expect(second.trays).toHaveLength(0);
      expect(second.app.lockRequests).toHaveLength(1);
      return { argv, additionalData: second.app.lockRequests[0] };
    }

    const views = (fake: Awaited<ReturnType<typeof boot>>) =>
      fake.liveWindows().map((window) => window.url.replace(/.*#/, '#'));

    /** Every command, what the running instance shows for it, and the state it needs first. */
    const commands: {
      args: string[];
      before?: (fake: Awaited<ReturnType<typeof boot>>) => Promise<void> | void;
      check: (fake: Awaited<ReturnType<typeof boot>>) => Promise<void> | void;
    }[] = [
      {
        args: ['stretch'],
        check: async (fake) => {
          expect(views(fake)).toEqual(['#/player?lang=en']);
          const api = await preloadInto(fake, fake.liveWindows()[0]!);
          expect(await api.getPlayerSession()).toMatchObject({ reason: 'quick' });
          // Counted as the micro break taken, as from the tray.
          expect(fake.tray().tooltip).toMatch(/Stretch in 20 min/);
        },
      },
      {
        args: ['stretch', 'chin-tuck'],
        check: async (fake) => {
          const api = await preloadInto(fake, fake.liveWindows()[0]!);
          expect(await api.getPlayerSession()).toMatchObject({
            title: 'Chin tuck',
            items: [{ exerciseId: 'chin-tuck' }],
          });
        },
      },
      {
        args: ['stretch', 'upper-back-reset'],
        check: async (fake) => {
          const api = await preloadInto(fake, fake.liveWindows()[0]!);
          expect(await api.getPlayerSession()).toMatchObject({ title: 'Upper-back reset' });
        },
      },
      { args: ['pause', '30m'], check: (fake) => expect(fake.tray().tooltip).toMatch(/Paused until 0?9:30/) },
      { args: ['pause', '1h'], check: (fake) => expect(fake.tray().tooltip).toMatch(/Paused until 10:00/) },
      { args: ['pause', '2h'], check: (fake) => expect(fake.tray().tooltip).toMatch(/Paused until 11:00/) },
      {
        args: ['pause', 'tomorrow'],
        check: (fake) => expect(fake.tray().tooltip).toMatch(/Paused until tomorrow/),
      },
      {
        args: ['pause', 'indefinitely'],
        check: (fake) => {
          expect(fake.tray().tooltip).toMatch(/Paused$/);
          expect(fake.trayLabels()).toContain('Resume breaks');
        },
      },
      {
        args: ['resume'],
        before: (fake) => fake.clickTrayItem('Until I resume'),
        check: (fake) => expect(fake.tray().tooltip).toMatch(/Stretch in 20 min/),
      },
      {
        args: ['skip'],
        // Half a minute before the break: it is announced and may be skipped.
        before: () => vi.advanceTimersByTimeAsync(minutes(19) + 31_000),
        check: async (fake) => {
          expect(fake.tray().tooltip).toMatch(/Stretch in 20 min/);
          await vi.advanceTimersByTimeAsync(60_000);
          expect(views(fake)).toEqual([]);
        },
      },
      {
        args: ['postpone'],
        before: () => vi.advanceTimersByTimeAsync(minutes(19) + 31_000),
        check: (fake) => expect(fake.tray().tooltip).toMatch(/Stretch in [56] min/),
      },
      { args: ['library'], check: (fake) => expect(views(fake)).toEqual(['#/library?lang=en']) },
      { args: ['settings'], check: (fake) => expect(views(fake)).toEqual(['#/settings?lang=en']) },
      { args: ['progress'], check: (fake) => expect(views(fake)).toEqual(['#/progress?lang=en']) },
    ];

    for (const { args, before, check } of commands) {
      it(`unhunch ${args.join(' ')}: a second launch hands it to the running instance`, async () => {
        useFakeTime();
        const printed = captureOutput();
        const { argv, additionalData } = await secondLaunch(args);
        // A command is quiet in the terminal: its effect shows in the app.
        expect(printed).toEqual({ stdout: '', stderr: '' });
        const first = await boot();
        await before?.(first);
        first.app.emit('second-instance', {}, argv, '/home/user', additionalData);
        await settle();
        await check(first);
      });

      it(`unhunch ${args.join(' ')}: from argv alone, Chromium's switches among it`, async () => {
        useFakeTime();
        const first = await boot();
        await before?.(first);
        // As Chromium hands it on: its switches first, ours after, and no additionalData of ours.
        first.app.emit('second-instance', {}, [EXECUTABLE, '--enable-speech-dispatcher', ...args], '/', {});
        await settle();
        await check(first);
      });
    }

    it('unhunch status: the running instance answers through a reply in its user-data folder', async () => {
      useFakeTime();
      const first = await boot();
      first.clickTrayItem('For 1 hour');
      const replyId = 'c0ffee'.padEnd(32, '0');
      first.app.emit(
        'second-instance',
        {},
        [EXECUTABLE, 'status'],
        '/',
        envelope({ type: 'status', replyId }),
      );
      await vi.waitFor(() =>
        expect(readdirSync(join(first.userData, 'replies'))).toEqual([`${replyId}.json`]),
      );
      expect(readJson(first, `replies/${replyId}.json`)).toEqual({
        headline: 'Paused until 10:00',
        paused: true,
        canPostpone: false,
        canSkip: false,
        today: expect.objectContaining({ date: '2026-11-24', breaks: 0, activeMinutes: 0 }),
      });
    });

    it('unhunch status with nothing running says so and starts nothing', async () => {
      const printed = captureOutput();
      const fake = await boot({ argv: [EXECUTABLE, 'status'] });
      await vi.waitFor(() => expect(fake.app.exitCode).toBe(3));
      expect(printed).toEqual({ stdout: '', stderr: 'Unhunch is not running.\n' });
      expect(fake.trays).toHaveLength(0);
      expect(fake.liveWindows()).toHaveLength(0);
    });

    for (const [args, stream, pattern] of [
      [['--help'], 'stdout', /^Usage: unhunch \[command\]\n/],
      [['-h'], 'stdout', /^Usage: unhunch \[command\]\n/],
      [['--version'], 'stdout', /^Unhunch 0\.1\.0\n$/],
    ] as const) {
      it(`unhunch ${args.join(' ')} prints and exits without asking for the lock`, async () => {
        const printed = captureOutput();
        const fake = await boot({ argv: [EXECUTABLE, ...args] });
        expect(fake.app.exitCode).toBe(0);
        expect(printed[stream]).toMatch(pattern);
        expect(fake.app.lockRequests).toEqual([]);
        expect(fake.trays).toHaveLength(0);
      });
    }

    for (const args of [
      ['paus', '1h'],
      ['pause', '3h'],
      ['stretch', 'no-such-thing'],
      ['skip', 'now'],
    ]) {
      it(`unhunch ${args.join(' ')} is refused in the launch: exit 2, the running instance never told`, async () => {
        const printed = captureOutput();
        const fake = await boot({ hasLock: false, argv: [EXECUTABLE, ...args] });
        expect(fake.app.exitCode).toBe(2);
        expect(printed.stdout).toBe('');
        expect(printed.stderr).toMatch(/^unhunch: .+\nRun 'unhunch --help' for the commands\.\n$/);
        expect(fake.app.lockRequests).toEqual([]);
      });
    }

    it('acts on the first launch’s own command once start-up is done', async () => {
      useFakeTime();
      const fake = await boot({ argv: [EXECUTABLE, 'pause', '1h'] });
      expect(fake.tray().tooltip).toMatch(/Paused until 10:00/);
      expect(fake.liveWindows()).toHaveLength(0);
      const library = await boot({ argv: [EXECUTABLE, 'library'] });
      expect(views(library)).toEqual(['#/library?lang=en']);
    });

    it('finds its arguments after the app folder when run from source, Chromium switches and all', async () => {
      const printed = captureOutput();
      const fake = await boot({
        defaultApp: true,
        argv: [
          '/project/node_modules/electron/dist/electron',
          '--no-sandbox',
          '.',
          'settings',
          '--no-sandbox',
        ],
      });
      expect(views(fake)).toEqual(['#/settings?lang=en']);
      const help = await boot({ defaultApp: true, argv: ['/electron', '.', '--help'] });
      expect(help.app.exitCode).toBe(0);
      expect(printed.stdout).toMatch(/^Usage: npm start -- \[command\]/);
    });

    it('hears a command that comes while it is still starting, and acts on it once started', async () => {
      vi.resetModules();
      const electron = (await import('electron')) as unknown as FakeElectron;
      const fake = electron.resetFake();
      writeFileSync(join(fake.userData, 'settings.json'), JSON.stringify(defaultSettingsDocument()));
      vi.stubEnv('XDG_CONFIG_HOME', join(fake.userData, 'config'));
      await runMainScript();
      fake.app.emit(
        'second-instance',
        {},
        [EXECUTABLE, 'progress'],
        '/',
        envelope({ type: 'tray', command: { type: 'open-progress' } }),
      );
      fake.emitReady();
      await settle();
      expect(views(fake)).toEqual(['#/progress?lang=en']);
    });
  });

  describe('global shortcuts', () => {
    const set = { quickStretch: 'CmdOrCtrl+Alt+S', pauseResume: 'Ctrl+Alt+P', skipBreak: 'Shift+F9' };

    /** Opens Settings and sets the shortcuts there, as the page saves them. */
    async function setShortcuts(fake: Awaited<ReturnType<typeof boot>>, shortcuts: Partial<typeof set>) {
      fake.clickTrayItem('Settings…');
      const window = fake.liveWindows().find((item) => item.url.endsWith('#/settings?lang=en'))!;
      const api = await preloadInto(fake, window);
      const result = await api.updateSettings({ preferences: { shortcuts: { ...set, ...shortcuts } } });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return { api, view: result.view, window };
    }

    it('meet a globalShortcut as strict as Electron’s (the fake itself)', async () => {
      vi.resetModules();
      const electron = (await import('electron')) as unknown as FakeElectron;
      const fake = electron.resetFake();
      expect(() => fake.globalShortcut.register('Ctrl+Alt+S', () => {})).toThrow(
        'globalShortcut cannot be used before the app is ready',
      );
      fake.emitReady();
      for (const bad of ['', 'Ctrl+Alt', 'Ctrl+Alt+Nope', 'Ctrl+Alt+é'])
        expect(() => fake.globalShortcut.register(bad, () => {})).toThrow(
          `Error processing argument at index 0, conversion failure from ${bad}`,
        );
      if (fake.profile === 'linux-wayland') {
        // No portal asked for before ready: no global shortcuts at all.
        expect(fake.globalShortcut.register('Ctrl+Alt+S', () => {})).toBe(false);
        return;
      }
      fake.takenShortcuts = ['ctrl+alt+t'];
      expect(fake.globalShortcut.register('Alt+Ctrl+T', () => {})).toBe(false);
      expect(fake.globalShortcut.register('Ctrl+Alt+S', () => {})).toBe(true);
      expect(fake.globalShortcut.register('Control+Option+S', () => {})).toBe(false);
      expect(fake.globalShortcut.register('Ctrl+MediaPlayPause', () => {})).toBe(fake.platform !== 'darwin');
      fake.globalShortcut.setSuspended(true);
      expect(fake.globalShortcut.register('Ctrl+Alt+Q', () => {})).toBe(false);
      expect(fake.globalShortcut.press('Ctrl+Alt+S')).toBe(false);
      fake.globalShortcut.setSuspended(false);
      expect(fake.globalShortcut.press('Ctrl+Alt+S')).toBe(true);
    });

    it('are off until the user sets one', async () => {
      const fake = await boot();
      expect(fake.globalShortcut.registered.size).toBe(0);
    });

    it('act from any app once set: a quick stretch, pause and resume with one key, a skip', async () => {
      useFakeTime();
      const fake = await boot();
      const { view, window } = await setShortcuts(fake, {});
      expect(view.shortcutProblems).toEqual({});
      expect(view.preferences.shortcuts).toEqual({ ...set, quickStretch: 'CommandOrControl+Alt+S' });
      window.close();
      await settle();

      expect(fake.globalShortcut.press('Ctrl+Alt+P')).toBe(true);
      expect(fake.tray().tooltip).toMatch(/Paused$/);
      fake.globalShortcut.press('Ctrl+Alt+P');
      expect(fake.tray().tooltip).toMatch(/Stretch in 20 min/);

      // CommandOrControl is Command on macOS and Ctrl elsewhere, as Electron reads it.
      expect(fake.globalShortcut.press(fake.platform === 'darwin' ? 'Command+Alt+S' : 'Ctrl+Alt+S')).toBe(
        true,
      );
      await settle();
      expect(fake.liveWindows().map((item) => item.url.replace(/.*#/, '#'))).toEqual(['#/player?lang=en']);
      fake.liveWindows()[0]!.close();
      await settle();

      await vi.advanceTimersByTimeAsync(minutes(19) + 31_000);
      expect(fake.trayLabels()).toContain('Skip break');
      fake.globalShortcut.press('Shift+F9');
      expect(fake.trayLabels()).not.toContain('Skip break');
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fake.liveWindows()).toHaveLength(0);
    });

    it('are registered again at the next start, and given back at quit', async () => {
      const saved = {
        ...defaultSettingsDocument(),
        preferences: { ...defaultSettingsDocument().preferences, shortcuts: set },
      };
      const fake = await boot({ files: { 'settings.json': JSON.stringify(saved) } });
      expect(fake.globalShortcut.isRegistered('Ctrl+Alt+P')).toBe(true);
      expect(fake.globalShortcut.registered.size).toBe(3);
      fake.clickTrayItem('Quit Unhunch');
      await settle();
      expect(fake.app.quitted).toBe(true);
      expect(fake.globalShortcut.registered.size).toBe(0);
    });

    it('let go of the old keys when one changes, and of all when turned off', async () => {
      const fake = await boot();
      const { api } = await setShortcuts(fake, {});
      await api.updateSettings({ preferences: { shortcuts: { ...set, pauseResume: 'Ctrl+Alt+O' } } });
      expect(fake.globalShortcut.isRegistered('Ctrl+Alt+P')).toBe(false);
      expect(fake.globalShortcut.isRegistered('Ctrl+Alt+O')).toBe(true);
      // Two actions trade keys: each is free again before the other takes it.
      const swapped = await api.updateSettings({
        preferences: { shortcuts: { ...set, pauseResume: 'Shift+F9', skipBreak: 'Ctrl+Alt+O' } },
      });
      expect(swapped).toMatchObject({ ok: true, view: { shortcutProblems: {} } });
      await api.updateSettings({
        preferences: { shortcuts: { quickStretch: '', pauseResume: '', skipBreak: '' } },
      });
      expect(fake.globalShortcut.registered.size).toBe(0);
    });

    it('refuse the same keys for two actions, with a message for the second', async () => {
      const fake = await boot();
      const { api } = await setShortcuts(fake, {});
      const result = await api.updateSettings({
        preferences: { shortcuts: { ...set, skipBreak: 'Ctrl+Alt+P' } },
      });
      expect(result).toEqual({
        ok: false,
        errors: { 'preferences.shortcuts.skipBreak': 'is already the shortcut for pause or resume breaks' },
      });
    });

    it('report keys another app holds in Settings, keep them, and take them once they are free', async () => {
      const fake = await boot();
      fake.takenShortcuts = ['Ctrl+Alt+P'];
      const { api, view } = await setShortcuts(fake, {});
      expect(readJson(fake, 'settings.json')).toMatchObject({
        preferences: { shortcuts: { pauseResume: 'Ctrl+Alt+P' } },
      });
      if (fake.profile === 'linux-wayland') {
        // Through the portal the desktop binds the keys (or asks the user); the app is never told of a clash.
        expect(view.shortcutProblems).toEqual({});
        return;
      }
      expect(view.shortcutProblems).toEqual({
        pauseResume:
          'Another app already uses Ctrl+Alt+P, so it does nothing in Unhunch. Choose another, or close that app and open Settings again.',
      });
      expect(fake.globalShortcut.press('Ctrl+Alt+P')).toBe(false);
      fake.takenShortcuts = [];
      // Settings asks again each time it is opened.
      expect((await api.getSettings()).shortcutProblems).toEqual({});
      expect(fake.globalShortcut.press('Ctrl+Alt+P')).toBe(true);
    });

    it('are deaf while Settings records one, and hear again when it saves or closes', async () => {
      const fake = await boot();
      const { api, window } = await setShortcuts(fake, {});
      await api.suspendShortcuts({ suspended: true });
      expect(fake.globalShortcut.press('Ctrl+Alt+P')).toBe(false);
      await api.updateSettings({ preferences: { shortcuts: { ...set, skipBreak: 'Ctrl+Alt+K' } } });
      expect(fake.globalShortcut.press('Ctrl+Alt+K')).toBe(true);

      await api.suspendShortcuts({ suspended: true });
      window.close();
      await settle();
      expect(fake.globalShortcut.press('Ctrl+Alt+P')).toBe(true);
    });

    it('ask Chromium for the Wayland portal before ready, beside the features the user enabled', async () => {
      const fake = await boot({ switches: [{ name: 'enable-features', value: 'WebRTCPipeWireCapturer' }] });
      const features = fake.app.switches.filter(({ name }) => name === 'enable-features').at(-1);
      if (fake.profile === 'linux-wayland')
        expect(features).toEqual({
          name: 'enable-features',
          value: 'WebRTCPipeWireCapturer,GlobalShortcutsPortal',
          beforeReady: true,
        });
      else expect(features?.value).toBe('WebRTCPipeWireCapturer');
    });

    if (process.env['UNHUNCH_FAKE_PLATFORM'] === 'linux-wayland')
      it('say so where the Wayland desktop offers apps no shortcuts', async () => {
        const fake = await boot();
        fake.shortcutPortal = false;
        const { view } = await setShortcuts(fake, {});
        expect(view.shortcutProblems.quickStretch).toMatch(
          /^Your desktop did not give Unhunch CommandOrControl\+Alt\+S: .* may not offer global shortcuts to apps\./,
        );
      });
  });

  describe('the language', () => {
    type Fake = Awaited<ReturnType<typeof boot>>;
    /** The texts of one area in a language, as the app's catalogs have them. */
    const textIn = <A extends Area>(locale: UiLocale, area: A) => translator(() => bundleFor(locale), area);
    const english = {
      tray: textIn('en', 'tray'),
      dialogs: textIn('en', 'dialogs'),
      notify: textIn('en', 'notify'),
    };

    /** The tray as a user sees it at start: its tooltip and its menu's labels. */
    function expectTrayIn(fake: Fake, locale: UiLocale): void {
      const t = textIn(locale, 'tray');
      expect(fake.tray().tooltip).toBe(t('tooltip', { status: t('microIn', { count: 20 }) }));
      expect(fake.trayLabels()).toEqual(
        expect.arrayContaining([t('quickStretch'), t('library'), t('pause'), t('settings'), t('quit')]),
      );
      if (locale !== 'en') expect(fake.trayLabels()).not.toContain(english.tray('quit'));
    }

    it('speaks the first of the system languages it has, from the start', async () => {
      // Fails until the German catalog exists: without it German falls back to English.
      expect(textIn('de', 'tray')('quit')).not.toBe(english.tray('quit'));
      const fake = await boot({ systemLanguages: ['de-DE', 'en-GB'] });
      expectTrayIn(fake, 'de');
      fake.clickTrayItem(textIn('de', 'tray')('settings'));
      const [settings] = fake.liveWindows();
      expect(settings!.url).toMatch(/#\/settings\?lang=de$/);
      expect(settings!.title).toBe(textIn('de', 'dialogs')('settingsWindow'));
    });

    it('speaks the pseudo-locale everywhere main has words when UNHUNCH_LOCALE asks for it', async () => {
      vi.stubEnv('UNHUNCH_LOCALE', 'en-XA');
      useFakeTime();
      const fake = await boot();
      expectTrayIn(fake, 'en-XA');
      fake.clickTrayItem(textIn('en-XA', 'tray')('library'));
      const [library] = fake.liveWindows();
      expect(library!.url).toMatch(/#\/library\?lang=en-XA$/);
      expect(library!.title).toBe(textIn('en-XA', 'dialogs')('libraryWindow'));
      library!.close();
      await settle();

      // The heads-up before the break, and its buttons where the platform shows them.
      await vi.advanceTimersByTimeAsync(minutes(19) + 31_000);
      const notice = fake.notifications.at(-1)!;
      const notify = textIn('en-XA', 'notify');
      expect(notice['title']).toBe(notify('microWarningTitle', { time: '1 min' }));
      if (fake.platform === 'darwin')
        expect(notice['actions']).toEqual([
          { type: 'button', text: notify('postponeAction') },
          { type: 'button', text: notify('skipAction') },
        ]);
      expect(fake.tray().tooltip).not.toMatch(/Stretch/);

      // The break announces and plays its exercise by its name in the language.
      await vi.advanceTimersByTimeAsync(40_000);
      const player = fake.liveWindows().find((window) => window.url.includes('#/player?lang=en-XA'))!;
      expect(player.title).toBe(textIn('en-XA', 'dialogs')('playerWindow'));
      const session = await (await preloadInto(fake, player)).getPlayerSession();
      expect(notice['body']).toBe(notify('warningBody', { title: session!.title }));
      expect(session!.title).toMatch(/^\[/);
    });

    it('switches the tray, the windows and the next notice when the Language setting changes', async () => {
      useFakeTime();
      const fake = await boot();
      expectTrayIn(fake, 'en');
      fake.clickTrayItem(english.tray('settings'));
      const [settings] = fake.liveWindows();
      expect(settings!.title).toBe(english.dialogs('settingsWindow'));
      const api = await preloadInto(fake, settings!);

      // Fails until the German catalog exists: without it German falls back to English.
      expect(textIn('de', 'tray')('quit')).not.toBe(english.tray('quit'));
      const result = await api.updateSettings({ preferences: { language: 'de' } });
      expect(result.ok).toBe(true);
      await settle();

      expectTrayIn(fake, 'de');
      expect(settings!.webContents.sent).toContainEqual({
        channel: eventChannel('localeChanged'),
        payload: 'de',
      });
      expect(settings!.title).toBe(textIn('de', 'dialogs')('settingsWindow'));
      // macOS names its app menu's items in the language too (Electron's own names are English).
      if (fake.platform === 'darwin')
        expect(JSON.stringify(fake.applicationMenu)).toContain(
          JSON.stringify(textIn('de', 'dialogs')('selectAllMenu')),
        );
      // Windows opened from now on load in German.
      fake.clickTrayItem(textIn('de', 'tray')('library'));
      const library = fake.liveWindows().find((window) => window.url.includes('#/library'))!;
      expect(library.url).toMatch(/\?lang=de$/);
      expect(library.title).toBe(textIn('de', 'dialogs')('libraryWindow'));

      await vi.advanceTimersByTimeAsync(minutes(19) + 31_000);
      expect(fake.notifications.at(-1)?.['title']).toBe('Dehnpause in 1 Min.');

      // And back: a change the other way is heard as well.
      await api.updateSettings({ preferences: { language: 'en' } });
      await settle();
      expect(fake.tray().tooltip).toMatch(/^Unhunch — Stretch/);
      expect(settings!.title).toBe(english.dialogs('settingsWindow'));
    });
  });

  describe('breaks', () => {
    it('warns before a micro break, opens the break window, and counts it done when the player says so', async () => {
      useFakeTime();
      const fake = await boot();
      expect(fake.tray().tooltip).toMatch(/Stretch in 20 min/);

      // The user keeps working (idle stays 0) past the warning, a minute before the break.
      await vi.advanceTimersByTimeAsync(minutes(19) + 31_000);
      expect(fake.notifications.at(-1)).toMatchObject({ title: 'Stretch break in 1 min' });
      expect(fake.trayLabels()).toEqual(expect.arrayContaining(['Postpone break', 'Skip break']));
      expect(fake.liveWindows()).toHaveLength(0);

      await vi.advanceTimersByTimeAsync(40_000);
      const [player] = fake.liveWindows();
      expect(player?.url).toMatch(/#\/player\?lang=en$/);
      const api = await preloadInto(fake, player!);
      const session = await api.getPlayerSession();
      expect(session).toMatchObject({ reason: 'micro', canPostpone: true, canSkip: true });
      // The break plays what the warning announced.
      expect(String(fake.notifications.at(-1)?.['body'])).toContain(session!.title);
      // macOS notifies through Electron (terminal-notifier is Intel-only); elsewhere it came through
      // Electron because node-notifier failed here, and the app said so.
      expect(warned('[unhunch] node-notifier failed; falling back to Electron notifications')).toBe(
        fake.platform !== 'darwin',
      );
      // A scheduled break comes to the front and stays there while it runs; Wayland lets an app ask
      // neither, so there the compositor alone decides (and the app does not pretend otherwise).
      const wayland = fake.profile === 'linux-wayland';
      expect(player!.alwaysOnTop.flag).toBe(!wayland);
      expect(player!.movedToTop > 0).toBe(!wayland);
      expect(fake.inertCalls).toEqual([]);
      expect(fake.app.focusCalls).toEqual(fake.platform === 'darwin' ? [{ steal: true }] : []);

      await api.finishSession({ sessionId: session!.id, outcome: 'completed' });
      await settle();
      expect(fake.tray().tooltip).toMatch(/Stretch in 20 min/);
      expect(fake.trayLabels()).not.toContain('Skip break');
    });

    it('postponing from the break window closes it and brings the break back later', async () => {
      useFakeTime();
      const fake = await boot();
      await vi.advanceTimersByTimeAsync(minutes(20) + 10_000);
      const [player] = fake.liveWindows();
      const api = await preloadInto(fake, player!);
      const session = await api.getPlayerSession();
      await api.postponeBreak({ sessionId: session!.id });
      expect(fake.liveWindows()).toHaveLength(0);
      expect(fake.tray().tooltip).toMatch(/in [45] min/);

      await vi.advanceTimersByTimeAsync(minutes(5) + 10_000);
      expect(fake.liveWindows()).toHaveLength(1);
    });

    it('no break comes while paused; Resume starts the timers afresh', async () => {
      useFakeTime();
      const fake = await boot();
      fake.clickTrayItem('For 1 hour');
      expect(fake.tray().tooltip).toMatch(/Paused until/);
      // macOS's menu bar is given the shape-only template image.
      const suffix = fake.platform === 'darwin' ? 'Template' : '';
      expect(String((fake.tray().image as { path: string }).path)).toMatch(
        new RegExp(`[\\\\/]tray-paused${suffix}\\.png$`),
      );
      expect(fake.trayLabels()).toContain('Resume breaks');

      await vi.advanceTimersByTimeAsync(minutes(50));
      expect(fake.liveWindows()).toHaveLength(0);
      fake.clickTrayItem('Resume breaks');
      expect(fake.tray().tooltip).toMatch(/Stretch in 20 min/);
      expect(String((fake.tray().image as { path: string }).path)).toMatch(
        new RegExp(`[\\\\/]tray${suffix}\\.png$`),
      );
    });

    it('a quick stretch counts as the micro break taken', async () => {
      useFakeTime();
      const fake = await boot();
      await vi.advanceTimersByTimeAsync(minutes(15));
      fake.clickTrayItem('Quick stretch');
      expect(fake.tray().tooltip).toMatch(/Stretch in 20 min/);
    });

    for (const seconds of [0, 30, 300]) {
      it(`shows nothing at all while do-not-disturb is on, with a warning ${seconds} s ahead`, async () => {
        useFakeTime();
        const settings = { schemaVersion: 2, settings: { warning: { seconds } } };
        const fake = await boot({ files: { 'settings.json': JSON.stringify(settings) } });
        desktop.doNotDisturb = true;
        // The detectors look from 90 s before the warning, so it is held before anything is shown.
        await vi.advanceTimersByTimeAsync(minutes(25));
        expect(fake.notifications).toEqual([]);
        expect(fake.liveWindows()).toHaveLength(0);
        expect(fake.tray().tooltip).toMatch(/Stretch waiting \(do not disturb\)/);
      });
    }

    it('holds a break while do-not-disturb is on and brings it once it is off', async () => {
      useFakeTime();
      // The 30 s warning this was timed against (the default before 60 s): it is about the hold.
      const settings = { schemaVersion: 2, settings: { warning: { seconds: 30 } } };
      const fake = await boot({ files: { 'settings.json': JSON.stringify(settings) } });
      desktop.doNotDisturb = true;
      await vi.advanceTimersByTimeAsync(minutes(25));
      expect(fake.notifications).toEqual([]);
      expect(fake.liveWindows()).toHaveLength(0);
      expect(fake.tray().tooltip).toMatch(/Stretch waiting \(do not disturb\)/);
      expect(fake.trayLabels()).toContain('Skip break');

      desktop.doNotDisturb = false;
      // Seen at the next look (10 s), then a minute's grace, a fresh warning, and the break.
      await vi.advanceTimersByTimeAsync(10_000 + 60_000 + 31_000);
      const [player] = fake.liveWindows();
      expect(player?.url).toMatch(/#\/player\?lang=en$/);
      const api = await preloadInto(fake, player!);
      expect(await api.getPlayerSession()).toMatchObject({ reason: 'micro' });
    });

    it('holds breaks while a "pause while" app runs, never falls back to a notification, and plays once it quits', async () => {
      useFakeTime();
      const settings = {
        schemaVersion: 2,
        // The 30 s warning this was timed against (the default before 60 s): it is about the hold.
        settings: { moments: { pauseWhileApps: ['zoom'] }, warning: { seconds: 30 } },
      };
      const fake = await boot({ files: { 'settings.json': JSON.stringify(settings) } });
      desktop.processes = ['bash', 'zoom'];
      await vi.advanceTimersByTimeAsync(minutes(90));
      expect(fake.notifications).toEqual([]);
      expect(fake.liveWindows()).toHaveLength(0);
      expect(fake.tray().tooltip).toMatch(/waiting \(app rule\)/);

      desktop.processes = ['bash'];
      await vi.advanceTimersByTimeAsync(10_000 + 60_000 + 31_000);
      expect(fake.liveWindows()).toHaveLength(1);
    });

    it('offers a break held too long by do-not-disturb as a notification, never a window', async () => {
      useFakeTime();
      const fake = await boot();
      desktop.doNotDisturb = true;
      // Held from the warning point (19 min); 30 min later it is offered gently.
      await vi.advanceTimersByTimeAsync(minutes(51));
      expect(fake.liveWindows()).toHaveLength(0);
      expect(fake.notifications.map(({ title }) => title)).toEqual(['Stretch break: when you can']);
    });

    it('records a break typed through as worked through, with one nudge', async () => {
      useFakeTime();
      const fake = await boot();
      // The user never stops typing (idle stays 0), through the break window and past its end.
      await vi.advanceTimersByTimeAsync(minutes(20) + 10_000);
      expect(fake.liveWindows()).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(minutes(3));
      const nudges = fake.notifications.filter(({ title }) => title === 'Your break is still on');
      expect(nudges).toHaveLength(1);
      fake.clickTrayItem('Progress');
      const api = await preloadInto(fake, fake.liveWindows().at(-1)!);
      await api.getProgress({ days: 7 });
      expect(readJson(fake, 'history.json')).toMatchObject({
        breaks: [{ kind: 'micro', outcome: 'worked-through' }],
      });
    });

    it('time away from the keyboard counts as a natural break', async () => {
      useFakeTime();
      const fake = await boot();
      await vi.advanceTimersByTimeAsync(minutes(15));
      fake.powerMonitor.idleSeconds = 10_000;
      lockScreen(fake, true);
      await vi.advanceTimersByTimeAsync(minutes(10));
      lockScreen(fake, false);
      fake.powerMonitor.idleSeconds = 0;
      await vi.advanceTimersByTimeAsync(minutes(1));
      expect(fake.liveWindows()).toHaveLength(0);
      // Without the natural break only 4 minutes would be left; the engine notices the return within a poll.
      expect(fake.tray().tooltip).toMatch(/Stretch in (19|20) min/);
    });
  });

  describe('breaks on every display, and strict breaks that hold', () => {
    type Fake = Awaited<ReturnType<typeof boot>>;
    type Window = FakeElectron['BrowserWindow']['prototype'];

    const display = (id: number, x: number, width = 1920, height = 1080) => ({
      id,
      bounds: { x, y: 0, width, height },
      workArea: { x, y: 0, width, height: height - 40 },
    });
    const settingsFile = (settings: Record<string, unknown>) => ({
      'settings.json': JSON.stringify({ schemaVersion: 2, settings }),
    });
    const hashOf = (window: Window) => window.url.replace(/.*#/, '#');
    const players = (fake: Fake) =>
      fake.liveWindows().filter((window) => hashOf(window) === '#/player?lang=en');
    const covers = (fake: Fake) =>
      fake.liveWindows().filter((window) => hashOf(window) === '#/cover?lang=en');
    /** Where the user's covers are, by the display each one fills. */
    const coveredDisplays = (fake: Fake) =>
      covers(fake)
        .map(
          (cover) =>
            fake.displays.find(({ bounds }) => JSON.stringify(bounds) === JSON.stringify(cover.bounds))?.id,
        )
        .sort();
    /** Positions, and so covers, exist only where the app may place windows. */
    const placeable = (fake: Fake) => fake.profile !== 'linux-wayland';
    const screenListeners = async () => {
      const electron = (await import('electron')) as unknown as FakeElectron;
      return ['display-added', 'display-removed', 'display-metrics-changed'].map((event) =>
        electron.screen.listenerCount(event as 'display-added'),
      );
    };

    /** Three displays side by side; the user works on the middle one. */
    async function bootOnThreeDisplays(settings: Record<string, unknown>): Promise<Fake> {
      useFakeTime();
      const fake = await boot({ files: settingsFile(settings) });
      fake.displays.splice(
        0,
        fake.displays.length,
        display(1, 0),
        display(2, 1920, 2560, 1440),
        display(3, 4480),
      );
      fake.cursor = { x: 2500, y: 700 };
      return fake;
    }

    /** Lets active time pass until a scheduled break's window is up. */
    async function untilBreak(fake: Fake): Promise<Window> {
      for (let minute = 0; minute < 120 && players(fake).length === 0; minute++) {
        await vi.advanceTimersByTimeAsync(minutes(1));
      }
      const [player] = players(fake);
      if (!player) throw new Error('No break came');
      return player;
    }

    it('every screen: the player on the display in use, a quiet cover on each other, all gone together', async () => {
      const fake = await bootOnThreeDisplays({ breakScreens: 'all' });
      const player = await untilBreak(fake);
      const api = await preloadInto(fake, player);
      expect(players(fake)).toHaveLength(1);
      if (!placeable(fake)) {
        // Wayland places every window itself: covers would all land on one display, over the player.
        expect(covers(fake)).toHaveLength(0);
        expect((await api.getSettings()).everyScreenUnavailable).toMatch(/Wayland/);
        return;
      }
      expect((await api.getSettings()).everyScreenUnavailable).toBeUndefined();
      expect(player.bounds.x).toBeGreaterThanOrEqual(1920);
      expect(player.bounds.x + player.bounds.width).toBeLessThanOrEqual(4480);
      expect(coveredDisplays(fake)).toEqual([1, 3]);
      for (const cover of covers(fake)) {
        expect(cover.options).toMatchObject({ frame: false, focusable: false, skipTaskbar: true });
        expect(cover.options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true });
        expect(cover.alwaysOnTop).toEqual({ flag: true, level: 'floating' });
        // Shown without taking the keyboard: Space, the arrows and Esc stay with the player.
        expect(cover.visible).toBe(true);
        expect(cover.focused).toBe(false);
      }
      expect(player.focused).toBe(true);

      const session = await api.getPlayerSession();
      const coverApi = await preloadInto(fake, covers(fake)[0]!);
      const shown = await coverApi.getBreakCover();
      expect(shown).toMatchObject({ reason: 'micro', title: session!.title });
      expect(shown!.remainingMs).toBeGreaterThan(0);
      expect(shown!.remainingMs).toBeLessThanOrEqual(40_000);
      // A cover cannot close itself (nor anything else): it has no say over the break.
      await coverApi.closeWindow();
      expect(covers(fake)).toHaveLength(2);

      // Closed by the user from the title bar: skipped, as ever, and the covers go with it.
      fake.userCloses(player);
      await settle();
      expect(fake.liveWindows()).toHaveLength(0);
      fake.clickTrayItem('Progress');
      await (await preloadInto(fake, fake.liveWindows()[0]!)).getProgress({ days: 7 });
      expect(readJson(fake, 'history.json')).toMatchObject({
        breaks: [{ kind: 'micro', outcome: 'skipped' }],
      });
    });

    it('every screen: finishing the break takes the covers away and leaves the player on its last page', async () => {
      const fake = await bootOnThreeDisplays({ breakScreens: 'all' });
      const player = await untilBreak(fake);
      const api = await preloadInto(fake, player);
      const session = await api.getPlayerSession();
      await api.finishSession({ sessionId: session!.id, outcome: 'completed' });
      await settle();
      expect(fake.liveWindows()).toEqual([player]);
      await api.closeWindow();
      await settle();
      expect(fake.liveWindows()).toHaveLength(0);
    });

    it('the screen in use: a scheduled break opens one window, whatever the displays', async () => {
      const fake = await bootOnThreeDisplays({});
      await untilBreak(fake);
      expect(fake.liveWindows()).toHaveLength(1);
    });

    it('covers follow displays plugged in, changed and unplugged during a break, never stacking', async () => {
      const fake = await bootOnThreeDisplays({ breakScreens: 'all' });
      const player = await untilBreak(fake);
      if (!placeable(fake)) {
        fake.addDisplay(display(4, 6400));
        expect(fake.liveWindows()).toEqual([player]);
        return;
      }
      fake.addDisplay(display(4, 6400, 1280, 1024));
      await settle();
      expect(coveredDisplays(fake)).toEqual([1, 3, 4]);

      // A new resolution: the same cover, resized.
      const onThree = covers(fake).find((cover) => cover.bounds.x === 4480)!;
      fake.changeDisplay(3, {
        bounds: { x: 4480, y: 0, width: 3840, height: 2160 },
        workArea: { x: 4480, y: 0, width: 3840, height: 2120 },
      });
      expect(onThree.isDestroyed()).toBe(false);
      expect(onThree.bounds).toEqual({ x: 4480, y: 0, width: 3840, height: 2160 });
      expect(covers(fake)).toHaveLength(3);

      fake.removeDisplay(3);
      await settle();
      expect(onThree.isDestroyed()).toBe(true);
      expect(coveredDisplays(fake)).toEqual([1, 4]);

      // The player's own display goes: it lands on the primary one, whose cover must then go.
      fake.removeDisplay(2);
      await settle();
      expect(players(fake)).toEqual([player]);
      expect(player.bounds.x).toBeLessThan(1920);
      expect(coveredDisplays(fake)).toEqual([4]);
      expect(covers(fake)).toHaveLength(1);
    });

    it('leaves no window and no display listener behind, across many breaks', async () => {
      const fake = await bootOnThreeDisplays({ breakScreens: 'all' });
      const perBreak = placeable(fake) ? 3 : 1;
      for (let round = 0; round < 12; round++) {
        const player = await untilBreak(fake);
        expect(fake.liveWindows()).toHaveLength(perBreak);
        const api = await preloadInto(fake, player);
        const session = await api.getPlayerSession();
        // Finished and closed, or closed unfinished (skipped), or withdrawn by a pause from the tray.
        if (round % 3 === 0) {
          await api.finishSession({ sessionId: session!.id, outcome: 'completed' });
          await api.closeWindow();
        } else if (round % 3 === 1) {
          fake.userCloses(player);
        } else {
          fake.clickTrayItem('For 30 minutes');
          fake.clickTrayItem('Resume breaks');
        }
        await settle();
        expect(fake.liveWindows()).toHaveLength(0);
        expect(await screenListeners()).toEqual([0, 0, 0]);
      }
      // Every window the app ever made: exactly one player and its covers per break, no more.
      expect(fake.windows).toHaveLength(12 * perBreak);
    });

    it('strict: the player refuses the close button, Alt+F4, minimising, Esc and its own close; finishing ends it', async () => {
      const fake = await bootOnThreeDisplays({ strict: true });
      const player = await untilBreak(fake);
      const api = await preloadInto(fake, player);
      const session = await api.getPlayerSession();
      expect(session).toMatchObject({ canSkip: false, canPostpone: false });
      // Nor does the tray offer what the engine would refuse.
      expect(fake.trayLabels()).not.toContain('Skip break');
      expect(fake.trayLabels()).not.toContain('Postpone break');
      if (fake.platform !== 'linux') {
        // macOS and Windows grey the buttons out; Linux ignores both flags, so the app is never told to set them.
        expect(player.isClosable()).toBe(false);
        expect(player.isMinimizable()).toBe(false);
      } else expect(fake.inertCalls).toEqual([]);

      fake.userCloses(player);
      await settle();
      expect(player.isDestroyed()).toBe(false);

      fake.userMinimises(player);
      await settle();
      if (fake.profile === 'linux-wayland') {
        // The compositor minimises without telling the app: nothing to undo, but the break goes on.
        expect(player.minimizedByCompositor).toBe(true);
      } else expect(player.isMinimized()).toBe(false);

      // The page's own way out (Esc, a close button) is refused too, and so is a skip it might report.
      await api.closeWindow();
      await api.finishSession({ sessionId: session!.id, outcome: 'skipped' });
      await settle();
      expect(player.isDestroyed()).toBe(false);
      expect(await api.getPlayerSession()).toEqual(session);

      // No quick stretch replaces it, and no pause ends it; the tray says why.
      fake.clickTrayItem('Quick stretch');
      fake.clickTrayItem('For 1 hour');
      await settle();
      expect(await api.getPlayerSession()).toEqual(session);
      expect(fake.tray().tooltip).not.toMatch(/Paused/);
      expect(fake.notifications.at(-1)).toMatchObject({ title: 'Finish this break first' });

      await api.finishSession({ sessionId: session!.id, outcome: 'completed' });
      if (fake.platform !== 'linux') expect(player.isClosable()).toBe(true);
      fake.userCloses(player);
      await settle();
      expect(fake.liveWindows()).toHaveLength(0);
      fake.clickTrayItem('Progress');
      await (await preloadInto(fake, fake.liveWindows()[0]!)).getProgress({ days: 7 });
      expect(readJson(fake, 'history.json')).toMatchObject({
        breaks: [{ kind: 'micro', outcome: 'completed' }],
      });
    });

    it('strict: quitting from the tray still quits, taking the held player and its covers with it', async () => {
      const fake = await bootOnThreeDisplays({ strict: true, breakScreens: 'all' });
      await untilBreak(fake);
      expect(fake.liveWindows()).toHaveLength(placeable(fake) ? 3 : 1);
      fake.clickTrayItem('Quit Unhunch');
      await settle();
      expect(fake.app.quitted).toBe(true);
      expect(fake.liveWindows()).toHaveLength(0);
      expect(fake.tray().isDestroyed()).toBe(true);
      // As with any break a quit cuts short: the history keeps it, unfinished.
      expect(readJson(fake, 'history.json')).toMatchObject({
        breaks: [{ kind: 'micro', outcome: 'skipped' }],
      });
    });

    it('strict: the engine ending a break nobody finished still closes its window', async () => {
      const fake = await bootOnThreeDisplays({ strict: true, breakScreens: 'all' });
      await untilBreak(fake);
      // Its 40 s, then a minute's grace for a window that never reports back.
      await vi.advanceTimersByTimeAsync(2 * 60_000);
      expect(fake.liveWindows()).toHaveLength(0);
    });

    it('always on top only for scheduled breaks: not a stretch the user asked for, nor the windows they open', async () => {
      const fake = await bootOnThreeDisplays({ breakScreens: 'all' });
      const player = await untilBreak(fake);
      const onTop = (window: Window) => window.alwaysOnTop.flag;
      // Wayland has no way for an app to keep a window on top: there the app does not pretend to.
      expect(onTop(player)).toBe(placeable(fake));
      expect(covers(fake).every(onTop)).toBe(true);
      fake.clickTrayItem('Exercise library');
      const library = fake.liveWindows().find((window) => hashOf(window) === '#/library?lang=en')!;
      expect(onTop(library)).toBe(false);

      // A stretch started from the tray replaces the break in the same window, which stops holding itself up.
      fake.clickTrayItem('Quick stretch');
      await settle();
      expect(players(fake)).toEqual([player]);
      expect(onTop(player)).toBe(false);
      expect(covers(fake)).toHaveLength(0);
      expect(fake.inertCalls).toEqual([]);
    });
  });

  describe('settings, history and progress', () => {
    it('opens Settings… and Progress from the tray, one window each', async () => {
      const fake = await boot();
      fake.clickTrayItem('Settings…');
      fake.clickTrayItem('Progress');
      fake.clickTrayItem('Settings…');
      expect(fake.liveWindows().map((window) => window.url.replace(/^.*#/, '#'))).toEqual([
        '#/settings?lang=en',
        '#/progress?lang=en',
      ]);
    });

    it('applies a valid change at once, saves it, and tells the other windows', async () => {
      const fake = await boot();
      fake.clickTrayItem('Exercise library');
      fake.clickTrayItem('Settings…');
      const [library, settingsWindow] = fake.liveWindows();
      const api = await preloadInto(fake, settingsWindow!);
      expect((await api.getSettings()).settings.microBreak.everyMinutes).toBe(20);

      const result = await api.updateSettings({
        settings: { microBreak: { everyMinutes: 10 } },
        preferences: { theme: 'dark', startAtLogin: true },
      });
      expect(result).toMatchObject({ ok: true, view: { settings: { microBreak: { everyMinutes: 10 } } } });
      // The engine follows without a restart, and so do Electron's own settings.
      expect(fake.tray().tooltip).toMatch(/Stretch in 10 min/);
      const electron = (await import('electron')) as unknown as FakeElectron;
      expect(electron.nativeTheme.themeSource).toBe('dark');
      if (fake.platform === 'linux') {
        const entry = readFileSync(join(fake.userData, 'config/autostart/unhunch.desktop'), 'utf8');
        // Run from source: Electron's binary with our app folder, not the bare binary.
        expect(entry).toContain(`Exec=${desktopExec([process.execPath, process.cwd()])}`);
      } else if (fake.platform === 'win32') {
        expect(fake.app.loginItem).toEqual({
          openAtLogin: true,
          path: process.execPath,
          args: [process.cwd()],
        });
      } else {
        // macOS cannot register an unpackaged app as itself; the settings view says so instead.
        expect(fake.app.loginItem.openAtLogin).toBe(false);
      }
      // Persisted, where a restart will find it.
      expect(readJson(fake, 'settings.json')).toMatchObject({
        settings: { microBreak: { everyMinutes: 10 } },
        preferences: { theme: 'dark' },
      });
      const told = library!.webContents.sent.filter(
        ({ channel }) => channel === eventChannel('settingsChanged'),
      );
      expect(told.at(-1)?.payload).toMatchObject({ settings: { microBreak: { everyMinutes: 10 } } });
    });

    it('refuses an out-of-range value with a message for its field and changes nothing', async () => {
      const fake = await boot();
      fake.clickTrayItem('Settings…');
      const api = await preloadInto(fake, fake.liveWindows()[0]!);
      const result = await api.updateSettings({
        settings: { microBreak: { everyMinutes: 0 } },
        preferences: { exerciseOverrides: { 'chin-tuck': { holdSeconds: 9999 } } },
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors['microBreak.everyMinutes']).toMatch(/at least 1/);
      expect(
        Object.keys(result.errors).some((path) => path.startsWith('preferences.exerciseOverrides')),
      ).toBe(true);
      expect((await api.getSettings()).settings.microBreak.everyMinutes).toBe(20);
      expect(fake.tray().tooltip).toMatch(/Stretch in 20 min/);
    });

    it('survives a corrupt settings file: defaults, a backup beside it, one notice', async () => {
      const fake = await boot({ files: { 'settings.json': '{"settings": {"microBreak": ' } });
      expect(fake.tray().tooltip).toMatch(/Stretch in 20 min/);
      const backups = readdirSync(fake.userData).filter(
        (name) => name.startsWith('settings') && name !== 'settings.json',
      );
      expect(backups).toHaveLength(1);
      expect(readFileSync(join(fake.userData, backups[0]!), 'utf8')).toBe('{"settings": {"microBreak": ');
      const notices = fake.notifications.filter(({ title }) => String(title).includes('repaired'));
      expect(notices).toHaveLength(1);
      expect(warned('[unhunch] repaired on load')).toBe(true);

      fake.clickTrayItem('Settings…');
      const api = await preloadInto(fake, fake.liveWindows()[0]!);
      expect((await api.getSettings()).notice).toMatch(/settings/i);
    });

    it('starts on defaults when settings.json is a folder, and says so once', async () => {
      const fake = await boot({ files: {}, firstRun: true, folders: ['settings.json'] });
      expect(fake.tray().tooltip).toMatch(/Stretch in 20 min/);
      const notices = fake.notifications.filter(({ body }) => String(body).includes('settings file'));
      expect(notices).toHaveLength(1);
      expect(fake.app.exitCode).toBeUndefined();
    });

    it('shows a start-up failure to the user in a dialog, not only on stderr', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      vi.doMock('../../src/main/tray', () => ({
        AppTray: class {
          constructor() {
            throw new Error('no tray for you');
          }
        },
      }));
      try {
        const fake = await boot();
        await vi.waitFor(() => expect(fake.app.exitCode).toBe(1));
        expect(fake.errorBoxes).toEqual([
          {
            title: 'Unhunch could not start',
            content: expect.stringContaining('no tray for you'),
            shown: true,
          },
        ]);
        expect(error).toHaveBeenCalled();
      } finally {
        vi.doUnmock('../../src/main/tray');
      }
    });

    it('keeps the valid fields of a hand-edited file and resets only the bad one', async () => {
      const fake = await boot({
        files: {
          'settings.json': JSON.stringify({
            schemaVersion: 2,
            settings: { microBreak: { everyMinutes: 15, durationSeconds: -3 } },
          }),
        },
      });
      expect(fake.tray().tooltip).toMatch(/Stretch in 15 min/);
      fake.clickTrayItem('Settings…');
      const api = await preloadInto(fake, fake.liveWindows()[0]!);
      const view = await api.getSettings();
      expect(view.settings.microBreak).toMatchObject({ everyMinutes: 15, durationSeconds: 40 });
      expect(view.notice).toMatch(/microBreak\.durationSeconds/);
    });

    it('plays an exercise with the dose the user chose', async () => {
      const fake = await boot();
      fake.clickTrayItem('Settings…');
      const api = await preloadInto(fake, fake.liveWindows()[0]!);
      await api.updateSettings({ preferences: { exerciseOverrides: { 'chin-tuck': { holdSeconds: 12 } } } });
      await api.startExercise({ exerciseId: 'chin-tuck' });
      const player = fake.liveWindows().find((window) => window.url.endsWith('#/player?lang=en'));
      const playerApi = await preloadInto(fake, player!);
      expect((await playerApi.getPlayerSession())?.items).toEqual([
        { exerciseId: 'chin-tuck', holdSeconds: 12 },
      ]);
    });

    it('records finished sessions and pain check-ins, shows them as progress and exports them', async () => {
      const fake = await boot();
      fake.clickTrayItem('Exercise library');
      const api = await preloadInto(fake, fake.liveWindows()[0]!);
      await api.startExercise({ exerciseId: 'chin-tuck' });
      const player = fake.liveWindows().find((window) => window.url.endsWith('#/player?lang=en'));
      const playerApi = await preloadInto(fake, player!);
      const session = await playerApi.getPlayerSession();
      await playerApi.finishSession({ sessionId: session!.id, outcome: 'completed' });
      await playerApi.recordPainCheckIn({ score: 3 });

      const progress = await playerApi.getProgress({ days: 7 });
      expect(progress.today).toMatchObject({ breaks: 1, completed: 1, quick: 1 });
      expect(progress.series).toHaveLength(7);
      expect(progress.streak).toEqual({ days: 1, includesToday: true });
      expect(progress.pain.points.at(-1)).toMatchObject({ average: 3, count: 1 });
      expect(readJson(fake, 'history.json')).toMatchObject({
        breaks: [{ kind: 'quick', outcome: 'completed', exercises: ['chin-tuck'] }],
      });

      fake.nextSavePath = join(fake.userData, 'export.csv');
      expect(await playerApi.exportHistory({ format: 'csv' })).toBe(fake.nextSavePath);
      expect(fake.saveDialogs.at(-1)?.defaultPath).toMatch(/^unhunch-history-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(fake.dialogParents.at(-1)).toBe(player);
      const csv = readFileSync(fake.nextSavePath, 'utf8');
      expect(csv.split('\r\n')[0]).toMatch(/^record,date,time,kind,outcome/);
      expect(csv).toContain('break,');
      expect(csv).toContain('chin-tuck');

      fake.nextSavePath = undefined;
      expect(await playerApi.exportHistory({ format: 'json' })).toBeNull();
    });

    it('records a scheduled break with its outcome and how often it was postponed', async () => {
      useFakeTime();
      const fake = await boot();
      await vi.advanceTimersByTimeAsync(minutes(19) + 31_000);
      fake.clickTrayItem('Postpone break');
      // Postponed from its due time (20 min) by 5 min of active time.
      await vi.advanceTimersByTimeAsync(minutes(6));
      const [player] = fake.liveWindows();
      const api = await preloadInto(fake, player!);
      const session = await api.getPlayerSession();
      await api.finishSession({ sessionId: session!.id, outcome: 'skipped' });
      await api.getProgress({ days: 7 });
      expect(readJson(fake, 'history.json')).toMatchObject({
        breaks: [{ kind: 'micro', outcome: 'skipped', postponed: 1 }],
      });
    });

    it('adds a minute of active time for each minute the user works', async () => {
      useFakeTime();
      const fake = await boot();
      await vi.advanceTimersByTimeAsync(minutes(5));
      fake.clickTrayItem('Progress');
      const api = await preloadInto(fake, fake.liveWindows()[0]!);
      expect((await api.getProgress({ days: 7 })).today.activeMinutes).toBe(5);
      fake.clickTrayItem('Quit Unhunch');
      await settle();
      expect(readJson(fake, 'history.json')).toMatchObject({ activeMinutes: { '2026-11-24': 5 } });
    });

    it('writes active minutes while running, so a logoff that ends the app without a quit keeps them', async () => {
      useFakeTime();
      const fake = await boot();
      await vi.advanceTimersByTimeAsync(minutes(10));
      fake.endSession();
      // The process ends here: whatever is not on disk now is lost.
      expect(readJson(fake, 'history.json')).toMatchObject({ activeMinutes: { '2026-11-24': 10 } });
    });
  });

  describe("the user's own exercises and routines", () => {
    /** Adds an exercise and a routine using it through the library's API, as the form will. */
    async function addOwn(api: UnhunchApi) {
      const exercise = await api.saveOwnExercise({ draft: { ...neckRoll() } });
      if (!exercise.ok) throw new Error(JSON.stringify(exercise.problems));
      const routine = await api.saveOwnRoutine({
        draft: {
          name: 'Morning',
          summary: '',
          items: [{ exerciseId: 'chin-tuck' }, { exerciseId: exercise.id, reps: 1 }],
          offerInBreaks: false,
        },
      });
      if (!routine.ok) throw new Error(JSON.stringify(routine.problems));
      return { exerciseId: exercise.id, routineId: routine.id };
    }

    it('persists across a restart, tells open windows, and plays from the library and the command line', async () => {
      const first = await boot();
      first.clickTrayItem('Exercise library');
      first.clickTrayItem('Settings…');
      const [library, settingsWindow] = first.liveWindows();
      const api = await preloadInto(first, library!);
      const { exerciseId, routineId } = await addOwn(api);
      const told = settingsWindow!.webContents.sent.filter(
        ({ channel }) => channel === eventChannel('ownContentChanged'),
      );
      expect(told.at(-1)?.payload).toMatchObject({ routines: [{ id: routineId, breakKind: 'long' }] });
      // Nothing from the page reaches the file unchecked.
      await expect(
        api.saveOwnExercise({ draft: { ...neckRoll(), name: 'Other', reps: 0 } }),
      ).resolves.toMatchObject({
        ok: false,
        problems: [{ path: 'reps', message: 'Repetitions: a whole number from 1 to 30.' }],
      });
      const stored = readFileSync(join(first.userData, 'own-content.json'), 'utf8');

      const fake = await boot({
        files: { 'own-content.json': stored },
        argv: [EXECUTABLE, 'stretch', exerciseId],
      });
      const player = fake.liveWindows().find((window) => window.url.endsWith('#/player?lang=en'));
      const playerApi = await preloadInto(fake, player!);
      const session = await playerApi.getPlayerSession();
      expect(session).toMatchObject({ title: 'Neck roll', items: [{ exerciseId }] });
      expect(session!.ownExercises).toEqual([expect.objectContaining({ id: exerciseId, name: 'Neck roll' })]);

      expect((await playerApi.getOwnContent()).exercises.map((exercise) => exercise.id)).toEqual([
        exerciseId,
      ]);
      await playerApi.startRoutine({ routineId });
      const routineSession = await playerApi.getPlayerSession();
      expect(routineSession).toMatchObject({
        title: 'Morning',
        items: [{ exerciseId: 'chin-tuck' }, { exerciseId }],
      });
      await playerApi.finishSession({ sessionId: routineSession!.id, outcome: 'completed' });

      // History keeps the name, so the record still says something once the routine is gone.
      const deleted = await playerApi.deleteOwnContent({ kind: 'routine', id: routineId });
      expect(deleted).toMatchObject({ ok: true, message: 'Deleted “Morning”.' });
      expect((readJson(fake, 'history.json').breaks as unknown[]).at(-1)).toMatchObject({
        kind: 'quick',
        outcome: 'completed',
        title: 'Morning',
      });
      const progress = await playerApi.getProgress({ days: 7 });
      expect(progress.today).toMatchObject({ completed: 1 });
      if (deleted.ok)
        await expect(playerApi.restoreOwnContent({ deletionId: deleted.deletionId })).resolves.toEqual({
          ok: true,
        });
      expect((await playerApi.getOwnContent()).routines.map((routine) => routine.name)).toEqual(['Morning']);
    });

    it('keeps every valid entry of a damaged file, sets the rest aside with a copy, and says so', async () => {
      const first = await boot();
      first.clickTrayItem('Exercise library');
      await addOwn(await preloadInto(first, first.liveWindows()[0]!));
      const stored = JSON.parse(readFileSync(join(first.userData, 'own-content.json'), 'utf8')) as {
        exercises: Record<string, unknown>[];
      };
      const damaged = JSON.stringify({
        ...stored,
        exercises: [
          ...stored.exercises,
          { ...stored.exercises[0], id: 'own-exercise-damaged00', name: 'X', reps: 'many' },
        ],
      });
      const fake = await boot({ files: { 'own-content.json': damaged } });
      fake.clickTrayItem('Exercise library');
      const api = await preloadInto(fake, fake.liveWindows()[0]!);
      const view = await api.getOwnContent();
      expect(view.exercises.map((exercise) => exercise.name)).toEqual(['Neck roll']);
      expect(view.routines.map((routine) => routine.name)).toEqual(['Morning']);
      expect(view.notice).toMatch(/In your own exercises, 1 entry was damaged and set aside/);
      expect(
        fake.notifications.some((notification) => String(notification['body']).includes('set aside')),
      ).toBe(true);
      const backups = readdirSync(fake.userData).filter((name) => name.startsWith('own-content.invalid-'));
      expect(backups).toHaveLength(1);
      expect(readFileSync(join(fake.userData, backups[0]!), 'utf8')).toBe(damaged);
    });

    it('serves a scheduled break from an own exercise marked for breaks', async () => {
      useFakeTime();
      // Everything built in is "not for me": the own exercise is the only thing a micro break can offer.
      const notForMe = [...builtInExercises, ...builtInRoutines].map((entry) => entry.id);
      const settings = {
        ...defaultSettingsDocument(),
        preferences: { ...defaultSettingsDocument().preferences, notForMe },
      };
      const fake = await boot({ files: { 'settings.json': JSON.stringify(settings) } });
      fake.clickTrayItem('Exercise library');
      const { exerciseId } = await addOwn(await preloadInto(fake, fake.liveWindows()[0]!));
      await vi.advanceTimersByTimeAsync(minutes(20) + 10_000);
      const player = fake.liveWindows().find((window) => window.url.endsWith('#/player?lang=en'));
      const api = await preloadInto(fake, player!);
      const session = await api.getPlayerSession();
      expect(session).toMatchObject({ reason: 'micro', title: 'Neck roll', items: [{ exerciseId }] });
      expect(session!.ownExercises?.map((exercise) => exercise.id)).toEqual([exerciseId]);
      await api.finishSession({ sessionId: session!.id, outcome: 'completed' });
      await settle();
      expect((readJson(fake, 'history.json').breaks as unknown[]).at(-1)).toMatchObject({
        kind: 'micro',
        exercises: [exerciseId],
        title: 'Neck roll',
      });
    });

    it('exports and imports through the dialogs, changing nothing before the user confirms', async () => {
      const fake = await boot();
      fake.clickTrayItem('Exercise library');
      const library = fake.liveWindows()[0]!;
      const api = await preloadInto(fake, library);
      const { routineId } = await addOwn(api);
      const path = join(fake.userData, 'shared.json');
      fake.nextSavePath = path;
      expect(await api.exportOwnContent({ kind: 'routine', id: routineId })).toBe(path);
      expect(fake.saveDialogs.at(-1)).toMatchObject({ defaultPath: 'unhunch-routine-morning.json' });
      // Modal to the library: the user cannot edit the list under an open file dialog.
      expect(fake.dialogParents.at(-1)).toBe(library);
      fake.nextSavePath = undefined;
      expect(await api.exportOwnContent({ kind: 'all' })).toBeNull();

      fake.nextOpenPaths = undefined;
      expect(await api.previewOwnImport()).toBeNull();
      fake.nextOpenPaths = [path];
      const before = readFileSync(join(fake.userData, 'own-content.json'), 'utf8');
      const preview = await api.previewOwnImport();
      expect(fake.openDialogs.at(-1)).toMatchObject({ properties: ['openFile'] });
      expect(fake.dialogParents.at(-1)).toBe(library);
      if (!preview?.ok) throw new Error('no preview');
      expect(preview.preview.entries.map((entry) => [entry.name, entry.conflict?.by])).toEqual([
        ['Neck roll', 'id'],
        ['Morning', 'id'],
      ]);
      expect(readFileSync(join(fake.userData, 'own-content.json'), 'utf8')).toBe(before);
      const choices = Object.fromEntries(preview.preview.entries.map((entry) => [entry.key, 'keep-both']));
      await expect(api.commitOwnImport({ previewId: preview.preview.previewId, choices })).resolves.toEqual({
        ok: true,
        message: 'Imported 2 new entries.',
      });
      expect((await api.getOwnContent()).routines.map((routine) => routine.name)).toEqual([
        'Morning',
        'Morning (2)',
      ]);

      // A file over the cap is refused by its size, before it is read.
      writeFileSync(path, ' '.repeat(9 * 1024 * 1024));
      await expect(api.previewOwnImport()).resolves.toEqual({
        ok: false,
        problems: ['The file is larger than 8 MB, which no Unhunch export is, so it was not read.'],
      });
    });
  });

  describe(`on ${process.env['UNHUNCH_FAKE_PLATFORM'] ?? 'linux-x11'}`, () => {
    it('sets up before ready what Electron reads only then: the Windows app ID, speech on Linux', async () => {
      const fake = await boot();
      expect(fake.app.appUserModelId).toBe(fake.platform === 'win32' ? APP_USER_MODEL_ID : undefined);
      const speech = fake.app.switches.filter(({ name }) => name === 'enable-speech-dispatcher');
      expect(speech).toEqual(
        fake.platform === 'linux' ? [{ name: 'enable-speech-dispatcher', beforeReady: true }] : [],
      );
    });

    it('is a tray app: no Dock icon on macOS, a template tray icon there, and no menu that quits on Ctrl+Q', async () => {
      const fake = await boot();
      expect(fake.app.dock?.isVisible() ?? false).toBe(false);
      expect(fake.tray().image.isTemplateImage()).toBe(fake.platform === 'darwin');
      if (fake.platform === 'darwin') {
        const roles = JSON.stringify(fake.applicationMenu);
        expect(roles).toContain('"editMenu"');
        expect(roles).not.toContain('"quit"');
      } else {
        expect(fake.applicationMenu).toBeNull();
      }
    });

    it('answers a left click on the tray as each platform expects', async () => {
      const fake = await boot();
      fake.clickTray();
      await settle();
      if (fake.platform === 'linux') {
        // Electron cannot pop a menu up on Linux: the click opens the library instead.
        expect(fake.liveWindows().map((window) => window.url.replace(/.*#/, '#'))).toEqual([
          '#/library?lang=en',
        ]);
        expect(fake.inertCalls).toEqual([]);
      } else {
        // Windows: popped up by the app; macOS: opened by the system, once, never again after it closes.
        expect(fake.tray().menuOpenings).toBe(1);
        expect(fake.liveWindows()).toHaveLength(0);
      }
    });

    it('leaves the tray menu alone when nothing in it changed, so an open menu stays open', async () => {
      const fake = await boot();
      const updates = fake.tray().menuUpdates;
      fake.clickTrayItem('Exercise library');
      fake.clickTrayItem('Progress');
      await settle();
      expect(fake.tray().menuUpdates).toBe(updates);
      fake.clickTrayItem('Until I resume');
      expect(fake.tray().menuUpdates).toBe(updates + 1);
    });

    it('shows a window whose page never paints, after a short wait', async () => {
      useFakeTime();
      const fake = await boot();
      fake.pagesNeverLoad = true;
      fake.clickTrayItem('Exercise library');
      await settle();
      const [library] = fake.liveWindows();
      expect(library!.visible).toBe(false);
      await vi.advanceTimersByTimeAsync(SHOW_FALLBACK_MS);
      expect(library!.visible).toBe(true);
    });

    it('quits cleanly with a break window open: the break is recorded, nothing touches the gone tray', async () => {
      useFakeTime();
      const fake = await boot();
      await vi.advanceTimersByTimeAsync(minutes(20) + 10_000);
      const [player] = fake.liveWindows();
      expect(player?.url).toMatch(/#\/player\?lang=en$/);
      fake.clickTrayItem('Quit Unhunch');
      await settle();
      expect(fake.app.quitted).toBe(true);
      expect(fake.liveWindows()).toHaveLength(0);
      expect(fake.tray().isDestroyed()).toBe(true);
      expect(readJson(fake, 'history.json')).toMatchObject({
        breaks: [{ kind: 'micro', outcome: 'skipped' }],
      });
    });

    it('reports a page that fails to load, and not one whose window closed before it loaded', async () => {
      useFakeTime();
      const fake = await boot();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const notLoaded = () => warn.mock.calls.filter(([message]) => String(message).includes('did not load'));
      // A damaged install: the page is not there.
      fake.pagesFailToLoad = true;
      fake.clickTrayItem('Exercise library');
      await settle();
      expect(notLoaded()).toEqual([
        [
          '[unhunch] the library page did not load',
          expect.objectContaining({ message: expect.stringMatching(/^ERR_FILE_NOT_FOUND \(-6\) loading /) }),
        ],
      ]);
      // A quit while the break window loads ends that load (ERR_FAILED): no fault of the page.
      warn.mockClear();
      fake.pagesFailToLoad = false;
      fake.pagesNeverLoad = true;
      await vi.advanceTimersByTimeAsync(minutes(20) + 10_000);
      expect(fake.liveWindows().map((window) => window.url.replace(/.*#/, '#'))).toContain(
        '#/player?lang=en',
      );
      fake.clickTrayItem('Quit Unhunch');
      await settle();
      expect(fake.app.quitted).toBe(true);
      expect(notLoaded()).toEqual([]);
    });

    it('hears a second launch that comes before start-up is done', async () => {
      vi.resetModules();
      const electron = (await import('electron')) as unknown as FakeElectron;
      const fake = electron.resetFake();
      writeFileSync(join(fake.userData, 'settings.json'), JSON.stringify(defaultSettingsDocument()));
      vi.stubEnv('XDG_CONFIG_HOME', join(fake.userData, 'config'));
      await runMainScript();
      fake.app.emit('second-instance', {}, ['unhunch'], '/');
      fake.emitReady();
      await settle();
      expect(fake.liveWindows().map((window) => window.url.replace(/.*#/, '#'))).toEqual([
        '#/library?lang=en',
      ]);
    });

    it('says hello with a welcome window on the first run, and not after', async () => {
      const first = await boot({ firstRun: true });
      expect(first.liveWindows().map((window) => window.url.replace(/.*#/, '#'))).toEqual([
        '#/welcome?lang=en',
      ]);
      const api = await preloadInto(first, first.liveWindows()[0]!);
      expect(await api.getWelcome()).toEqual({
        platform: first.platform,
        trayHost: 'present',
      });
      const returning = await boot();
      expect(returning.liveWindows()).toHaveLength(0);
    });

    it("hands a failing request's own message to the page, not Electron's wrapper", async () => {
      const fake = await boot();
      fake.clickTrayItem('Exercise library');
      const api = await preloadInto(fake, fake.liveWindows()[0]!);
      await expect(api.startExercise({ exerciseId: 'no-such-exercise' })).rejects.toThrow(
        /^Unknown exercise: no-such-exercise$/,
      );
    });

    it('refuses a request whose frame is gone (Electron then gives no sender frame)', async () => {
      const fake = await boot();
      fake.clickTrayItem('Exercise library');
      const [library] = fake.liveWindows();
      library!.webContents.mainFrame.detached = true;
      await expect(fake.invoke(requestChannel('getSettings'), library!.webContents)).rejects.toThrow(
        /not one of Unhunch's own pages/,
      );
    });

    it('runs a Squirrel install event and exits, starting nothing (Windows installs only)', async () => {
      const fake = await boot({ packaged: true, argv: [EXECUTABLE, '--squirrel-install', '0.1.0'] });
      // Update.exe is not there in a test, so it ends at once: the run exits cleanly either way.
      await vi.waitFor(() => expect(fake.app.quitted).toBe(true));
      if (fake.platform === 'win32') {
        expect(fake.app.exitCode).toBe(0);
        expect(fake.trays).toHaveLength(0);
      } else {
        // Elsewhere the flag is no command of ours: a mistake, answered with a message.
        expect(fake.app.exitCode).toBe(2);
      }
    });

    it('keeps going when the system refuses notifications: the break still comes, the log says why', async () => {
      useFakeTime();
      const fake = await boot();
      // Windows and macOS report a toast they could not show through `failed`; elsewhere none is possible.
      fake.notificationFailure = 'notifications are turned off for this app';
      fake.notificationsSupported = fake.platform !== 'linux';
      await vi.advanceTimersByTimeAsync(minutes(19) + 31_000);
      expect(fake.notifications).toEqual([]);
      expect(warned('the notice was not shown')).toBe(true);
      await vi.advanceTimersByTimeAsync(40_000);
      expect(fake.liveWindows().map((window) => window.url.replace(/.*#/, '#'))).toEqual([
        '#/player?lang=en',
      ]);
    });

    it('counts a locked screen as time away, told by logind on Linux and by Electron elsewhere', async () => {
      useFakeTime();
      const fake = await boot();
      await vi.advanceTimersByTimeAsync(minutes(15));
      // Idle time stays 0 while locked, as Chromium reports it on Wayland: only the lock says "away".
      lockScreen(fake, true);
      await vi.advanceTimersByTimeAsync(minutes(10));
      lockScreen(fake, false);
      await vi.advanceTimersByTimeAsync(minutes(1));
      expect(fake.liveWindows()).toHaveLength(0);
      expect(fake.tray().tooltip).toMatch(/Stretch in (19|20) min/);
    });
  });

  // Only Linux can lack a tray host: Windows and macOS always show tray icons.
  if (process.platform === 'linux')
    describe('on Linux without a tray host (stock GNOME)', () => {
      it('opens the welcome window at every start, and a second launch brings it back', async () => {
        desktop.trayHost = 'absent';
        const fake = await boot();
        await settle();
        const [welcome] = fake.liveWindows();
        expect(welcome?.url).toMatch(/#\/welcome\?lang=en$/);
        const api = await preloadInto(fake, welcome!);
        expect(await api.getWelcome()).toEqual({ platform: 'linux', trayHost: 'absent' });
        welcome!.close();
        await settle();
        fake.app.emit('second-instance', {}, ['unhunch'], '/');
        expect(fake.liveWindows().map((window) => window.url.replace(/.*#/, '#'))).toEqual([
          '#/welcome?lang=en',
        ]);
      });
    });
});
