/**
 * Fullscreen and do-not-disturb on Windows, from the documented shell API `SHQueryUserNotificationState`
 * (shell32), which tells whether this is a good moment to show the user a notification, and from Focus
 * Assist's level. No native module: `powershell.exe` (in every Windows 10/11) declares both functions with
 * a P/Invoke `Add-Type` snippet, calls them and prints the two numbers on one line. It needs no admin rights; where PowerShell is missing or
 * locked down (constrained language mode forbids `Add-Type`), both detectors answer 'unknown'.
 *
 * The states (QUERY_USER_NOTIFICATION_STATE):
 *
 * | value | name                         | fullscreen | dnd     |
 * | ----- | ---------------------------- | ---------- | ------- |
 * | 1     | QUNS_NOT_PRESENT             | false      | unknown |
 * | 2     | QUNS_BUSY                    | true       | false   |
 * | 3     | QUNS_RUNNING_D3D_FULL_SCREEN | true       | false   |
 * | 4     | QUNS_PRESENTATION_MODE       | true       | false   |
 * | 5     | QUNS_ACCEPTS_NOTIFICATIONS   | false      | false   |
 * | 6     | QUNS_QUIET_TIME              | false      | true    |
 * | 7     | QUNS_APP                     | true       | false   |
 *
 * QUNS_NOT_PRESENT (screensaver, locked, another user's session) is no fullscreen app, and says nothing
 * about do-not-disturb. The fullscreen states are the fullscreen detector's business, so they count as
 * "no do-not-disturb" rather than holding twice.
 *
 * Focus Assist (Windows 10) / Do not disturb (Windows 11) has no documented API. Its level lives in WNF
 * (the Windows Notification Facility) under WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED, read with
 * ntdll's NtQueryWnfStateData: 0 off, 1 priority only, 2 alarms only. This is what Windows' own shell
 * components and several notification libraries read; being undocumented it may change, so any other
 * value or a failing call counts as "not read". Either way the documented QUNS_QUIET_TIME (the first hour
 * after a user's first sign-in or an OS upgrade, reported during quiet hours by some builds) holds too.
 *
 * PowerShell starts slowly (~0.3–0.5 s, plus compiling the snippet), so both detectors share one reader:
 * a caller while a read is running, or shortly after it ended, gets that read's answer instead of
 * starting another process. The monitor asks both detectors at once, so each refresh costs one process.
 */
import type { Detector, DetectorAnswer, RunCommand } from './ports';

export const QUNS = {
  NOT_PRESENT: 1,
  BUSY: 2,
  RUNNING_D3D_FULL_SCREEN: 3,
  PRESENTATION_MODE: 4,
  ACCEPTS_NOTIFICATIONS: 5,
  QUIET_TIME: 6,
  APP: 7,
} as const;

export type NotificationState = (typeof QUNS)[keyof typeof QUNS];

/** WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED: the state name's two 32-bit halves as one little-endian 64-bit value. */
export const FOCUS_ASSIST_STATE_NAME = '0x0D83063EA3BF1C75';

/**
 * Declares both functions, calls them and prints "<state> <focus>": the notification state, or 0 when that
 * call fails; the Focus Assist level, or -1 when that call fails. One line: Node quotes it as one argument
 * (its double quotes as \"), which powershell.exe reads back.
 */
export const NOTIFICATION_STATE_SCRIPT =
  "$ErrorActionPreference='Stop';" +
  "Add-Type -Namespace Unhunch -Name Shell -MemberDefinition '" +
  '[DllImport("shell32.dll")] public static extern int SHQueryUserNotificationState(out int state);' +
  '[DllImport("ntdll.dll")] public static extern int NtQueryWnfStateData(ref ulong stateName, IntPtr typeId, ' +
  'IntPtr explicitScope, out uint changeStamp, out int buffer, ref uint bufferSize);' +
  "';" +
  '$state=0;' +
  'if([Unhunch.Shell]::SHQueryUserNotificationState([ref]$state) -ne 0){$state=0};' +
  `$name=[uint64]${FOCUS_ASSIST_STATE_NAME};$stamp=[uint32]0;$focus=0;$size=[uint32]4;` +
  // Undocumented, so a missing entry point only costs the Focus Assist half of the answer.
  'try{if([Unhunch.Shell]::NtQueryWnfStateData([ref]$name,[IntPtr]::Zero,[IntPtr]::Zero,[ref]$stamp,[ref]$focus,[ref]$size) -ne 0){$focus=-1}}catch{$focus=-1};' +
  '"$state $focus"';

