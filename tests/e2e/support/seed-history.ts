import { addDays, emptyHistory, type BreakRecord, type History } from '../../../src/shared/history';

/** "Now" for the seeded history: Wednesday 18 March 2026, mid-afternoon UTC (the fake's local time). */
export const NOW = '2026-03-18T15:00:00Z';
export const TODAY = '2026-03-18';

export interface SeedDay {
  /** Days before today (0 = today). */
  daysAgo: number;
  completed: number;
  skipped: number;
  workedThrough: number;
  activeMinutes: number;
  /** Pain check-ins that day. */
  pain?: number[];
}

/**
 * A month and a half of use: a four-day streak up to today (the day before it had no break), a busier
 * day ten days ago and one outside the 30-day window.
 */
export const SEED: readonly SeedDay[] = [
  { daysAgo: 0, completed: 3, skipped: 1, workedThrough: 1, activeMinutes: 95, pain: [3] },
  { daysAgo: 1, completed: 4, skipped: 0, workedThrough: 0, activeMinutes: 180, pain: [4] },
  { daysAgo: 2, completed: 2, skipped: 2, workedThrough: 0, activeMinutes: 120 },
  { daysAgo: 3, completed: 1, skipped: 0, workedThrough: 1, activeMinutes: 60, pain: [5, 6] },
  { daysAgo: 4, completed: 0, skipped: 2, workedThrough: 0, activeMinutes: 45 },
  { daysAgo: 5, completed: 5, skipped: 1, workedThrough: 0, activeMinutes: 200 },
  { daysAgo: 6, completed: 2, skipped: 0, workedThrough: 0, activeMinutes: 90, pain: [6] },
  { daysAgo: 10, completed: 6, skipped: 3, workedThrough: 2, activeMinutes: 240 },
  { daysAgo: 20, completed: 1, skipped: 0, workedThrough: 0, activeMinutes: 30 },
  { daysAgo: 40, completed: 9, skipped: 0, workedThrough: 0, activeMinutes: 300 },
];

export const seedDate = (daysAgo: number): string => addDays(TODAY, -daysAgo);

/** The seed as history records, one break every ten minutes from 09:00 UTC on each day. */
export function seededHistory(seed: readonly SeedDay[] = SEED): History {
  const history = emptyHistory();
  for (const day of [...seed].sort((a, b) => b.daysAgo - a.daysAgo)) {
    const date = seedDate(day.daysAgo);
    const outcomes: BreakRecord['outcome'][] = [
      ...Array<BreakRecord['outcome']>(day.completed).fill('completed'),
      ...Array<BreakRecord['outcome']>(day.skipped).fill('skipped'),
      ...Array<BreakRecord['outcome']>(day.workedThrough).fill('worked-through'),
    ];
    outcomes.forEach((outcome, index) => {
      const minutes = 9 * 60 + index * 10;
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      history.breaks.push({
        at: `${date}T${time}:00.000Z`,
        kind: 'micro',
        outcome,
        postponed: 0,
        exercises: [],
      });
    });
    history.activeMinutes[date] = day.activeMinutes;
    (day.pain ?? []).forEach((score, index) =>
      history.painCheckIns.push({ at: `${date}T${String(12 + index).padStart(2, '0')}:00:00.000Z`, score }),
    );
  }
  return history;
}
