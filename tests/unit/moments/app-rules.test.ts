import { describe, expect, it, vi } from 'vitest';
import { appRuleDetector, appRuleHolds, normalizeAppName } from '../../../src/main/moments/app-rules';
import { createDetectors } from '../../../src/main/moments/detectors';
import { NOTIFICATION_STATE_ARGS, POWERSHELL } from '../../../src/main/moments/notification-state-windows';
import {
  linuxNames,
  linuxProcessNames,
  macProcessNames,
  parsePsNames,
  parseTasklistCsv,
  windowsProcessNames,
} from '../../../src/main/moments/process-names';
import { fakeFs, fakeRun } from './fakes';

describe('app names', () => {
  it('compare without case, ".exe" or a path', () => {
    expect(normalizeAppName('Teams.EXE')).toBe('teams');
    expect(normalizeAppName('  zoom ')).toBe('zoom');
    expect(normalizeAppName('C:\\Program Files\\OBS\\obs64.exe')).toBe('obs64');
    expect(normalizeAppName('/usr/bin/obs')).toBe('obs');
    // Only a trailing ".exe" goes.
    expect(normalizeAppName('my.exe.tool')).toBe('my.exe.tool');
  });

  it.each(['../../../../bin/sh', '/bin/sh', 'C:\\Windows\\..\\sh.exe', '.', '..'])(
    'never match on a path the user typed (%s): a rule names a process, not a file',
    (entry) => {
      const running = new Set(['sh', '/bin/sh', 'sh.exe', '.', '..']);
      expect(appRuleHolds({ pauseWhileApps: [entry], onlyWhileApps: [] }, running)).toBe(false);
    },
  );

  it('hold while any "pause while" app runs', () => {
    const rules = { pauseWhileApps: ['Zoom', 'obs'], onlyWhileApps: [] };
    expect(appRuleHolds(rules, new Set(['bash', 'zoom.exe']))).toBe(true);
    expect(appRuleHolds(rules, new Set(['bash', 'zoomer']))).toBe(false);
  });

  it('hold while none of the "only while" apps runs, when that list is not empty', () => {
    const rules = { pauseWhileApps: [], onlyWhileApps: ['code', 'idea'] };
    expect(appRuleHolds(rules, new Set(['Code.exe']))).toBe(false);
    expect(appRuleHolds(rules, new Set(['firefox']))).toBe(true);
    expect(appRuleHolds({ pauseWhileApps: [], onlyWhileApps: [] }, new Set(['firefox']))).toBe(false);
  });

  it('let "pause while" win over "only while"', () => {
    const rules = { pauseWhileApps: ['zoom'], onlyWhileApps: ['code'] };
    expect(appRuleHolds(rules, new Set(['code', 'zoom']))).toBe(true);
  });
});

describe('the app-rule detector', () => {
  it('reads the current lists at each detection, and lists no processes without rules', async () => {
    const list = vi.fn(async () => new Set(['zoom']));
    let rules = { pauseWhileApps: [] as string[], onlyWhileApps: [] as string[] };
    const detector = appRuleDetector(list, () => rules);
    expect(detector.reason).toBe('app-rule');
    expect(await detector.detect()).toBe(false);
    expect(list).not.toHaveBeenCalled();
    rules = { pauseWhileApps: ['Zoom'], onlyWhileApps: [] };
    expect(await detector.detect()).toBe(true);
  });
});

describe('running process names', () => {
  it('on Linux, uses comm and the file name of argv[0], also for rewritten titles', () => {
    expect(linuxNames('gnome-calculat\n', '/usr/bin/gnome-calculator\0--mode\0')).toEqual([
      'gnome-calculat',
      'gnome-calculator',
    ]);
    // No comm here, so only the part of argv[0] before the first space can give the name.
    expect(linuxNames('', '/opt/google/chrome/chrome --type=renderer --dir=/a/b\0')).toContain('chrome');
    expect(linuxNames('kworker/0:1\n', '')).toEqual(['kworker/0:1']);
  });

  it('on Linux, reads every process in /proc and skips those that vanish', async () => {
    const fs = fakeFs({
      '/proc/1/comm': 'systemd\n',
      '/proc/1/cmdline': '/sbin/init\0splash\0',
      '/proc/200/comm': 'zoom\n',
      '/proc/200/cmdline': '/opt/zoom/zoom\0',
      '/proc/201/fd/0': { link: '/dev/null' }, // comm and cmdline gone: exited meanwhile
      '/proc/self/comm': 'node\n',
    });
    expect(await linuxProcessNames(fs)()).toEqual(new Set(['systemd', 'init', 'zoom']));
  });

  it('on Windows, reads image names from tasklist CSV', async () => {
    const csv =
      '"System Idle Process","0","Services","0","8 K"\r\n"Teams.exe","4242","Console","1","123,456 K"\r\n\r\n';
    expect(parseTasklistCsv(csv)).toEqual(new Set(['System Idle Process', 'Teams.exe']));
    const run = fakeRun({ 'tasklist /fo csv /nh': csv });
    expect(await windowsProcessNames(run)()).toContain('Teams.exe');
  });

  it('on macOS, reads executable names from ps', async () => {
    const out = 'launchd\nzoom.us\nMicrosoft Teams\n\n';
    expect(parsePsNames(out)).toEqual(new Set(['launchd', 'zoom.us', 'Microsoft Teams']));
    expect(await macProcessNames(fakeRun({ 'ps -axc -o comm=': out }))()).toContain('zoom.us');
  });
});

describe('detectors per platform', () => {
  const rules = () => ({ pauseWhileApps: ['zoom'], onlyWhileApps: [] });
  const base = { fs: fakeFs({}), env: {}, appRules: rules };

  it('has one detector for each reason on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin', 'freebsd'] as const) {
      const reasons = createDetectors({ ...base, platform, run: fakeRun({}) }).map((d) => d.reason);
      expect(reasons.sort()).toEqual(['app-rule', 'call', 'dnd', 'fullscreen']);
    }
  });

  it('on macOS, answers only app rules', async () => {
    const run = fakeRun({ 'ps -axc -o comm=': 'zoom\n' });
    const answers = await Promise.all(
      createDetectors({ ...base, platform: 'darwin', run }).map(async (d) => [d.reason, await d.detect()]),
    );
    expect(Object.fromEntries(answers)).toEqual({
      dnd: 'unknown',
      fullscreen: 'unknown',
      call: 'unknown',
      'app-rule': true,
    });
  });

  it('on Windows, answers every reason', async () => {
    const consent =
      'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';
    const run = fakeRun({
      'tasklist /fo csv /nh': '"Zoom.exe","1","Console","1","1 K"\r\n',
      [`reg query ${consent}\\webcam /s`]: 'HKEY_CURRENT_USER\\x\r\n',
      [`reg query ${consent}\\microphone /s`]:
        'HKEY_CURRENT_USER\\y\r\n    LastUsedTimeStart    REG_QWORD    0x1\r\n    LastUsedTimeStop    REG_QWORD    0x0\r\n',
      [[POWERSHELL, ...NOTIFICATION_STATE_ARGS].join(' ')]: '5 2\r\n',
    });
    const answers = await Promise.all(
      createDetectors({ ...base, platform: 'win32', run }).map(async (d) => [d.reason, await d.detect()]),
    );
    expect(Object.fromEntries(answers)).toEqual({
      dnd: true,
      fullscreen: false,
      call: true,
      'app-rule': true,
    });
  });
});
