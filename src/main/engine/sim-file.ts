/**
 * Parses and validates a schedule-simulator file. Every error names the offending field, so users
 * can fix their file without reading the source.
 */
import { normalizeSettings, type Settings } from '../../shared/settings';
import type { PauseRequest } from './events';
import type { HoldReason } from './moment';

export type SimUserState = 'active' | 'idle' | 'lock' | 'suspend';

export type SimAction =
  | { name: 'postpone' }
  | { name: 'skip' }
  | { name: 'complete' }
  | { name: 'pause'; request: PauseRequest }
  | { name: 'resume' }
  | { name: 'quickStretch' };

export type TimelineStep =
  /** `hold`: a reason to hold breaks present throughout (only on active segments). */
  | { type: 'segment'; state: SimUserState; minutes: number; hold?: HoldReason }
  | { type: 'clockJump'; minutes: number }
  | { type: 'action'; action: SimAction }
  /** The simulated user types through the running break, or else the next one. */
  | { type: 'typingDuringBreak' };

export interface SimulationInput {
  settings: Settings;
  timeline: TimelineStep[];
  /** Wall-clock time at the start of the simulation (epoch ms). */
  wallClockStartMs: number;
}

export type ParseResult = { ok: true; value: SimulationInput } | { ok: false; errors: string[] };

/** Monday 6 January 2025, 09:00 local time: a working morning, so working-hours files behave obviously. */
export const DEFAULT_WALL_CLOCK_START = '2025-01-06T09:00:00';

const SEGMENT_KEYS: readonly SimUserState[] = ['active', 'idle', 'lock', 'suspend'];
/** Active segments with a reason to hold breaks, by their file key. */
const HOLD_KEYS: Readonly<Record<string, HoldReason>> = {
  dnd: 'dnd',
  fullscreen: 'fullscreen',
  call: 'call',
  appRule: 'app-rule',
};
const STEP_KEYS = [
  ...SEGMENT_KEYS,
  ...Object.keys(HOLD_KEYS),
  'clockJump',
  'action',
  'typingDuringBreak',
] as const;
const SIMPLE_ACTIONS = ['postpone', 'skip', 'complete', 'resume', 'quickStretch'] as const;

/**
 * The longest a timeline may run in all, 366 days: a year of any schedule question. The simulator's
 * cost follows events and wake-ups, not elapsed time (idle, locked and paused stretches cost their few
 * deadlines), so a year of working days takes a fraction of a second; the worst a file can ask for, a
 * year of nonstop activity with the shortest idle threshold and break interval, takes a few seconds.
 * Beyond it a file is a mistake, and would take the simulator minutes or forever (a billion minutes).
 */
export const MAX_TIMELINE_MINUTES = 366 * 24 * 60;
const MAX_TIMELINE = `${MAX_TIMELINE_MINUTES} minutes (366 days)`;
/**
 * Where the simulated wall clock may be. Outside what a Date can hold, local midnight and working hours
 * are NaN; the timeline cannot take it far beyond these bounds.
 */
const WALL_CLOCK_MIN_MS = Date.UTC(1970, 0, 1);
const WALL_CLOCK_MAX_MS = Date.UTC(10_000, 0, 1);
const WALL_CLOCK_RANGE = 'between 1970 and 9999';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function parseStep(raw: unknown, path: string, errors: string[]): TimelineStep | null {
  if (!isRecord(raw)) {
    errors.push(`${path}: must be an object like {"active": 10} or {"action": "skip"}`);
    return null;
  }
  const present = STEP_KEYS.filter((k) => Object.hasOwn(raw, k));
  const oneOf = `must have exactly one of ${STEP_KEYS.map((k) => `"${k}"`).join(', ')}`;
  if (present.length === 0 && Object.keys(raw).length > 0) {
    // Most likely a typo or a kind of entry someone expected: name it rather than say "none".
    const named = Object.keys(raw).map((k) => `"${k}"`);
    errors.push(
      `${path}: ${named.join(', ')} ${named.length === 1 ? 'is not a kind' : 'are not kinds'} of entry; ${oneOf}`,
    );
    return null;
  }
  if (present.length !== 1) {
    errors.push(`${path}: ${oneOf} (found ${present.length === 0 ? 'none' : present.join(', ')})`);
    return null;
  }
  const key = present[0]!;
  const allowed = key === 'action' ? ['action', 'minutes', 'until'] : [key];
  for (const extra of Object.keys(raw).filter((k) => !allowed.includes(k))) {
    errors.push(`${path}.${extra}: unknown field`);
  }
  const value = raw[key];
  if (key === 'action') return parseAction(raw, path, errors);
  if (key === 'typingDuringBreak') {
    if (value === true) return { type: 'typingDuringBreak' };
    errors.push(`${path}.typingDuringBreak: must be true, got ${describe(value)}`);
    return null;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push(`${path}.${key}: must be a number of minutes, got ${describe(value)}`);
    return null;
  }
  if (key === 'clockJump') return { type: 'clockJump', minutes: value };
  if (value < 0) {
    errors.push(`${path}.${key}: must be at least 0 minutes, got ${value}`);
    return null;
  }
  if (value > MAX_TIMELINE_MINUTES) {
    errors.push(`${path}.${key}: must be at most ${MAX_TIMELINE}, got ${value}`);
    return null;
  }
  const hold = HOLD_KEYS[key];
  if (hold !== undefined) return { type: 'segment', state: 'active', minutes: value, hold };
  return { type: 'segment', state: key as SimUserState, minutes: value };
}