export const POWERSHELL = 'powershell.exe';
export const NOTIFICATION_STATE_ARGS: readonly string[] = [
  '-NoProfile',
  '-NonInteractive',
  '-Command',
  NOTIFICATION_STATE_SCRIPT,
];

/** Focus Assist's level: off, priority only, alarms only. */
export const FOCUS_ASSIST = { OFF: 0, PRIORITY_ONLY: 1, ALARMS_ONLY: 2 } as const;
export type FocusAssistLevel = (typeof FOCUS_ASSIST)[keyof typeof FOCUS_ASSIST];

/** What one PowerShell call found; a part it could not read is absent. */
export interface ShellState {
  state?: NotificationState;
  focusAssist?: FocusAssistLevel;
}

/** Both numbers from the script's output; anything but a known value leaves its part out. */
export function parseShellState(output: string): ShellState {
  const match = /^(-?\d+) (-?\d+)$/.exec(output.trim());
  if (!match) return {};
  const [state, focus] = [Number(match[1]), Number(match[2])];
  return {
    ...((Object.values(QUNS) as number[]).includes(state) && { state: state as NotificationState }),
    ...((Object.values(FOCUS_ASSIST) as number[]).includes(focus) && {
      focusAssist: focus as FocusAssistLevel,
    }),
  };
}

export function fullscreenFromState(state: NotificationState | undefined): DetectorAnswer {
  switch (state) {
    case QUNS.BUSY:
    case QUNS.RUNNING_D3D_FULL_SCREEN:
    case QUNS.PRESENTATION_MODE:
    case QUNS.APP:
      return true;
    case QUNS.NOT_PRESENT:
    case QUNS.ACCEPTS_NOTIFICATIONS:
    case QUNS.QUIET_TIME:
      return false;
    default:
      return 'unknown';
  }
}

/**
 * On when Focus Assist is on or the shell reports quiet time; off when Focus Assist reads off (or the
 * shell reports another state); unknown when neither could be read.
 */
export function dndFromState({ state, focusAssist }: ShellState): DetectorAnswer {
  if (focusAssist !== undefined && focusAssist !== FOCUS_ASSIST.OFF) return true;
  if (state === QUNS.QUIET_TIME) return true;
  if (focusAssist === FOCUS_ASSIST.OFF) return false;
  switch (state) {
    case QUNS.ACCEPTS_NOTIFICATIONS:
    case QUNS.BUSY:
    case QUNS.RUNNING_D3D_FULL_SCREEN:
    case QUNS.PRESENTATION_MODE:
    case QUNS.APP:
      return false;
    default:
      return 'unknown';
  }
}

/** Reads the state; empty when it cannot be read. Never rejects. */
export type ReadNotificationState = () => Promise<ShellState>;

export interface NotificationStateReaderOptions {
  /** Milliseconds on any monotonic-enough clock; tests pass a hand-moved one. */
  now?: () => number;
  /** How long after a read ends its answer is still handed out: one refresh, far below the poll. */
  maxAgeMs?: number;
}

/**
 * One PowerShell call shared by every caller while it runs and for `maxAgeMs` after it ended (a failed
 * read too: its sibling in the same refresh would fail the same way).
 */
export function windowsNotificationStateReader(
  run: RunCommand,
  { now = Date.now, maxAgeMs = 1000 }: NotificationStateReaderOptions = {},
): ReadNotificationState {
  let last: { answer: Promise<ShellState>; endedAt: number | undefined } | undefined;
  return () => {
    if (last && (last.endedAt === undefined || now() - last.endedAt < maxAgeMs)) return last.answer;
    const read = {
      // Through a promise constructor, so a runner that throws synchronously also reads as nothing known.
      answer: new Promise<string>((resolve) => resolve(run(POWERSHELL, NOTIFICATION_STATE_ARGS))).then(
        parseShellState,
        () => ({}),
      ),
      endedAt: undefined as number | undefined,
    };
    void read.answer.then(() => {
      read.endedAt = now();
    });
    last = read;
    return read.answer;
  };
}

export function windowsFullscreenDetector(read: ReadNotificationState): Detector {
  return { reason: 'fullscreen', detect: async () => fullscreenFromState((await read()).state) };
}

export function windowsDndDetector(read: ReadNotificationState): Detector {
  return { reason: 'dnd', detect: async () => dndFromState(await read()) };
}
