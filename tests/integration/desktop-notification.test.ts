/**
 * The real Linux path, once: node-notifier → `notify-send` → a private session bus → dunst on a private
 * X server. Proves that what `createDesktopNotifier` sends actually reaches a notification daemon, with
 * our title, body, app name and icon, and that no Electron fallback was needed.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import nodeNotifier from 'node-notifier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesktopNotifier, type ElectronNotificationClass } from '../../src/main/desktop-notifier';
import { englishText } from '../../src/shared/i18n/english';
import {
  busNameHasOwner,
  missingCommands,
  setEnv,
  startSessionBus,
  startXvfb,
  stop,
  waitFor,
  type SessionBus,
  type XServer,
} from '../fakes/private-session';

const run = promisify(execFile);
const needed = ['Xvfb', 'dbus-daemon', 'dbus-send', 'dunst', 'dunstctl', 'notify-send'];
const missing = process.platform === 'linux' ? missingCommands(needed) : needed;
const skipReason =
  process.platform !== 'linux'
    ? 'desktop notification test: Linux only'
    : missing.length > 0
      ? `desktop notification test skipped: missing ${missing.join(', ')} (Debian: xvfb dbus dunst libnotify-bin)`
      : undefined;
if (skipReason) console.log(skipReason);

/** One entry of `dunstctl history`, which dumps a{sv} dicts as `{ key: { type, data } }`. */
type DunstEntry = Record<string, { data: unknown } | undefined>;

describe.skipIf(skipReason !== undefined)('desktop notification through notify-send and dunst', () => {
  let bus: SessionBus;
  let x: XServer;
  let dunst: ChildProcess | undefined;
  let configDir: string;
  let restoreEnv: () => void = () => {};
  const env = () => ({ ...process.env, DISPLAY: x.display, DBUS_SESSION_BUS_ADDRESS: bus.address });

  beforeAll(async () => {
    configDir = mkdtempSync(join(tmpdir(), 'unhunch-dunst-'));
    const config = join(configDir, 'dunstrc');
    // Long timeouts so the notice is still there when we look; history keeps it after we close it.
    writeFileSync(config, '[global]\n    history_length = 20\n[urgency_normal]\n    timeout = 60\n');
    x = await startXvfb();
    bus = await startSessionBus();
    dunst = spawn('dunst', ['-config', config], { env: env(), stdio: 'ignore' });
    await waitFor('dunst to own org.freedesktop.Notifications', () =>
      busNameHasOwner(bus.address, 'org.freedesktop.Notifications') ? true : undefined,
    );
    // node-notifier runs `notify-send` with process.env: point it at the private session for now.
    restoreEnv = setEnv({ DISPLAY: x.display, DBUS_SESSION_BUS_ADDRESS: bus.address });
  }, 20_000);

  afterAll(async () => {
    restoreEnv();
    await stop(dunst);
    await stop(bus?.process);
    await stop(x?.process);
    if (configDir) rmSync(configDir, { recursive: true, force: true });
  });

  /** Closes what dunst shows (moving it to history), then reads the history back. */
  async function history(): Promise<DunstEntry[]> {
    await run('dunstctl', ['close-all'], { env: env() });
    const { stdout } = await run('dunstctl', ['history'], { env: env() });
    const parsed = JSON.parse(stdout) as { data: DunstEntry[][] };
    return parsed.data.flat();
  }

  it('delivers the break warning to the notification daemon', async () => {
    const fallbacks: string[] = [];
    const ElectronNotification: ElectronNotificationClass = class {
      constructor(readonly options: { title: string }) {}
      static isSupported(): boolean {
        return true;
      }
      show(): void {
        fallbacks.push(this.options.title);
      }
      close(): void {}
      on(): this {
        return this;
      }
    };
    const iconPath = resolve('resources/icon.png');
    const notifier = createDesktopNotifier({
      notifier: nodeNotifier,
      ElectronNotification,
      platform: 'linux',
      iconPath,
      appName: 'Unhunch',
      log: (message, detail) => console.log(message, detail),
      t: englishText('notify'),
    });

    notifier.show(
      {
        title: 'Stretch in 30 s — next: Chin tuck',
        body: 'Roll your shoulders back',
        actions: ['postpone', 'skip'],
      },
      () => {},
    );

    const entry = await waitFor('the notice in dunst history', async () =>
      (await history()).find((item) => item['summary']?.data === 'Stretch in 30 s — next: Chin tuck'),
    );
    expect(entry['body']?.data).toBe('Roll your shoulders back');
    expect(entry['appname']?.data).toBe('Unhunch');
    expect(entry['icon_path']?.data).toBe(iconPath);
    expect(fallbacks).toEqual([]);
  }, 15_000);
});
