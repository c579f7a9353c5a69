/**
 * Screen lock on Linux, where Electron's powerMonitor never emits `lock-screen` / `unlock-screen`: the
 * user's systemd-logind session on the system bus says it instead. Its `LockedHint` property is what
 * GNOME's and KDE's lockers set while the screen is locked; its `Lock` / `Unlock` signals are logind
 * asking the locker to act (`loginctl lock-session`, `IdleAction=lock`), which lockers that never set
 * the hint (xss-lock, swayidle) obey.
 *
 * One long-lived `gdbus monitor` child reports both, so the app wakes only when something happens; a
 * one-shot read of `LockedHint` covers the time before the monitor listened, and every time logind
 * comes back. `gdbus` only: dbus-monitor cannot watch the system bus without root. Without gdbus, a
 * system bus or logind (containers, non-systemd distributions) the watch ends with one log line.
 */
import { spawn } from 'node:child_process';
import { isCommandMissing, type RunCommand } from './idle/command-runner';
import { parseBooleanProperty } from './moments/dbus-property';

const LOGIN1 = 'org.freedesktop.login1';
const MANAGER_PATH = '/org/freedesktop/login1';
const MANAGER = 'org.freedesktop.login1.Manager';
const SESSION = 'org.freedesktop.login1.Session';
const PROPERTIES = 'org.freedesktop.DBus.Properties';

// ---------------------------------------------------------------------------------------------------
// Reading gdbus's output

/** What one line of `gdbus monitor` on the session object means for the lock. */
export type LogindLine =
  | { kind: 'lock-signal' }
  | { kind: 'unlock-signal' }
  | { kind: 'locked-hint'; locked: boolean }
  /** The property changed without its new value: read it. */
  | { kind: 'locked-hint-invalidated' }
  /** logind (re)appeared on the bus: it may have changed while the monitor could not hear it. */
  | { kind: 'logind-up' }
  | { kind: 'logind-gone' };

/**
 * Splits GVariant text (as `g_variant_print` writes it) at top-level `separator`s, stepping over
 * quoted strings and nested containers, so a string value that happens to contain `'LockedHint':
 * <true>` is never read as the property. Undefined when quotes or brackets do not balance.
 */
