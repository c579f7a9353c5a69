import { describe, expect, it, vi } from 'vitest';
import { createDbusUintCall, parseUintReply, type DbusMethod } from '../../../src/main/idle/dbus-call';
import { createDbusIdleSource } from '../../../src/main/idle/dbus-idle-source';
import {
  mutterIdleReader,
  screenSaverIdleReader,
  type IdleReader,
} from '../../../src/main/idle/idle-readers';
import { chooseIdleSource, isWaylandSession } from '../../../src/main/idle/idle-source';

/** A clock the test moves by hand. */
function manualClock(startMs = 1000) {
  let now = startMs;
  return {
    nowMs: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

/** A reader whose calls stay pending until the test answers them, like a slow `gdbus`. */
function controlledReader(name = 'org.gnome.Mutter.IdleMonitor') {
  const pending: { resolve: (ms: number) => void; reject: (error: Error) => void }[] = [];
  const reader: IdleReader = {
    name,
    readIdleMs: vi.fn(
      () =>
        new Promise<number>((resolve, reject) => {
          pending.push({ resolve, reject });
        }),
    ),
  };
  return {
    reader,
    calls: () => vi.mocked(reader.readIdleMs).mock.calls.length,
    async answer(ms: number) {
      pending.shift()?.resolve(ms);
      await Promise.resolve();
      await Promise.resolve();
    },
    async refuse(message = 'ServiceUnknown') {
      pending.shift()?.reject(new Error(message));
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

const answering = (name: string, ms: number): IdleReader => ({ name, readIdleMs: async () => ms });
const refusing = (name: string): IdleReader => ({
  name,
  readIdleMs: async () => {
    throw new Error(`${name}: ServiceUnknown`);
  },
});

describe('isWaylandSession', () => {
  it('is Wayland on Linux when XDG_SESSION_TYPE says so or WAYLAND_DISPLAY is set', () => {
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'wayland' }, 'linux')).toBe(true);
    expect(isWaylandSession({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }, 'linux')).toBe(false);
    expect(isWaylandSession({}, 'linux')).toBe(false);
  });

  it('is never Wayland off Linux, whatever the environment says', () => {
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'wayland' }, 'darwin')).toBe(false);
    expect(isWaylandSession({ WAYLAND_DISPLAY: 'wayland-0' }, 'win32')).toBe(false);
  });
});

describe('chooseIdleSource', () => {
  const base = { electronIdle: () => 42, clock: manualClock(), log: vi.fn() };

  it.each([
    ['X11', { XDG_SESSION_TYPE: 'x11' }, 'linux'],
    ['macOS', {}, 'darwin'],
    ['Windows', {}, 'win32'],
  ] as const)('uses Electron on %s without probing D-Bus', async (_name, env, platform) => {
    const probe = vi.fn(async () => 5);
    const chosen = await chooseIdleSource({
      ...base,
      env,
      platform,
      dbus: [{ name: 'mutter', readIdleMs: probe }],
    });
    expect(chosen.via).toBe('electron');
    expect(chosen.source.idleSeconds()).toBe(42);
    expect(probe).not.toHaveBeenCalled();
  });

  it('uses Mutter on Wayland when it answers, starting from the probed reading', async () => {
    const chosen = await chooseIdleSource({
      ...base,
      env: { XDG_SESSION_TYPE: 'wayland' },
      platform: 'linux',
      dbus: [answering('org.gnome.Mutter.IdleMonitor', 7000), answering('org.freedesktop.ScreenSaver', 1)],
    });
    expect(chosen.via).toBe('org.gnome.Mutter.IdleMonitor');
    expect(chosen.source.idleSeconds()).toBe(7);
  });

  it('falls back to the ScreenSaver service when Mutter is absent', async () => {
    const chosen = await chooseIdleSource({
      ...base,
      env: { WAYLAND_DISPLAY: 'wayland-0' },
      platform: 'linux',
      dbus: [refusing('org.gnome.Mutter.IdleMonitor'), answering('org.freedesktop.ScreenSaver', 3000)],
    });
    expect(chosen.via).toBe('org.freedesktop.ScreenSaver');
    expect(chosen.source.idleSeconds()).toBe(3);
  });

  it('keeps Electron and warns when no service answers', async () => {
    const log = vi.fn();
    const chosen = await chooseIdleSource({
      ...base,
      log,
      env: { XDG_SESSION_TYPE: 'wayland' },
      platform: 'linux',
      dbus: [refusing('org.gnome.Mutter.IdleMonitor'), refusing('org.freedesktop.ScreenSaver')],
    });
    expect(chosen.via).toBe('electron');
    expect(chosen.source.idleSeconds()).toBe(42);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('lock and suspend'), [
      expect.stringContaining('org.gnome.Mutter.IdleMonitor'),
      expect.stringContaining('org.freedesktop.ScreenSaver'),
    ]);
  });
});

