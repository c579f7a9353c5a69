/**
 * "Start Unhunch when I log in", made to start Unhunch itself rather than whatever Electron binary
 * happens to be running. No Electron in here: index.ts hands in the process facts and Electron's
 * login-item functions, so every platform is unit-tested on any machine.
 *
 * - macOS and Windows: Electron's login items. Electron documents them for those two only.
 * - Windows, not packaged: the executable is the bare `electron.exe`; it needs the app folder as its
 *   argument, or login would open Electron's default app.
 * - macOS, not packaged: Electron registers the running bundle, which is Electron.app, and takes no path
 *   or arguments there; so such a run cannot register Unhunch, and says so.
 * - Linux: Electron does nothing, so we write an XDG autostart entry ourselves.
 * - Linux inside a Flatpak: the session starts the entry outside the sandbox, where neither our
 *   executable's path nor the sandbox's config folder exists; the entry runs `flatpak run <app id>` and
 *   goes into the host's autostart folder, which the manifest's one filesystem permission opens.
 *
 * Nothing here throws: a failure is logged and kept as a message the settings window shows.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { Translate } from '../shared/i18n/catalog';
import { englishText } from '../shared/i18n/english';
import type { LoginItemView } from '../shared/ipc-contract';

/** What we pass to `app.setLoginItemSettings`; `path` and `args` are read on Windows only. */
export interface LoginItemSettingsInput {
  openAtLogin: boolean;
  path?: string;
  args?: string[];
}

/** What we pass to `app.getLoginItemSettings`: the command to compare against, on Windows. */
export interface LoginItemQuery {
  path?: string;
  args?: string[];
}

/** The part of Electron's answer we read. */
export interface LoginItemState {
  openAtLogin: boolean;
  /** macOS 13+: 'enabled', 'requires-approval', 'not-registered' or 'not-found'. */
  status?: string;
  /** Windows: Run entries for the queried executable, each with its Task Manager on/off. */
  launchItems?: readonly { path: string; args: readonly string[]; enabled: boolean }[];
}

/** The file access the Linux autostart entry needs; synchronous, as Electron's own calls are. */
export interface LoginItemFs {
  /** The file's text, or undefined when it does not exist; throws on any other failure. */
  read(path: string): string | undefined;
  /** Writes the whole file, creating its folder; throws on failure. */
  write(path: string, content: string): void;
  /** Removes the file if it is there; throws on any other failure. */
  remove(path: string): void;
}

export interface LoginItemPorts {
  platform: NodeJS.Platform;
  /** `app.isPackaged`. */
  isPackaged: boolean;
  /** `process.execPath`: the app's executable when packaged, Electron's binary when not. */
  execPath: string;
  /** `app.getAppPath()`: the folder Electron must be given when not packaged. */
  appPath: string;
  env: Readonly<Record<string, string | undefined>>;
  /** `os.homedir()`, for the autostart folder when `XDG_CONFIG_HOME` is unset. */
  homeDir: string;
  /** An icon file on disk, used for the autostart entry of an unpackaged run. */
  iconPath: string;
  /** The Flatpak app id when running inside a Flatpak sandbox (`flatpakAppId`); absent elsewhere. */
  flatpakId?: string | undefined;
  fs: LoginItemFs;
  setLoginItemSettings(settings: LoginItemSettingsInput): void;
  getLoginItemSettings(options?: LoginItemQuery): LoginItemState;
  log(message: string, detail?: unknown): void;
  /** What Settings is told, in the current language on every call; English by default. */
  t?: Translate<'dialogs'>;
}

export interface LoginItem {
  /** Whether this run can register Unhunch at all; decided once, from the platform and packaging. */
  readonly support: Pick<LoginItemView, 'available' | 'reason'>;
  /** Registers or removes the login item. Never throws; false when it failed (the view then says why). */
  apply(openAtLogin: boolean): boolean;
  /** Whether Unhunch starts at login now, read from the system; undefined when this run cannot tell. */
  isEnabled(): boolean | undefined;
  /**
   * At start-up: what the preference should hold so that it matches the system (the user may have
   * removed the entry by hand). A Linux entry that points at an old location is rewritten on the way.
   * Returns `stored` unchanged when this run cannot tell.
   */
  reconcile(stored: boolean): boolean;
  /** For the settings view. */
  view(): LoginItemView;
}

/** In English, for the log; Settings is told in the current language (`view`). */
export const UNPACKAGED_MACOS_REASON = englishText('dialogs')('loginItemUnpackagedMac');
const UNSUPPORTED_REASON = englishText('dialogs')('loginItemUnsupported');

