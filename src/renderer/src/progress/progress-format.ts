/**
 * The words and numbers of the progress page: dates, counts, the streak and the pain trend. Pure, so the
 * chart's text alternatives can be tested against the same data the bars are drawn from; the texts come
 * from `t` and the dates and numbers are written the way `locale` writes them.
 */
import type { Translate } from '../../../shared/i18n/catalog';
import { formatDayMonth, formatFullDate, formatWeekdayShort } from '../../../shared/i18n/format';
import { formatNumber, joinSentences } from '../../../shared/i18n/message-format';
import type { DaySummary, PainTrend, Streak } from '../../../shared/history';

type T = Translate<'progress'>;

/** "YYYY-MM-DD" as a UTC date, so formatting never shifts it by the machine's time zone. */
function asDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Under a bar: the weekday for a week ("Mon"), the date for a month ("12 Mar"). */
export function axisLabel(locale: string, date: string, days: number): string {
  return days <= 7 ? formatWeekdayShort(locale, asDate(date)) : formatDayMonth(locale, asDate(date));
}

/** In tables and summaries: "Wednesday, 18 March 2026". */
export function longDate(locale: string, date: string): string {
  return formatFullDate(locale, asDate(date));
}

export function minutesText(t: T, minutes: number): string {
  return t('minutes', { count: Math.round(minutes) });
}

export function streakText(t: T, streak: Streak): string {
  if (streak.days === 0) return t('streakNone');
  return t(streak.includesToday ? 'streakToday' : 'streakNotToday', { count: streak.days });
}

/** Pain averages with one decimal, without a trailing ".0", with the locale's decimal sign. */
export function painValue(locale: string, value: number): string {
  return formatNumber(locale, Math.round(value * 10) / 10);
}

export interface SeriesTotals {
  completed: number;
  skipped: number;
  workedThrough: number;
  activeMinutes: number;
}

export function totals(series: readonly DaySummary[]): SeriesTotals {
  return series.reduce(
    (sum, day) => ({
      completed: sum.completed + day.completed,
      skipped: sum.skipped + day.skipped,
      workedThrough: sum.workedThrough + day.workedThrough,
      activeMinutes: sum.activeMinutes + day.activeMinutes,
    }),
    { completed: 0, skipped: 0, workedThrough: 0, activeMinutes: 0 },
  );
}

export function breaksSummary(t: T, series: readonly DaySummary[]): string {
  const sum = totals(series);
  return t('breaksSummary', { count: series.length, completed: sum.completed, skipped: sum.skipped });
}

export function minutesSummary(t: T, locale: string, series: readonly DaySummary[]): string {
  const sum = totals(series);
  const busiest = series.reduce<DaySummary | undefined>(
    (best, day) => (best === undefined || day.activeMinutes > best.activeMinutes ? day : best),
    undefined,
  );
  const summary = t('minutesSummary', {
    count: series.length,
    minutes: minutesText(t, sum.activeMinutes),
  });
  if (busiest === undefined || busiest.activeMinutes <= 0) return summary;
  const most = t('minutesMost', {
    minutes: minutesText(t, busiest.activeMinutes),
    date: longDate(locale, busiest.date),
  });
  return joinSentences([summary, most]);
}

/** The pain trend in words: which way it goes and by how much over the period. */
export function painSummary(t: T, locale: string, pain: PainTrend): string {
  const known = pain.points.filter((point) => point.average !== null);
  const days = pain.points.length;
  if (known.length === 0) return t('painNone', { count: days });
  const checkIns = t('checkIns', { count: known.reduce((sum, point) => sum + point.count, 0) });
  if (pain.line === null) {
    return t('painAverage', { count: days, checkIns, average: painValue(locale, known[0]!.average!) });
  }
  const change = pain.line.end - pain.line.start;
  const trend = Math.abs(change) < 0.5 ? 'trendLevel' : change < 0 ? 'trendEasing' : 'trendRising';
  const start = painValue(locale, pain.line.start);
  const end = painValue(locale, pain.line.end);
  return `${t('painCheckIns', { count: days, checkIns })} ${t(trend, { start, end })}`;
}

export type ExportFormat = 'csv' | 'json';

export function exportMessage(t: T, format: ExportFormat, path: string | null): string {
  return path === null ? t('exportCancelled') : t('exportSaved', { format: format.toUpperCase(), path });
}
