/**
 * The real D-Bus path for Wayland idle time: our `gdbus` / `dbus-send` client against a fake idle
 * service of ours (tests/fakes/fake-idle-monitor.py) on a private session bus. Covers GNOME's Mutter
 * IdleMonitor, the org.freedesktop.ScreenSaver fallback, and KDE-on-Wayland's NotSupported answer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCommandRunner, type RunCommand } from '../../src/main/idle/command-runner';
import { createDbusUintCall } from '../../src/main/idle/dbus-call';
import { mutterIdleReader, screenSaverIdleReader } from '../../src/main/idle/idle-readers';
import { chooseIdleSource } from '../../src/main/idle/idle-source';
import {
  busNameHasOwner,
  dbusServiceTestSetup,
  startSessionBus,
  stop,
  waitFor,
  type SessionBus,
} from '../fakes/private-session';

const { python, skipReason } = dbusServiceTestSetup('D-Bus idle test');
if (skipReason) console.log(skipReason);

const fakeService = resolve('tests/fakes/fake-idle-monitor.py');
const wayland = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' };

describe.skipIf(skipReason !== undefined)('idle time from a D-Bus service', () => {
  let bus: SessionBus;
  let service: ChildProcess | undefined;
  let run: RunCommand;
  let now = 0;
  const clock = { nowMs: () => now };

  beforeEach(async () => {
    bus = await startSessionBus();
    // Only the child gets the private bus; this process's environment is left alone.
    run = createCommandRunner({ env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: bus.address } });
    now = 10_000;
  });

  afterEach(async () => {
    await stop(service);
    service = undefined;
    await stop(bus?.process);
  });

  async function startService(args: string[], owns: string): Promise<void> {
    service = spawn(python as string, [fakeService, ...args], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: bus.address },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitFor(`the fake service to own ${owns}`, () =>
      busNameHasOwner(bus.address, owns) ? true : undefined,
    );
  }

  async function control(method: 'SetIdleMs' | 'Calls', ...args: string[]): Promise<string> {
    return run('dbus-send', [
      '--session',
      '--print-reply=literal',
      '--dest=org.unhunch.Test.FakeIdle',
      '/org/unhunch/Test/FakeIdle',
      `org.unhunch.Test.FakeIdle.${method}`,
      ...args,
    ]);
  }

  function choose(runner: RunCommand, log = vi.fn()) {
    const call = createDbusUintCall(runner);
    return chooseIdleSource({
      env: wayland,
      platform: 'linux',
      electronIdle: () => 0,
      dbus: [mutterIdleReader(call), screenSaverIdleReader(call)],
      clock,
      log,
    });
  }

  it('reads GNOME Mutter through gdbus, then refreshes without blocking', async () => {
    await startService(['--mutter', '--idle-ms', '1234'], 'org.gnome.Mutter.IdleMonitor');
    const { source, via } = await choose(run);
    expect(via).toBe('org.gnome.Mutter.IdleMonitor');
    expect(source.idleSeconds()).toBe(1.234);

    await control('SetIdleMs', 'uint64:90000');
    now += 4000;
    // Answers at once from the last reading (extrapolated) and starts a refresh in the background.
    expect(source.idleSeconds()).toBe(5.234);
    await waitFor('the refreshed reading', () => (source.idleSeconds() === 90 ? true : undefined));
    // The probe and one refresh: polling idleSeconds() while waiting did not call D-Bus again.
    expect(await control('Calls')).toMatch(/uint32 2\b/);
  });

  it('reads Mutter through dbus-send where gdbus is not installed', async () => {
    await startService(['--mutter', '--idle-ms', '4321'], 'org.gnome.Mutter.IdleMonitor');
    const noGdbus: RunCommand = (file, args) =>
      file === 'gdbus'
        ? Promise.reject(Object.assign(new Error('spawn gdbus ENOENT'), { code: 'ENOENT' }))
        : run(file, args);
    const { source, via } = await choose(noGdbus);
    expect(via).toBe('org.gnome.Mutter.IdleMonitor');
    expect(source.idleSeconds()).toBe(4.321);
  });

  it('falls back to org.freedesktop.ScreenSaver when Mutter is absent', async () => {
    await startService(['--screensaver', '--idle-ms', '65000'], 'org.freedesktop.ScreenSaver');
    const { source, via } = await choose(run);
    expect(via).toBe('org.freedesktop.ScreenSaver');
    expect(source.idleSeconds()).toBe(65);
  });

  it("keeps Electron's source, with a warning, when ScreenSaver answers NotSupported", async () => {
    await startService(['--screensaver-not-supported'], 'org.freedesktop.ScreenSaver');
    const log = vi.fn();
    const { via } = await choose(run, log);
    expect(via).toBe('electron');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('lock and suspend'), [
      expect.stringMatching(/Mutter.*(ServiceUnknown|NameHasNoOwner)/),
      expect.stringMatching(/ScreenSaver.*NotSupported/),
    ]);
  });
});
