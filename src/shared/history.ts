/**
 * Break history as typed data, and the pure functions over it: normalising a stored file record by
 * record, rolling old records up into daily totals, progress figures and export.
 *
 * Dates: records keep UTC instants (`at`); everything per day uses the user's local calendar date,
 * obtained through an injected `Calendar` so tests never depend on the machine's time zone.
 */
import * as v from 'valibot';
import { ID_PATTERN } from './exercise-schema';
import type { SessionOutcome, SessionReason } from './ipc-contract';
import type { SettingsProblem, Weekday } from './settings';

export type HistoryBreakKind = SessionReason | 'natural';
/** "worked-through": the break came and went without the user taking it (no click at all). */
export type BreakOutcome = SessionOutcome | 'worked-through';

export interface BreakRecord {
  /** ISO instant the break ended (or was skipped). */
  at: string;
  kind: HistoryBreakKind;
  outcome: BreakOutcome;
  /** Times this break was postponed before its outcome. */
  postponed: number;
  /** Exercise (or routine) ids done, in order. */
  exercises: string[];
  /**
   * What was played, by its name at the time: the user's own exercises and routines can be renamed or
   * deleted, and their ids then say nothing. Absent in records made before it was kept.
   */
  title?: string;
  /** The pain check-in answered right after this break, if any (then not repeated in `painCheckIns`). */
  painScore?: number;
}

/** A pain check-in not tied to a recorded break. */
export interface PainCheckIn {
  at: string;
  /** "How is your upper back?" 0 = no pain … 10 = worst. */
  score: number;
}

/** One local day, rolled up once it is more than a year old. */
export interface DailyTotal {
  date: string;
  completed: number;
  skipped: number;
  workedThrough: number;
  postponed: number;
  /** Natural breaks (user stepped away), whatever their outcome; also counted under their outcome. */
  natural: number;
  quick: number;
  activeMinutes: number;
  painAvg?: number;
  /** Check-ins behind `painAvg`, so totals for one day can be merged without skewing it. */
  painCount?: number;
}

export interface History {
  schemaVersion: number;
  /** Recent records, oldest first. */
  breaks: BreakRecord[];
  /** Local date "YYYY-MM-DD" → minutes of activity that day. */
  activeMinutes: Record<string, number>;
  painCheckIns: PainCheckIn[];
  /** Days older than a year, oldest first. */
  daily: DailyTotal[];
}

export const HISTORY_SCHEMA_VERSION = 1;
/** Records older than this many days become daily totals. */
export const ROLL_UP_AFTER_DAYS = 365;
/**
 * Hard bound on detailed records, whatever their age, so a runaway caller cannot grow the file without
 * limit: about five years of ten breaks a day. Beyond it the oldest days are rolled up early.
 */
export const MAX_RECENT_RECORDS = 20_000;

export function emptyHistory(): History {
  return {
    schemaVersion: HISTORY_SCHEMA_VERSION,
    breaks: [],
    activeMinutes: {},
    painCheckIns: [],
    daily: [],
  };
}

// ---------------------------------------------------------------------------------------------------
// Calendar dates

/** Turns an instant into the user's local date. */
export interface Calendar {
  dateOf(instant: Date): string;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
const ymd = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** The machine's own time zone, daylight saving included. */
export const systemCalendar: Calendar = {
  dateOf: (instant) => ymd(instant.getFullYear(), instant.getMonth() + 1, instant.getDate()),
};

/** A fixed offset in minutes east of UTC (e.g. 60 for CET), for tests and simulations. */
export function fixedOffsetCalendar(offsetMinutes: number): Calendar {
  return {
    dateOf: (instant) => {
      const shifted = new Date(instant.getTime() + offsetMinutes * 60_000);
      return ymd(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
    },
  };
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

function dateToUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

export function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const back = new Date(dateToUtc(value));
  return ymd(back.getUTCFullYear(), back.getUTCMonth() + 1, back.getUTCDate()) === value;
}

/** Calendar arithmetic on "YYYY-MM-DD", free of time zones and daylight saving. */
export function addDays(date: string, days: number): string {
  const shifted = new Date(dateToUtc(date) + days * DAY_MS);
  return ymd(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

export function weekdayOf(date: string): Weekday {
  return new Date(dateToUtc(date)).getUTCDay() as Weekday;
}

// ---------------------------------------------------------------------------------------------------
// Normalising a stored file

/** Longer than any name (own names are capped at 80), short enough that a record stays small. */
export const MAX_TITLE_LENGTH = 200;

const isoInstant = v.pipe(
  v.string('must be an ISO time'),
  v.check(
    (text) => /^\d{4}-\d{2}-\d{2}T/.test(text) && Number.isFinite(Date.parse(text)),
    'must be an ISO time',
  ),
);
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));
const minutes = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1440));
const painScore = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10));
const calendarDate = v.pipe(v.string(), v.check(isCalendarDate, 'must be a date "YYYY-MM-DD"'));

