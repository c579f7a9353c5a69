import { describe, expect, it, vi } from 'vitest';
import { createDetectors } from '../../../src/main/moments/detectors';
import {
  NOTIFICATION_STATE_ARGS,
  POWERSHELL,
  FOCUS_ASSIST_STATE_NAME,
  dndFromState,
  fullscreenFromState,
  parseShellState,
  windowsDndDetector,
  windowsFullscreenDetector,
  windowsNotificationStateReader,
  type NotificationState,
} from '../../../src/main/moments/notification-state-windows';
import type { RunCommand } from '../../../src/main/moments/ports';
import { fakeFs, fakeRun } from './fakes';

const QUERY = [POWERSHELL, ...NOTIFICATION_STATE_ARGS].join(' ');

/** Both detectors over one reader, on a clock the test moves by hand. */
function windowsPair(run: RunCommand) {
  const clock = { now: 0 };
  const read = windowsNotificationStateReader(run, { now: () => clock.now });
  return { clock, dnd: windowsDndDetector(read), fullscreen: windowsFullscreenDetector(read) };
}

async function answersFor(output: string | Error) {
  const { dnd, fullscreen } = windowsPair(fakeRun({ [QUERY]: output }));
  return { fullscreen: await fullscreen.detect(), dnd: await dnd.detect() };
}

/** A RunCommand whose calls stay pending until the test settles them. */
function pendingRun() {
  const calls: Array<{ resolve: (output: string) => void; reject: (error: Error) => void }> = [];
  const run = vi.fn<RunCommand>(
    () => new Promise<string>((resolve, reject) => calls.push({ resolve, reject })),
  );
  return { run, calls };
}

