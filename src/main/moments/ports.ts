/**
 * What the moment detectors need from the outside world. Every bit of OS access goes through one of
 * these small ports, so the unit tests fake them and the real-system tests swap in a private D-Bus,
 * X server or config directory without touching this process's environment.
 */
import { promises as fsp } from 'node:fs';
import type { HoldReason } from '../engine/moment';
import type { Settings } from '../../shared/settings';

export type { RunCommand } from '../idle/command-runner';
export { createCommandRunner } from '../idle/command-runner';

export type MomentSettings = Settings['moments'];

/** `true` = hold breaks for this reason, `false` = it does not apply now, 'unknown' = cannot tell. */
export type DetectorAnswer = boolean | 'unknown';

export interface Detector {
  readonly reason: HoldReason;
  /** May be slow or fail: the monitor bounds it with a timeout and treats failure as 'unknown'. */
  detect(): Promise<DetectorAnswer>;
}

/** The read-only file access the /proc scans need; rejects like `fs.promises` does. */
export interface MomentFs {
  readdir(path: string): Promise<string[]>;
  readlink(path: string): Promise<string>;
  readFile(path: string): Promise<string>;
}

export const nodeMomentFs: MomentFs = {
  readdir: (path) => fsp.readdir(path),
  readlink: (path) => fsp.readlink(path),
  readFile: (path) => fsp.readFile(path, 'utf8'),
};

/** One-shot timers; the returned function cancels. Tests pass a fake clock instead of sleeping. */
export interface MomentTimer {
  after(delayMs: number, callback: () => void): () => void;
}

export const realMomentTimer: MomentTimer = {
  after(delayMs, callback) {
    const handle = setTimeout(callback, delayMs);
    // Polling while a break is near must never keep the process alive on its own (e.g. at quit).
    handle.unref();
    return () => clearTimeout(handle);
  },
};

export type MomentLog = (message: string, detail?: unknown) => void;

/** Environment variables a detector looks at (session type, display). */
export type SessionEnv = Readonly<Record<string, string | undefined>>;
