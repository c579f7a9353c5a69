import { describe, expect, it, vi } from 'vitest';
import type { RunCommand } from '../../../src/main/idle/command-runner';
import {
  createLineSpawner,
  parseMonitorLine,
  parseObjectPathReply,
  watchLogindLock,
  type LineHandlers,
  type LogindLockOptions,
  type SpawnLines,
} from '../../../src/main/linux-lock';

const SESSION = '/org/freedesktop/login1/session/_32';
const changed = (args: string): string =>
  `${SESSION}: org.freedesktop.DBus.Properties.PropertiesChanged ${args}`;

// Real `gdbus monitor --system --dest org.freedesktop.login1 --object-path …` output (GLib 2.74).
const LINES = {
  header: `Monitoring signals on object ${SESSION} owned by org.freedesktop.login1`,
  owned: 'The name org.freedesktop.login1 is owned by :1.0',
  noOwner: 'The name org.freedesktop.login1 does not have an owner',
  lock: `${SESSION}: org.freedesktop.login1.Session.Lock ()`,
  unlock: `${SESSION}: org.freedesktop.login1.Session.Unlock ()`,
  hintTrue: changed(`('org.freedesktop.login1.Session', {'LockedHint': <true>}, @as [])`),
  hintFalse: changed(`('org.freedesktop.login1.Session', {'LockedHint': <false>}, @as [])`),
  hintAmongOthers: changed(
    `('org.freedesktop.login1.Session', {'Active': <true>, 'LockedHint': <true>, 'State': <'active'>}, @as [])`,
  ),
  hintInvalidated: changed(`('org.freedesktop.login1.Session', @a{sv} {}, ['LockedHint'])`),
  idle: changed(
    `('org.freedesktop.login1.Session', {'IdleHint': <true>, 'IdleSinceHint': <uint64 1796067862103929>, 'IdleSinceHintMonotonic': <uint64 267547330>}, @as [])`,
  ),
  otherInterface: changed(`('org.freedesktop.login1.User', {'LockedHint': <true>}, @as [])`),
  hintInsideString: changed(
    `('org.freedesktop.login1.Session', {'Name': <"x', 'LockedHint': <true>">, 'Active': <false>}, @as [])`,
  ),
  hintInsideEscapedString: changed(
    `('org.freedesktop.login1.Session', {'Desktop': <"say \\"hi\\", 'LockedHint': <true>">}, @as [])`,
  ),
  hintInsideBrackets: changed(
    `('org.freedesktop.login1.Session', {'Name': <"x>, 'LockedHint': <true>, 'y': <z">}, @as [])`,
  ),
  hintAfterBracketInString: changed(
    `('org.freedesktop.login1.Session', {'Name': <'a > b'>, 'LockedHint': <true>}, @as [])`,
  ),
  invalidatedWithUnicode: changed(
    `('org.freedesktop.login1.Session', {'Name': <'ünïcødé ✓'>}, ['LockedHint'])`,
  ),
  hintNested: changed(`('org.freedesktop.login1.Session', {'Inner': <{'LockedHint': <true>}>}, @as [])`),
  pauseDevice: `${SESSION}: org.freedesktop.login1.Session.PauseDevice (uint32 13, uint32 64, 'pause')`,
  lockWithArgs: `${SESSION}: org.freedesktop.login1.Session.Lock ('unexpected arg',)`,
};

