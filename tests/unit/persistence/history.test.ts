import { describe, expect, it } from 'vitest';
import {
  addDays,
  csvField,
  currentStreak,
  dailySeries,
  emptyHistory,
  fixedOffsetCalendar,
  normalizeHistory,
  painTrend,
  rollUp,
  toCsv,
  toJson,
  todaySummary,
  type BreakRecord,
  type History,
} from '../../../src/shared/history';

const utc = fixedOffsetCalendar(0);
const brk = (
  at: string,
  outcome: BreakRecord['outcome'] = 'completed',
  extra: Partial<BreakRecord> = {},
): BreakRecord => ({
  at,
  kind: 'micro',
  outcome,
  postponed: 0,
  exercises: ['chin-tuck'],
  ...extra,
});
const history = (parts: Partial<History>): History => ({ ...emptyHistory(), ...parts });

describe('calendar', () => {
  it('does date arithmetic across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -365)).toBe('2024-01-02');
  });

  it('puts an instant on the local date of the given offset', () => {
    const lateEvening = new Date('2025-03-04T23:30:00Z');
    expect(utc.dateOf(lateEvening)).toBe('2025-03-04');
    expect(fixedOffsetCalendar(60).dateOf(lateEvening)).toBe('2025-03-05');
    expect(fixedOffsetCalendar(-300).dateOf(new Date('2025-03-05T02:00:00Z'))).toBe('2025-03-04');
  });
});

describe('rollUp', () => {
  const today = '2025-06-30';
  const cutoff = addDays(today, -365); // 2024-06-30

  it('keeps a record exactly 365 days old and rolls up the day before', () => {
    const h = history({
      breaks: [
        brk(`${addDays(cutoff, -1)}T09:00:00Z`, 'completed', { kind: 'natural', postponed: 1 }),
        brk(`${addDays(cutoff, -1)}T10:00:00Z`, 'skipped', { painScore: 4 }),
        brk(`${addDays(cutoff, -1)}T11:00:00Z`, 'worked-through', { kind: 'quick', painScore: 6 }),
        brk(`${cutoff}T00:00:00Z`),
      ],
      activeMinutes: { [addDays(cutoff, -1)]: 300, [cutoff]: 200 },
      painCheckIns: [{ at: `${addDays(cutoff, -1)}T12:00:00Z`, score: 2 }],
    });
    const rolled = rollUp(h, today, utc);
    expect(rolled.breaks).toEqual([brk(`${cutoff}T00:00:00Z`)]);
    expect(rolled.activeMinutes).toEqual({ [cutoff]: 200 });
    expect(rolled.painCheckIns).toEqual([]);
    expect(rolled.daily).toEqual([
      {
        date: addDays(cutoff, -1),
        completed: 1,
        skipped: 1,
        workedThrough: 1,
        postponed: 1,
        natural: 1,
        quick: 1,
        activeMinutes: 300,
        painAvg: 4,
        painCount: 3,
      },
    ]);
  });

  it('uses local dates: a break late in the evening in UTC+2 belongs to the next day', () => {
    const h = history({ breaks: [brk(`${addDays(cutoff, -1)}T23:00:00Z`)] });
    expect(rollUp(h, today, utc).breaks).toHaveLength(0);
    expect(rollUp(h, today, fixedOffsetCalendar(120)).breaks).toHaveLength(1);
  });

  it('is idempotent and merges into an existing total for the same day', () => {
    const old = addDays(cutoff, -10);
    const h = history({
      breaks: [brk(`${old}T10:00:00Z`, 'completed', { painScore: 8 })],
      daily: [
        {
          date: old,
          completed: 2,
          skipped: 0,
          workedThrough: 0,
          postponed: 0,
          natural: 0,
          quick: 0,
          activeMinutes: 60,
          painAvg: 2,
          painCount: 1,
        },
      ],
    });
    const once = rollUp(h, today, utc);
    expect(once.daily).toEqual([
      {
        date: old,
        completed: 3,
        skipped: 0,
        workedThrough: 0,
        postponed: 0,
        natural: 0,
        quick: 0,
        activeMinutes: 60,
        painAvg: 5,
        painCount: 2,
      },
    ]);
    expect(rollUp(once, today, utc)).toEqual(once);
  });

  it('does not change its input', () => {
    const h = history({ breaks: [brk('2020-01-01T10:00:00Z')] });
    const copy = structuredClone(h);
    rollUp(h, today, utc);
    expect(h).toEqual(copy);
  });

  it('keeps the same totals after rolling up as before', () => {
    const h = history({
      breaks: [brk('2024-01-10T10:00:00Z'), brk('2024-01-10T11:00:00Z', 'skipped')],
      activeMinutes: { '2024-01-10': 400 },
    });
    const before = dailySeries(h, { now: new Date('2024-01-10T12:00:00Z'), days: 1, calendar: utc });
    const after = dailySeries(rollUp(h, today, utc), {
      now: new Date('2024-01-10T12:00:00Z'),
      days: 1,
      calendar: utc,
    });
    expect(after).toEqual(before);
  });
});