export const BreakRecordSchema = v.object({
  at: isoInstant,
  kind: v.picklist(['micro', 'long', 'quick', 'natural']),
  outcome: v.picklist(['completed', 'skipped', 'worked-through']),
  postponed: v.optional(count, 0),
  exercises: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(ID_PATTERN))), v.maxLength(50)), []),
  painScore: v.optional(painScore),
  title: v.optional(v.pipe(v.string(), v.maxLength(MAX_TITLE_LENGTH))),
});

export const PainCheckInSchema = v.object({ at: isoInstant, score: painScore });

export const DailyTotalSchema = v.object({
  date: calendarDate,
  completed: v.optional(count, 0),
  skipped: v.optional(count, 0),
  workedThrough: v.optional(count, 0),
  postponed: v.optional(count, 0),
  natural: v.optional(count, 0),
  quick: v.optional(count, 0),
  activeMinutes: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0)), 0),
  painAvg: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(10))),
  painCount: v.optional(v.pipe(count, v.minValue(1))),
});

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validList<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  path: string,
  problems: SettingsProblem[],
): T[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    problems.push({ path, message: 'must be a list' });
    return [];
  }
  const out: T[] = [];
  input.forEach((item: unknown, index) => {
    const parsed = v.safeParse(schema, item);
    if (parsed.success) out.push(parsed.output);
    else problems.push({ path: `${path}.${index}`, message: parsed.issues[0].message });
  });
  return out;
}

const byInstant = <T extends { at: string }>(a: T, b: T): number => Date.parse(a.at) - Date.parse(b.at);

/** Keeps every valid record and drops (and reports) each invalid one on its own. */
export function normalizeHistory(input: unknown): { document: History; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  if (!isPlainObject(input)) problems.push({ path: '', message: 'must be an object' });
  const source = isPlainObject(input) ? input : {};
  const known = ['schemaVersion', 'breaks', 'activeMinutes', 'painCheckIns', 'daily'];
  for (const key of Object.keys(source)) {
    if (!known.includes(key)) problems.push({ path: key, message: 'is not a known field' });
  }
  const activeMinutes: Record<string, number> = {};
  if (source.activeMinutes !== undefined && !isPlainObject(source.activeMinutes)) {
    problems.push({ path: 'activeMinutes', message: 'must be an object of date → minutes' });
  } else {
    for (const [date, value] of Object.entries(
      isPlainObject(source.activeMinutes) ? source.activeMinutes : {},
    )) {
      if (isCalendarDate(date) && v.is(minutes, value)) activeMinutes[date] = value;
      else problems.push({ path: `activeMinutes.${date}`, message: 'must be minutes (0–1440) on a date' });
    }
  }
  const daily = validList(DailyTotalSchema, source.daily, 'daily', problems).map((total): DailyTotal => {
    const { painAvg, painCount, ...rest } = total;
    return painAvg === undefined ? rest : { ...rest, painAvg, painCount: painCount ?? 1 };
  });
  return {
    document: {
      schemaVersion: HISTORY_SCHEMA_VERSION,
      breaks: validList(BreakRecordSchema, source.breaks, 'breaks', problems).sort(byInstant),
      activeMinutes,
      painCheckIns: validList(PainCheckInSchema, source.painCheckIns, 'painCheckIns', problems).sort(
        byInstant,
      ),
      daily: mergeDaily(daily, []),
    },
    problems,
  };
}

// ---------------------------------------------------------------------------------------------------
// Per-day totals and roll-up

interface DayBucket {
  completed: number;
  skipped: number;
  workedThrough: number;
  postponed: number;
  natural: number;
  quick: number;
  activeMinutes: number;
  breaks: number;
  painSum: number;
  painCount: number;
}

const emptyBucket = (): DayBucket => ({
  completed: 0,
  skipped: 0,
  workedThrough: 0,
  postponed: 0,
  natural: 0,
  quick: 0,
  activeMinutes: 0,
  breaks: 0,
  painSum: 0,
  painCount: 0,
});