function splitTopLevel(text: string, separator: ',' | ':'): string[] | undefined {
  const parts: string[] = [];
  const closing: string[] = [];
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quote !== undefined) {
      if (char === '\\') i += 1;
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (pairs[char] !== undefined) {
      closing.push(pairs[char]);
    } else if (char === ')' || char === ']' || char === '}' || char === '>') {
      if (closing.pop() !== char) return undefined;
    } else if (char === separator && closing.length === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (quote !== undefined || closing.length > 0) return undefined;
  parts.push(text.slice(start).trim());
  return parts;
}

/** The inside of `open … close`, after an optional type annotation such as `@a{sv}`; else undefined. */
function inside(text: string, open: string, close: string): string | undefined {
  const bare = text.replace(/^@\S+\s+/, '');
  return bare.startsWith(open) && bare.endsWith(close) ? bare.slice(1, -1).trim() : undefined;
}

/** PropertiesChanged's `(interface, {changed}, [invalidated])`, as far as LockedHint goes. */
function lockedHintChange(args: string): LogindLine | undefined {
  const fields = splitTopLevel(inside(args, '(', ')') ?? '', ',');
  if (fields?.length !== 3 || fields[0] !== `'${SESSION}'`) return undefined;
  const changed = inside(fields[1] as string, '{', '}');
  const invalidated = inside(fields[2] as string, '[', ']');
  if (changed === undefined || invalidated === undefined) return undefined;
  for (const entry of changed === '' ? [] : (splitTopLevel(changed, ',') ?? [])) {
    const [key, value] = splitTopLevel(entry, ':') ?? [];
    if (key !== "'LockedHint'") continue;
    if (value === '<true>') return { kind: 'locked-hint', locked: true };
    if (value === '<false>') return { kind: 'locked-hint', locked: false };
    return undefined;
  }
  const names = invalidated === '' ? [] : (splitTopLevel(invalidated, ',') ?? []);
  return names.includes("'LockedHint'") ? { kind: 'locked-hint-invalidated' } : undefined;
}

/**
 * One line of `gdbus monitor --dest org.freedesktop.login1 --object-path <sessionPath>`; undefined
 * for anything that says nothing about the lock (other signals and properties, other objects, noise).
 */
export function parseMonitorLine(line: string, sessionPath: string): LogindLine | undefined {
  const text = line.trim();
  // gdbus's own notices; they are not translated.
  if (text.startsWith(`The name ${LOGIN1} is owned by `)) return { kind: 'logind-up' };
  if (text === `The name ${LOGIN1} does not have an owner`) return { kind: 'logind-gone' };

  const prefix = `${sessionPath}: `;
  if (!text.startsWith(prefix)) return undefined;
  const signal = /^([\w.]+)\.(\w+) (\(.*\))$/.exec(text.slice(prefix.length));
  if (!signal) return undefined;
  const [, interfaceName, member, args] = signal as unknown as [string, string, string, string];
  if (interfaceName === SESSION && args === '()') {
    if (member === 'Lock') return { kind: 'lock-signal' };
    if (member === 'Unlock') return { kind: 'unlock-signal' };
  }
  if (interfaceName === PROPERTIES && member === 'PropertiesChanged') return lockedHintChange(args);
  return undefined;
}

/** gdbus's reply to GetSession / GetSessionByPID: `(objectpath '/org/freedesktop/login1/session/_32',)`. */
export function parseObjectPathReply(output: string): string {
  const match = /^\s*\(\s*objectpath\s+'(\/[\w/]*)'\s*,\s*\)\s*$/.exec(output);
  if (!match?.[1]) throw new Error(`Unexpected D-Bus reply: ${JSON.stringify(output.slice(0, 200))}`);
  return match[1];
}

// ---------------------------------------------------------------------------------------------------
// Ports

/** A long-lived child whose stdout arrives line by line. */
export interface LineProcess {
  /** Ends the child; its `exit` handler still runs. */
  kill(): void;
}

export interface LineHandlers {
  line(text: string): void;
  /** Once, when the child is gone. `missing`: the executable is not installed. */
  exit(outcome: { missing: boolean; detail: string }): void;
}

export type SpawnLines = (file: string, args: readonly string[], handlers: LineHandlers) => LineProcess;

/** The real `SpawnLines`, on node:child_process; `env` carries the bus addresses. */
export function createLineSpawner({ env }: { env?: NodeJS.ProcessEnv } = {}): SpawnLines {
  return (file, args, handlers) => {
    const child = spawn(file, [...args], {
      env: env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let pending = '';
    let stderr = '';
    let exited = false;
    const exit = (outcome: { missing: boolean; detail: string }): void => {
      if (exited) return;
      exited = true;
      handlers.exit(outcome);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const text of lines) if (!exited) handlers.line(text);
    });
    child.stderr.setEncoding('utf8');
    // Only the end matters for the log line: gdbus says why it gave up last.
    child.stderr.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-500)));
    child.on('error', (error) => exit({ missing: isCommandMissing(error), detail: error.message }));
    // 'close', not 'exit': by then every line the child wrote has been handed over.
    child.on('close', (code, signal) =>
      exit({ missing: false, detail: stderr.trim() || `exited with ${signal ?? `code ${code}`}` }),
    );
    return {
      kill: () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      },
    };
  };
}

/** One-shot timers; the returned function cancels. */
export interface LockTimer {
  after(delayMs: number, callback: () => void): () => void;
}

export interface LockHandlers {
  onLock(): void;
  onUnlock(): void;
}