describe('progress', () => {
  const now = new Date('2025-03-10T15:00:00Z'); // a Monday
  const h = history({
    breaks: [
      brk('2025-03-10T09:00:00Z'),
      brk('2025-03-10T10:00:00Z', 'skipped', { postponed: 2 }),
      brk('2025-03-10T11:00:00Z', 'completed', { kind: 'natural' }),
      brk('2025-03-08T09:00:00Z'),
      brk('2025-03-05T09:00:00Z', 'skipped'),
    ],
    activeMinutes: { '2025-03-10': 185, '2025-03-07': 300 },
  });

  it("summarises today's breaks and active time", () => {
    expect(todaySummary(h, now, utc)).toEqual({
      date: '2025-03-10',
      breaks: 3,
      completed: 2,
      skipped: 1,
      workedThrough: 0,
      postponed: 2,
      natural: 1,
      quick: 0,
      activeMinutes: 185,
      painAverage: null,
    });
  });

  it('gives a full 7-day series with zeros for the gaps', () => {
    const series = dailySeries(h, { now, days: 7, calendar: utc });
    expect(series.map((d) => [d.date, d.completed, d.skipped, d.activeMinutes])).toEqual([
      ['2025-03-04', 0, 0, 0],
      ['2025-03-05', 0, 1, 0],
      ['2025-03-06', 0, 0, 0],
      ['2025-03-07', 0, 0, 300],
      ['2025-03-08', 1, 0, 0],
      ['2025-03-09', 0, 0, 0],
      ['2025-03-10', 2, 1, 185],
    ]);
    expect(dailySeries(emptyHistory(), { now, days: 30, calendar: utc })).toHaveLength(30);
  });

  it('includes rolled-up days in the series', () => {
    const rolled = rollUp(h, '2026-06-01', utc);
    expect(rolled.breaks).toEqual([]);
    expect(dailySeries(rolled, { now, days: 7, calendar: utc })).toEqual(
      dailySeries(h, { now, days: 7, calendar: utc }),
    );
  });
});

describe('currentStreak', () => {
  const days = (...dates: string[]) => history({ breaks: dates.map((date) => brk(`${date}T10:00:00Z`)) });
  const now = new Date('2025-03-10T08:00:00Z');

  it('counts consecutive days ending today', () => {
    expect(currentStreak(days('2025-03-08', '2025-03-09', '2025-03-10'), now, utc)).toEqual({
      days: 3,
      includesToday: true,
    });
  });

  it('is not broken by a today without a break yet', () => {
    expect(currentStreak(days('2025-03-08', '2025-03-09'), now, utc)).toEqual({
      days: 2,
      includesToday: false,
    });
  });

  it('is broken by a gap yesterday', () => {
    expect(currentStreak(days('2025-03-07', '2025-03-08', '2025-03-10'), now, utc)).toEqual({
      days: 1,
      includesToday: true,
    });
    expect(currentStreak(days('2025-03-07', '2025-03-08'), now, utc)).toEqual({
      days: 0,
      includesToday: false,
    });
  });

  it('counts only completed breaks', () => {
    const h = history({
      breaks: [brk('2025-03-09T10:00:00Z', 'skipped'), brk('2025-03-10T10:00:00Z', 'worked-through')],
    });
    expect(currentStreak(h, now, utc)).toEqual({ days: 0, includesToday: false });
    expect(currentStreak(emptyHistory(), now, utc)).toEqual({ days: 0, includesToday: false });
  });

  it('lets rest days pass without breaking it, and runs on into rolled-up days', () => {
    // Fri 7th and Mon 10th; the weekend is a rest day.
    expect(currentStreak(days('2025-03-06', '2025-03-07', '2025-03-10'), now, utc, [0, 6])).toEqual({
      days: 3,
      includesToday: true,
    });
    const long = days(...Array.from({ length: 400 }, (_, i) => addDays('2025-03-10', -i)));
    expect(currentStreak(rollUp(long, '2025-03-10', utc), now, utc).days).toBe(400);
  });
});