const OUTCOME_FIELD: Record<BreakOutcome, 'completed' | 'skipped' | 'workedThrough'> = {
  completed: 'completed',
  skipped: 'skipped',
  'worked-through': 'workedThrough',
};

function bucketFor(buckets: Map<string, DayBucket>, date: string): DayBucket {
  let bucket = buckets.get(date);
  if (bucket === undefined) {
    bucket = emptyBucket();
    buckets.set(date, bucket);
  }
  return bucket;
}

function addBreak(bucket: DayBucket, record: BreakRecord): void {
  bucket[OUTCOME_FIELD[record.outcome]]++;
  bucket.breaks++;
  bucket.postponed += record.postponed;
  if (record.kind === 'natural') bucket.natural++;
  if (record.kind === 'quick') bucket.quick++;
  if (record.painScore !== undefined) {
    bucket.painSum += record.painScore;
    bucket.painCount++;
  }
}

function addDaily(bucket: DayBucket, total: DailyTotal): void {
  bucket.completed += total.completed;
  bucket.skipped += total.skipped;
  bucket.workedThrough += total.workedThrough;
  bucket.postponed += total.postponed;
  bucket.natural += total.natural;
  bucket.quick += total.quick;
  bucket.activeMinutes += total.activeMinutes;
  bucket.breaks += total.completed + total.skipped + total.workedThrough;
  if (total.painAvg !== undefined) {
    const weight = total.painCount ?? 1;
    bucket.painSum += total.painAvg * weight;
    bucket.painCount += weight;
  }
}

function totalFromBucket(date: string, bucket: DayBucket): DailyTotal {
  const total: DailyTotal = {
    date,
    completed: bucket.completed,
    skipped: bucket.skipped,
    workedThrough: bucket.workedThrough,
    postponed: bucket.postponed,
    natural: bucket.natural,
    quick: bucket.quick,
    activeMinutes: bucket.activeMinutes,
  };
  if (bucket.painCount > 0) {
    total.painAvg = Math.round((bucket.painSum / bucket.painCount) * 100) / 100;
    total.painCount = bucket.painCount;
  }
  return total;
}

/** Every day that has any data, raw and rolled up alike. */
function dayBuckets(history: History, calendar: Calendar): Map<string, DayBucket> {
  const buckets = new Map<string, DayBucket>();
  for (const total of history.daily) addDaily(bucketFor(buckets, total.date), total);
  for (const record of history.breaks)
    addBreak(bucketFor(buckets, calendar.dateOf(new Date(record.at))), record);
  for (const [date, value] of Object.entries(history.activeMinutes))
    bucketFor(buckets, date).activeMinutes += value;
  for (const checkIn of history.painCheckIns) {
    const bucket = bucketFor(buckets, calendar.dateOf(new Date(checkIn.at)));
    bucket.painSum += checkIn.score;
    bucket.painCount++;
  }
  return buckets;
}

function mergeDaily(existing: readonly DailyTotal[], added: readonly DailyTotal[]): DailyTotal[] {
  const buckets = new Map<string, DayBucket>();
  for (const total of [...existing, ...added]) addDaily(bucketFor(buckets, total.date), total);
  return [...buckets.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, bucket]) => totalFromBucket(date, bucket));
}

/**
 * Whether `rollUp` would change anything: a record or a day of active minutes before the cutoff, or a
 * list over MAX_RECENT_RECORDS. One pass without copying, so a writer at the cap can skip the roll-up,
 * which copies every record, on the writes (nearly all) that have nothing to roll up.
 */
export function needsRollUp(history: History, today: string, calendar: Calendar): boolean {
  if (history.breaks.length > MAX_RECENT_RECORDS || history.painCheckIns.length > MAX_RECENT_RECORDS)
    return true;
  const cutoff = addDays(today, -ROLL_UP_AFTER_DAYS);
  const oldest = (list: readonly { at: string }[]): number =>
    list.reduce((min, record) => Math.min(min, Date.parse(record.at)), Infinity);
  for (const list of [history.breaks, history.painCheckIns]) {
    const first = oldest(list);
    if (first !== Infinity && calendar.dateOf(new Date(first)) < cutoff) return true;
  }
  return Object.keys(history.activeMinutes).some((date) => date < cutoff);
}

/**
 * Rolls records dated before `today − ROLL_UP_AFTER_DAYS` into per-day totals (a record exactly 365
 * days old stays detailed), and the oldest days early if more than MAX_RECENT_RECORDS remain. Pure and
 * idempotent; returns a new history.
 */
