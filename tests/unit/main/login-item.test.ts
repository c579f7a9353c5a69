import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  autostartPath,
  createLoginItem,
  desktopExec,
  flatpakAppId,
  nodeLoginItemFs,
  quoteExecArgument,
  UNPACKAGED_MACOS_REASON,
  type LoginItemFs,
  type LoginItemPorts,
  type LoginItemQuery,
  type LoginItemSettingsInput,
  type LoginItemState,
} from '../../../src/main/login-item';

/** A file system in a Map; `failWrites` makes every write and removal throw like a read-only folder. */
function memoryFs(files: Record<string, string> = {}) {
  const store = new Map(Object.entries(files));
  const fs: LoginItemFs & { files: Map<string, string>; failWrites: boolean; failReads: boolean } = {
    files: store,
    failWrites: false,
    failReads: false,
    read(path) {
      if (fs.failReads) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), {});
      return store.get(path);
    },
    write(path, content) {
      // As Node words it, naming the file written beside the entry before the rename.
      if (fs.failWrites) throw new Error(`EROFS: read-only file system, open '${path}.partial'`);
      store.set(path, content);
    },
    remove(path) {
      if (fs.failWrites) throw new Error(`EROFS: read-only file system, unlink '${path}'`);
      store.delete(path);
    },
  };
  return fs;
}

/**
 * Electron's Windows login items, reduced to what Electron 45 does with the Run key: the value written
 * is the quoted exe and each quoted argument; openAtLogin is whether the value under the app's name is
 * exactly the queried command (surrounding quotes on the queried path stripped first); launchItems are
 * the values whose program is the queried path, which Electron parses as a command line.
 */