describe('SHQueryUserNotificationState and Focus Assist through PowerShell', () => {
  it('runs a non-interactive PowerShell without the profile, calling shell32 and ntdll via Add-Type', () => {
    expect(POWERSHELL).toBe('powershell.exe');
    expect(NOTIFICATION_STATE_ARGS.slice(0, 3)).toEqual(['-NoProfile', '-NonInteractive', '-Command']);
    const script = NOTIFICATION_STATE_ARGS[3] ?? '';
    expect(script).toContain('Add-Type');
    expect(script).toContain('[DllImport("shell32.dll")]');
    expect(script).toContain('SHQueryUserNotificationState(out int state)');
    expect(script).toContain('[DllImport("ntdll.dll")]');
    expect(script).toContain('NtQueryWnfStateData(ref ulong stateName');
    expect(script).not.toMatch(/[\r\n]/);
    // The MemberDefinition is one single-quoted PowerShell string: a quote inside would end it early.
    const memberDefinition = /-MemberDefinition '([^']*)'/.exec(script)?.[1] ?? '';
    expect(memberDefinition.match(/DllImport/g)).toHaveLength(2);
    expect(script.split("'").length % 2).toBe(1);
  });

  it('asks for WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED, whose halves are 0xA3BF1C75 and 0x0D83063E', () => {
    const name = BigInt(FOCUS_ASSIST_STATE_NAME);
    expect(name & 0xffffffffn).toBe(0xa3bf1c75n);
    expect(name >> 32n).toBe(0x0d83063en);
    expect(NOTIFICATION_STATE_ARGS[3]).toContain(`[uint64]${FOCUS_ASSIST_STATE_NAME}`);
  });

  it('parses both numbers, with the line break PowerShell adds, leaving out what is not known', () => {
    for (const value of [1, 2, 3, 4, 5, 6, 7]) {
      expect(parseShellState(`${value} 0\r\n`)).toEqual({ state: value, focusAssist: 0 });
    }
    expect(parseShellState('5 1')).toEqual({ state: 5, focusAssist: 1 });
    expect(parseShellState('5 2')).toEqual({ state: 5, focusAssist: 2 });
    // The notification state's call failed (0), or WNF's did (-1), or WNF holds a level we do not know.
    expect(parseShellState('0 2')).toEqual({ focusAssist: 2 });
    expect(parseShellState('5 -1')).toEqual({ state: 5 });
    expect(parseShellState('5 3')).toEqual({ state: 5 });
    for (const garbage of ['', '5', '8 9', '55', '2.0 1', 'five zero', 'Add-Type : error\r\n']) {
      expect(parseShellState(garbage), garbage).toEqual({});
    }
  });

  it('holds for Focus Assist at either level, and lets it say "not on" where the notification state cannot', () => {
    expect(dndFromState({ state: 5, focusAssist: 1 })).toBe(true);
    expect(dndFromState({ state: 5, focusAssist: 2 })).toBe(true);
    expect(dndFromState({ focusAssist: 1 })).toBe(true);
    expect(dndFromState({ state: 5, focusAssist: 0 })).toBe(false);
    expect(dndFromState({ state: 1, focusAssist: 0 })).toBe(false);
    expect(dndFromState({ focusAssist: 0 })).toBe(false);
    // Quiet time still holds when Focus Assist itself is off.
    expect(dndFromState({ state: 6, focusAssist: 0 })).toBe(true);
  });

  it('maps every state to the fullscreen and do-not-disturb answers where Focus Assist cannot be read', async () => {
    const expected: Record<NotificationState, { fullscreen: unknown; dnd: unknown }> = {
      1: { fullscreen: false, dnd: 'unknown' }, // QUNS_NOT_PRESENT: locked, screensaver
      2: { fullscreen: true, dnd: false }, // QUNS_BUSY
      3: { fullscreen: true, dnd: false }, // QUNS_RUNNING_D3D_FULL_SCREEN
      4: { fullscreen: true, dnd: false }, // QUNS_PRESENTATION_MODE
      5: { fullscreen: false, dnd: false }, // QUNS_ACCEPTS_NOTIFICATIONS
      6: { fullscreen: false, dnd: true }, // QUNS_QUIET_TIME
      7: { fullscreen: true, dnd: false }, // QUNS_APP
    };
    for (const [value, answers] of Object.entries(expected)) {
      expect(await answersFor(`${value} -1\r\n`), `state ${value}`).toEqual(answers);
    }
    expect(fullscreenFromState(undefined)).toBe('unknown');
    expect(dndFromState({})).toBe('unknown');
  });

  it('cannot tell from garbage output', async () => {
    for (const output of ['', '0 -1\r\n', '9 7\r\n', '5\r\n', 'Add-Type : Cannot add type.\r\n']) {
      expect(await answersFor(output)).toEqual({ fullscreen: 'unknown', dnd: 'unknown' });
    }
  });

  it('cannot tell, without throwing, when the command fails or is missing', async () => {
    expect(await answersFor(new Error('Command failed: powershell.exe'))).toEqual({
      fullscreen: 'unknown',
      dnd: 'unknown',
    });
    const { dnd, fullscreen } = windowsPair(fakeRun({}));
    expect(await fullscreen.detect()).toBe('unknown');
    expect(await dnd.detect()).toBe('unknown');
    const throwing = windowsPair(() => {
      throw new Error('spawn failed synchronously');
    });
    expect(await throwing.fullscreen.detect()).toBe('unknown');
  });

  it('shares one call between both detectors asked at once', async () => {
    const { run, calls } = pendingRun();
    const { dnd, fullscreen } = windowsPair(run);
    const answers = Promise.all([fullscreen.detect(), dnd.detect()]);
    expect(run).toHaveBeenCalledTimes(1);
    calls[0]?.resolve('2 0\r\n');
    expect(await answers).toEqual([true, false]);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('reuses an answer for a second after the call ended, then calls again', async () => {
    const run = fakeRun({ [QUERY]: '5 1\r\n' });
    const { clock, dnd, fullscreen } = windowsPair(run);
    expect(await fullscreen.detect()).toBe(false);
    clock.now += 999;
    expect(await dnd.detect()).toBe(true);
    expect(run).toHaveBeenCalledTimes(1);
    clock.now += 1;
    expect(await dnd.detect()).toBe(true);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('shares a failed call too, and tries again on the next refresh', async () => {
    const { run, calls } = pendingRun();
    const { clock, dnd, fullscreen } = windowsPair(run);
    const first = Promise.all([fullscreen.detect(), dnd.detect()]);
    calls[0]?.reject(new Error('Command failed: powershell.exe'));
    expect(await first).toEqual(['unknown', 'unknown']);
    expect(run).toHaveBeenCalledTimes(1);

    clock.now += 10_000;
    const second = Promise.all([fullscreen.detect(), dnd.detect()]);
    expect(run).toHaveBeenCalledTimes(2);
    calls[1]?.resolve('5 0\r\n');
    expect(await second).toEqual([false, false]);
  });

  it('keeps sharing a slow call however long it runs', async () => {
    const { run, calls } = pendingRun();
    const { clock, dnd, fullscreen } = windowsPair(run);
    const first = fullscreen.detect();
    clock.now += 5000;
    const second = dnd.detect();
    expect(run).toHaveBeenCalledTimes(1);
    calls[0]?.resolve('7 0\r\n');
    expect([await first, await second]).toEqual([true, false]);
  });
});

describe('the platform factory', () => {
  const base = { fs: fakeFs({}), env: {}, appRules: () => ({ pauseWhileApps: [], onlyWhileApps: [] }) };
  const byReason = (platform: NodeJS.Platform, run: RunCommand) =>
    new Map(createDetectors({ ...base, platform, run }).map((detector) => [detector.reason, detector]));

  it('gives Windows the notification-state detectors, sharing one PowerShell call', async () => {
    const run = fakeRun({ [QUERY]: '3 0\r\n' });
    const detectors = byReason('win32', run);
    const answers = await Promise.all([
      detectors.get('fullscreen')?.detect(),
      detectors.get('dnd')?.detect(),
    ]);
    expect(answers).toEqual([true, false]);
    expect(run.mock.calls.filter(([file]) => file === POWERSHELL)).toHaveLength(1);
  });

  it('does not use them on Linux or macOS', async () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const run = fakeRun({ [QUERY]: '3\r\n' });
      const detectors = byReason(platform, run);
      expect(await detectors.get('fullscreen')?.detect(), platform).toBe('unknown');
      // GNOME/KDE are asked on Linux (and are missing here); macOS's Focus file is missing here.
      expect(await detectors.get('dnd')?.detect(), platform).toBe('unknown');
      expect(
        run.mock.calls.filter(([file]) => file === POWERSHELL),
        platform,
      ).toHaveLength(0);
    }
  });
});
