/**
 * Which detector answers each hold reason on which platform.
 *
 * | reason     | Linux                                                    | Windows                                   | macOS                                         |
 * | ---------- | -------------------------------------------------------- | ----------------------------------------- | --------------------------------------------- |
 * | dnd        | GNOME show-banners, then Notifications `Inhibited` (KDE) | Focus Assist (WNF) or QUNS_QUIET_TIME     | Focus via DoNotDisturb Assertions.json (12+)  |
 * | fullscreen | X11 via xprop; unknown on Wayland                        | SHQueryUserNotificationState (PowerShell) | front app's window fills a screen (JXA)       |
 * | call       | /dev/video* held open + pactl capture streams            | ConsentStore registry (reg.exe)           | unknown                                       |
 * | app-rule   | /proc comm + argv[0]                                     | tasklist                                  | ps                                            |
 *
 * 'unknown' never holds a break. On Windows, dnd and fullscreen share one PowerShell call per refresh
 * (see notification-state-windows.ts). On macOS, Focus is read from the Do Not Disturb daemon's file (see
 * focus-macos.ts): manually turned-on Focus only, not one active by schedule alone, and 'unknown' without
 * Full Disk Access; fullscreen compares the front app's window sizes with the screens' (see
 * fullscreen-macos.ts). Whether macOS's camera or microphone is in use needs native code; it stays unknown.
 */
import type { HoldReason } from '../engine/moment';
import { appRuleDetector, type AppRules } from './app-rules';
import { cameraInUse } from './camera-linux';
import { callDetector } from './calls';
import { windowsDeviceInUse } from './calls-windows';
import { linuxDndDetector } from './dnd-linux';
import { macFocusDetector } from './focus-macos';
import { macFullscreenDetector } from './fullscreen-macos';
import { x11FullscreenDetector } from './fullscreen-x11';
import { microphoneInUse } from './microphone-pulse';
import {
  windowsDndDetector,
  windowsFullscreenDetector,
  windowsNotificationStateReader,
} from './notification-state-windows';
import type { Detector, MomentFs, RunCommand, SessionEnv } from './ports';
import {
  linuxProcessNames,
  macProcessNames,
  windowsProcessNames,
  type ListProcessNames,
} from './process-names';

export interface DetectorDeps {
  platform: NodeJS.Platform;
  run: RunCommand;
  fs: MomentFs;
  env: SessionEnv;
  /** The current app lists, read at each detection. */
  appRules: () => AppRules;
  /** Where camera devices live; tests use a temporary file. */
  videoDevicePrefix?: string;
  /** Where macOS's ~/Library is looked up; defaults to os.homedir(). */
  homeDir?: string;
}

/** A reason this platform cannot answer. */
export function unknownDetector(reason: HoldReason): Detector {
  return { reason, detect: () => Promise.resolve('unknown') };
}

function processLister({ platform, run, fs }: DetectorDeps): ListProcessNames | undefined {
  switch (platform) {
    case 'linux':
      return linuxProcessNames(fs);
    case 'win32':
      return windowsProcessNames(run);
    case 'darwin':
      return macProcessNames(run);
    default:
      return undefined;
  }
}

export function createDetectors(deps: DetectorDeps): Detector[] {
  const { platform, run, fs, env } = deps;
  const lister = processLister(deps);
  const appRule = lister ? appRuleDetector(lister, deps.appRules) : unknownDetector('app-rule');
  if (platform === 'linux') {
    const camera = {
      fs,
      ...(deps.videoDevicePrefix !== undefined && { devicePrefix: deps.videoDevicePrefix }),
    };
    return [
      linuxDndDetector(run),
      x11FullscreenDetector(run, env),
      callDetector([() => cameraInUse(camera), () => microphoneInUse(run)]),
      appRule,
    ];
  }
  if (platform === 'win32') {
    const notificationState = windowsNotificationStateReader(run);
    return [
      windowsDndDetector(notificationState),
      windowsFullscreenDetector(notificationState),
      callDetector([() => windowsDeviceInUse(run, 'webcam'), () => windowsDeviceInUse(run, 'microphone')]),
      appRule,
    ];
  }
  if (platform === 'darwin') {
    return [macFocusDetector(fs, deps.homeDir), macFullscreenDetector(run), unknownDetector('call'), appRule];
  }
  return [unknownDetector('dnd'), unknownDetector('fullscreen'), unknownDetector('call'), appRule];
}
