/**
 * "Breaks that respect the moment": the detectors and the monitor that caches their answers for the
 * engine. Wiring for the composition root; see detectors.ts for what each platform can tell.
 */
import { createDetectors } from './detectors';
import { MomentMonitor } from './moment-monitor';
import {
  realMomentTimer,
  type MomentFs,
  type MomentLog,
  type MomentSettings,
  type MomentTimer,
  type RunCommand,
  type SessionEnv,
} from './ports';

export { MomentMonitor } from './moment-monitor';
export { createDetectors, unknownDetector } from './detectors';
export { createCommandRunner, nodeMomentFs, realMomentTimer } from './ports';
export type {
  Detector,
  DetectorAnswer,
  MomentFs,
  MomentLog,
  MomentSettings,
  MomentTimer,
  RunCommand,
  SessionEnv,
} from './ports';

export interface CreateMomentMonitorOptions {
  platform: NodeJS.Platform;
  /** Runs the CLI tools; give it the same environment as `env`. */
  run: RunCommand;
  fs: MomentFs;
  log: MomentLog;
  settings: MomentSettings;
  timer?: MomentTimer;
  /** Decides X11 vs Wayland for the fullscreen detector; process.env by default. */
  env?: SessionEnv;
  pollMs?: number;
  timeoutMs?: number;
  /** Monotonic time for the age of answers (`MomentMonitorOptions.nowMs`). */
  nowMs?: () => number;
  /** Where camera devices live ("/dev/video" by default). */
  videoDevicePrefix?: string;
}

/**
 * The monitor with this platform's detectors. Call `watch(true)` when a break is near or held and
 * `watch(false)` otherwise, and `updateSettings` when the user changes them.
 */
export function createMomentMonitor(options: CreateMomentMonitorOptions): MomentMonitor {
  // The app-rule detector reads the lists from the monitor, so settings changes reach it at once.
  const monitor: MomentMonitor = new MomentMonitor({
    detectors: createDetectors({
      platform: options.platform,
      run: options.run,
      fs: options.fs,
      env: options.env ?? process.env,
      appRules: () => monitor.settings,
      ...(options.videoDevicePrefix !== undefined && { videoDevicePrefix: options.videoDevicePrefix }),
    }),
    settings: options.settings,
    timer: options.timer ?? realMomentTimer,
    log: options.log,
    ...(options.pollMs !== undefined && { pollMs: options.pollMs }),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    ...(options.nowMs !== undefined && { nowMs: options.nowMs }),
  });
  return monitor;
}