/** What the system says now. `problem`: registered, but it will not start Unhunch yet. */
interface Reading {
  enabled: boolean;
  problem?: 'loginItemMacApproval';
  /** Linux: our entry is there but starts something else (Unhunch moved); rewrite it. */
  stale?: boolean;
}

interface Backend {
  support: LoginItem['support'];
  /** Why it is unavailable, as Settings words it. */
  reasonKey?: 'loginItemUnpackagedMac' | 'loginItemUnsupported';
  /** Throws on failure. */
  write(openAtLogin: boolean): void;
  /** Throws when the system cannot be read. */
  read(): Reading;
}

const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function createLoginItem(ports: LoginItemPorts): LoginItem {
  const backend = chooseBackend(ports);
  const t = ports.t ?? englishText('dialogs');
  /** Made into words when Settings asks, so it follows a change of language. */
  let problem: (() => string) | undefined;

  const wordsFor = (key: Reading['problem']): (() => string) | undefined => key && (() => t(key));

  const read = (): Reading | undefined => {
    if (!backend.support.available) return undefined;
    try {
      return backend.read();
    } catch (error) {
      ports.log('could not read the login item', error);
      return undefined;
    }
  };

  const apply = (openAtLogin: boolean): boolean => {
    if (!backend.support.available) {
      ports.log('start at login is unavailable here; nothing registered', backend.support.reason);
      return false;
    }
    const action = openAtLogin ? 'turn on' : 'turn off';
    try {
      backend.write(openAtLogin);
    } catch (error) {
      const key = openAtLogin ? 'loginItemTurnOnFailed' : 'loginItemTurnOffFailed';
      problem = () => t(key, { error: describeError(error) });
      ports.log(`could not ${action} the login item`, error);
      return false;
    }
    // Electron's setter reports nothing (Windows ignores a refused registry write), so look again.
    const after = read();
    if (after !== undefined && after.enabled !== openAtLogin) {
      const key = openAtLogin ? 'loginItemTurnOnNotKept' : 'loginItemTurnOffNotKept';
      problem = () => t(key);
      ports.log(`the login item did not ${action}`, after);
      return false;
    }
    problem = openAtLogin ? wordsFor(after?.problem) : undefined;
    return true;
  };

  return {
    support: backend.support,
    apply,
    isEnabled: () => read()?.enabled,
    reconcile(stored) {
      const now = read();
      if (now === undefined) return stored;
      if (now.enabled && now.stale) return apply(true);
      problem = now.enabled ? wordsFor(now.problem) : undefined;
      return now.enabled;
    },
    view() {
      const view: LoginItemView = { ...backend.support };
      if (backend.reasonKey) view.reason = t(backend.reasonKey);
      if (problem !== undefined) view.problem = problem();
      return view;
    },
  };
}

function chooseBackend(ports: LoginItemPorts): Backend {
  switch (ports.platform) {
    case 'win32':
      return windowsBackend(ports);
    case 'darwin':
      return ports.isPackaged
        ? macBackend(ports)
        : unavailable(UNPACKAGED_MACOS_REASON, 'loginItemUnpackagedMac');
    case 'linux':
      return linuxBackend(ports);
    default:
      return unavailable(UNSUPPORTED_REASON, 'loginItemUnsupported');
  }
}

function unavailable(reason: string, reasonKey: NonNullable<Backend['reasonKey']>): Backend {
  const refuse = (): never => {
    throw new Error(reason);
  };
  return { support: { available: false, reason }, reasonKey, write: refuse, read: refuse };
}

// ---------------------------------------------------------------------------------------------------
// macOS