export interface LogindLockOptions extends LockHandlers {
  /** Short `gdbus call`s: finding the session, reading LockedHint. */
  run: RunCommand;
  /** The `gdbus monitor` child. */
  spawn: SpawnLines;
  timer: LockTimer;
  /** Monotonic milliseconds, to tell a monitor that ran for a while from one that dies at once. */
  clock: { nowMs(): number };
  log: (message: string, detail?: unknown) => void;
  /** Our process id, for GetSessionByPID where logind does not know "auto". */
  pid: number;
  /**
   * How long a Lock request may go unconfirmed by LockedHint before the screen counts as unlocked
   * again. A locker that never sets the hint never says when it unlocks either, and a lock nobody
   * lifts would stop every break; a locker that does set it does so within a second or two.
   */
  lockConfirmMs?: number;
  /** Restart delays for a monitor that died: doubling from the first to the last. */
  restartDelayMs?: { first: number; last: number };
  /** A monitor that ran this long before dying starts the delays afresh. */
  stableRunMs?: number;
}

export interface LockWatch {
  /** True once the monitor listens and the first reading is in; false if the watch ended before. */
  readonly ready: Promise<boolean>;
  /** Stops the monitor; resolves once it has exited. */
  dispose(): Promise<void>;
}

function reasonOf(error: unknown): string {
  if (isCommandMissing(error)) return 'gdbus is not installed';
  const message = error instanceof Error ? error.message : String(error);
  // execFile's message starts with the whole command line; gdbus's own complaint is the last line.
  return (
    message
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .pop() ?? message
  );
}

