/**
 * The real D-Bus path of the tray-host check: our `gdbus` / `dbus-send` calls against a fake
 * StatusNotifierWatcher (tests/fakes/fake-status-notifier-watcher.py) on a private session bus. Covers
 * a desktop with a tray (KDE, GNOME with the AppIndicator extension), a watcher no panel has registered
 * with, and stock GNOME, where nobody owns the watcher's name.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCommandRunner, type RunCommand } from '../../src/main/idle/command-runner';
import { STATUS_NOTIFIER_WATCHER, detectTrayHost } from '../../src/main/tray-host';
import {
  busNameHasOwner,
  dbusServiceTestSetup,
  startSessionBus,
  stop,
  waitFor,
  type SessionBus,
} from '../fakes/private-session';

const { python, skipReason } = dbusServiceTestSetup('Tray-host D-Bus test');
if (skipReason) console.log(skipReason);

const fakeWatcher = resolve('tests/fakes/fake-status-notifier-watcher.py');
const missingTool = (file: string): Promise<never> =>
  Promise.reject(Object.assign(new Error(`spawn ${file} ENOENT`), { code: 'ENOENT' }));

describe.skipIf(skipReason !== undefined)('tray host on a private session bus', () => {
  let bus: SessionBus;
  let watcher: ChildProcess | undefined;
  let run: RunCommand;

  beforeEach(async () => {
    bus = await startSessionBus();
    // Only the children get the private bus; this process's environment is left alone.
    run = createCommandRunner({ env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: bus.address } });
  });

  afterEach(async () => {
    await stop(watcher);
    watcher = undefined;
    await stop(bus?.process);
  });

  async function startWatcher(...args: string[]): Promise<void> {
    watcher = spawn(python as string, [fakeWatcher, ...args], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: bus.address },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitFor('the fake watcher to own its name', () =>
      busNameHasOwner(bus.address, STATUS_NOTIFIER_WATCHER) ? true : undefined,
    );
  }

  // A loaded machine can be slow to spawn python and two gdbus calls; the deadline is not under test here.
  const detect = (runner: RunCommand, log = vi.fn()) =>
    detectTrayHost({ platform: 'linux', run: runner, deadlineMs: 10_000, log });

  it('is present where a watcher has a host registered', async () => {
    await startWatcher('--host');
    const log = vi.fn();
    expect(await detect(run, log)).toBe('present');
    expect(log).not.toHaveBeenCalled();
  });

  it('is absent where the watcher has no host, and present once a panel registers', async () => {
    await startWatcher();
    expect(await detect(run)).toBe('absent');

    await run('dbus-send', [
      '--session',
      '--print-reply',
      `--dest=${STATUS_NOTIFIER_WATCHER}`,
      '/StatusNotifierWatcher',
      `${STATUS_NOTIFIER_WATCHER}.RegisterStatusNotifierHost`,
      'string:org.kde.StatusNotifierHost-1',
    ]);
    expect(await detect(run)).toBe('present');
  });

  it('is absent where nobody owns the watcher name (stock GNOME)', async () => {
    expect(await detect(run)).toBe('absent');
  });

  it('asks the same through dbus-send where gdbus is not installed', async () => {
    const noGdbus: RunCommand = (file, args) => (file === 'gdbus' ? missingTool(file) : run(file, args));
    expect(await detect(noGdbus)).toBe('absent');
    await startWatcher();
    expect(await detect(noGdbus)).toBe('absent');
    await stop(watcher);
    await startWatcher('--host');
    expect(await detect(noGdbus)).toBe('present');
  });

  it('is unknown, with the reason logged, when neither tool is installed', async () => {
    await startWatcher();
    const log = vi.fn();
    expect(await detect(missingTool, log)).toBe('unknown');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('assuming they are'), [
      expect.stringContaining('ENOENT'),
    ]);
  });

  it('is unknown when there is no session bus to ask', async () => {
    const noBus = createCommandRunner({
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/unhunch-test-bus' },
    });
    expect(await detect(noBus)).toBe('unknown');
  });
});