export function rollUp(history: History, today: string, calendar: Calendar): History {
  let cutoff = addDays(today, -ROLL_UP_AFTER_DAYS);
  const dateOf = (at: string): string => calendar.dateOf(new Date(at));
  for (const list of [history.breaks, history.painCheckIns]) {
    if (list.length > MAX_RECENT_RECORDS) {
      const sorted = [...list].sort(byInstant);
      const lastToGo = sorted[sorted.length - MAX_RECENT_RECORDS - 1];
      if (lastToGo !== undefined) {
        const early = addDays(dateOf(lastToGo.at), 1);
        if (early > cutoff) cutoff = early;
      }
    }
  }

  const old = new Map<string, DayBucket>();
  const breaks = history.breaks.filter((record) => {
    const date = dateOf(record.at);
    if (date >= cutoff) return true;
    addBreak(bucketFor(old, date), record);
    return false;
  });
  const painCheckIns = history.painCheckIns.filter((checkIn) => {
    const date = dateOf(checkIn.at);
    if (date >= cutoff) return true;
    const bucket = bucketFor(old, date);
    bucket.painSum += checkIn.score;
    bucket.painCount++;
    return false;
  });
  const activeMinutes: Record<string, number> = {};
  for (const [date, value] of Object.entries(history.activeMinutes)) {
    if (date >= cutoff) activeMinutes[date] = value;
    else bucketFor(old, date).activeMinutes += value;
  }
  if (old.size === 0) return structuredClone(history);
  const added = [...old.entries()].map(([date, bucket]) => totalFromBucket(date, bucket));
  return {
    schemaVersion: history.schemaVersion,
    breaks: structuredClone(breaks),
    activeMinutes,
    painCheckIns: structuredClone(painCheckIns),
    daily: mergeDaily(history.daily, added),
  };
}

// ---------------------------------------------------------------------------------------------------
// Progress

export interface DaySummary {
  date: string;
  /** All breaks that day, whatever the outcome. */
  breaks: number;
  completed: number;
  skipped: number;
  workedThrough: number;
  postponed: number;
  natural: number;
  quick: number;
  activeMinutes: number;
  /** Mean pain check-in that day, or null without one. */
  painAverage: number | null;
}

function summaryOf(date: string, bucket: DayBucket | undefined): DaySummary {
  const b = bucket ?? emptyBucket();
  return {
    date,
    breaks: b.breaks,
    completed: b.completed,
    skipped: b.skipped,
    workedThrough: b.workedThrough,
    postponed: b.postponed,
    natural: b.natural,
    quick: b.quick,
    activeMinutes: b.activeMinutes,
    painAverage: b.painCount > 0 ? b.painSum / b.painCount : null,
  };
}

export function todaySummary(history: History, now: Date, calendar: Calendar = systemCalendar): DaySummary {
  const today = calendar.dateOf(now);
  return summaryOf(today, dayBuckets(history, calendar).get(today));
}

export interface SeriesOptions {
  now: Date;
  /** Days ending today, e.g. 7 or 30. */
  days: number;
  calendar?: Calendar;
}

/** One entry per day, oldest first, ending today; days without data are zeros, never missing. */
export function dailySeries(
  history: History,
  { now, days, calendar = systemCalendar }: SeriesOptions,
): DaySummary[] {
  const buckets = dayBuckets(history, calendar);
  const today = calendar.dateOf(now);
  return Array.from({ length: days }, (_, index) => {
    const date = addDays(today, index - days + 1);
    return summaryOf(date, buckets.get(date));
  });
}

export interface Streak {
  /** Consecutive days with at least one completed break, ending today or, if today has none yet, yesterday. */
  days: number;
  /** Whether today already counts. A day without a break only breaks the streak once it is over. */
  includesToday: boolean;
}

/**
 * `restDays` (e.g. the weekend, for someone who only works weekdays) neither break a streak nor extend
 * it unless a break was completed on them.
 */
export function currentStreak(
  history: History,
  now: Date,
  calendar: Calendar = systemCalendar,
  restDays: readonly Weekday[] = [],
): Streak {
  const buckets = dayBuckets(history, calendar);
  const done = (date: string): boolean => (buckets.get(date)?.completed ?? 0) > 0;
  const today = calendar.dateOf(now);
  const includesToday = done(today);
  const earliest = [...buckets.keys()].sort()[0] ?? today;
  let days = includesToday ? 1 : 0;
  for (let date = addDays(today, -1); date >= earliest; date = addDays(date, -1)) {
    if (done(date)) days++;
    else if (!restDays.includes(weekdayOf(date))) break;
  }
  return { days, includesToday };
}

