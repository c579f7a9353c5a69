/** The progress window's figures, computed from the stored history. */
import {
  currentStreak,
  dailySeries,
  painTrend,
  systemCalendar,
  todaySummary,
  type Calendar,
  type History,
} from '../shared/history';
import type { ProgressView } from '../shared/ipc-contract';
import type { Settings, Weekday } from '../shared/settings';

const ALL_DAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/** Days the user does not work (per working hours) neither break nor extend a streak. */
function restDays(settings: Settings): Weekday[] {
  const { enabled, days } = settings.workingHours;
  return enabled ? ALL_DAYS.filter((day) => !days.includes(day)) : [];
}

export function progressView(
  history: History,
  options: { now: Date; days: 7 | 30; settings: Settings; painCheckIn: boolean; calendar?: Calendar },
): ProgressView {
  const { now, days, settings, painCheckIn, calendar = systemCalendar } = options;
  return {
    today: todaySummary(history, now, calendar),
    series: dailySeries(history, { now, days, calendar }),
    streak: currentStreak(history, now, calendar, restDays(settings)),
    pain: painTrend(history, { now, days, calendar }),
    painCheckIn,
  };
}
