import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunCommand } from '../../../src/main/idle/command-runner';
import {
  STATUS_NOTIFIER_WATCHER,
  detectTrayHost,
  parseBooleanReply,
  trayHostFrom,
  welcomePlatform,
} from '../../../src/main/tray-host';

const enoent = (file: string) => Object.assign(new Error(`spawn ${file} ENOENT`), { code: 'ENOENT' });

/** A runner that answers by what is asked: NameHasOwner, else the property. */
function runner(answers: { owner?: string | Error; property?: string | Error }): RunCommand & {
  calls: string[][];
} {
  const calls: string[][] = [];
  const run = async (file: string, args: readonly string[]) => {
    calls.push([file, ...args]);
    const answer = args.some((arg) => arg.endsWith('NameHasOwner')) ? answers.owner : answers.property;
    if (answer instanceof Error) throw answer;
    if (answer === undefined) throw new Error(`unexpected call: ${file} ${args.join(' ')}`);
    return answer;
  };
  return Object.assign(run, { calls });
}

describe('parseBooleanReply', () => {
  it("reads gdbus's and dbus-send's replies", () => {
    expect(parseBooleanReply('(true,)\n')).toBe(true);
    expect(parseBooleanReply('(false,)\n')).toBe(false);
    expect(parseBooleanReply('   boolean true\n')).toBe(true);
    expect(parseBooleanReply('   boolean false\n')).toBe(false);
  });

  it('refuses anything else rather than guess', () => {
    for (const reply of ['', '(<true>,)', '(uint32 1,)', 'true', '(true, false)', '   string "true"']) {
      expect(() => parseBooleanReply(reply), reply).toThrow(/Unexpected D-Bus reply/);
    }
  });
});

describe('trayHostFrom', () => {
  it('needs both a watcher and a registered host for an icon to show', () => {
    expect(trayHostFrom(true, true)).toBe('present');
    expect(trayHostFrom(true, false)).toBe('absent');
    expect(trayHostFrom(false, 'unknown')).toBe('absent');
    expect(trayHostFrom(false, true)).toBe('absent');
  });

  it('claims absent only on a clear answer', () => {
    expect(trayHostFrom('unknown', 'unknown')).toBe('unknown');
    expect(trayHostFrom('unknown', false)).toBe('unknown');
    expect(trayHostFrom(true, 'unknown')).toBe('unknown');
  });
});

describe('welcomePlatform', () => {
  it('names the three desktop platforms and folds the rest into other', () => {
    expect(welcomePlatform('linux')).toBe('linux');
    expect(welcomePlatform('darwin')).toBe('darwin');
    expect(welcomePlatform('win32')).toBe('win32');
    expect(welcomePlatform('freebsd')).toBe('other');
  });
});

describe('detectTrayHost', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does not ask anything outside Linux', async () => {
    const run = runner({});
    expect(await detectTrayHost({ platform: 'darwin', run })).toBe('present');
    expect(await detectTrayHost({ platform: 'win32', run })).toBe('present');
    expect(run.calls).toEqual([]);
  });

  it('asks the bus for the watcher, then the watcher for its host', async () => {
    const run = runner({ owner: '(true,)\n', property: '(<true>,)\n' });
    expect(await detectTrayHost({ platform: 'linux', run })).toBe('present');
    expect(run.calls).toEqual([
      [
        'gdbus',
        'call',
        '--session',
        '--dest',
        'org.freedesktop.DBus',
        '--object-path',
        '/org/freedesktop/DBus',
        '--method',
        'org.freedesktop.DBus.NameHasOwner',
        STATUS_NOTIFIER_WATCHER,
      ],
      [
        'gdbus',
        'call',
        '--session',
        '--dest',
        STATUS_NOTIFIER_WATCHER,
        '--object-path',
        '/StatusNotifierWatcher',
        '--method',
        'org.freedesktop.DBus.Properties.Get',
        STATUS_NOTIFIER_WATCHER,
        'IsStatusNotifierHostRegistered',
      ],
    ]);
  });

  it('is absent without a watcher, and does not ask the missing watcher', async () => {
    const run = runner({ owner: '(false,)\n' });
    expect(await detectTrayHost({ platform: 'linux', run })).toBe('absent');
    expect(run.calls).toHaveLength(1);
  });

  it('is absent when the watcher has no host', async () => {
    expect(
      await detectTrayHost({ platform: 'linux', run: runner({ owner: '(true,)', property: '(<false>,)' }) }),
    ).toBe('absent');
  });

  it('falls back to dbus-send where gdbus is missing', async () => {
    const calls: string[] = [];
    const run: RunCommand = async (file, args) => {
      calls.push(file);
      if (file === 'gdbus') throw enoent(file);
      return args.some((arg) => arg.endsWith('NameHasOwner'))
        ? '   boolean true\n'
        : '   variant       boolean false\n';
    };
    expect(await detectTrayHost({ platform: 'linux', run })).toBe('absent');
    expect(calls).toEqual(['gdbus', 'dbus-send', 'gdbus', 'dbus-send']);
  });

  it('is unknown, with the reasons logged, when the tools or the watcher fail', async () => {
    const log = vi.fn();
    const none: RunCommand = async (file) => {
      throw enoent(file);
    };
    expect(await detectTrayHost({ platform: 'linux', run: none, log })).toBe('unknown');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('assuming they are'), [
      expect.stringContaining('dbus-send ENOENT'),
    ]);

    const noProperty = runner({
      owner: '(true,)',
      property: new Error('Command failed\nGDBus.Error:org.freedesktop.DBus.Error.UnknownProperty'),
    });
    expect(await detectTrayHost({ platform: 'linux', run: noProperty })).toBe('unknown');
    expect(await detectTrayHost({ platform: 'linux', run: runner({ owner: 'garbage' }) })).toBe('unknown');
  });

  it('gives up at the deadline, whatever the tools are doing', async () => {
    vi.useFakeTimers();
    const log = vi.fn();
    const hung: RunCommand = () => new Promise(() => {});
    const answer = detectTrayHost({ platform: 'linux', run: hung, deadlineMs: 1500, log });
    await vi.advanceTimersByTimeAsync(1499);
    let settled = false;
    void answer.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await answer).toBe('unknown');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('within 1500 ms'));
  });
});
