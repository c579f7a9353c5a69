import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UnhunchApi } from '../../src/shared/ipc-contract';
import { requestChannel } from '../../src/shared/ipc-contract';

vi.mock('electron', () => import('../fakes/electron'));

type FakeElectron = typeof import('../fakes/electron');

/** Boots src/main/index.ts against a fresh fake Electron and waits for its start-up to settle. */
async function boot(options: { hasLock?: boolean } = {}) {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as FakeElectron;
  const fake = electron.resetFake();
  fake.app.hasLock = options.hasLock ?? true;
  await import('../../src/main/index');
  await settle();
  return fake;
}

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

afterEach(() => {
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
});
