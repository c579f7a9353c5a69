/**
 * The words and numbers of the progress page: dates, counts, the streak and the pain trend. Pure, so the
 * chart's text alternatives can be tested against the same data the bars are drawn from.
 */
import type { DaySummary, PainTrend, Streak } from '../../../shared/history';

const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;

/** "YYYY-MM-DD" as a UTC date, so formatting never shifts it by the machine's time zone. */
function asDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

const weekdayShort = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

/** Under a bar: the weekday for a week ("Mon"), the date for a month ("12 Mar"). */
export function axisLabel(date: string, days: number): string {
  return days <= 7 ? weekdayShort.format(asDate(date)) : dayMonth.format(asDate(date));
}

/** In tables and summaries: "Monday 12 March". */
export function longDate(date: string): string {
  return fullDate.format(asDate(date)).replace(',', '');
}

export function minutesText(minutes: number): string {
  return plural(Math.round(minutes), 'minute');
}

export function streakText(streak: Streak): string {
  if (streak.days === 0) return 'No streak yet. Complete a break to start one.';
  const days = `${plural(streak.days, 'day')} in a row`;
  return streak.includesToday
    ? `${days}, today included.`
    : `${days}. Complete a break today to keep it going.`;
}

/** Pain averages with one decimal, without a trailing ".0". */
export function painValue(value: number): string {
  return String(Math.round(value * 10) / 10);
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

export function breaksSummary(series: readonly DaySummary[]): string {
  const sum = totals(series);
  return `Last ${plural(series.length, 'day')}: ${sum.completed} completed, ${sum.skipped} skipped.`;
}

export function minutesSummary(series: readonly DaySummary[]): string {
  const sum = totals(series);
  const busiest = series.reduce<DaySummary | undefined>(
    (best, day) => (best === undefined || day.activeMinutes > best.activeMinutes ? day : best),
    undefined,
  );
  const most =
    busiest !== undefined && busiest.activeMinutes > 0
      ? ` The most was ${minutesText(busiest.activeMinutes)} on ${longDate(busiest.date)}.`
      : '';
  return `Last ${plural(series.length, 'day')}: ${minutesText(sum.activeMinutes)} active in all.${most}`;
}

/** The pain trend in words: which way it goes and by how much over the period. */
export function painSummary(pain: PainTrend): string {
  const known = pain.points.filter((point) => point.average !== null);
  const period = `the last ${plural(pain.points.length, 'day')}`;
  if (known.length === 0) return `No check-ins in ${period}.`;
  const checkIns = plural(
    known.reduce((sum, point) => sum + point.count, 0),
    'check-in',
  );
  if (pain.line === null) {
    return `${checkIns} in ${period}, averaging ${painValue(known[0]!.average!)} out of 10.`;
  }
  const change = pain.line.end - pain.line.start;
  const direction = Math.abs(change) < 0.5 ? 'about level' : change < 0 ? 'easing' : 'rising';
  return `${checkIns} in ${period}. The trend is ${direction}: from about ${painValue(
    pain.line.start,
  )} to ${painValue(pain.line.end)} out of 10.`;
}

export type ExportFormat = 'csv' | 'json';

export function exportMessage(format: ExportFormat, path: string | null): string {
  return path === null ? 'Export cancelled.' : `${format.toUpperCase()} saved to ${path}`;
}
