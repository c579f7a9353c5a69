/**
 * A throwaway desktop session for tests that talk to real desktop services: a private D-Bus session
 * bus, optionally a private X server, and helpers to wait on them. Everything started here is a child
 * of the test process and is stopped by its own pid, so tests never touch the developer's real session.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Absolute path of an executable on PATH, or undefined. */
export function which(command: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** The commands in `commands` that are missing from PATH. */
export function missingCommands(commands: readonly string[]): string[] {
  return commands.filter((command) => which(command) === undefined);
}

/**
 * A python3 that can `import` these modules. Debian's python3-dbus/python3-gi live in /usr/bin/python3's
 * site-packages, which a pyenv or venv `python3` earlier on PATH does not see, so try that one first.
 */
export function pythonWith(modules: readonly string[]): string | undefined {
  const check = modules.map((name) => `import ${name}`).join('; ');
  for (const python of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(python, ['-c', check], { stdio: 'ignore', timeout: 10_000 });
      return python;
    } catch {
      // missing interpreter or module: try the next one
    }
  }
  return undefined;
}

/**
 * What a test of a fake D-Bus service needs on this machine: Linux, dbus-daemon and the command-line
 * clients, and a python3 with dbus and GLib. Returns that python, or why the test cannot run (the test
 * prints it and skips).
 */
export function dbusServiceTestSetup(
  label: string,
): { python: string; skipReason?: undefined } | { python?: undefined; skipReason: string } {
  if (process.platform !== 'linux') return { skipReason: `${label}: Linux only` };
  const missing = missingCommands(['dbus-daemon', 'dbus-send', 'gdbus']);
  if (missing.length > 0)
    return { skipReason: `${label} skipped: missing ${missing.join(', ')} (Debian: dbus libglib2.0-bin)` };
  const python = pythonWith(['dbus', 'dbus.mainloop.glib', 'gi.repository.GLib']);
  if (python === undefined)
    return { skipReason: `${label} skipped: no python3 with dbus and gi (Debian: python3-dbus python3-gi)` };
  return { python };
}

/** Polls `probe` every `intervalMs` until it returns a value, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  { timeoutMs = 5000, intervalMs = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`, { cause: lastError });
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Reads the first `lines` lines a child writes to stdout (e.g. an address or display number). */
function firstLines(child: ChildProcess, lines: number, what: string, timeoutMs = 5000): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(
      () => fail(new Error(`${what} did not report within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const fail = (error: Error): void => {
      clearTimeout(timer);
      reject(error);
    };
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`${what} exited early with code ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const got = buffer.split('\n');
      if (got.length > lines) {
        clearTimeout(timer);
        resolve(got.slice(0, lines).map((line) => line.trim()));
      }
    });
  });
}

/** Stops a child we started, by its pid, and waits for it to go. */
export async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
  await gone;
  clearTimeout(timer);
}

export interface SessionBus {
  address: string;
  process: ChildProcess;
}

/** A private session bus; `--nofork` keeps the daemon our child so teardown is a plain kill. */
export async function startSessionBus(): Promise<SessionBus> {
  const child = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], {
    // stderr only ever says it could not raise its fd limit as non-root; nothing a test needs.
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  try {
    const [address] = await firstLines(child, 1, 'dbus-daemon');
    if (!address) throw new Error('dbus-daemon printed no address');
    return { address, process: child };
  } catch (error) {
    await stop(child);
    throw error;
  }
}

export interface XServer {
  display: string;
  process: ChildProcess;
}

/** A private X server on a display Xvfb picks itself (`-displayfd`), so parallel runs never clash. */
export async function startXvfb(): Promise<XServer> {
  const child = spawn('Xvfb', ['-displayfd', '1', '-nolisten', 'tcp', '-screen', '0', '1024x768x24'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  try {
    const [number] = await firstLines(child, 1, 'Xvfb');
    if (!number || !/^\d+$/.test(number)) throw new Error(`Xvfb reported display "${number}"`);
    return { display: `:${number}`, process: child };
  } catch (error) {
    await stop(child);
    throw error;
  }
}

/** Whether `name` has an owner on the bus at `address` (i.e. the service is up). */
export function busNameHasOwner(address: string, name: string): boolean {
  const out = execFileSync(
    'dbus-send',
    [
      `--bus=${address}`,
      '--print-reply=literal',
      '--dest=org.freedesktop.DBus',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner',
      `string:${name}`,
    ],
    { encoding: 'utf8', timeout: 2000 },
  );
  return /boolean true/.test(out);
}

/** Sets environment variables for the duration of a test; returns a function that restores them. */
export function setEnv(vars: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  const apply = (values: Record<string, string | undefined>): void => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(vars);
  return () => apply(saved);
}
