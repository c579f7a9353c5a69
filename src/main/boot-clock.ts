import { uptime } from 'node:os';

/**
 * A clock that counts through sleep and follows no wall-clock change, to measure a sleep with, where
 * Node offers one. On Linux `os.uptime()` reads /proc/uptime (CLOCK_BOOTTIME, 10 ms steps). Elsewhere
 * none is used: libuv's macOS uptime is the wall clock minus the boot time, so no better witness than
 * `Date.now()`, and its Windows uptime is a performance-registry query, slow to ask at every resume and
 * not known to be unaffected by a clock change.
 */
export function bootClockFor(
  platform: NodeJS.Platform,
  readUptimeSeconds: () => number = uptime,
): (() => number) | undefined {
  if (platform !== 'linux') return undefined;
  return () => readUptimeSeconds() * 1000;
}
