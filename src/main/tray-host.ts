/**
 * Whether the desktop will show our tray icon at all. On Linux, Electron's tray icon is a
 * StatusNotifierItem: it appears only where a StatusNotifierWatcher runs *and* a host (the panel that
 * draws the icons) has registered with it. Stock GNOME has neither, and Electron's fallback icon is not
 * drawn there, so a tray-only app would be invisible. Asked with `gdbus` / `dbus-send`, like the idle
 * and moment readers, so no Electron and no native module: tests inject the command runner.
 */
import type { TrayHostState, WelcomePlatform } from '../shared/ipc-contract';
import { isCommandMissing, type RunCommand } from './idle/command-runner';
import { getBooleanProperty } from './moments/dbus-property';

export const STATUS_NOTIFIER_WATCHER = 'org.kde.StatusNotifierWatcher';

/** Start-up asks this before deciding whether to open the welcome window; it must never wait longer. */
export const TRAY_HOST_DEADLINE_MS = 1500;

/** Each question's answer; 'unknown' when the tool, the bus or the service could not say. */
export type Answer = boolean | 'unknown';

/**
 * The decision, apart from the asking: no watcher, or a watcher no panel has registered with (the
 * watcher alone draws nothing), means no icon. A watcher whose host we cannot read counts as present:
 * we only ever claim "absent" on a clear answer.
 */
export function trayHostFrom(watcherOwned: Answer, hostRegistered: Answer): TrayHostState {
  if (watcherOwned === 'unknown') return 'unknown';
  if (!watcherOwned) return 'absent';
  if (hostRegistered === 'unknown') return 'unknown';
  return hostRegistered ? 'present' : 'absent';
}

/** The welcome page's platform: the three Electron ships for by name, anything else as 'other'. */
export function welcomePlatform(platform: NodeJS.Platform): WelcomePlatform {
  return platform === 'linux' || platform === 'darwin' || platform === 'win32' ? platform : 'other';
}

/**
 * A method's single boolean from either tool: gdbus prints `(true,)`, dbus-send `   boolean true`.
 * Anything else is an error, never a guess.
 */
export function parseBooleanReply(output: string): boolean {
  const match =
    /^\s*\(\s*(true|false)\s*,?\s*\)\s*$/.exec(output) ?? /^\s*boolean\s+(true|false)\s*$/.exec(output);
  if (!match) throw new Error(`Unexpected D-Bus reply: ${JSON.stringify(output.slice(0, 200))}`);
  return match[1] === 'true';
}

/** org.freedesktop.DBus.NameHasOwner: is some client on the session bus holding `name`? */
export async function nameHasOwner(run: RunCommand, name: string): Promise<boolean> {
  try {
    return parseBooleanReply(
      await run('gdbus', [
        'call',
        '--session',
        '--dest',
        'org.freedesktop.DBus',
        '--object-path',
        '/org/freedesktop/DBus',
        '--method',
        'org.freedesktop.DBus.NameHasOwner',
        name,
      ]),
    );
  } catch (error) {
    if (!isCommandMissing(error)) throw error;
  }
  return parseBooleanReply(
    await run('dbus-send', [
      '--session',
      '--print-reply=literal',
      '--dest=org.freedesktop.DBus',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner',
      `string:${name}`,
    ]),
  );
}

async function ask(question: () => Promise<boolean>, what: string, notes: string[]): Promise<Answer> {
  try {
    return await question();
  } catch (error) {
    notes.push(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return 'unknown';
  }
}

/** Both questions, without a deadline; failures become 'unknown', described in `notes`. */
export async function probeTrayHost(run: RunCommand, notes: string[] = []): Promise<TrayHostState> {
  const watcherOwned = await ask(
    () => nameHasOwner(run, STATUS_NOTIFIER_WATCHER),
    `NameHasOwner(${STATUS_NOTIFIER_WATCHER})`,
    notes,
  );
  // Asking the property of a name nobody owns would only add a second error.
  if (watcherOwned !== true) return trayHostFrom(watcherOwned, 'unknown');
  const hostRegistered = await ask(
    () =>
      getBooleanProperty(run, {
        service: STATUS_NOTIFIER_WATCHER,
        objectPath: '/StatusNotifierWatcher',
        interfaceName: STATUS_NOTIFIER_WATCHER,
        property: 'IsStatusNotifierHostRegistered',
      }),
    'IsStatusNotifierHostRegistered',
    notes,
  );
  return trayHostFrom(watcherOwned, hostRegistered);
}

export interface DetectTrayHostOptions {
  platform: NodeJS.Platform;
  /** Its own timeout should be no longer than `deadlineMs`, so a wedged tool is also killed. */
  run: RunCommand;
  deadlineMs?: number;
  /** Told why the answer is 'unknown', for the log. */
  log?: (message: string, detail?: unknown) => void;
}

/**
 * 'present' on every platform but Linux (Windows and macOS always draw tray icons); on Linux, the
 * session bus's answer within `deadlineMs`, else 'unknown'. Never rejects.
 */
export async function detectTrayHost({
  platform,
  run,
  deadlineMs = TRAY_HOST_DEADLINE_MS,
  log,
}: DetectTrayHostOptions): Promise<TrayHostState> {
  if (platform !== 'linux') return 'present';
  const notes: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), deadlineMs);
    // Never the reason the process stays alive (e.g. a quit during start-up).
    timer.unref?.();
  });
  const result = await Promise.race([probeTrayHost(run, notes), deadline]);
  clearTimeout(timer);
  if (result === 'timeout') {
    log?.(`Could not tell within ${deadlineMs} ms whether tray icons are shown; assuming they are`);
    return 'unknown';
  }
  if (result === 'unknown') log?.('Could not tell whether tray icons are shown; assuming they are', notes);
  return result;
}
