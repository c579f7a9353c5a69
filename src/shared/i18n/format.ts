/**
 * Dates, times, durations and lists in the user's locale, through `Intl` only: no view formats a date by
 * hand or names a locale of its own.
 */
import { intlCache, intlLocale } from './message-format';

type Cache<T> = Map<string, T>;
const caches = new Map<string, Cache<unknown>>();

function cached<T>(kind: string, locale: string, make: (locale: string) => T): T {
  let cache = caches.get(kind) as Cache<T> | undefined;
  if (!cache) caches.set(kind, (cache = intlCache<unknown>() as Cache<T>));
  let value = cache.get(locale);
  if (value === undefined) cache.set(locale, (value = make(intlLocale(locale))));
  return value;
}

const dateTime = (kind: string, options: Intl.DateTimeFormatOptions) => (locale: string) =>
  cached(kind, locale, (l) => new Intl.DateTimeFormat(l, options));

/** "14:30" or "2:30 PM", as the locale writes a clock time. */
export const formatClock = (locale: string, date: Date): string =>
  dateTime('clock', { timeStyle: 'short' })(locale).format(date);

/** "Mon 3 Nov" style, for a day in a list (calendar days are UTC midnights in our history). */
export const formatDay = (locale: string, date: Date): string =>
  dateTime('day', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })(locale).format(date);

/** "3 Nov" style, for a chart's axis. */
export const formatDayMonth = (locale: string, date: Date): string =>
  dateTime('dayMonth', { day: 'numeric', month: 'short', timeZone: 'UTC' })(locale).format(date);

/** "Mon" style. */
export const formatWeekdayShort = (locale: string, date: Date): string =>
  dateTime('weekdayShort', { weekday: 'short', timeZone: 'UTC' })(locale).format(date);

/** "Monday" style, for settings and screen readers. */
export const formatWeekdayLong = (locale: string, date: Date): string =>
  dateTime('weekdayLong', { weekday: 'long', timeZone: 'UTC' })(locale).format(date);

/** "Monday, 3 November 2026" style. */
export const formatFullDate = (locale: string, date: Date): string =>
  dateTime('fullDate', { dateStyle: 'full', timeZone: 'UTC' })(locale).format(date);

/** A date and time for an export or a notice: "3 Nov 2026, 14:30". */
export const formatDateTime = (locale: string, date: Date): string =>
  dateTime('dateTime', { dateStyle: 'medium', timeStyle: 'short' })(locale).format(date);

const unit = (u: 'second' | 'minute' | 'hour', display: 'long' | 'short' | 'narrow') => (locale: string) =>
  cached(
    `${u}-${display}`,
    locale,
    (l) => new Intl.NumberFormat(l, { style: 'unit', unit: u, unitDisplay: display }),
  );

/**
 * A length of time in words: "1 hour 5 minutes", "45 seconds"; `short` gives "1 hr, 5 min". Seconds are
 * dropped once there are hours, as nobody reads them there.
 */
export function formatDuration(
  locale: string,
  totalSeconds: number,
  display: 'long' | 'short' = 'long',
): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const parts = [
    ...(h > 0 ? [unit('hour', display)(locale).format(h)] : []),
    ...(m > 0 ? [unit('minute', display)(locale).format(m)] : []),
    ...(h === 0 && (s > 0 || m === 0) ? [unit('second', display)(locale).format(s)] : []),
  ];
  return formatList(locale, parts, 'unit');
}

/** "a, b and c" in the locale's words. */
export const formatList = (
  locale: string,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction',
): string =>
  cached(`list-${type}`, locale, (l) => new Intl.ListFormat(l, { type, style: 'long' })).format(items);

/** Compares two names the way the locale sorts them, for the library's lists. */
export const compareText = (locale: string, a: string, b: string): number =>
  cached('collator', locale, (l) => new Intl.Collator(l, { sensitivity: 'base' })).compare(a, b);