/** Follows the lock of this process's logind session; `onLock` / `onUnlock` only when it changes. */
export function watchLogindLock(options: LogindLockOptions): LockWatch {
  const { run, timer, clock, log } = options;
  const lockConfirmMs = options.lockConfirmMs ?? 10_000;
  const delays = options.restartDelayMs ?? { first: 1_000, last: 300_000 };
  const stableRunMs = options.stableRunMs ?? 60_000;

  let sessionPath: string | undefined;
  let locked = false;
  let ended = false;
  let child: LineProcess | undefined;
  let childGone: Promise<void> = Promise.resolve();
  let startedAtMs = 0;
  let failures = 0;
  let cancelRestart: (() => void) | undefined;
  let cancelConfirm: (() => void) | undefined;
  /** Bumped by every monitor line that decides the state: a reading begun before it is stale. */
  let epoch = 0;
  const warned = new Set<string>();
  let settleReady: (value: boolean) => void = () => {};
  const ready = new Promise<boolean>((resolve) => (settleReady = resolve));

  const logOnce = (key: string, message: string, detail?: unknown): void => {
    if (warned.has(key)) return;
    warned.add(key);
    log(message, detail);
  };

  const dropConfirm = (): void => {
    cancelConfirm?.();
    cancelConfirm = undefined;
  };

  const setLocked = (value: boolean): void => {
    if (value !== locked) {
      locked = value;
      if (value) options.onLock();
      else options.onUnlock();
    }
  };

  const gdbusCall = (objectPath: string, method: string, ...args: string[]): Promise<string> =>
    run('gdbus', [
      'call',
      '--system',
      '--dest',
      LOGIN1,
      '--object-path',
      objectPath,
      '--method',
      method,
      ...args,
    ]);

  const readLockedHint = async (path: string): Promise<boolean> =>
    parseBooleanProperty(await gdbusCall(path, `${PROPERTIES}.Get`, SESSION, 'LockedHint'));

  /** Reads LockedHint and applies it, unless the monitor said something newer meanwhile. */
  const refresh = async (): Promise<void> => {
    if (ended || sessionPath === undefined) return;
    const asked = epoch;
    try {
      const value = await readLockedHint(sessionPath);
      if (ended || asked !== epoch) return;
      dropConfirm();
      setLocked(value);
      settleReady(true);
    } catch (error) {
      if (ended || asked !== epoch) return;
      logOnce('read', 'Could not read the screen lock from logind', reasonOf(error));
      // Unknown counts as unlocked: a lock we cannot see lifted would hold off every break.
      dropConfirm();
      setLocked(false);
      settleReady(true);
    }
  };

  const stop = (): void => {
    ended = true;
    cancelRestart?.();
    dropConfirm();
    child?.kill();
    child = undefined;
    settleReady(false);
  };

  const end = (message: string, detail?: unknown): void => {
    if (ended) return;
    log(message, detail);
    stop();
    // Nobody would ever lift a lock we had reported.
    setLocked(false);
  };

  const onLine = (text: string): void => {
    const path = sessionPath;
    if (ended || path === undefined) return;
    const event = parseMonitorLine(text, path);
    if (!event) return;
    switch (event.kind) {
      case 'logind-up':
      case 'locked-hint-invalidated':
        void refresh();
        return;
      case 'logind-gone':
        return;
      case 'locked-hint':
        epoch += 1;
        dropConfirm();
        setLocked(event.locked);
        return;
      case 'unlock-signal':
        epoch += 1;
        dropConfirm();
        setLocked(false);
        return;
      case 'lock-signal':
        if (locked) return;
        epoch += 1;
        setLocked(true);
        cancelConfirm = timer.after(lockConfirmMs, () => {
          cancelConfirm = undefined;
          const asked = epoch;
          void readLockedHint(path)
            .catch(() => false)
            .then((hint) => {
              if (ended || asked !== epoch || hint) return;
              logOnce(
                'unconfirmed',
                'The screen locker did not confirm a Lock request through logind; the screen counts as unlocked',
              );
              setLocked(false);
            });
        });
        return;
    }
  };

  const startMonitor = (): void => {
    if (ended || sessionPath === undefined) return;
    startedAtMs = clock.nowMs();
    let markGone: () => void = () => {};
    childGone = new Promise((resolve) => (markGone = resolve));
    const args = ['monitor', '--system', '--dest', LOGIN1, '--object-path', sessionPath];
    child = options.spawn('gdbus', args, {
      line: onLine,
      exit: ({ missing, detail }) => {
        markGone();
        child = undefined;
        if (ended) return;
        if (missing) {
          end('Screen lock is not followed: gdbus is not installed');
          return;
        }
        if (clock.nowMs() - startedAtMs >= stableRunMs) failures = 0;
        const delayMs = Math.min(delays.last, delays.first * 2 ** failures);
        // One line per run of failures; a bus that stays away must not fill the log.
        if (failures === 0) log('The logind lock monitor stopped; restarting it', detail);
        failures += 1;
        cancelRestart = timer.after(delayMs, () => {
          cancelRestart = undefined;
          startMonitor();
        });
      },
    });
  };

  /** GetSession("auto") is the caller's session (or, outside one, the user's display session). */
  const findSession = async (): Promise<string> => {
    try {
      return parseObjectPathReply(await gdbusCall(MANAGER_PATH, `${MANAGER}.GetSession`, "'auto'"));
    } catch (error) {
      if (isCommandMissing(error)) throw error;
      // An older logind knows no "auto"; ask about our own process instead.
      return parseObjectPathReply(
        await gdbusCall(MANAGER_PATH, `${MANAGER}.GetSessionByPID`, `uint32 ${options.pid}`),
      );
    }
  };

  void findSession().then(
    (path) => {
      if (ended) return;
      sessionPath = path;
      // The first reading comes when gdbus reports logind's owner: only then is the monitor surely
      // subscribed, so no change can fall between the reading and the first signal.
      startMonitor();
    },
    (error: unknown) =>
      end('Screen lock is not followed: no logind session on the system bus', reasonOf(error)),
  );

  return {
    ready,
    dispose: () => {
      stop();
      return childGone;
    },
  };
}
