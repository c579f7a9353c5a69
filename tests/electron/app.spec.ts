import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
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
