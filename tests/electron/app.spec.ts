import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
if ('missing' in binary) console.log(`Skipping the Electron specs: ${binary.missing}`);

test.describe('the real app in Electron', () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

  let app: ElectronApplication;

  test.beforeEach(async () => {
    app = await electron.launch({
      executablePath: 'path' in binary ? binary.path : undefined,
      args: ['out/main/index.js', '--no-sandbox'],
    });
  });

  test.afterEach(async () => {
    await app.close();
  });

  test('starts with no window, then plays an exercise from the library by keyboard', async () => {
    expect(app.windows()).toHaveLength(0);
    // A second launch surfaces the library; the tray itself is out of Playwright's reach.
    await app.evaluate(({ app: electronApp }) => electronApp.emit('second-instance'));
    const library = await app.firstWindow();
    await expect(library.getByRole('heading', { name: 'Exercise library' })).toBeVisible();

    await library.getByRole('button', { name: 'Start Chin tuck' }).click();
    const player = await app.waitForEvent('window', (page) => page.url().endsWith('#/player'));
    await expect(player.getByRole('heading', { level: 1 })).toHaveText('Chin tuck');
    // Isolation seen from the page: no Node, no Electron internals, only the bridge.
    const exposed = await player.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys(window.unhunch).sort(),
    }));
    expect(exposed.require).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    expect(exposed.bridge).toContain('finishSession');

    await player.keyboard.press('Space');
    await expect(player.getByRole('button', { name: 'Pause' })).toBeVisible();
    await player.keyboard.press('ArrowRight');
    await player.keyboard.press('Escape');
    await expect.poll(() => app.windows().filter((page) => page.url().endsWith('#/player')).length).toBe(0);
  });
});

/**
 * A scheduled break in the real app: a micro break every minute with no heads-up, on a fresh user-data
 * folder, and an idle threshold long enough that a machine nobody types on still counts as in use.
 */
async function launchWithBreakEveryMinute(settings: Record<string, unknown>): Promise<ElectronApplication> {
  const userData = mkdtempSync(join(tmpdir(), 'unhunch-electron-'));
  writeFileSync(
    join(userData, 'settings.json'),
    JSON.stringify({
      schemaVersion: 2,
      settings: {
        microBreak: { everyMinutes: 1, durationSeconds: 30 },
        longBreak: { enabled: false },
        warning: { seconds: 0 },
        idle: { thresholdSeconds: 3600 },
        ...settings,
      },
    }),
  );
  return electron.launch({
    executablePath: 'path' in binary ? binary.path : undefined,
    args: ['out/main/index.js', '--no-sandbox', `--user-data-dir=${userData}`],
  });
}

/** What main knows of its windows: the page each shows, and how it stands. */
function windowStates(app: ElectronApplication) {
  return app.evaluate(({ BrowserWindow, screen }) =>
    BrowserWindow.getAllWindows().map((window) => ({
      view: window.webContents.getURL().replace(/.*#/, '#'),
      bounds: window.getBounds(),
      display: screen.getDisplayMatching(window.getBounds()).id,
      onTop: window.isAlwaysOnTop(),
      focusable: window.isFocusable(),
      focused: window.isFocused(),
      closable: window.isClosable(),
    })),
  );
}

test.describe('breaks in the real app', () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');
  // A minute of active time before the break, then the break itself.
  test.setTimeout(150_000);

  let app: ElectronApplication;
  test.afterEach(async () => {
    await app?.close().catch(() => {});
  });

  async function untilBreak(): Promise<Page> {
    return app.waitForEvent('window', {
      predicate: (page) => page.url().endsWith('#/player'),
      timeout: 100_000,
    });
  }

  test('every screen: the player where the pointer is, one unfocusable cover on each other display, closed together', async () => {
    app = await launchWithBreakEveryMinute({ breakScreens: 'all' });
    const player = await untilBreak();
    await expect(player.getByRole('heading', { level: 1 })).toBeVisible();
    const displays = await app.evaluate(({ screen }) =>
      screen.getAllDisplays().map(({ id, bounds }) => ({ id, bounds })),
    );
    const wayland = await app.evaluate(() => process.env['XDG_SESSION_TYPE'] === 'wayland');
    await expect
      .poll(async () => (await windowStates(app)).filter(({ view }) => view === '#/cover').length)
      .toBe(wayland ? 0 : displays.length - 1);
    const states = await windowStates(app);
    const playerState = states.find(({ view }) => view === '#/player')!;
    const coverStates = states.filter(({ view }) => view === '#/cover');
    expect(playerState.focused).toBe(true);
    expect(playerState.onTop).toBe(!wayland);
    for (const cover of coverStates) {
      expect(cover.focusable).toBe(false);
      expect(cover.focused).toBe(false);
      expect(cover.onTop).toBe(true);
      expect(displays.map(({ bounds }) => bounds)).toContainEqual(cover.bounds);
      expect(cover.display).not.toBe(playerState.display);
    }

    // Leaving the break (Esc: it may be skipped) takes every cover with it.
    await player.keyboard.press('Escape');
    await expect.poll(async () => (await windowStates(app)).length).toBe(0);
  });

  test("strict: the window refuses the window manager's close, Esc and its own page; quitting still quits", async () => {
    app = await launchWithBreakEveryMinute({ strict: true });
    const player = await untilBreak();
    await expect(player.getByRole('heading', { level: 1 })).toBeVisible();
    const onTop = await app.evaluate(
      () => process.platform !== 'linux' || process.env['XDG_SESSION_TYPE'] !== 'wayland',
    );
    const [state] = await windowStates(app);
    expect(state).toMatchObject({ view: '#/player', onTop });
    if (process.platform !== 'linux') expect(state!.closable).toBe(false);

    // As the window manager's close button asks, then Esc, then the page's own close request.
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await player.keyboard.press('Escape');
    await player.evaluate(() => window.unhunch.closeWindow());
    await player.waitForTimeout(500);
    expect(await windowStates(app)).toHaveLength(1);

    // Quitting from the tray is app.quit(): the held window must not cancel it.
    const closed = new Promise<void>((resolve) => app.process().once('exit', () => resolve()));
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    await closed;
  });
});
