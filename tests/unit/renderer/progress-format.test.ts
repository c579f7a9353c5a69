import { describe, expect, it } from 'vitest';
import type { DaySummary, PainTrend } from '../../../src/shared/history';
import { englishText } from '../../../src/shared/i18n/english';
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

const t = englishText('progress');

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
    expect(axisLabel('en', '2026-03-18', 7)).toBe('Wed');
    expect(axisLabel('en', '2026-03-18', 30)).toBe('Mar 18');
    expect(longDate('en', '2026-03-18')).toBe('Wednesday, March 18, 2026');
    expect(longDate('en', '2026-01-01')).toBe('Thursday, January 1, 2026');
  });

  it('writes dates and numbers the locale’s way', () => {
    expect(axisLabel('de', '2026-03-18', 7)).toBe('Mi');
    expect(axisLabel('de', '2026-03-18', 30)).toBe('18. März');
    expect(longDate('de', '2026-03-18')).toBe('Mittwoch, 18. März 2026');
    expect(longDate('ja', '2026-03-18')).toBe('2026年3月18日水曜日');
    expect(painValue('de', 5.55)).toBe('5,6');
    expect(painValue('fr', 5.5)).toBe('5,5');
  });

  it('counts minutes in words', () => {
    expect(minutesText(t, 1)).toBe('1 minute');
    expect(minutesText(t, 0)).toBe('0 minutes');
    expect(minutesText(t, 89.6)).toBe('90 minutes');
    expect(minutesText(t, 1060)).toBe('1,060 minutes');
  });

  it('describes the streak', () => {
    expect(streakText(t, { days: 0, includesToday: false })).toBe(
      'No streak yet. Complete a break to start one.',
    );
    expect(streakText(t, { days: 1, includesToday: true })).toBe('1 day in a row, today included.');
    expect(streakText(t, { days: 1, includesToday: false })).toBe(
      '1 day in a row. Complete a break today to keep it going.',
    );
    expect(streakText(t, { days: 5, includesToday: false })).toBe(
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
    expect(breaksSummary(t, series)).toBe('Last 3 days: 6 completed, 4 skipped.');
    expect(minutesSummary(t, 'en', series)).toBe(
      'Last 3 days: 165 minutes active in all. The most was 120 minutes on Tuesday, March 17, 2026.',
    );
    expect(minutesSummary(t, 'en', [day('2026-03-18')])).toBe('Last 1 day: 0 minutes active in all.');
  });

  it('describes the pain trend', () => {
    const points = (values: (number | null)[]): PainTrend['points'] =>
      values.map((average, index) => ({
        date: `2026-03-1${index}`,
        average,
        count: average === null ? 0 : 1,
      }));
    expect(painSummary(t, 'en', { points: points([null, null]), line: null })).toBe(
      'No check-ins in the last 2 days.',
    );
    expect(painSummary(t, 'en', { points: points([null, 4]), line: null })).toBe(
      '1 check-in in the last 2 days, averaging 4 out of 10.',
    );
    expect(
      painSummary(t, 'en', {
        points: points([6, 5, 3]),
        line: { slopePerDay: -1.5, start: 6.17, end: 3.17 },
      }),
    ).toBe('3 check-ins in the last 3 days. The trend is easing: from about 6.2 to 3.2 out of 10.');
    expect(
      painSummary(t, 'en', { points: points([3, 5]), line: { slopePerDay: 2, start: 3, end: 5 } }),
    ).toContain('The trend is rising');
    expect(
      painSummary(t, 'en', { points: points([3, 3.2]), line: { slopePerDay: 0.2, start: 3, end: 3.2 } }),
    ).toContain('The trend is about level');
    expect(painValue('en', 5.5)).toBe('5.5');
    expect(painValue('en', 4)).toBe('4');
    expect(painValue('en', 3.333)).toBe('3.3');
  });

  it('says where an export went', () => {
    expect(exportMessage(t, 'csv', '/home/a/history.csv')).toBe('CSV saved to /home/a/history.csv');
    expect(exportMessage(t, 'json', null)).toBe('Export cancelled.');
  });
});