function parseAction(raw: Record<string, unknown>, path: string, errors: string[]): TimelineStep | null {
  const name = raw.action;
  if (name === 'pause') {
    const { minutes, until } = raw;
    if (minutes !== undefined && until !== undefined) {
      errors.push(`${path}: a pause takes either "minutes" or "until", not both`);
      return null;
    }
    if (minutes !== undefined) {
      if (
        typeof minutes !== 'number' ||
        !Number.isFinite(minutes) ||
        minutes <= 0 ||
        minutes > MAX_TIMELINE_MINUTES
      ) {
        errors.push(
          `${path}.minutes: must be a number of minutes above 0 and at most ${MAX_TIMELINE_MINUTES}, got ${describe(minutes)}`,
        );
        return null;
      }
      return { type: 'action', action: { name: 'pause', request: { kind: 'minutes', minutes } } };
    }
    if (until === undefined || until === 'resumed') {
      return { type: 'action', action: { name: 'pause', request: { kind: 'indefinite' } } };
    }
    if (until === 'tomorrow')
      return { type: 'action', action: { name: 'pause', request: { kind: 'tomorrow' } } };
    errors.push(`${path}.until: must be "tomorrow" or "resumed", got ${describe(until)}`);
    return null;
  }
  for (const extra of ['minutes', 'until'].filter((k) => k in raw)) {
    errors.push(`${path}.${extra}: only a "pause" action takes this field`);
  }
  const simple = SIMPLE_ACTIONS.find((a) => a === name);
  if (simple === undefined) {
    errors.push(
      `${path}.action: must be one of "pause", ${SIMPLE_ACTIONS.map((a) => `"${a}"`).join(', ')}; got ${describe(name)}`,
    );
    return null;
  }
  return { type: 'action', action: { name: simple } };
}

export function parseSimulationFile(raw: unknown): ParseResult {
  const errors: string[] = [];
  if (!isRecord(raw))
    return { ok: false, errors: ['(root): must be an object with "settings" and "timeline"'] };
  for (const key of Object.keys(raw)) {
    if (!['settings', 'timeline', 'wallClockStart'].includes(key)) errors.push(`${key}: unknown field`);
  }
  const { settings, problems } = normalizeSettings(raw.settings ?? {});
  for (const p of problems) errors.push(`${p.path === '' ? 'settings' : `settings.${p.path}`}: ${p.message}`);

  const timeline: TimelineStep[] = [];
  const fields: string[] = [];
  if (!Array.isArray(raw.timeline)) {
    errors.push(`timeline: must be an array of steps, got ${describe(raw.timeline)}`);
  } else {
    raw.timeline.forEach((step: unknown, i) => {
      const parsed = parseStep(step, `timeline[${i}]`, errors);
      if (parsed) {
        timeline.push(parsed);
        fields.push(isRecord(step) ? `timeline[${i}].${Object.keys(step)[0] ?? ''}` : `timeline[${i}]`);
      }
    });
  }

  let wallClockStartMs = new Date(DEFAULT_WALL_CLOCK_START).getTime();
  if (raw.wallClockStart !== undefined) {
    const parsed = typeof raw.wallClockStart === 'string' ? new Date(raw.wallClockStart).getTime() : NaN;
    if (Number.isNaN(parsed)) {
      errors.push(
        `wallClockStart: must be a date-time like "2025-01-06T09:00:00", got ${describe(raw.wallClockStart)}`,
      );
    } else if (!wallClockInRange(parsed)) {
      errors.push(`wallClockStart: must be ${WALL_CLOCK_RANGE}, got ${describe(raw.wallClockStart)}`);
    } else {
      wallClockStartMs = parsed;
    }
  }
  checkBounds(timeline, fields, wallClockStartMs, errors);
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, value: { settings, timeline, wallClockStartMs } };
}

function wallClockInRange(wallMs: number): boolean {
  return wallMs >= WALL_CLOCK_MIN_MS && wallMs < WALL_CLOCK_MAX_MS;
}

/**
 * What no single entry shows: the timeline's length in all, and where the wall clock ends up after
 * every jump and segment. Stops at the first entry out of bounds (the rest follow from it).
 */
function checkBounds(
  timeline: TimelineStep[],
  fields: string[],
  wallStartMs: number,
  errors: string[],
): void {
  let minutes = 0;
  let wallMs = wallStartMs;
  for (const [i, step] of timeline.entries()) {
    const field = fields[i] ?? `timeline[${i}]`;
    if (step.type === 'segment') {
      minutes += step.minutes;
      wallMs += step.minutes * 60_000;
      if (minutes > MAX_TIMELINE_MINUTES) {
        errors.push(
          `${field}: takes the timeline to ${minutes} minutes in all; it may run at most ${MAX_TIMELINE}`,
        );
        return;
      }
    } else if (step.type === 'clockJump') {
      wallMs += step.minutes * 60_000;
    } else {
      continue;
    }
    if (!wallClockInRange(wallMs)) {
      const where = Number.isFinite(new Date(wallMs).getTime())
        ? new Date(wallMs).toISOString()
        : 'beyond any date';
      errors.push(`${field}: takes the wall clock to ${where}; it must stay ${WALL_CLOCK_RANGE}`);
      return;
    }
  }
}
