/**
 * Fullscreen and do-not-disturb on Windows, from the documented shell API `SHQueryUserNotificationState`
 * (shell32), which tells whether this is a good moment to show the user a notification. No native module:
 * `powershell.exe` (in every Windows 10/11) declares the function with a P/Invoke `Add-Type` snippet,
 * calls it and prints the state as a number. It needs no admin rights; where PowerShell is missing or
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
 * Focus Assist (Windows 10) / Do not disturb (Windows 11) has no public API and is not read here: its
 * state lives only in undocumented WNF data. QUNS_QUIET_TIME is what the OS exposes: documented as the
 * first hour after a user's first sign-in or an OS upgrade, and reported during quiet hours by some builds.
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

/**
 * Declares the function, calls it and prints the state; exits non-zero (no output) when the call fails.
 * One line: Node quotes it as one argument (its two double quotes as \"), which powershell.exe reads back.
 */
export const NOTIFICATION_STATE_SCRIPT =
  "$ErrorActionPreference='Stop';" +
  "Add-Type -Namespace Unhunch -Name Shell -MemberDefinition '" +
  '[DllImport("shell32.dll")] public static extern int SHQueryUserNotificationState(out int state);' +
  "';" +
  '$state=0;' +
  'if([Unhunch.Shell]::SHQueryUserNotificationState([ref]$state) -ne 0){exit 1};' +
  '$state';

export const POWERSHELL = 'powershell.exe';
export const NOTIFICATION_STATE_ARGS: readonly string[] = [
  '-NoProfile',
  '-NonInteractive',
  '-Command',
  NOTIFICATION_STATE_SCRIPT,
];

/** The state from the script's output, or undefined for anything but a single known value. */
export function parseNotificationState(output: string): NotificationState | undefined {
  const text = output.trim();
  if (!/^\d$/.test(text)) return undefined;
  const value = Number(text);
  return (Object.values(QUNS) as number[]).includes(value) ? (value as NotificationState) : undefined;
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

export function dndFromState(state: NotificationState | undefined): DetectorAnswer {
  switch (state) {
    case QUNS.QUIET_TIME:
      return true;
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

/** Reads the state; undefined when it cannot be read. Never rejects. */
export type ReadNotificationState = () => Promise<NotificationState | undefined>;

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
  let last: { answer: Promise<NotificationState | undefined>; endedAt: number | undefined } | undefined;
  return () => {
    if (last && (last.endedAt === undefined || now() - last.endedAt < maxAgeMs)) return last.answer;
    const read = {
      // Through a promise constructor, so a runner that throws synchronously also reads as undefined.
      answer: new Promise<string>((resolve) => resolve(run(POWERSHELL, NOTIFICATION_STATE_ARGS))).then(
        parseNotificationState,
        () => undefined,
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
  return { reason: 'fullscreen', detect: async () => fullscreenFromState(await read()) };
}

export function windowsDndDetector(read: ReadNotificationState): Detector {
  return { reason: 'dnd', detect: async () => dndFromState(await read()) };
}