describe('D-Bus idle source', () => {
  function setup(initialIdleMs?: number) {
    const clock = manualClock();
    const control = controlledReader();
    const fallback = { idleSeconds: vi.fn(() => 0) };
    const log = vi.fn();
    const source = createDbusIdleSource({
      reader: control.reader,
      clock,
      fallback,
      log,
      ...(initialIdleMs !== undefined && { initialIdleMs }),
    });
    return { clock, control, fallback, source, log };
  }

  it('answers from the fallback until the first reading arrives, then from the reading', async () => {
    const { control, source, fallback } = setup();
    expect(source.idleSeconds()).toBe(0);
    expect(fallback.idleSeconds).toHaveBeenCalledTimes(1);
    expect(control.calls()).toBe(1);
    await control.answer(2500);
    expect(source.idleSeconds()).toBe(2.5);
  });

  it('says how old the reading behind each answer is, so the engine can allow for input since', async () => {
    const { clock, control, source } = setup(0);
    clock.advance(5000);
    expect(source.idleSeconds()).toBe(5);
    expect(source.readingAgeMs?.()).toBe(5000);
    await control.answer(0);
    clock.advance(1000);
    source.idleSeconds();
    expect(source.readingAgeMs?.()).toBe(1000);
  });

  it('reports no age while it answers from the fallback', () => {
    const { source } = setup();
    source.idleSeconds();
    expect(source.readingAgeMs?.()).toBe(0);
  });

  it('extrapolates while the user is away: last reading plus the time since', async () => {
    const { clock, control, source } = setup(60_000);
    clock.advance(30_000);
    expect(source.idleSeconds()).toBe(90);
    // That call started a refresh; the service confirms the user is still away.
    await control.answer(90_050);
    clock.advance(30_000);
    expect(source.idleSeconds()).toBeCloseTo(120.05, 5);
  });

  it('extrapolates from a reading near zero too, so the last input stays put between readings', async () => {
    const { clock, control, source } = setup(0);
    clock.advance(5000);
    const first = source.idleSeconds();
    expect(first).toBe(5);
    expect(clock.nowMs() - first * 1000).toBe(1000); // the input the service reported, at start
    await control.answer(200); // the user typed just now
    clock.advance(5000);
    expect(source.idleSeconds()).toBe(5.2);
  });

  it('refreshes at most once per 4 s and never while a call is pending', async () => {
    const { clock, control, source } = setup(0);
    expect(control.calls()).toBe(0);
    clock.advance(3999);
    source.idleSeconds();
    expect(control.calls()).toBe(0);
    clock.advance(1);
    source.idleSeconds();
    expect(control.calls()).toBe(1);
    clock.advance(10_000);
    source.idleSeconds();
    source.idleSeconds();
    expect(control.calls()).toBe(1); // still pending: no pile-up behind a slow service
    await control.answer(0);
    source.idleSeconds();
    expect(control.calls()).toBe(1); // counted from the answer: a slow call is not followed at once
    clock.advance(4000);
    source.idleSeconds();
    expect(control.calls()).toBe(2);
  });

  it('does nothing at all between calls: no timer, no reading', () => {
    vi.useFakeTimers();
    try {
      const { control, clock } = setup(0);
      clock.advance(60_000);
      vi.advanceTimersByTime(60_000);
      expect(control.calls()).toBe(0);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('uses the fallback while the service fails, logs once, and recovers', async () => {
    const { clock, control, source, fallback, log } = setup(600_000);
    clock.advance(5000);
    expect(source.idleSeconds()).toBe(605);
    await control.refuse('NameHasNoOwner');
    expect(source.idleSeconds()).toBe(0);
    expect(fallback.idleSeconds).toHaveBeenCalled();
    clock.advance(4000);
    source.idleSeconds();
    await control.refuse('NameHasNoOwner');
    expect(log).toHaveBeenCalledTimes(1);
    clock.advance(4000);
    source.idleSeconds();
    await control.answer(1000);
    expect(source.idleSeconds()).toBe(1);
    expect(log).toHaveBeenLastCalledWith(expect.stringContaining('answers again'));
  });
});

describe('a D-Bus idle source that stops answering', () => {
  it('stops extrapolating once a call hangs, answers from the fallback and says so', () => {
    const clock = manualClock();
    const control = controlledReader();
    const log = vi.fn();
    const source = createDbusIdleSource({
      reader: control.reader,
      clock,
      fallback: { idleSeconds: () => 0 },
      initialIdleMs: 0,
      log,
    });
    // An hour of typing while the one call made never comes back.
    for (let second = 0; second < 3600; second += 5) {
      clock.advance(5000);
      source.idleSeconds();
    }
    expect(source.idleSeconds()).toBe(0);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('stopped answering'), expect.anything());
  });

  it('moves on to the next service when the one in use fails, and back', async () => {
    const clock = manualClock();
    const first = controlledReader('Mutter');
    const second = controlledReader('ScreenSaver');
    const source = createDbusIdleSource({
      reader: first.reader,
      alternates: [second.reader],
      clock,
      fallback: { idleSeconds: () => 0 },
      initialIdleMs: 0,
      log: vi.fn(),
    });
    clock.advance(4000);
    source.idleSeconds();
    await first.refuse();
    clock.advance(4000);
    source.idleSeconds();
    expect(second.calls()).toBe(1);
    await second.answer(7000);
    expect(source.idleSeconds()).toBe(7);
  });
});

describe('start-up never waits long for D-Bus', () => {
  it('gives up probing after the deadline and keeps trying in the background', async () => {
    vi.useFakeTimers();
    try {
      const clock = manualClock();
      const stuck = controlledReader('Mutter');
      const chosen = chooseIdleSource({
        env: { XDG_SESSION_TYPE: 'wayland' },
        platform: 'linux',
        electronIdle: () => 0,
        dbus: [stuck.reader],
        clock,
        log: vi.fn(),
        probeDeadlineMs: 1_500,
      });
      await vi.advanceTimersByTimeAsync(1_500);
      const { source, via } = await chosen;
      expect(via).toMatch(/Mutter/);
      expect(source.idleSeconds()).toBe(0);
      // The probe answers late: its reading is used from then on.
      await stuck.answer(30_000);
      expect(source.idleSeconds()).toBe(30);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('D-Bus readers', () => {
  const calls: DbusMethod[] = [];
  const call = async (method: DbusMethod) => {
    calls.push(method);
    return 1500;
  };

  it('asks Mutter at its documented object for milliseconds', async () => {
    expect(await mutterIdleReader(call).readIdleMs()).toBe(1500);
    expect(calls.at(-1)).toEqual({
      service: 'org.gnome.Mutter.IdleMonitor',
      objectPath: '/org/gnome/Mutter/IdleMonitor/Core',
      interfaceName: 'org.gnome.Mutter.IdleMonitor',
      method: 'GetIdletime',
    });
  });

  it('reads ScreenSaver as milliseconds by default, seconds when told', async () => {
    expect(await screenSaverIdleReader(call).readIdleMs()).toBe(1500);
    expect(await screenSaverIdleReader(call, 's').readIdleMs()).toBe(1_500_000);
    expect(calls.at(-1)?.method).toBe('GetSessionIdleTime');
  });
});

describe('D-Bus command-line client', () => {
  const method: DbusMethod = { service: 's.x', objectPath: '/s/x', interfaceName: 's.x', method: 'Get' };

  it('parses gdbus and dbus-send replies, and rejects anything else', () => {
    expect(parseUintReply('(uint64 1234,)\n')).toBe(1234);
    expect(parseUintReply('(uint32 5,)')).toBe(5);
    expect(parseUintReply('   uint64 98765\n')).toBe(98765);
    expect(() => parseUintReply('(string "hello",)')).toThrow(/Unexpected D-Bus reply/);
    expect(() => parseUintReply('')).toThrow();
  });

  it('calls gdbus, and switches to dbus-send for good when gdbus is missing', async () => {
    const run = vi.fn(async (file: string, _args: readonly string[]) => {
      if (file === 'gdbus') throw Object.assign(new Error('spawn gdbus ENOENT'), { code: 'ENOENT' });
      return '   uint64 77\n';
    });
    const get = createDbusUintCall(run);
    expect(await get(method)).toBe(77);
    expect(await get(method)).toBe(77);
    expect(run.mock.calls.map(([file]) => file)).toEqual(['gdbus', 'dbus-send', 'dbus-send']);
    expect(run.mock.calls[1]?.[1]).toEqual([
      '--session',
      '--print-reply=literal',
      '--dest=s.x',
      '/s/x',
      's.x.Get',
    ]);
  });

  it('passes a D-Bus error through without trying the other tool', async () => {
    const run = vi.fn(async () => {
      throw new Error('GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown');
    });
    await expect(createDbusUintCall(run)(method)).rejects.toThrow(/ServiceUnknown/);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('says so when neither tool is installed', async () => {
    const run = vi.fn(async () => {
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    });
    await expect(createDbusUintCall(run)(method)).rejects.toThrow(/Neither gdbus nor dbus-send/);
  });
});
