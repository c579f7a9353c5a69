import { describe, expect, it } from 'vitest';
import { runSquirrelEvent, squirrelEvent, squirrelUpdateCommand } from '../../../src/main/squirrel-events';

const exe = '/Users/ana/AppData/Local/unhunch/app-0.1.0/unhunch.exe';
const update = '/Users/ana/AppData/Local/unhunch/Update.exe';

describe('Squirrel.Windows events', () => {
  it.each([
    ['--squirrel-install', 'install'],
    ['--squirrel-updated', 'updated'],
    ['--squirrel-uninstall', 'uninstall'],
    ['--squirrel-obsolete', 'obsolete'],
  ])('reads %s as the first argument', (flag, event) => {
    expect(squirrelEvent([exe, flag, '0.1.0'])).toBe(event);
  });

  it('ignores anything else: a normal start, the first run after install, a command, a flag later on', () => {
    expect(squirrelEvent([exe])).toBeUndefined();
    expect(squirrelEvent([exe, '--squirrel-firstrun'])).toBeUndefined();
    expect(squirrelEvent([exe, 'pause', '1h'])).toBeUndefined();
    expect(squirrelEvent([exe, 'stretch', '--squirrel-install'])).toBeUndefined();
    expect(squirrelEvent([exe, '__proto__'])).toBeUndefined();
  });

  it('creates the shortcuts on install and update, removes them on uninstall, through Update.exe', () => {
    expect(squirrelUpdateCommand('install', exe)).toEqual({
      file: update,
      args: ['--createShortcut', 'unhunch.exe'],
    });
    expect(squirrelUpdateCommand('updated', exe)).toEqual({
      file: update,
      args: ['--createShortcut', 'unhunch.exe'],
    });
    expect(squirrelUpdateCommand('uninstall', exe)).toEqual({
      file: update,
      args: ['--removeShortcut', 'unhunch.exe'],
    });
    expect(squirrelUpdateCommand('obsolete', exe)).toBeUndefined();
  });
});

describe('running a Squirrel event', () => {
  it('runs Update.exe and exits once it has ended', () => {
    const calls: string[] = [];
    let done: (() => void) | undefined;
    runSquirrelEvent(
      'install',
      exe,
      (file, args, onDone) => {
        calls.push(`${file} ${args.join(' ')}`);
        done = onDone;
      },
      () => calls.push('exit'),
    );
    expect(calls).toEqual([`${update} --createShortcut unhunch.exe`]);
    done?.();
    expect(calls.at(-1)).toBe('exit');
  });

  it('exits at once for an old version being replaced', () => {
    const calls: string[] = [];
    runSquirrelEvent(
      'obsolete',
      exe,
      () => calls.push('launched'),
      () => calls.push('exit'),
    );
    expect(calls).toEqual(['exit']);
  });
});