describe('painTrend', () => {
  it('gives gaps as null and a least-squares line', () => {
    const h = history({
      breaks: [brk('2025-03-01T10:00:00Z', 'completed', { painScore: 6 })],
      painCheckIns: [
        { at: '2025-03-03T10:00:00Z', score: 5 },
        { at: '2025-03-03T15:00:00Z', score: 3 },
        { at: '2025-03-05T10:00:00Z', score: 2 },
      ],
    });
    const trend = painTrend(h, { now: new Date('2025-03-05T20:00:00Z'), days: 5, calendar: utc });
    expect(trend.points).toEqual([
      { date: '2025-03-01', average: 6, count: 1 },
      { date: '2025-03-02', average: null, count: 0 },
      { date: '2025-03-03', average: 4, count: 2 },
      { date: '2025-03-04', average: null, count: 0 },
      { date: '2025-03-05', average: 2, count: 1 },
    ]);
    expect(trend.line).toEqual({ slopePerDay: -1, start: 6, end: 2 });
    expect(painTrend(emptyHistory(), { now: new Date(), days: 7 }).line).toBeNull();
  });
});

describe('export', () => {
  it('quotes CSV fields as RFC 4180 says and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(undefined)).toBe('');
  });

  it('writes a header and one row per record, CRLF-terminated', () => {
    const h = history({
      breaks: [
        brk('2025-03-04T23:30:00Z', 'completed', {
          exercises: ['chin-tuck', 'plank'],
          painScore: 3,
          postponed: 1,
        }),
      ],
      painCheckIns: [{ at: '2025-03-05T08:00:00Z', score: 2 }],
      activeMinutes: { '2025-03-05': 42.5 },
      daily: [
        {
          date: '2024-01-01',
          completed: 5,
          skipped: 1,
          workedThrough: 0,
          postponed: 2,
          natural: 1,
          quick: 0,
          activeMinutes: 300,
          painAvg: 4.5,
          painCount: 2,
        },
      ],
    });
    expect(toCsv(h, fixedOffsetCalendar(60)).split('\r\n')).toEqual([
      'record,date,time,kind,outcome,postponed,exercises,pain_score,active_minutes,completed,skipped,worked_through,natural,quick,title',
      'daily-total,2024-01-01,,,,2,,4.5,300,5,1,0,1,0,',
      'break,2025-03-05,2025-03-04T23:30:00Z,micro,completed,1,chin-tuck;plank,3,,,,,,,',
      'pain,2025-03-05,2025-03-05T08:00:00Z,,,,,2,,,,,,,',
      'active-minutes,2025-03-05,,,,,,,42.5,,,,,,',
      '',
    ]);
  });

  it('exports JSON that reads back as the same history', () => {
    const h = history({ breaks: [brk('2025-03-04T10:00:00Z')] });
    expect(normalizeHistory(JSON.parse(toJson(h)))).toEqual({ document: h, problems: [] });
  });
});

describe('normalizeHistory', () => {
  it('drops each bad record on its own, keeps and sorts the rest', () => {
    const { document, problems } = normalizeHistory({
      schemaVersion: 1,
      breaks: [
        brk('2025-03-05T10:00:00Z'),
        { at: 'yesterday', kind: 'micro', outcome: 'completed' },
        brk('2025-03-04T10:00:00Z'),
        { ...brk('2025-03-04T11:00:00Z'), painScore: 11 },
      ],
      activeMinutes: { '2025-03-04': 30, '2025-02-30': 10, '2025-03-05': -1 },
      painCheckIns: [{ at: '2025-03-04T10:00:00Z', score: 'bad' }],
      daily: 'nope',
    });
    expect(document.breaks.map((b) => b.at)).toEqual(['2025-03-04T10:00:00Z', '2025-03-05T10:00:00Z']);
    expect(document.activeMinutes).toEqual({ '2025-03-04': 30 });
    expect(problems.map((p) => p.path)).toEqual([
      'activeMinutes.2025-02-30',
      'activeMinutes.2025-03-05',
      'daily',
      'breaks.1',
      'breaks.3',
      'painCheckIns.0',
    ]);
  });

  it('fills in optional fields of a break', () => {
    const { document } = normalizeHistory({
      breaks: [{ at: '2025-03-04T10:00:00Z', kind: 'long', outcome: 'skipped' }],
    });
    expect(document.breaks).toEqual([
      { at: '2025-03-04T10:00:00Z', kind: 'long', outcome: 'skipped', postponed: 0, exercises: [] },
    ]);
  });
});