export interface PainTrend {
  /** One point per day, oldest first; `average` is null on days without a check-in (a gap, not a zero). */
  points: { date: string; average: number | null; count: number }[];
  /** Least-squares line through the daily averages, or null with fewer than two days of check-ins. */
  line: { slopePerDay: number; start: number; end: number } | null;
}

export function painTrend(
  history: History,
  { now, days, calendar = systemCalendar }: SeriesOptions,
): PainTrend {
  const buckets = dayBuckets(history, calendar);
  const today = calendar.dateOf(now);
  const points = Array.from({ length: days }, (_, index) => {
    const date = addDays(today, index - days + 1);
    const bucket = buckets.get(date);
    const n = bucket?.painCount ?? 0;
    return { date, average: bucket !== undefined && n > 0 ? bucket.painSum / n : null, count: n };
  });
  const known = points.flatMap((point, x) => (point.average === null ? [] : [{ x, y: point.average }]));
  if (known.length < 2) return { points, line: null };
  const meanX = known.reduce((sum, p) => sum + p.x, 0) / known.length;
  const meanY = known.reduce((sum, p) => sum + p.y, 0) / known.length;
  const sxx = known.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  const sxy = known.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const at = (x: number): number => meanY + slope * (x - meanX);
  return { points, line: { slopePerDay: slope, start: at(0), end: at(days - 1) } };
}

// ---------------------------------------------------------------------------------------------------
// Export

const CSV_COLUMNS = [
  'record',
  'date',
  'time',
  'kind',
  'outcome',
  'postponed',
  'exercises',
  'pain_score',
  'active_minutes',
  'completed',
  'skipped',
  'worked_through',
  'natural',
  'quick',
  // Last, so a spreadsheet made for the earlier columns still reads them where they were.
  'title',
] as const;
type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>;

/**
 * RFC 4180: a field with a comma, quote or line break is quoted and its quotes doubled. Text that a
 * spreadsheet would run as a formula is prefixed with an apostrophe (numbers are left alone).
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One CSV with a `record` column: "daily-total" rows for rolled-up days, then "break", "pain" and
 * "active-minutes" rows. Dates are the user's local dates; times stay ISO instants. CRLF line ends.
 */
export function toCsv(history: History, calendar: Calendar = systemCalendar): string {
  const rows: CsvRow[] = [];
  for (const total of history.daily) {
    rows.push({
      record: 'daily-total',
      date: total.date,
      postponed: total.postponed,
      pain_score: total.painAvg,
      active_minutes: total.activeMinutes,
      completed: total.completed,
      skipped: total.skipped,
      worked_through: total.workedThrough,
      natural: total.natural,
      quick: total.quick,
    });
  }
  for (const record of history.breaks) {
    rows.push({
      record: 'break',
      date: calendar.dateOf(new Date(record.at)),
      time: record.at,
      kind: record.kind,
      outcome: record.outcome,
      postponed: record.postponed,
      exercises: record.exercises.join(';'),
      pain_score: record.painScore,
      title: record.title,
    });
  }
  for (const checkIn of history.painCheckIns) {
    rows.push({
      record: 'pain',
      date: calendar.dateOf(new Date(checkIn.at)),
      time: checkIn.at,
      pain_score: checkIn.score,
    });
  }
  for (const date of Object.keys(history.activeMinutes).sort()) {
    rows.push({ record: 'active-minutes', date, active_minutes: history.activeMinutes[date] });
  }
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((row) => CSV_COLUMNS.map((column) => csvField(row[column])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** The whole history, readable and re-importable. */
export function toJson(history: History): string {
  return `${JSON.stringify(history, null, 2)}\n`;
}

/**
 * The history as stored: fields at their defaults (`postponed: 0`, `exercises: []`) are left out, which
 * saves about a fifth of the file; `normalizeHistory` fills them back in.
 */
export function compactForStorage(history: History): Record<string, unknown> {
  return {
    ...history,
    breaks: history.breaks.map(({ postponed, exercises, ...rest }) => ({
      ...rest,
      ...(postponed === 0 ? {} : { postponed }),
      ...(exercises.length === 0 ? {} : { exercises }),
    })),
  };
}

/** What the history file holds on disk: compact, since nobody edits it by hand and it is the big one. */
export function serializeHistory(history: History): string {
  return JSON.stringify(compactForStorage(history));
}
