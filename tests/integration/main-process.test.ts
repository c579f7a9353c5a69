import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { UnhunchApi } from '../../src/shared/ipc-contract';
import { eventChannel, requestChannel } from '../../src/shared/ipc-contract';

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

/**
 * The desktop as the moment detectors see it: GNOME's show-banners answers (false = do not disturb) and
 * /proc lists `desktop.processes` (for app rules); every other tool is "not installed" and no camera
 * device exists, so nothing else holds.
 */
const desktop = vi.hoisted(() => ({ doNotDisturb: false, processes: [] as string[] }));
vi.mock('../../src/main/moments', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/main/moments')>();
  const missing = (file: string) => Object.assign(new Error(`${file}: not installed`), { code: 'ENOENT' });
  return {
    ...original,
    createCommandRunner: () => async (file: string, args: readonly string[]) => {
      if (file === 'gsettings' && args.includes('show-banners'))
        return desktop.doNotDisturb ? 'false\n' : 'true\n';
      throw missing(file);
    },
    nodeMomentFs: {
      readdir: async (path: string) =>
        path === '/proc' ? desktop.processes.map((_, index) => String(index + 100)) : [],
      readlink: async () => '',
      readFile: async (path: string) => {
        const pid = /^\/proc\/(\d+)\/comm$/.exec(path)?.[1];
        return pid === undefined ? '' : `${desktop.processes[Number(pid) - 100] ?? ''}\n`;
      },
    },
  };
});

type FakeElectron = typeof import('../fakes/electron');

/** Boots src/main/index.ts against a fresh fake Electron and waits for its start-up to settle. */
async function boot(options: { hasLock?: boolean; files?: Record<string, string> } = {}) {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as FakeElectron;
  const fake = electron.resetFake();
  fake.app.hasLock = options.hasLock ?? true;
  for (const [name, text] of Object.entries(options.files ?? {}))
    writeFileSync(join(fake.userData, name), text);
  await import('../../src/main/index');
  await settle();
  return fake;
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
    expect(player!.url).toMatch(/#\/player$/);
    expect(player!.visible).toBe(true);

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

  it('starts an exercise picked in the library window in the player window', async () => {
    const fake = await boot();
    fake.clickTrayItem('Exercise library');
    const [library] = fake.liveWindows();
    expect(library!.url).toMatch(/#\/library$/);
    const api = await preloadInto(fake, library!);

    await api.startExercise({ exerciseId: 'chin-tuck' });
    const player = fake.liveWindows().find((window) => window.url.endsWith('#/player'));
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
  });

  it('keeps running when the last window closes, and quits from the tray', async () => {
    const fake = await boot();
    fake.clickTrayItem('Quick stretch');
    fake.liveWindows()[0]!.close();
    expect(fake.app.listenerCount('window-all-closed')).toBeGreaterThan(0);
    expect(fake.app.quitting).toBe(false);
    fake.clickTrayItem('Quit Unhunch');
    expect(fake.app.quitting).toBe(true);
  });

  it('a second instance quits at once; the first surfaces a window', async () => {
    const second = await boot({ hasLock: false });
    expect(second.app.quitting).toBe(true);
    expect(second.trays).toHaveLength(0);

    const first = await boot();
    first.app.emit('second-instance');
    expect(first.liveWindows()).toHaveLength(1);
  });

  describe('breaks', () => {
    it('warns before a micro break, opens the break window, and counts it done when the player says so', async () => {
      useFakeTime();
      const fake = await boot();
      expect(fake.tray().tooltip).toMatch(/Stretch in 20 min/);

      // The user keeps working (idle stays 0) until half a minute before the break.
      await vi.advanceTimersByTimeAsync(minutes(19) + 31_000);
      expect(fake.notifications.at(-1)).toMatchObject({
        title: expect.stringMatching(/^Stretch break in \d+ s$/),
      });
      expect(fake.trayLabels()).toEqual(expect.arrayContaining(['Postpone break', 'Skip break']));
      expect(fake.liveWindows()).toHaveLength(0);

      await vi.advanceTimersByTimeAsync(40_000);
      const [player] = fake.liveWindows();
      expect(player?.url).toMatch(/#\/player$/);
      const api = await preloadInto(fake, player!);
      const session = await api.getPlayerSession();
      expect(session).toMatchObject({ reason: 'micro', canPostpone: true, canSkip: true });
      // The break plays what the warning announced.
      expect(String(fake.notifications.at(-1)?.['body'])).toContain(session!.title);
      // It came through Electron because node-notifier failed here, and the app said so.
      expect(warned('[unhunch] node-notifier failed; falling back to Electron notifications')).toBe(true);

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
      expect(String((fake.tray().image as { path: string }).path)).toMatch(/tray-paused\.png$/);
      expect(fake.trayLabels()).toContain('Resume breaks');

      await vi.advanceTimersByTimeAsync(minutes(50));
      expect(fake.liveWindows()).toHaveLength(0);
      fake.clickTrayItem('Resume breaks');
      expect(fake.tray().tooltip).toMatch(/Stretch in 20 min/);
      expect(String((fake.tray().image as { path: string }).path)).toMatch(/tray\.png$/);
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
      const fake = await boot();
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
      expect(player?.url).toMatch(/#\/player$/);
      const api = await preloadInto(fake, player!);
      expect(await api.getPlayerSession()).toMatchObject({ reason: 'micro' });
    });

    it('holds breaks while a "pause while" app runs, never falls back to a notification, and plays once it quits', async () => {
      useFakeTime();
      const settings = { schemaVersion: 2, settings: { moments: { pauseWhileApps: ['zoom'] } } };
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
      // Held from the warning point (19.5 min); 30 min later it is offered gently.
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
      fake.powerMonitor.emit('lock-screen');
      await vi.advanceTimersByTimeAsync(minutes(10));
      fake.powerMonitor.emit('unlock-screen');
      fake.powerMonitor.idleSeconds = 0;
      await vi.advanceTimersByTimeAsync(minutes(1));
      expect(fake.liveWindows()).toHaveLength(0);
      // Without the natural break only 4 minutes would be left; the engine notices the return within a poll.
      expect(fake.tray().tooltip).toMatch(/Stretch in (19|20) min/);
    });
  });

  describe('settings, history and progress', () => {
    it('opens Settings… and Progress from the tray, one window each', async () => {
      const fake = await boot();
      fake.clickTrayItem('Settings…');
      fake.clickTrayItem('Progress');
      fake.clickTrayItem('Settings…');
      expect(fake.liveWindows().map((window) => window.url.replace(/^.*#/, '#'))).toEqual([
        '#/settings',
        '#/progress',
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
      expect(fake.app.loginItem.openAtLogin).toBe(true);
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
      const player = fake.liveWindows().find((window) => window.url.endsWith('#/player'));
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
      const player = fake.liveWindows().find((window) => window.url.endsWith('#/player'));
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
      expect(readJson(fake, 'history.json')).toMatchObject({ activeMinutes: { '2026-11-24': 5 } });
    });
  });
});
