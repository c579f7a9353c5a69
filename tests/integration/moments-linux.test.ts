/**
 * The moment detectors against real Linux desktop pieces, read through the same code the app runs
 * (createMomentMonitor / the detectors with the real command runner and file system):
 *
 * - do-not-disturb from a fake org.freedesktop.Notifications server of ours
 *   (tests/fakes/moments/fake-notifications.py) on a private session bus, Inhibited toggled;
 * - GNOME's show-banners through gsettings, on the keyfile backend in a temporary config directory
 *   (the memory backend forgets between processes, and dconf would touch the developer's settings);
 * - fullscreen under a private Xvfb with openbox, toggled with wmctrl;
 * - the camera scan of /proc, with a child process holding a temporary "video device" open;
 * - microphone capture from a private PulseAudio server (null source and sink), recorded with parecord.
 *
 * Each group skips, saying why, only when a tool it needs is not installed; CI installs them all.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HoldReason } from '../../src/main/engine/moment';
import { cameraInUse } from '../../src/main/moments/camera-linux';
import { microphoneInUse } from '../../src/main/moments/microphone-pulse';
import { createDetectors } from '../../src/main/moments/detectors';
import {
  createCommandRunner,
  createMomentMonitor,
  nodeMomentFs,
  type Detector,
  type MomentSettings,
  type RunCommand,
} from '../../src/main/moments';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import {
  busNameHasOwner,
  missingCommands,
  pythonWith,
  startSessionBus,
  startXvfb,
  stop,
  waitFor,
  type SessionBus,
  type XServer,
} from '../fakes/private-session';

const linux = process.platform === 'linux';

/** Why a group cannot run here, or undefined; printed so a skipped group never passes silently. */
function skipBecause(group: string, commands: string[], debian: string, extra?: () => string | undefined) {
  if (!linux) return `${group}: Linux only`;
  const missing = missingCommands(commands);
  if (missing.length > 0) return `${group} skipped: missing ${missing.join(', ')} (Debian: ${debian})`;
  const other = extra?.();
  if (other) return `${group} skipped: ${other}`;
  return undefined;
}

const python = linux ? pythonWith(['dbus', 'dbus.mainloop.glib', 'gi.repository.GLib']) : undefined;
const needPython = () =>
  python ? undefined : 'no python3 with dbus and gi (Debian: python3-dbus python3-gi)';

