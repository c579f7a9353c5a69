import { describe, expect, it } from 'vitest';
import type { DaySummary, PainTrend } from '../../../src/shared/history';
import {
  axisLabel,
  breaksSummary,
  exportMessage,
  longDate,
  minutesSummary,
  minutesText,
  painSummary,
  painValue,
  streakText,
  totals,
} from '../../../src/renderer/src/progress/progress-format';

function day(date: string, fields: Partial<DaySummary> = {}): DaySummary {
  return {
    date,
    breaks: 0,
    completed: 0,
    skipped: 0,
    workedThrough: 0,
    postponed: 0,
    natural: 0,
    quick: 0,
    activeMinutes: 0,
    painAverage: null,
    ...fields,
  };
}

describe('progress text', () => {
  it('formats dates without shifting them by time zone', () => {
    expect(axisLabel('2026-03-18', 7)).toBe('Wed');
    expect(axisLabel('2026-03-18', 30)).toBe('18 Mar');
    expect(longDate('2026-03-18')).toBe('Wednesday 18 March');
    expect(longDate('2026-01-01')).toBe('Thursday 1 January');
  });

  it('counts minutes in words', () => {
    expect(minutesText(1)).toBe('1 minute');
    expect(minutesText(0)).toBe('0 minutes');
    expect(minutesText(89.6)).toBe('90 minutes');
  });

  it('describes the streak', () => {
    expect(streakText({ days: 0, includesToday: false })).toBe(
      'No streak yet. Complete a break to start one.',
    );
    expect(streakText({ days: 1, includesToday: true })).toBe('1 day in a row, today included.');
    expect(streakText({ days: 5, includesToday: false })).toBe(
      '5 days in a row. Complete a break today to keep it going.',
    );
  });

  it('sums and summarises a series', () => {
    const series = [
      day('2026-03-16', { completed: 2, skipped: 1, activeMinutes: 30 }),
      day('2026-03-17', { completed: 4, workedThrough: 2, activeMinutes: 120 }),
      day('2026-03-18', { skipped: 3, activeMinutes: 15 }),
    ];
    expect(totals(series)).toEqual({ completed: 6, skipped: 4, workedThrough: 2, activeMinutes: 165 });
    expect(breaksSummary(series)).toBe('Last 3 days: 6 completed, 4 skipped.');
    expect(minutesSummary(series)).toBe(
      'Last 3 days: 165 minutes active in all. The most was 120 minutes on Tuesday 17 March.',
    );
    expect(minutesSummary([day('2026-03-18')])).toBe('Last 1 day: 0 minutes active in all.');
  });

  it('describes the pain trend', () => {
    const points = (values: (number | null)[]): PainTrend['points'] =>
      values.map((average, index) => ({
        date: `2026-03-1${index}`,
        average,
        count: average === null ? 0 : 1,
      }));
    expect(painSummary({ points: points([null, null]), line: null })).toBe(
      'No check-ins in the last 2 days.',
    );
    expect(painSummary({ points: points([null, 4]), line: null })).toBe(
      '1 check-in in the last 2 days, averaging 4 out of 10.',
    );
    expect(
      painSummary({ points: points([6, 5, 3]), line: { slopePerDay: -1.5, start: 6.17, end: 3.17 } }),
    ).toBe('3 check-ins in the last 3 days. The trend is easing: from about 6.2 to 3.2 out of 10.');
    expect(painSummary({ points: points([3, 5]), line: { slopePerDay: 2, start: 3, end: 5 } })).toContain(
      'The trend is rising',
    );
    expect(
      painSummary({ points: points([3, 3.2]), line: { slopePerDay: 0.2, start: 3, end: 3.2 } }),
    ).toContain('The trend is about level');
    expect(painValue(5.5)).toBe('5.5');
    expect(painValue(4)).toBe('4');
    expect(painValue(3.333)).toBe('3.3');
  });

  it('says where an export went', () => {
    expect(exportMessage('csv', '/home/a/history.csv')).toBe('CSV saved to /home/a/history.csv');
    expect(exportMessage('json', null)).toBe('Export cancelled.');
  });
});