describe('parseMonitorLine', () => {
  it('reads the Lock and Unlock signals', () => {
    expect(parseMonitorLine(LINES.lock, SESSION)).toEqual({ kind: 'lock-signal' });
    expect(parseMonitorLine(LINES.unlock, SESSION)).toEqual({ kind: 'unlock-signal' });
  });

  it('reads LockedHint from PropertiesChanged, alone or among other properties', () => {
    expect(parseMonitorLine(LINES.hintTrue, SESSION)).toEqual({ kind: 'locked-hint', locked: true });
    expect(parseMonitorLine(LINES.hintFalse, SESSION)).toEqual({ kind: 'locked-hint', locked: false });
    expect(parseMonitorLine(LINES.hintAmongOthers, SESSION)).toEqual({ kind: 'locked-hint', locked: true });
  });

  it('asks for a reading when LockedHint is invalidated without a value', () => {
    expect(parseMonitorLine(LINES.hintInvalidated, SESSION)).toEqual({ kind: 'locked-hint-invalidated' });
  });

  it("follows logind's owner coming and going", () => {
    expect(parseMonitorLine(LINES.owned, SESSION)).toEqual({ kind: 'logind-up' });
    expect(parseMonitorLine(LINES.noOwner, SESSION)).toEqual({ kind: 'logind-gone' });
  });

  it('ignores lines that say nothing about the lock', () => {
    for (const line of [
      LINES.header,
      LINES.idle,
      LINES.otherInterface,
      LINES.hintNested,
      LINES.pauseDevice,
      LINES.lockWithArgs,
      LINES.lock.replace(SESSION, '/org/freedesktop/login1/session/_33'),
      LINES.hintTrue.replace(SESSION, '/org/freedesktop/login1/user/_1000'),
    ]) {
      expect(parseMonitorLine(line, SESSION), line).toBeUndefined();
    }
  });

  it('is not fooled by a string value that spells the property', () => {
    expect(parseMonitorLine(LINES.hintInsideString, SESSION)).toBeUndefined();
    expect(parseMonitorLine(LINES.hintInsideEscapedString, SESSION)).toBeUndefined();
    expect(parseMonitorLine(LINES.hintInsideBrackets, SESSION)).toBeUndefined();
    expect(parseMonitorLine(LINES.hintAfterBracketInString, SESSION)).toEqual({
      kind: 'locked-hint',
      locked: true,
    });
    expect(parseMonitorLine(LINES.invalidatedWithUnicode, SESSION)).toEqual({
      kind: 'locked-hint-invalidated',
    });
  });

  it('ignores garbage and truncated lines', () => {
    for (const line of [
      '',
      '   ',
      'Error connecting: Could not connect: No such file or directory',
      `${SESSION}:`,
      `${SESSION}: org.freedesktop.login1.Session.Lock`,
      LINES.hintTrue.slice(0, -12),
      changed(`('org.freedesktop.login1.Session', {'LockedHint': <'yes'>}, @as [])`),
      changed(`('org.freedesktop.login1.Session', {'LockedHint': <true>})`),
      changed(`('org.freedesktop.login1.Session', {'LockedHint': <true>}, @as [], 'extra')`),
      changed(`('org.freedesktop.login1.Session', {'LockedHint': <true>>}, @as [])`),
      '\u0000\u00ff�(((',
    ]) {
      expect(parseMonitorLine(line, SESSION), JSON.stringify(line)).toBeUndefined();
    }
  });
});

describe('parseObjectPathReply', () => {
  it("reads GetSession's object path", () => {
    expect(parseObjectPathReply(`(objectpath '${SESSION}',)\n`)).toBe(SESSION);
  });

  it('refuses anything else', () => {
    for (const reply of ['', '(<true>,)', "('/org/freedesktop/login1/session/_32',)", '(objectpath "x",)']) {
      expect(() => parseObjectPathReply(reply)).toThrow(/Unexpected D-Bus reply/);
    }
  });
});

/** Scripted answers to the short gdbus calls, by method. */
interface FakeBus {
  locked: boolean;
  autoFails?: boolean;
  failure?: Error;
  calls: string[][];
  /** When set, LockedHint readings wait for this instead of answering at once. */
  heldReading?: Promise<string>;
}

function fakeRun(bus: FakeBus): RunCommand {
  return async (file, args) => {
    bus.calls.push([file, ...args]);
    if (bus.failure) throw bus.failure;
    const method = args[args.indexOf('--method') + 1];
    if (method === 'org.freedesktop.login1.Manager.GetSession') {
      if (bus.autoFails)
        throw new Error('Command failed\nGDBus.Error:org.freedesktop.login1.NoSessionForPID');
      return `(objectpath '${SESSION}',)\n`;
    }
    if (method === 'org.freedesktop.login1.Manager.GetSessionByPID') return `(objectpath '${SESSION}',)\n`;
    if (method === 'org.freedesktop.DBus.Properties.Get') return bus.heldReading ?? `(<${bus.locked}>,)\n`;
    throw new Error(`unexpected call ${args.join(' ')}`);
  };
}