function macBackend(ports: LoginItemPorts): Backend {
  return {
    support: { available: true },
    write: (openAtLogin) => ports.setLoginItemSettings({ openAtLogin }),
    read() {
      const state = ports.getLoginItemSettings();
      // Registered but not yet allowed: it is on as far as Unhunch can make it, and the user has a step left.
      if (state.status === 'requires-approval') return { enabled: true, problem: 'loginItemMacApproval' };
      return { enabled: state.openAtLogin };
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Windows

/** The command Windows should run at login: Unhunch's exe, or Electron's with the app folder. */
function windowsCommand(ports: LoginItemPorts): { path: string; args: string[] } {
  if (!ports.isPackaged) return { path: ports.execPath, args: [ports.appPath] };
  // electron-builder's portable exe unpacks to a temporary folder each run and names the real file here.
  const portable = ports.env['PORTABLE_EXECUTABLE_FILE'];
  return { path: portable || ports.execPath, args: [] };
}

function windowsBackend(ports: LoginItemPorts): Backend {
  const command = windowsCommand(ports);
  return {
    support: { available: true },
    // Electron 42+ quotes the path and each argument itself, so they go in bare: quoting them here would
    // put literal quotes into the command Windows runs.
    write: (openAtLogin) => ports.setLoginItemSettings({ openAtLogin, ...command }),
    read() {
      // Quoted for the lookup: Electron parses this path as a command line, and unquoted a space in it
      // ("C:\Program Files\…") cuts it short, so launchItems would list other apps' entries, not ours.
      // openAtLogin is unaffected: Electron strips the quotes again before building the command.
      const state = ports.getLoginItemSettings({ path: `"${command.path}"`, args: command.args });
      if (!state.openAtLogin) return { enabled: false };
      const ours = (state.launchItems ?? []).filter(
        (item) =>
          item.path.toLowerCase() === command.path.toLowerCase() &&
          item.args.length === command.args.length &&
          item.args.every((arg, index) => arg === command.args[index]),
      );
      // Task Manager and Settings turn an entry off without removing it; then it does not start.
      return { enabled: ours.every((item) => item.enabled) };
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Linux: an XDG autostart entry (https://specifications.freedesktop.org/autostart-spec/)

export const AUTOSTART_FILE = 'unhunch.desktop';

/** `$XDG_CONFIG_HOME/autostart`; the base directory spec says to ignore a relative or empty value. */
export function autostartPath(
  env: LoginItemPorts['env'],
  homeDir: string,
  flatpakId?: string | undefined,
): string {
  // Flatpak points XDG_CONFIG_HOME at the app's private ~/.var/app/<id>/config, which no session reads
  // for autostart; it passes the user's own value on as HOST_XDG_CONFIG_HOME.
  const configHome = env[flatpakId ? 'HOST_XDG_CONFIG_HOME' : 'XDG_CONFIG_HOME'];
  const base = configHome && isAbsolute(configHome) ? configHome : join(homeDir, '.config');
  // Inside a Flatpak, named as the Background portal names the entries it writes, so a .deb install of
  // Unhunch beside it keeps its own entry instead of both rewriting one file.
  return join(base, 'autostart', flatpakId ? `${flatpakId}.desktop` : AUTOSTART_FILE);
}

/** Where Flatpak describes the sandbox to the app inside it; no such file exists outside one. */
export const FLATPAK_INFO = '/.flatpak-info';

/**
 * The app id when this process runs in a Flatpak sandbox, else undefined. FLATPAK_ID is set by
 * `flatpak run`, but a process started with a cleared environment lacks it, so /.flatpak-info (always
 * mounted by Flatpak) is read too: its [Application] name is the id.
 */
export function flatpakAppId(
  env: LoginItemPorts['env'],
  readInfo: () => string | undefined,
): string | undefined {
  const fromEnv = env['FLATPAK_ID'];
  if (fromEnv) return fromEnv;
  let info: string | undefined;
  try {
    info = readInfo();
  } catch {
    return undefined;
  }
  if (info === undefined) return undefined;
  let inApplication = false;
  for (const raw of info.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) inApplication = line === '[Application]';
    else if (inApplication && line.startsWith('name=')) return line.slice('name='.length).trim() || undefined;
  }
  return undefined;
}

/**
 * What the entry runs: the Flatpak through `flatpak run`, the AppImage file, the packaged executable, or
 * Electron with the app folder.
 */
function linuxCommand(ports: LoginItemPorts): string[] {
  // execPath (/app/unhunch/unhunch) exists only inside the sandbox; the session runs the entry outside.
  if (ports.flatpakId) return ['flatpak', 'run', ports.flatpakId];
  if (!ports.isPackaged) return [ports.execPath, ports.appPath];
  // Inside an AppImage, execPath lies in a mount that is gone after quitting; $APPIMAGE is the file
  // itself. It counts only when we run from that mount ($APPDIR): an app started from another
  // AppImage's terminal (an editor's, say) inherits that one's $APPIMAGE.
  const { APPIMAGE: appImage, APPDIR: appDir } = ports.env;
  const fromAppImage =
    appImage && isAbsolute(appImage) && appDir && ports.execPath.startsWith(`${appDir.replace(/\/+$/, '')}/`);
  return [fromAppImage ? appImage : ports.execPath];
}

/** The Exec key's reserved characters: an argument with any of them must be quoted. */
const EXEC_RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/** One argument of an Exec key, quoted where the Desktop Entry spec requires it. */
export function quoteExecArgument(argument: string): string {
  const quoted = EXEC_RESERVED.test(argument)
    ? `"${argument.replace(/["`$\\]/g, (character) => `\\${character}`)}"`
    : argument;
  // A lone % would start a field code (%f, %u, …).
  return quoted.replace(/%/g, '%%');
}

/**
 * A value of the "string" type: its backslash escapes apply before the Exec key's own quoting is read,
 * which is why a literal backslash inside a quoted argument ends up as four.
 */
export function escapeDesktopString(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
}

export function desktopExec(command: readonly string[]): string {
  return escapeDesktopString(command.map(quoteExecArgument).join(' '));
}

export function desktopEntry(ports: LoginItemPorts): string {
  const command = linuxCommand(ports);
  // A packaged app's resources sit in app.asar, which the desktop cannot read; its installer puts the
  // icon in the theme under the app's name.
  // A Flatpak exports its icons under the app id.
  const icon = ports.flatpakId ?? (ports.isPackaged ? 'unhunch' : ports.iconPath);
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Unhunch',
    'Comment=Guided stretch breaks for your neck and upper back',
    `Exec=${desktopExec(command)}`,
    // Uninstalled or moved: the session skips the entry instead of reporting a program that is not there.
    `TryExec=${escapeDesktopString(command[0]!)}`,
    `Icon=${escapeDesktopString(icon)}`,
    'Terminal=false',
    // No NoDisplay: GNOME's and others' startup-apps lists hide such entries, and the user should be
    // able to see and turn off what starts at login there too.
    'X-GNOME-Autostart-enabled=true',
    // As the Background portal marks its entries: GNOME's and KDE's startup-apps lists then attribute
    // the entry to the installed app.
    ...(ports.flatpakId ? [`X-Flatpak=${ports.flatpakId}`] : []),
    '',
  ].join('\n');
}

/** The keys of the [Desktop Entry] group, values as written. */
function desktopKeys(text: string): Map<string, string> {
  const keys = new Map<string, string>();
  let inEntry = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('[')) {
      inEntry = line === '[Desktop Entry]';
      continue;
    }
    const equals = line.indexOf('=');
    if (inEntry && equals > 0) keys.set(line.slice(0, equals).trim(), line.slice(equals + 1).trim());
  }
  return keys;
}

