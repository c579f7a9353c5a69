/**
 * Screen lock on Linux, the real way: our `gdbus` monitor and calls against a fake systemd-logind of
 * ours (tests/fakes/fake-logind.py) on a private bus that stands in for the system bus, through
 * connectPowerEvents to the engine's lockScreen / unlockScreen. Also what happens without logind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SuspendAwareClock } from '../../src/main/engine/suspend-aware-clock';
import { createCommandRunner, type RunCommand } from '../../src/main/idle/command-runner';
import {
  createLineSpawner,
  watchLogindLock,
  type LockWatch,
  type LogindLockOptions,
  type SpawnLines,
} from '../../src/main/linux-lock';
import { realMomentTimer } from '../../src/main/moments/ports';
import { connectPowerEvents } from '../../src/main/power-events';
import {
  busNameHasOwner,
  dbusServiceTestSetup,
  startSessionBus,
  stop,
  waitFor,
  type SessionBus,
} from '../fakes/private-session';

const { python, skipReason } = dbusServiceTestSetup('logind lock test');
if (skipReason) console.log(skipReason);

const fakeLogind = resolve('tests/fakes/fake-logind.py');
const LOGIN1 = 'org.freedesktop.login1';
const SESSION_PATH = '/org/freedesktop/login1/session/_32';
// A loaded 2-core machine: python, dbus-daemon and gdbus all have to start.
const slow = { timeoutMs: 20_000 };

describe.skipIf(skipReason !== undefined)(
  'screen lock from logind on the system bus',
  { timeout: 60_000 },
  () => {
    let bus: SessionBus;
    let logind: ChildProcess | undefined;
    let env: NodeJS.ProcessEnv;
    let run: RunCommand;
    let watch: LockWatch | undefined;

    beforeEach(async () => {
      bus = await startSessionBus();
      // A session-type daemon lets the fake own org.freedesktop.login1; only our children are pointed
      // at it, as their system bus, so this process's environment is left alone.
      env = { ...process.env, DBUS_SYSTEM_BUS_ADDRESS: bus.address };
      run = createCommandRunner({ env, timeoutMs: 10_000 });
    });

    afterEach(async () => {
      await watch?.dispose();
      watch = undefined;
      await stop(logind);
      logind = undefined;
      await stop(bus?.process);
    });

    async function startLogind(args: string[] = []): Promise<void> {
      logind = spawn(python as string, [fakeLogind, ...args], {
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      await waitFor(
        'the fake logind to own its name',
        () => busNameHasOwner(bus.address, LOGIN1) || undefined,
        slow,
      );
    }

    async function stopLogind(): Promise<void> {
      await stop(logind);
      logind = undefined;
    }

    /** Calls the fake's Session methods as a screen locker or `loginctl lock-session` would. */
    function session(method: 'Lock' | 'Unlock' | 'SetLockedHint' | 'SetIdleHint', ...args: string[]) {
      return run('gdbus', [
        'call',
        '--system',
        '--dest',
        LOGIN1,
        '--object-path',
        SESSION_PATH,
        '--method',
        `org.freedesktop.login1.Session.${method}`,
        ...args,
      ]);
    }

    /** connectPowerEvents on Linux, with the real gdbus watch pointed at the private bus. */
    function connect(
      options: Partial<LogindLockOptions> = {},
      spawnLines: SpawnLines = createLineSpawner({ env }),
    ) {
      const calls: string[] = [];
      const engine = {
        systemSuspend: () => calls.push('suspend'),
        systemResume: () => calls.push('resume'),
        lockScreen: () => calls.push('lock'),
        unlockScreen: () => calls.push('unlock'),
      };
      const log = vi.fn();
      const disconnect = connectPowerEvents(
        { on: () => undefined },
        engine,
        new SuspendAwareClock(
          () => performance.now(),
          () => Date.now(),
        ),
        {
          platform: 'linux',
          log,
          watchLinuxLock: (handlers) =>
            (watch = watchLogindLock({
              ...handlers,
              run,
              spawn: spawnLines,
              timer: realMomentTimer,
              clock: { nowMs: () => performance.now() },
              log,
              pid: process.pid,
              ...options,
            })),
        },
      );
      const saw = (...expected: string[]) =>
        waitFor(
          `the engine to hear ${expected.join(', ')}`,
          () => calls.length === expected.length || undefined,
          slow,
        ).then(() => expect(calls).toEqual(expected));
      return { calls, log, disconnect, saw, ready: () => (watch as LockWatch).ready };
    }

    it('tells the engine of each lock and unlock once, whether the signal, LockedHint or both say it', async () => {
      await startLogind();
      // Long enough that no confirmation deadline passes on a slow machine before the hint arrives.
      const t = connect({ lockConfirmMs: 60_000 });
      expect(await t.ready()).toBe(true);

      // `loginctl lock-session`: logind's Lock signal, then the locker sets the hint.
      await session('Lock');
      await t.saw('lock');
      await session('SetLockedHint', 'true');
      await session('SetIdleHint', 'true');
      // Unlocking from logind (`loginctl unlock-session`): the signal, then the locker clears the hint.
      await session('Unlock');
      await t.saw('lock', 'unlock');
      await session('SetLockedHint', 'false');
      // GNOME's Super+L and a password: the hint alone. The monitor's lines arrive in order, so seeing
      // this lock proves the hint's earlier duplicates were heard and ignored.
      await session('SetLockedHint', 'true');
      await t.saw('lock', 'unlock', 'lock');
      await session('SetLockedHint', 'false');
      await t.saw('lock', 'unlock', 'lock', 'unlock');
      expect(t.log).not.toHaveBeenCalled();
    });

    it('finds the session by our pid where "auto" is unknown, and reports that it is already locked', async () => {
      await startLogind(['--locked', '--no-auto']);
      const t = connect();
      await t.saw('lock');
      expect(await t.ready()).toBe(true);
      await session('SetLockedHint', 'false');
      await t.saw('lock', 'unlock');
    });

    it('counts the screen unlocked again when no locker confirms a Lock request', async () => {
      await startLogind();
      const t = connect({ lockConfirmMs: 300 });
      expect(await t.ready()).toBe(true);
      await session('Lock');
      await t.saw('lock', 'unlock');
      expect(t.log).toHaveBeenCalledWith(expect.stringContaining('did not confirm'), undefined);
    });

    it('restarts a monitor that died and catches up on what it missed', async () => {
      await startLogind();
      const monitors: { kill(): void }[] = [];
      const spawnLines = createLineSpawner({ env });
      const t = connect({ restartDelayMs: { first: 200, last: 200 } }, (file, args, handlers) => {
        const child = spawnLines(file, args, handlers);
        monitors.push(child);
        return child;
      });
      expect(await t.ready()).toBe(true);
      monitors[0]?.kill();
      await session('SetLockedHint', 'true');
      await t.saw('lock');
      await waitFor('a second monitor', () => monitors.length === 2 || undefined, slow);
      expect(t.log).toHaveBeenCalledWith(expect.stringContaining('restarting'), expect.anything());
    });

    it('reads the lock again when logind comes back', async () => {
      await startLogind();
      const t = connect();
      expect(await t.ready()).toBe(true);
      await stopLogind();
      // logind keeps its sessions across a restart; here it comes back with the screen locked.
      await startLogind(['--locked']);
      await t.saw('lock');
      expect(t.log).not.toHaveBeenCalled();
    });

    it('ends quietly, with one log line and no monitor, when no logind is on the bus', async () => {
      const spawned = vi.fn();
      const t = connect({}, (...args) => {
        spawned();
        return createLineSpawner({ env })(...args);
      });
      expect(await t.ready()).toBe(false);
      expect(t.log).toHaveBeenCalledTimes(1);
      expect(t.log).toHaveBeenCalledWith(
        expect.stringContaining('no logind session'),
        expect.stringMatching(/ServiceUnknown|NameHasNoOwner/),
      );
      expect(spawned).not.toHaveBeenCalled();
      expect(t.calls).toEqual([]);
      t.disconnect();
    });

    it('ends quietly, with one log line, when there is no system bus at all', async () => {
      run = createCommandRunner({
        env: { ...env, DBUS_SYSTEM_BUS_ADDRESS: 'unix:path=/nonexistent/unhunch-test-bus' },
        timeoutMs: 10_000,
      });
      const t = connect();
      expect(await t.ready()).toBe(false);
      expect(t.log).toHaveBeenCalledTimes(1);
      expect(t.log).toHaveBeenCalledWith(
        expect.stringContaining('no logind session'),
        expect.stringMatching(/connect/i),
      );
      expect(t.calls).toEqual([]);
    });
  },
);