interface FakeChild {
  args: readonly string[];
  handlers: LineHandlers;
  killed: boolean;
}

function fakeSpawn(children: FakeChild[]): SpawnLines {
  return (file, args, handlers) => {
    expect(file).toBe('gdbus');
    const child: FakeChild = { args, handlers, killed: false };
    children.push(child);
    return {
      kill: () => {
        child.killed = true;
        queueMicrotask(() => handlers.exit({ missing: false, detail: 'exited with SIGTERM' }));
      },
    };
  };
}

function fakeTimer() {
  let now = 0;
  const pending: { at: number; callback: () => void }[] = [];
  return {
    clock: { nowMs: () => now },
    timer: {
      after(delayMs: number, callback: () => void) {
        const entry = { at: now + delayMs, callback };
        pending.push(entry);
        return () => void pending.splice(pending.indexOf(entry) >>> 0, 1);
      },
    },
    pendingCount: () => pending.length,
    advance(ms: number) {
      now += ms;
      for (const entry of pending.filter((candidate) => candidate.at <= now)) {
        pending.splice(pending.indexOf(entry), 1);
        entry.callback();
      }
    },
  };
}

/** Lets the fakes' promise chains run to their end. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

function setup({
  bus: scripted,
  ...overrides
}: Partial<LogindLockOptions> & { bus?: Partial<FakeBus> } = {}) {
  const bus: FakeBus = { locked: false, calls: [], ...scripted };
  const children: FakeChild[] = [];
  const time = fakeTimer();
  const onLock = vi.fn();
  const onUnlock = vi.fn();
  const log = vi.fn();
  const watch = watchLogindLock({
    onLock,
    onUnlock,
    run: fakeRun(bus),
    spawn: fakeSpawn(children),
    timer: time.timer,
    clock: time.clock,
    log,
    pid: 4242,
    ...overrides,
  });
  const monitor = (): FakeChild => {
    const child = children.at(-1);
    if (!child) throw new Error('no monitor was started');
    return child;
  };
  const say = async (...lines: string[]): Promise<void> => {
    for (const line of lines) monitor().handlers.line(line);
    await settle();
  };
  return { bus, children, time, onLock, onUnlock, log, watch, monitor, say };
}

describe('watchLogindLock', () => {
  it("monitors the caller's session and takes the first reading once gdbus reports logind's owner", async () => {
    const t = setup();
    await settle();
    expect(t.bus.calls).toEqual([
      [
        'gdbus',
        'call',
        '--system',
        '--dest',
        'org.freedesktop.login1',
        '--object-path',
        '/org/freedesktop/login1',
        '--method',
        'org.freedesktop.login1.Manager.GetSession',
        "'auto'",
      ],
    ]);
    expect(t.monitor().args).toEqual([
      'monitor',
      '--system',
      '--dest',
      'org.freedesktop.login1',
      '--object-path',
      SESSION,
    ]);

    await t.say(LINES.header, LINES.owned);
    expect(t.bus.calls.at(-1)).toEqual([
      'gdbus',
      'call',
      '--system',
      '--dest',
      'org.freedesktop.login1',
      '--object-path',
      SESSION,
      '--method',
      'org.freedesktop.DBus.Properties.Get',
      'org.freedesktop.login1.Session',
      'LockedHint',
    ]);
    expect(await t.watch.ready).toBe(true);
    expect(t.onLock).not.toHaveBeenCalled();
    expect(t.onUnlock).not.toHaveBeenCalled();
    expect(t.log).not.toHaveBeenCalled();
  });

  it('reports a session that is locked when the watch starts', async () => {
    const t = setup({ bus: { locked: true } });
    await settle();
    await t.say(LINES.owned);
    expect(t.onLock).toHaveBeenCalledTimes(1);
  });

  it('reports lock and unlock once each when both the signal and LockedHint say so', async () => {
    const t = setup();
    await settle();
    await t.say(LINES.owned, LINES.lock, LINES.hintTrue, LINES.hintAmongOthers, LINES.idle);
    expect(t.onLock).toHaveBeenCalledTimes(1);
    expect(t.onUnlock).not.toHaveBeenCalled();

    await t.say(LINES.unlock, LINES.hintFalse, LINES.unlock);
    expect(t.onLock).toHaveBeenCalledTimes(1);
    expect(t.onUnlock).toHaveBeenCalledTimes(1);

    // GNOME's Super+L: the hint alone, no signal.
    await t.say(LINES.hintTrue);
    await t.say(LINES.hintFalse);
    expect(t.onLock).toHaveBeenCalledTimes(2);
    expect(t.onUnlock).toHaveBeenCalledTimes(2);
    expect(t.log).not.toHaveBeenCalled();
  });

  it('keeps a Lock request that LockedHint confirms in time', async () => {
    const t = setup({ lockConfirmMs: 10_000 });
    await settle();
    await t.say(LINES.owned, LINES.lock);
    t.bus.locked = true;
    t.time.advance(10_000);
    await settle();
    expect(t.onLock).toHaveBeenCalledTimes(1);
    expect(t.onUnlock).not.toHaveBeenCalled();
  });

  it('counts the screen unlocked again when no locker confirms a Lock request, and says so once', async () => {
    const t = setup({ lockConfirmMs: 10_000 });
    await settle();
    await t.say(LINES.owned, LINES.lock);
    expect(t.onLock).toHaveBeenCalledTimes(1);
    t.time.advance(9_999);
    await settle();
    expect(t.onUnlock).not.toHaveBeenCalled();
    t.time.advance(1);
    await settle();
    expect(t.onUnlock).toHaveBeenCalledTimes(1);

    await t.say(LINES.lock);
    t.time.advance(10_000);
    await settle();
    expect(t.onLock).toHaveBeenCalledTimes(2);
    expect(t.onUnlock).toHaveBeenCalledTimes(2);
    expect(t.log).toHaveBeenCalledTimes(1);
    expect(t.log).toHaveBeenCalledWith(expect.stringContaining('did not confirm'), undefined);
  });

  it('does not undo a LockedHint that arrived while its reading was under way', async () => {
    let answer: (reply: string) => void = () => {};
    const t = setup({ bus: { heldReading: new Promise((resolve) => (answer = resolve)) } });
    await settle();
    await t.say(LINES.owned, LINES.hintTrue);
    answer('(<false>,)');
    await settle();
    expect(t.onLock).toHaveBeenCalledTimes(1);
    expect(t.onUnlock).not.toHaveBeenCalled();
  });

  it('asks about its own process where logind does not know "auto"', async () => {
    const t = setup({ bus: { autoFails: true } });
    await settle();
    expect(t.bus.calls[1]?.slice(-2)).toEqual([
      'org.freedesktop.login1.Manager.GetSessionByPID',
      'uint32 4242',
    ]);
    expect(t.monitor().args.at(-1)).toBe(SESSION);
    expect(t.log).not.toHaveBeenCalled();
  });

  it('ends quietly, with one log line, without gdbus', async () => {
    const missing = Object.assign(new Error('spawn gdbus ENOENT'), { code: 'ENOENT' });
    const t = setup({ bus: { failure: missing } });
    expect(await t.watch.ready).toBe(false);
    expect(t.bus.calls).toHaveLength(1);
    expect(t.children).toHaveLength(0);
    expect(t.log).toHaveBeenCalledTimes(1);
    expect(t.log).toHaveBeenCalledWith(expect.stringContaining('not followed'), 'gdbus is not installed');
    expect(t.onUnlock).not.toHaveBeenCalled();
  });

  it('ends quietly, with one log line, without logind or a system bus', async () => {
    const failure = new Error(
      'Command failed: gdbus call --system …\nError connecting: Could not connect: No such file or directory\n',
    );
    const t = setup({ bus: { failure } });
    expect(await t.watch.ready).toBe(false);
    expect(t.children).toHaveLength(0);
    expect(t.log).toHaveBeenCalledTimes(1);
    expect(t.log).toHaveBeenCalledWith(
      expect.stringContaining('no logind session'),
      'Error connecting: Could not connect: No such file or directory',
    );
    expect(t.time.pendingCount()).toBe(0);
  });

  it('restarts a monitor that dies, with growing delays, logging the first death only', async () => {
    const t = setup({ restartDelayMs: { first: 1_000, last: 4_000 }, stableRunMs: 60_000 });
    await settle();
    await t.say(LINES.owned);
    const die = async (): Promise<void> => {
      t.monitor().handlers.exit({ missing: false, detail: 'Error connecting: bus gone' });
      await settle();
    };

    await die();
    expect(t.log).toHaveBeenCalledTimes(1);
    expect(t.log).toHaveBeenCalledWith(expect.stringContaining('restarting'), 'Error connecting: bus gone');
    t.time.advance(999);
    expect(t.children).toHaveLength(1);
    t.time.advance(1);
    expect(t.children).toHaveLength(2);

    await die();
    t.time.advance(1_999);
    expect(t.children).toHaveLength(2);
    t.time.advance(1);
    expect(t.children).toHaveLength(3);

    await die();
    t.time.advance(4_000);
    expect(t.children).toHaveLength(4);
    await die();
    t.time.advance(4_000);
    expect(t.children).toHaveLength(5);
    expect(t.log).toHaveBeenCalledTimes(1);

    // A monitor that ran a good while before dying starts over from the first delay, and says so.
    t.time.advance(60_000);
    await die();
    expect(t.log).toHaveBeenCalledTimes(2);
    t.time.advance(1_000);
    expect(t.children).toHaveLength(6);
  });

  it('catches up on a lock it missed while its monitor was down', async () => {
    const t = setup();
    await settle();
    await t.say(LINES.owned);
    t.monitor().handlers.exit({ missing: false, detail: 'killed' });
    t.bus.locked = true;
    t.time.advance(1_000);
    await t.say(LINES.owned);
    expect(t.onLock).toHaveBeenCalledTimes(1);
  });

  it('lifts the lock it reported when it has to end, since nobody else would', async () => {
    const t = setup();
    await settle();
    await t.say(LINES.owned, LINES.hintTrue);
    t.monitor().handlers.exit({ missing: true, detail: 'spawn gdbus ENOENT' });
    await settle();
    expect(t.onUnlock).toHaveBeenCalledTimes(1);
    expect(t.log).toHaveBeenCalledWith(expect.stringContaining('gdbus is not installed'), undefined);
    expect(t.time.pendingCount()).toBe(0);
  });

  it('on dispose, stops the monitor and every timer and reports nothing more', async () => {
    const t = setup();
    await settle();
    await t.say(LINES.owned, LINES.lock);
    expect(t.time.pendingCount()).toBe(1);
    await t.watch.dispose();
    expect(t.monitor().killed).toBe(true);
    expect(t.time.pendingCount()).toBe(0);

    t.monitor().handlers.line(LINES.unlock);
    t.time.advance(600_000);
    await settle();
    expect(t.children).toHaveLength(1);
    expect(t.onUnlock).not.toHaveBeenCalled();
    expect(t.log).not.toHaveBeenCalled();
  });

  it('disposed before it found the session, never starts a monitor', async () => {
    const t = setup();
    await t.watch.dispose();
    await settle();
    expect(t.children).toHaveLength(0);
    expect(await t.watch.ready).toBe(false);
  });
});

describe.skipIf(process.platform === 'win32')('createLineSpawner', () => {
  function collect(file: string, args: string[]) {
    const lines: string[] = [];
    let spawned: { kill(): void } | undefined;
    const exited = new Promise<{ missing: boolean; detail: string }>((resolve) => {
      spawned = createLineSpawner()(file, args, { line: (text) => lines.push(text), exit: resolve });
    });
    return { lines, exited, kill: () => spawned?.kill() };
  }

  it('hands over whole lines, even split across writes, and gives the last of stderr on exit', async () => {
    const child = collect('sh', [
      '-c',
      'printf "one\ntw"; sleep 0.1; printf "o\nthree"; echo gone >&2; exit 3',
    ]);
    expect(await child.exited).toEqual({ missing: false, detail: 'gone' });
    // "three" never got its newline: gdbus always ends its lines, so a torn one is noise.
    expect(child.lines).toEqual(['one', 'two']);
  });

  it('says when the command is not installed', async () => {
    const child = collect('unhunch-no-such-command', []);
    expect(await child.exited).toMatchObject({ missing: true });
  });

  it('stops the child on kill', async () => {
    const child = collect('sleep', ['30']);
    child.kill();
    expect(await child.exited).toEqual({ missing: false, detail: 'exited with SIGTERM' });
  });
});
