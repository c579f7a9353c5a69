/**
 * "Is a camera in use?" on Linux: some process holds a V4L2 device (/dev/video*) open. Video apps and
 * browsers open the device only while they capture, so an open file descriptor is the signal, found by
 * reading the /proc/<pid>/fd symlinks. Only processes we may inspect are seen, i.e. the user's own
 * (which is where their calls run); PipeWire's camera portal counts too, as it holds the device while
 * streaming for a sandboxed app.
 */
import { basename, dirname } from 'node:path';
import { someWithLimit } from './limit';
import type { DetectorAnswer, MomentFs } from './ports';

export interface CameraScanOptions {
  fs: MomentFs;
  /** Device paths start with this; tests point it at a temporary file. */
  devicePrefix?: string;
  procRoot?: string;
}

const PARALLEL_PROCESSES = 16;

/** Whether any device matching the prefix exists; undefined when the directory cannot be read. */
async function anyDevice(fs: MomentFs, devicePrefix: string): Promise<boolean | undefined> {
  try {
    const name = basename(devicePrefix);
    return (await fs.readdir(dirname(devicePrefix))).some((entry) => entry.startsWith(name));
  } catch {
    return undefined;
  }
}

async function holdsDevice(fs: MomentFs, fdDir: string, devicePrefix: string): Promise<boolean> {
  let fds: string[];
  try {
    fds = await fs.readdir(fdDir);
  } catch {
    // Gone since the listing, or another user's process: not ours to see.
    return false;
  }
  for (const fd of fds) {
    try {
      if ((await fs.readlink(`${fdDir}/${fd}`)).startsWith(devicePrefix)) return true;
    } catch {
      // The descriptor was closed while we looked.
    }
  }
  return false;
}

export async function cameraInUse({
  fs,
  devicePrefix = '/dev/video',
  procRoot = '/proc',
}: CameraScanOptions): Promise<DetectorAnswer> {
  // No camera at all (most desktops without a webcam): nothing to scan for.
  if ((await anyDevice(fs, devicePrefix)) === false) return false;
  let entries: string[];
  try {
    entries = await fs.readdir(procRoot);
  } catch {
    return 'unknown';
  }
  const pids = entries.filter((entry) => /^\d+$/.test(entry));
  if (pids.length === 0) return 'unknown';
  return someWithLimit(pids, PARALLEL_PROCESSES, (pid) =>
    holdsDevice(fs, `${procRoot}/${pid}/fd`, devicePrefix),
  );
}