/** Whether gsettings sees the GNOME notifications schema (gsettings-desktop-schemas). */
function hasNotificationSchema(): boolean {
  try {
    execFileSync('gsettings', ['list-keys', 'org.gnome.desktop.notifications'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const dbusSkip = skipBecause(
  'Do-not-disturb over D-Bus test',
  ['dbus-daemon', 'dbus-send', 'gdbus', 'gsettings'],
  'dbus libglib2.0-bin',
  needPython,
);
const gnomeSkip = skipBecause(
  'GNOME show-banners test',
  ['dbus-daemon', 'dbus-send', 'gdbus', 'gsettings'],
  'dbus libglib2.0-bin',
  () =>
    needPython() ??
    (hasNotificationSchema()
      ? undefined
      : 'no org.gnome.desktop.notifications schema (Debian: gsettings-desktop-schemas)'),
);
const fullscreenSkip = skipBecause(
  'X11 fullscreen test',
  ['Xvfb', 'openbox', 'xprop', 'wmctrl', 'xmessage'],
  'xvfb openbox x11-utils wmctrl',
);
const cameraSkip = skipBecause('Camera /proc scan test', ['sleep'], 'coreutils');
const pulseSkip = skipBecause(
  'Microphone capture test',
  ['pulseaudio', 'pactl', 'parecord'],
  'pulseaudio pulseaudio-utils',
);
for (const reason of [dbusSkip, gnomeSkip, fullscreenSkip, cameraSkip, pulseSkip])
  if (reason) console.log(reason);

const only = (overrides: Partial<MomentSettings>): MomentSettings => ({
  ...DEFAULT_SETTINGS.moments,
  doNotDisturb: false,
  fullscreen: false,
  calls: false,
  ...overrides,
});

function detectorFor(reason: HoldReason, run: RunCommand, env: NodeJS.ProcessEnv): Detector {
  const detectors = createDetectors({
    platform: 'linux',
    run,
    fs: nodeMomentFs,
    env,
    appRules: () => ({ pauseWhileApps: [], onlyWhileApps: [] }),
  });
  const detector = detectors.find((candidate) => candidate.reason === reason);
  if (!detector) throw new Error(`no ${reason} detector`);
  return detector;
}

/** A private bus with our fake notification server on it. */
function notificationsBus() {
  const fakeServer = resolve('tests/fakes/moments/fake-notifications.py');
  let bus: SessionBus | undefined;
  let server: ChildProcess | undefined;
  return {
    get address(): string {
      if (!bus) throw new Error('bus not started');
      return bus.address;
    },
    async start(args: string[]): Promise<void> {
      bus = await startSessionBus();
      const address = bus.address;
      server = spawn(python as string, [fakeServer, ...args], {
        env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: address },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      await waitFor('the fake server to own org.freedesktop.Notifications', () =>
        busNameHasOwner(address, 'org.freedesktop.Notifications') ? true : undefined,
      );
    },
    async stop(): Promise<void> {
      await stop(server);
      await stop(bus?.process);
      server = undefined;
      bus = undefined;
    },
  };
}

describe.skipIf(dbusSkip !== undefined)('do-not-disturb from the Notifications Inhibited property', () => {
  const fake = notificationsBus();
  let noSchemas: string;
  let env: NodeJS.ProcessEnv;
  let run: RunCommand;

  beforeEach(() => {
    // An empty data directory hides the GNOME schemas, as on a KDE system without GTK apps, so only
    // the Notifications service can answer.
    noSchemas = mkdtempSync(join(tmpdir(), 'unhunch-no-schemas-'));
  });

  afterEach(async () => {
    await fake.stop();
    rmSync(noSchemas, { recursive: true, force: true });
  });

  async function startServer(args: string[]): Promise<void> {
    await fake.start(args);
    env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: fake.address, XDG_DATA_DIRS: noSchemas };
    run = createCommandRunner({ env });
  }

  it('holds breaks through the monitor while Inhibited is true, and lets them go when it turns false', async () => {
    await startServer([]);
    const log = vi.fn();
    const monitor = createMomentMonitor({
      platform: 'linux',
      run,
      fs: nodeMomentFs,
      log,
      env,
      settings: only({ doNotDisturb: true }),
    });
    const changes: (readonly HoldReason[])[] = [];
    monitor.onChange((reasons) => changes.push(reasons));

    await monitor.refresh();
    expect(monitor.holdReasons()).toEqual([]);

    await run('dbus-send', [
      '--session',
      '--print-reply',
      '--dest=org.freedesktop.Notifications',
      '/org/freedesktop/Notifications',
      'org.unhunch.Test.FakeNotifications.SetInhibited',
      'boolean:true',
    ]);
    await monitor.refresh();
    expect(monitor.holdReasons()).toEqual(['dnd']);

    await run('dbus-send', [
      '--session',
      '--print-reply',
      '--dest=org.freedesktop.Notifications',
      '/org/freedesktop/Notifications',
      'org.unhunch.Test.FakeNotifications.SetInhibited',
      'boolean:false',
    ]);
    await monitor.refresh();
    expect(changes).toEqual([['dnd'], []]);
    expect(log).not.toHaveBeenCalled();
  });

  it("cannot tell with a server that has no Inhibited property (GNOME Shell's) and no GNOME schema", async () => {
    await startServer(['--no-inhibited']);
    expect(await detectorFor('dnd', run, env).detect()).toBe('unknown');
  });
});

describe.skipIf(gnomeSkip !== undefined)("do-not-disturb from GNOME's show-banners setting", () => {
  const fake = notificationsBus();
  let configHome: string;
  let env: NodeJS.ProcessEnv;
  let run: RunCommand;

  beforeEach(() => {
    configHome = mkdtempSync(join(tmpdir(), 'unhunch-gsettings-'));
  });

  afterEach(async () => {
    await fake.stop();
    rmSync(configHome, { recursive: true, force: true });
  });

  async function startServer(args: string[]): Promise<void> {
    // The private bus keeps the developer's real notification server out of the answer.
    await fake.start(args);
    env = {
      ...process.env,
      DBUS_SESSION_BUS_ADDRESS: fake.address,
      GSETTINGS_BACKEND: 'keyfile',
      XDG_CONFIG_HOME: configHome,
    };
    run = createCommandRunner({ env });
  }

  const setShowBanners = (value: boolean) =>
    run('gsettings', ['set', 'org.gnome.desktop.notifications', 'show-banners', String(value)]);

  it('is on while show-banners is false, with a GNOME Shell-like server that has no Inhibited', async () => {
    await startServer(['--no-inhibited']);
    const detector = detectorFor('dnd', run, env);
    expect(await detector.detect()).toBe(false);
    await setShowBanners(false);
    expect(await detector.detect()).toBe(true);
    await setShowBanners(true);
    expect(await detector.detect()).toBe(false);
  });

  it("still sees KDE's Inhibited where the GNOME schema is installed but unused", async () => {
    await startServer(['--inhibited']);
    await setShowBanners(true);
    expect(await detectorFor('dnd', run, env).detect()).toBe(true);
  });
});

describe.skipIf(fullscreenSkip !== undefined)('fullscreen on X11 (Xvfb + openbox)', () => {
  let x: XServer;
  let wm: ChildProcess | undefined;
  let client: ChildProcess | undefined;
  let configHome: string;
  let env: NodeJS.ProcessEnv;
  let run: RunCommand;

  beforeAll(async () => {
    x = await startXvfb();
    configHome = mkdtempSync(join(tmpdir(), 'unhunch-openbox-'));
    const { WAYLAND_DISPLAY: _wayland, ...rest } = process.env;
    env = { ...rest, DISPLAY: x.display, XDG_SESSION_TYPE: 'x11', XDG_CONFIG_HOME: configHome };
    run = createCommandRunner({ env });
    wm = spawn('openbox', ['--sm-disable'], { env, stdio: 'ignore' });
    // wmctrl -m answers once the window manager has claimed the screen.
    // Generous: on a loaded 2-core machine a window manager can take seconds to claim the screen.
    await waitFor(
      'openbox to manage the screen',
      async () => ((await run('wmctrl', ['-m'])) ? true : undefined),
      { timeoutMs: 20_000 },
    );
  }, 30_000);

  afterAll(async () => {
    await stop(client);
    await stop(wm);
    await stop(x?.process);
    if (configHome) rmSync(configHome, { recursive: true, force: true });
  });

  it('is not fullscreen without an active window', async () => {
    expect(await detectorFor('fullscreen', run, env).detect()).toBe(false);
  });

  it('follows the active window into and out of fullscreen', async () => {
    const detector = detectorFor('fullscreen', run, env);
    client = spawn('xmessage', ['-geometry', '300x100', 'unhunch fullscreen test'], { env, stdio: 'ignore' });
    await waitFor('the test window to become active', async () =>
      /window id # 0x0*[1-9a-f]/.test(await run('xprop', ['-root', '_NET_ACTIVE_WINDOW'])) ? true : undefined,
    );
    expect(await detector.detect()).toBe(false);

    await run('wmctrl', ['-r', ':ACTIVE:', '-b', 'add,fullscreen']);
    await waitFor('the detector to see fullscreen', async () =>
      (await detector.detect()) ? true : undefined,
    );

    await run('wmctrl', ['-r', ':ACTIVE:', '-b', 'remove,fullscreen']);
    await waitFor('the detector to see the window leave fullscreen', async () =>
      (await detector.detect()) === false ? true : undefined,
    );
  });
});

describe.skipIf(cameraSkip !== undefined)('camera in use, from the /proc scan', () => {
  let dir: string;
  let devicePrefix: string;
  let holder: ChildProcess | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'unhunch-camera-'));
    devicePrefix = join(dir, 'video');
    writeFileSync(`${devicePrefix}0`, '');
  });

  afterEach(async () => {
    await stop(holder);
    holder = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  /** A child that holds the fake device open as its fd 3, like a video app holds /dev/video0. */
  function holdDevice(): ChildProcess {
    const fd = openSync(`${devicePrefix}0`, 'r');
    try {
      return spawn('sleep', ['60'], { stdio: ['ignore', 'ignore', 'ignore', fd] });
    } finally {
      closeSync(fd);
    }
  }

  it('finds a process holding the device, and no longer once it exits', async () => {
    expect(await cameraInUse({ fs: nodeMomentFs, devicePrefix })).toBe(false);
    holder = holdDevice();
    expect(await cameraInUse({ fs: nodeMomentFs, devicePrefix })).toBe(true);
    await stop(holder);
    expect(await cameraInUse({ fs: nodeMomentFs, devicePrefix })).toBe(false);
  });

  it('holds breaks for a call through the monitor even with no sound server to ask', async () => {
    // A sound server that does not exist: pactl (if installed) fails, so the microphone part is unknown.
    const env = { ...process.env, PULSE_SERVER: `unix:${join(dir, 'no-pulse')}` };
    const monitor = createMomentMonitor({
      platform: 'linux',
      run: createCommandRunner({ env }),
      fs: nodeMomentFs,
      log: vi.fn(),
      env,
      settings: only({ calls: true }),
      videoDevicePrefix: devicePrefix,
    });
    await monitor.refresh();
    expect(monitor.holdReasons()).toEqual([]);
    holder = holdDevice();
    await monitor.refresh();
    expect(monitor.holdReasons()).toEqual(['call']);
  });
});

// A loaded 2-core machine can take seconds to start streams and servers: generous limits throughout.
describe.skipIf(pulseSkip !== undefined)(
  'microphone in use, from a private PulseAudio server',
  { timeout: 40_000 },
  () => {
    const slow = { timeoutMs: 15_000 };
    let dir: string;
    let server: ChildProcess | undefined;
    let recorders: ChildProcess[] = [];
    let env: NodeJS.ProcessEnv;
    let run: RunCommand;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'unhunch-pulse-'));
      const socket = join(dir, 'native');
      // Everything the server writes stays in the temporary directory; -n skips the user's default.pa, so
      // the only devices are a silent microphone and a silent speaker (whose ".monitor" is loopback).
      env = { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir, PULSE_RUNTIME_PATH: join(dir, 'pulse') };
      server = spawn(
        'pulseaudio',
        [
          '-n',
          '--daemonize=no',
          '--exit-idle-time=-1',
          '--use-pid-file=no',
          '-L',
          `module-native-protocol-unix socket=${socket} auth-anonymous=1`,
          '-L',
          'module-null-sink sink_name=speaker',
          '-L',
          'module-null-source source_name=microphone',
        ],
        { env, stdio: 'ignore' },
      );
      env = { ...env, PULSE_SERVER: `unix:${socket}` };
      run = createCommandRunner({ env });
      await waitFor(
        'PulseAudio to list its microphone',
        async () =>
          (await run('pactl', ['list', 'short', 'sources'])).includes('microphone') ? true : undefined,
        { timeoutMs: 20_000 },
      );
    }, 30_000);

    afterEach(async () => {
      await Promise.all(recorders.map((recorder) => stop(recorder)));
      recorders = [];
      await waitFor(
        'the capture streams to close',
        async () =>
          (await run('pactl', ['list', 'short', 'source-outputs'])).trim() === '' ? true : undefined,
        slow,
      );
    }, 20_000);

    afterAll(async () => {
      await stop(server);
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    function record(device: string): ChildProcess {
      const recorder = spawn('parecord', [`--device=${device}`, '/dev/null'], { env, stdio: 'ignore' });
      recorders.push(recorder);
      return recorder;
    }

    const streams = async () =>
      (await run('pactl', ['list', 'short', 'source-outputs'])).trim().split('\n').filter(Boolean).length;

    it('sees a recording of the microphone, and not once it stops', async () => {
      expect(await microphoneInUse(run)).toBe(false);
      const recorder = record('microphone');
      await waitFor('the capture stream', async () => ((await streams()) === 1 ? true : undefined), slow);
      expect(await microphoneInUse(run)).toBe(true);
      await stop(recorder);
      await waitFor(
        'the detector to see the recording end',
        async () => ((await microphoneInUse(run)) === false ? true : undefined),
        slow,
      );
    });

    it('does not count a recording of what the speakers play', async () => {
      record('speaker.monitor');
      await waitFor('the capture stream', async () => ((await streams()) === 1 ? true : undefined), slow);
      expect(await microphoneInUse(run)).toBe(false);
    });

    it('holds breaks for a call through the monitor while the microphone records', async () => {
      const monitor = createMomentMonitor({
        platform: 'linux',
        run,
        fs: nodeMomentFs,
        log: vi.fn(),
        env,
        settings: only({ calls: true }),
        // No camera here: the microphone alone must decide.
        videoDevicePrefix: join(dir, 'no-video'),
      });
      await monitor.refresh();
      expect(monitor.holdReasons()).toEqual([]);
      record('microphone');
      await waitFor('the capture stream', async () => ((await streams()) === 1 ? true : undefined), slow);
      await monitor.refresh();
      expect(monitor.holdReasons()).toEqual(['call']);
    });
  },
);