function fakeWindowsRegistry(defaultExe: string) {
  const quote = (arg: string) => (/[\s"\\]/.test(arg) ? `"${arg.replace(/"/g, '\\"')}"` : arg);
  const command = (path: string | undefined, args: readonly string[] = []) => {
    const exe = (path || defaultExe).replace(/^"(.*)"$/, '$1');
    return [quote(exe), ...args.map(quote)].join(' ');
  };
  /** base::CommandLine::FromString(...).GetProgram(): up to the closing quote, or the first space. */
  const program = (line: string) =>
    line.startsWith('"') ? line.slice(1, line.indexOf('"', 1)) : (line.split(' ')[0] ?? '');
  const run = new Map<string, string>();
  const disabled = new Set<string>();
  const name = 'electron.app.Unhunch';
  return {
    run,
    disabled,
    name,
    set: vi.fn((settings: LoginItemSettingsInput) => {
      if (settings.openAtLogin) run.set(name, command(settings.path, settings.args));
      else run.delete(name);
      disabled.delete(name);
    }),
    get: vi.fn((options: LoginItemQuery = {}): LoginItemState => {
      const lookup = program(options.path ?? defaultExe);
      const launchItems = [...run].flatMap(([key, value]) => {
        if (program(value).toLowerCase() !== lookup.toLowerCase()) return [];
        const rest = value.slice(value.startsWith('"') ? value.indexOf('"', 1) + 2 : value.indexOf(' ') + 1);
        const args = rest === '' || rest === value ? [] : [rest.replace(/^"(.*)"$/, '$1')];
        return [{ name: key, path: program(value), args, enabled: !disabled.has(key) }];
      });
      return { openAtLogin: run.get(name) === command(options.path, options.args), launchItems };
    }),
  };
}

const HOME = '/home/ann';
const AUTOSTART = '/home/ann/.config/autostart/unhunch.desktop';

function ports(overrides: Partial<LoginItemPorts> = {}): LoginItemPorts & { logged: unknown[][] } {
  const logged: unknown[][] = [];
  return {
    platform: 'linux',
    isPackaged: true,
    execPath: '/opt/Unhunch/unhunch',
    appPath: '/opt/Unhunch/resources/app.asar',
    env: {},
    homeDir: HOME,
    iconPath: '/src/unhunch/resources/icon.png',
    fs: memoryFs(),
    setLoginItemSettings: vi.fn(),
    getLoginItemSettings: vi.fn(() => ({ openAtLogin: false })),
    log: (...args: unknown[]) => void logged.push(args),
    logged,
    ...overrides,
  };
}

/** The value of one key in the [Desktop Entry] group. */
const key = (text: string | undefined, name: string) =>
  text
    ?.split('\n')
    .find((line) => line.startsWith(`${name}=`))
    ?.slice(name.length + 1);

/**
 * Reads an Exec value back the way a desktop session does (string escapes, then the Exec quoting), so
 * the tests check the meaning of what we write and not only its spelling.
 */
function parseExec(value: string): string[] {
  const unescaped = value.replace(/\\([\\nstr])/g, (_, c: string) =>
    c === '\\' ? '\\' : c === 'n' ? '\n' : c === 's' ? ' ' : c === 't' ? '\t' : '\r',
  );
  const args: string[] = [];
  let current = '';
  let quoted = false;
  let started = false;
  for (let i = 0; i < unescaped.length; i++) {
    const c = unescaped[i]!;
    if (quoted) {
      if (c === '\\' && /["`$\\]/.test(unescaped[i + 1] ?? '')) current += unescaped[++i];
      else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"') {
      quoted = started = true;
    } else if (c === ' ') {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += c;
      started = true;
    }
  }
  if (started) args.push(current);
  return args.map((arg) => arg.replace(/%%/g, '%'));
}

describe('Linux: an XDG autostart entry', () => {
  it('writes a Desktop Entry that starts the packaged executable, and removes it again', () => {
    const p = ports();
    const item = createLoginItem(p);
    expect(item.support).toEqual({ available: true });
    expect(item.isEnabled()).toBe(false);

    expect(item.apply(true)).toBe(true);
    const text = (p.fs as ReturnType<typeof memoryFs>).files.get(AUTOSTART);
    expect(text).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Name=Unhunch',
        'Comment=Guided stretch breaks for your neck and upper back',
        'Exec=/opt/Unhunch/unhunch',
        'TryExec=/opt/Unhunch/unhunch',
        'Icon=unhunch',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
    expect(item.isEnabled()).toBe(true);
    expect(item.view()).toEqual({ available: true });

    expect(item.apply(false)).toBe(true);
    expect((p.fs as ReturnType<typeof memoryFs>).files.has(AUTOSTART)).toBe(false);
    expect(item.isEnabled()).toBe(false);
    // Turning off what is not there is no failure.
    expect(item.apply(false)).toBe(true);
  });

  it('never calls Electron, which does nothing on Linux', () => {
    const p = ports();
    const item = createLoginItem(p);
    item.apply(true);
    item.isEnabled();
    item.reconcile(true);
    item.apply(false);
    expect(p.setLoginItemSettings).not.toHaveBeenCalled();
    expect(p.getLoginItemSettings).not.toHaveBeenCalled();
  });

  it('starts Electron with the app folder when run from source, with the icon from the source tree', () => {
    const fs = memoryFs();
    createLoginItem(
      ports({
        fs,
        isPackaged: false,
        execPath: '/home/ann/src/unhunch/node_modules/electron/dist/electron',
        appPath: '/home/ann/src/unhunch',
      }),
    ).apply(true);
    const text = fs.files.get(AUTOSTART);
    expect(key(text, 'Exec')).toBe(
      '/home/ann/src/unhunch/node_modules/electron/dist/electron /home/ann/src/unhunch',
    );
    expect(key(text, 'TryExec')).toBe('/home/ann/src/unhunch/node_modules/electron/dist/electron');
    expect(key(text, 'Icon')).toBe('/src/unhunch/resources/icon.png');
  });

  it('quotes paths with spaces and escapes what the Desktop Entry spec reserves', () => {
    const fs = memoryFs();
    const electron = '/home/ann/My Apps/electron';
    const folder = `/home/ann/it's "100%" $HOME\\unhunch`;
    createLoginItem(ports({ fs, isPackaged: false, execPath: electron, appPath: folder })).apply(true);
    const exec = key(fs.files.get(AUTOSTART), 'Exec')!;
    expect(exec).toBe(
      `"/home/ann/My Apps/electron" "/home/ann/it's \\\\"100%%\\\\" \\\\$HOME\\\\\\\\unhunch"`,
    );
    expect(parseExec(exec)).toEqual([electron, folder]);
  });

  it('reads back every argument as written, whatever it holds', () => {
    for (const arg of [
      'plain',
      'two words',
      'tab\there',
      'new\nline',
      'a`b',
      'x=y',
      '~',
      '#1',
      '50%',
      '\\\\srv',
    ]) {
      expect(parseExec(desktopExec(['/bin/app', arg]))).toEqual(['/bin/app', arg]);
    }
    expect(quoteExecArgument('/opt/unhunch/unhunch')).toBe('/opt/unhunch/unhunch');
    expect(quoteExecArgument('/opt/my app')).toBe('"/opt/my app"');
  });

  it('starts the AppImage file, not the mount it runs from', () => {
    const fs = memoryFs();
    const env = {
      APPIMAGE: '/home/ann/Applications/Unhunch 0.1.0.AppImage',
      APPDIR: '/tmp/.mount_UnhuncAbC123',
    };
    createLoginItem(ports({ fs, env, execPath: '/tmp/.mount_UnhuncAbC123/unhunch' })).apply(true);
    const text = fs.files.get(AUTOSTART);
    expect(key(text, 'Exec')).toBe('"/home/ann/Applications/Unhunch 0.1.0.AppImage"');
    expect(key(text, 'TryExec')).toBe('/home/ann/Applications/Unhunch 0.1.0.AppImage');
  });

  it("ignores an $APPIMAGE inherited from another AppImage's terminal", () => {
    const fs = memoryFs();
    const env = { APPIMAGE: '/home/ann/Apps/Editor.AppImage', APPDIR: '/tmp/.mount_EditorXyz' };
    createLoginItem(ports({ fs, env })).apply(true);
    expect(key(fs.files.get(AUTOSTART), 'Exec')).toBe('/opt/Unhunch/unhunch');
    // Not packaged: $APPIMAGE is never ours.
    const dev = memoryFs();
    createLoginItem(
      ports({ fs: dev, env: { ...env, APPDIR: '/tmp' }, isPackaged: false, execPath: '/tmp/electron' }),
    ).apply(true);
    expect(key(dev.files.get(AUTOSTART), 'Exec')).toBe('/tmp/electron /opt/Unhunch/resources/app.asar');
  });

  it('uses $XDG_CONFIG_HOME when it is an absolute path, ~/.config otherwise', () => {
    expect(autostartPath({ XDG_CONFIG_HOME: '/data/conf' }, HOME)).toBe(
      '/data/conf/autostart/unhunch.desktop',
    );
    expect(autostartPath({ XDG_CONFIG_HOME: '' }, HOME)).toBe(AUTOSTART);
    expect(autostartPath({ XDG_CONFIG_HOME: 'relative/conf' }, HOME)).toBe(AUTOSTART);
    expect(autostartPath({}, HOME)).toBe(AUTOSTART);
  });

  it('reports a failing write in the view and the log, never by throwing, until a change succeeds', () => {
    const fs = memoryFs();
    fs.failWrites = true;
    const p = ports({ fs });
    const item = createLoginItem(p);
    expect(item.apply(true)).toBe(false);
    expect(item.view()).toEqual({
      available: true,
      problem: `Could not turn on start at login: read-only file system (${AUTOSTART})`,
    });
    expect(p.logged[0]?.[0]).toBe('could not turn on the login item');
    expect(item.isEnabled()).toBe(false);

    expect(item.apply(false)).toBe(false);
    expect(item.view().problem).toBe(
      `Could not turn off start at login: read-only file system (${AUTOSTART})`,
    );

    fs.failWrites = false;
    expect(item.apply(false)).toBe(true);
    expect(item.view()).toEqual({ available: true });
  });

  it('follows an entry removed or turned off by hand, at start', () => {
    const fs = memoryFs();
    const item = createLoginItem(ports({ fs }));
    item.apply(true);
    expect(item.reconcile(true)).toBe(true);

    fs.files.delete(AUTOSTART);
    expect(item.reconcile(true)).toBe(false);

    item.apply(true);
    fs.files.set(
      AUTOSTART,
      fs.files.get(AUTOSTART)!.replace('X-GNOME-Autostart-enabled=true', 'X-GNOME-Autostart-enabled=false'),
    );
    expect(item.isEnabled()).toBe(false);
    expect(item.reconcile(true)).toBe(false);
    fs.files.set(AUTOSTART, '[Desktop Entry]\nExec=/opt/Unhunch/unhunch\nHidden=true\n');
    expect(item.reconcile(true)).toBe(false);

    // Put there by someone else while the preference said no: it starts Unhunch, so the switch says so.
    fs.files.set(AUTOSTART, '[Desktop Entry]\nType=Application\nExec=/opt/Unhunch/unhunch\n');
    expect(item.reconcile(false)).toBe(true);
    // The keys of another group do not count.
    fs.files.set(
      AUTOSTART,
      '[Desktop Entry]\nExec=/opt/Unhunch/unhunch\n[Desktop Action quit]\nHidden=true\n',
    );
    expect(item.isEnabled()).toBe(true);
  });

  it('rewrites an entry that starts an Unhunch that has moved', () => {
    const fs = memoryFs({
      [AUTOSTART]:
        '[Desktop Entry]\nType=Application\nName=Unhunch\nExec="/home/ann/Old Place/Unhunch.AppImage"\n',
    });
    const item = createLoginItem(ports({ fs }));
    expect(item.reconcile(true)).toBe(true);
    expect(key(fs.files.get(AUTOSTART), 'Exec')).toBe('/opt/Unhunch/unhunch');
  });

  it('keeps the stored value when the entry cannot be read', () => {
    const fs = memoryFs();
    fs.failReads = true;
    const p = ports({ fs });
    const item = createLoginItem(p);
    expect(item.isEnabled()).toBeUndefined();
    expect(item.reconcile(true)).toBe(true);
    expect(item.reconcile(false)).toBe(false);
    expect(p.logged.map((entry) => entry[0])).toContain('could not read the login item');
  });
});

describe('Linux inside a Flatpak: an entry the session can run outside the sandbox', () => {
  const FLATPAK_AUTOSTART = '/home/ann/.config/autostart/app.unhunch.desktop';
  /** What `flatpak run` hands the app: its private config folder, and the user's own as HOST_…. */
  const sandboxEnv = {
    FLATPAK_ID: 'app.unhunch',
    XDG_CONFIG_HOME: '/home/ann/.var/app/app.unhunch/config',
  };
  const flatpakPorts = (overrides: Partial<LoginItemPorts> = {}) =>
    ports({
      execPath: '/app/unhunch/unhunch',
      appPath: '/app/unhunch/resources/app.asar',
      env: sandboxEnv,
      flatpakId: 'app.unhunch',
      ...overrides,
    });

  it('runs `flatpak run app.unhunch` from the host autostart folder, with the exported icon', () => {
    const fs = memoryFs();
    const item = createLoginItem(flatpakPorts({ fs }));
    expect(item.apply(true)).toBe(true);
    // Not the sandbox's config folder: no session looks for autostart entries there.
    expect([...fs.files.keys()]).toEqual([FLATPAK_AUTOSTART]);
    const text = fs.files.get(FLATPAK_AUTOSTART);
    expect(parseExec(key(text, 'Exec')!)).toEqual(['flatpak', 'run', 'app.unhunch']);
    expect(key(text, 'TryExec')).toBe('flatpak');
    expect(key(text, 'Icon')).toBe('app.unhunch');
    expect(key(text, 'X-Flatpak')).toBe('app.unhunch');
    expect(text).not.toContain('/app/unhunch');
    expect(item.isEnabled()).toBe(true);
    expect(item.apply(false)).toBe(true);
    expect(fs.files.size).toBe(0);
  });

  it("follows the user's own XDG_CONFIG_HOME, which Flatpak passes on as HOST_XDG_CONFIG_HOME", () => {
    const env = { ...sandboxEnv, HOST_XDG_CONFIG_HOME: '/data/conf' };
    expect(autostartPath(env, HOME, 'app.unhunch')).toBe('/data/conf/autostart/app.unhunch.desktop');
    expect(autostartPath({ ...env, HOST_XDG_CONFIG_HOME: 'relative' }, HOME, 'app.unhunch')).toBe(
      FLATPAK_AUTOSTART,
    );
    expect(autostartPath(sandboxEnv, HOME, 'app.unhunch')).toBe(FLATPAK_AUTOSTART);
  });

  it('rewrites at start-up an entry a .deb-style run left pointing inside the sandbox', () => {
    const fs = memoryFs({
      [FLATPAK_AUTOSTART]: '[Desktop Entry]\nType=Application\nExec=/app/unhunch/unhunch\n',
    });
    const item = createLoginItem(flatpakPorts({ fs }));
    expect(item.reconcile(false)).toBe(true);
    expect(parseExec(key(fs.files.get(FLATPAK_AUTOSTART), 'Exec')!)).toEqual([
      'flatpak',
      'run',
      'app.unhunch',
    ]);
  });

  it('says how to give the permission back when the user revoked it', () => {
    const fs = memoryFs();
    fs.failWrites = true;
    const item = createLoginItem(flatpakPorts({ fs }));
    expect(item.apply(true)).toBe(false);
    expect(item.view().problem).toBe(
      `Could not turn on start at login: read-only file system (${FLATPAK_AUTOSTART}); allow it with: ` +
        'flatpak override --user --filesystem=xdg-config/autostart:create app.unhunch',
    );
  });

  it('is detected by FLATPAK_ID, or by the [Application] name in /.flatpak-info', () => {
    const never = () => {
      throw new Error('not read when FLATPAK_ID is set');
    };
    expect(flatpakAppId({ FLATPAK_ID: 'app.unhunch' }, never)).toBe('app.unhunch');
    const info =
      '[Application]\nname=app.unhunch\nruntime=runtime/org.freedesktop.Platform/x86_64/25.08\n\n[Instance]\nname=other\n';
    expect(flatpakAppId({}, () => info)).toBe('app.unhunch');
    expect(flatpakAppId({}, () => '[Instance]\nname=other\n')).toBeUndefined();
    // Outside a sandbox the file is absent; an unreadable one is no sandbox we can describe either.
    expect(flatpakAppId({}, () => undefined)).toBeUndefined();
    expect(
      flatpakAppId({}, () => {
        throw new Error('EACCES');
      }),
    ).toBeUndefined();
  });
});

describe('Windows: Electron login items with the right command', () => {
  it('registers the packaged executable itself', () => {
    const registry = fakeWindowsRegistry('C:\\Program Files\\Unhunch\\Unhunch.exe');
    const item = createLoginItem(
      ports({
        platform: 'win32',
        execPath: 'C:\\Program Files\\Unhunch\\Unhunch.exe',
        setLoginItemSettings: registry.set,
        getLoginItemSettings: registry.get,
      }),
    );
    expect(item.support).toEqual({ available: true });
    expect(item.apply(true)).toBe(true);
    expect(registry.set).toHaveBeenCalledWith({
      openAtLogin: true,
      path: 'C:\\Program Files\\Unhunch\\Unhunch.exe',
      args: [],
    });
    expect(registry.run.get(registry.name)).toBe('"C:\\Program Files\\Unhunch\\Unhunch.exe"');
    expect(item.isEnabled()).toBe(true);
    expect(item.apply(false)).toBe(true);
    expect(registry.run.size).toBe(0);
    expect(item.isEnabled()).toBe(false);
  });

  it('registers Electron with the app folder when run from source, so login starts Unhunch', () => {
    const electron = 'C:\\Users\\Ann Lee\\src\\unhunch\\node_modules\\electron\\dist\\electron.exe';
    const folder = 'C:\\Users\\Ann Lee\\src\\unhunch';
    const registry = fakeWindowsRegistry(electron);
    const item = createLoginItem(
      ports({
        platform: 'win32',
        isPackaged: false,
        execPath: electron,
        appPath: folder,
        setLoginItemSettings: registry.set,
        getLoginItemSettings: registry.get,
      }),
    );
    item.apply(true);
    // Bare: Electron quotes each part itself, and would keep quotes we added as part of the argument.
    expect(registry.set).toHaveBeenCalledWith({ openAtLogin: true, path: electron, args: [folder] });
    expect(registry.run.get(registry.name)).toBe(`"${electron}" "${folder}"`);
    expect(item.isEnabled()).toBe(true);
    // The lookup path is quoted, so the space in it does not cut it short.
    expect(registry.get).toHaveBeenLastCalledWith({ path: `"${electron}"`, args: [folder] });
  });

  it('sees an entry that starts bare Electron (what the old code wrote) as off', () => {
    const electron = 'C:\\src\\unhunch\\node_modules\\electron\\dist\\electron.exe';
    const registry = fakeWindowsRegistry(electron);
    registry.run.set(registry.name, electron);
    const item = createLoginItem(
      ports({
        platform: 'win32',
        isPackaged: false,
        execPath: electron,
        appPath: 'C:\\src\\unhunch',
        setLoginItemSettings: registry.set,
        getLoginItemSettings: registry.get,
      }),
    );
    expect(item.reconcile(true)).toBe(false);
  });

  it('follows an entry turned off in Task Manager', () => {
    const exe = 'C:\\Program Files\\Unhunch\\Unhunch.exe';
    const registry = fakeWindowsRegistry(exe);
    const item = createLoginItem(
      ports({
        platform: 'win32',
        execPath: exe,
        setLoginItemSettings: registry.set,
        getLoginItemSettings: registry.get,
      }),
    );
    item.apply(true);
    registry.disabled.add(registry.name);
    expect(item.reconcile(true)).toBe(false);
    // Turning it on again turns it on in Task Manager too (Electron's `enabled` defaults to true).
    expect(item.apply(true)).toBe(true);
    expect(item.isEnabled()).toBe(true);
  });

  it('registers the portable exe, not the copy it unpacked to', () => {
    const registry = fakeWindowsRegistry('C:\\Temp\\2fQx7\\Unhunch.exe');
    createLoginItem(
      ports({
        platform: 'win32',
        execPath: 'C:\\Temp\\2fQx7\\Unhunch.exe',
        env: { PORTABLE_EXECUTABLE_FILE: 'D:\\Tools\\Unhunch-0.1.0-portable.exe' },
        setLoginItemSettings: registry.set,
        getLoginItemSettings: registry.get,
      }),
    ).apply(true);
    expect(registry.run.get(registry.name)).toBe('"D:\\Tools\\Unhunch-0.1.0-portable.exe"');
  });

  it('reports a change the system did not keep, and a setter that throws', () => {
    const p = ports({ platform: 'win32', getLoginItemSettings: () => ({ openAtLogin: false }) });
    const item = createLoginItem(p);
    expect(item.apply(true)).toBe(false);
    expect(item.view().problem).toBe('Could not turn on start at login: the system did not keep the change');

    const throwing = createLoginItem(
      ports({
        platform: 'win32',
        setLoginItemSettings: () => {
          throw new Error('Access is denied.');
        },
      }),
    );
    expect(() => throwing.apply(false)).not.toThrow();
    expect(throwing.view().problem).toBe('Could not turn off start at login: Access is denied.');
  });
});

describe('macOS: Electron login items, packaged only', () => {
  it('registers the packaged app and reads it back', () => {
    let status = 'not-registered';
    const set = vi.fn((settings: LoginItemSettingsInput) => {
      status = settings.openAtLogin ? 'enabled' : 'not-registered';
    });
    const item = createLoginItem(
      ports({
        platform: 'darwin',
        execPath: '/Applications/Unhunch.app/Contents/MacOS/Unhunch',
        setLoginItemSettings: set,
        getLoginItemSettings: () => ({ openAtLogin: status === 'enabled', status }),
      }),
    );
    expect(item.support).toEqual({ available: true });
    expect(item.apply(true)).toBe(true);
    // macOS takes no path or arguments: it registers the running bundle.
    expect(set).toHaveBeenCalledWith({ openAtLogin: true });
    expect(item.isEnabled()).toBe(true);
    expect(item.apply(false)).toBe(true);
    expect(item.isEnabled()).toBe(false);
  });

  it('says when macOS waits for the user to allow it', () => {
    const item = createLoginItem(
      ports({
        platform: 'darwin',
        getLoginItemSettings: () => ({ openAtLogin: false, status: 'requires-approval' }),
      }),
    );
    expect(item.apply(true)).toBe(true);
    expect(item.view()).toEqual({
      available: true,
      problem:
        'macOS is waiting for your approval: allow Unhunch under System Settings, General, Login Items.',
    });
    expect(item.reconcile(true)).toBe(true);
    expect(item.apply(false)).toBe(false);
  });

  it('run from source: unavailable, with the reason, and touches nothing', () => {
    const p = ports({
      platform: 'darwin',
      isPackaged: false,
      execPath: '/Users/ann/src/unhunch/node_modules/electron/dist/Electron.app/Contents/MacOS/Electron',
      getLoginItemSettings: vi.fn(() => ({ openAtLogin: true })),
    });
    const item = createLoginItem(p);
    expect(item.support).toEqual({ available: false, reason: UNPACKAGED_MACOS_REASON });
    expect(item.view()).toEqual({ available: false, reason: UNPACKAGED_MACOS_REASON });
    expect(item.apply(true)).toBe(false);
    expect(item.isEnabled()).toBeUndefined();
    // The stored choice belongs to the installed app, which shares this user's settings file.
    expect(item.reconcile(true)).toBe(true);
    expect(item.reconcile(false)).toBe(false);
    expect(p.setLoginItemSettings).not.toHaveBeenCalled();
    expect(p.getLoginItemSettings).not.toHaveBeenCalled();
  });
});

describe('other systems', () => {
  it('are unavailable, in plain words', () => {
    const p = ports({ platform: 'freebsd' });
    const item = createLoginItem(p);
    expect(item.view()).toEqual({
      available: false,
      reason: 'Start at login is not available on this system.',
    });
    expect(item.apply(true)).toBe(false);
    expect(p.setLoginItemSettings).not.toHaveBeenCalled();
  });
});

describe('nodeLoginItemFs', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('creates the folder, writes whole files, and removes them, missing or not', () => {
    dir = mkdtempSync(join(tmpdir(), 'unhunch-login-'));
    const path = join(dir, 'config', 'autostart', 'unhunch.desktop');
    expect(nodeLoginItemFs.read(path)).toBeUndefined();
    nodeLoginItemFs.write(path, '[Desktop Entry]\n');
    expect(readFileSync(path, 'utf8')).toBe('[Desktop Entry]\n');
    expect(statSync(path).mode & 0o777).toBe(0o644 & ~process.umask());
    expect(readdirSync(join(dir, 'config', 'autostart'))).toEqual(['unhunch.desktop']);
    nodeLoginItemFs.remove(path);
    expect(nodeLoginItemFs.read(path)).toBeUndefined();
    expect(() => nodeLoginItemFs.remove(path)).not.toThrow();
  });

  it('throws what the system refuses, leaving no partial file', () => {
    dir = mkdtempSync(join(tmpdir(), 'unhunch-login-'));
    // A folder where the file should be: the rename fails.
    const path = join(dir, 'unhunch.desktop');
    nodeLoginItemFs.write(join(path, 'inner'), 'x');
    expect(() => nodeLoginItemFs.write(path, 'y')).toThrow();
    expect(readdirSync(dir)).toEqual(['unhunch.desktop']);
    expect(() => nodeLoginItemFs.read(path)).toThrow();
  });
});