function linuxBackend(ports: LoginItemPorts): Backend {
  const path = autostartPath(ports.env, ports.homeDir, ports.flatpakId);
  return {
    support: { available: true },
    write(openAtLogin) {
      try {
        if (openAtLogin) ports.fs.write(path, desktopEntry(ports));
        else ports.fs.remove(path);
      } catch (error) {
        // Node says "EACCES: permission denied, open '….partial'": keep the words, name the entry itself.
        const message = describeError(error);
        const words = /^[A-Z]+: ([^,]+)/.exec(message)?.[1] ?? message;
        // A user can revoke the manifest's permission (Flatseal, `flatpak override`); say how to restore it.
        const hint = ports.flatpakId
          ? `; allow it with: flatpak override --user --filesystem=xdg-config/autostart:create ${ports.flatpakId}`
          : '';
        throw new Error(`${words} (${path})${hint}`, { cause: error });
      }
    },
    read() {
      const text = ports.fs.read(path);
      if (text === undefined) return { enabled: false };
      const keys = desktopKeys(text);
      // Both mean "do not start": Hidden is the spec's way, the GNOME key what its startup-apps tool writes.
      if (keys.get('Hidden') === 'true' || keys.get('X-GNOME-Autostart-enabled') === 'false') {
        return { enabled: false };
      }
      return { enabled: true, stale: keys.get('Exec') !== desktopExec(linuxCommand(ports)) };
    },
  };
}

/** The real file system; the entry is written beside itself and renamed, so a crash leaves no half file. */
export const nodeLoginItemFs: LoginItemFs = {
  read(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
  write(path, content) {
    mkdirSync(dirname(path), { recursive: true });
    // Sessions read only *.desktop, so the half-written file is never taken for an entry.
    const partial = `${path}.partial`;
    try {
      writeFileSync(partial, content, { encoding: 'utf8', mode: 0o644 });
      renameSync(partial, path);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
  },
  remove(path) {
    rmSync(path, { force: true });
  },
};
