/**
 * Working hours on the local wall clock. Each listed day opens a window from `start` to `end`; an
 * `end` at or before `start` runs into the next day, and equal times mean a full 24 h.
 */
import type { Settings } from '../../shared/settings';

type WorkingHours = Settings['workingHours'];

const WEEK_MS = 7 * 24 * 3_600_000;

interface Window {
  startMs: number;
  endMs: number;
}

function parseTime(hhmm: string): [number, number] {
  const [h, m] = hhmm.split(':').map(Number);
  return [h ?? 0, m ?? 0];
}

/**
 * The last day's windows: the engine asks at every wake-up, and building ten local dates each time was
 * most of the cost of a simulated month with working hours on. Keyed by what the windows depend on, the
 * time zone's offset included (it changes with DST, and tests change the zone).
 */
let cached: { key: string; windows: Window[] } | null = null;

function windowsAround(hours: WorkingHours, wallMs: number): Window[] {
  const now = new Date(wallMs);
  const key = [
    now.getFullYear(),
    now.getMonth(),
    now.getDate(),
    now.getTimezoneOffset(),
    hours.start,
    hours.end,
    hours.days.join(),
  ].join('|');
  if (cached?.key === key) return cached.windows;
  const windows = buildWindows(hours, now);
  cached = { key, windows };
  return windows;
}

function buildWindows(hours: WorkingHours, now: Date): Window[] {
  const [sh, sm] = parseTime(hours.start);
  const [eh, em] = parseTime(hours.end);
  const startMin = sh * 60 + sm;
  const endMin = eh * 60 + em;
  const windows: Window[] = [];
  for (let offset = -1; offset <= 8; offset++) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
    if (!(hours.days as number[]).includes(day.getDay())) continue;
    const endDay = endMin <= startMin ? offset + 1 : offset;
    windows.push({
      startMs: new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, sh, sm).getTime(),
      endMs: new Date(now.getFullYear(), now.getMonth(), now.getDate() + endDay, eh, em).getTime(),
    });
  }
  return windows;
}

export function isWithinWorkingHours(hours: WorkingHours, wallMs: number): boolean {
  if (!hours.enabled) return true;
  return windowsAround(hours, wallMs).some((w) => w.startMs <= wallMs && wallMs < w.endMs);
}

/** Wall-clock delay until working hours start or end, or null if that never happens. */
export function msUntilWorkingHoursChange(hours: WorkingHours, wallMs: number): number | null {
  if (!hours.enabled) return null;
  const windows = windowsAround(hours, wallMs);
  const containing = (t: number): Window | undefined => windows.find((w) => w.startMs <= t && t < w.endMs);
  let current = containing(wallMs);
  if (current === undefined) {
    const starts = windows.map((w) => w.startMs).filter((t) => t > wallMs);
    return starts.length === 0 ? null : Math.min(...starts) - wallMs;
  }
  // Back-to-back windows (e.g. every day 00:00–24:00) are one stretch of working time.
  let end = current.endMs;
  for (let guard = 0; guard < windows.length; guard++) {
    current = containing(end);
    if (current === undefined) break;
    end = current.endMs;
  }
  // Working time that runs on for a whole week without a gap never ends.
  return end - wallMs >= WEEK_MS ? null : end - wallMs;
}
