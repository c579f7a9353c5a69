/**
 * Size of the history file after a simulated year (and two) of use, through the real roll-up and the
 * real on-disk serialisation. A workday has 8 micro and 2 long breaks with seeded random outcomes and
 * postpones, a couple of natural breaks, now and then a quick one, active minutes, and a pain check-in
 * after some long breaks. The file is rolled up daily, as the store does on every write.
 */
import { exercises } from '../src/shared/exercises';
import {
  addDays,
  emptyHistory,
  fixedOffsetCalendar,
  rollUp,
  serializeHistory,
  toCsv,
  type BreakRecord,
  type History,
} from '../src/shared/history';

export const goals = { historyKbAfterYear: 350, historyKbAfterTwoYears: 400 };

/** mulberry32: small, seeded, good enough to make the figures repeatable. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const calendar = fixedOffsetCalendar(60);
const ids = exercises.map((exercise) => exercise.id);

function simulate(days: number, random: () => number): History {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const start = '2024-01-01';
  let history = emptyHistory();
  for (let day = 0; day < days; day++) {
    const date = addDays(start, day);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const breaks: BreakRecord[] = [];
    const at = (minute: number): string =>
      new Date(Date.parse(`${date}T08:00:00Z`) + minute * 60_000).toISOString();
    for (let slot = 0; slot < 10; slot++) {
      const long = slot === 3 || slot === 8;
      const roll = random();
      const outcome = roll < 0.72 ? 'completed' : roll < 0.9 ? 'skipped' : 'worked-through';
      const record: BreakRecord = {
        at: at(slot * 45 + Math.floor(random() * 10)),
        kind: long ? 'long' : 'micro',
        outcome,
        postponed: random() < 0.2 ? 1 + Math.floor(random() * 2) : 0,
        exercises:
          outcome !== 'completed' ? [] : long ? [pick(ids), pick(ids), pick(ids), pick(ids)] : [pick(ids)],
      };
      if (long && outcome === 'completed' && random() < 0.5) record.painScore = Math.floor(random() * 7);
      breaks.push(record);
    }
    for (let n = 0; n < 2; n++) {
      breaks.push({
        at: at(Math.floor(random() * 480)),
        kind: 'natural',
        outcome: 'completed',
        postponed: 0,
        exercises: [],
      });
    }
    if (random() < 0.3) {
      breaks.push({
        at: at(Math.floor(random() * 480)),
        kind: 'quick',
        outcome: 'completed',
        postponed: 0,
        exercises: [pick(ids)],
      });
    }
    breaks.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    history = {
      ...history,
      breaks: [...history.breaks, ...breaks],
      activeMinutes: { ...history.activeMinutes, [date]: 300 + Math.floor(random() * 150) },
    };
    history = rollUp(history, date, calendar);
  }
  return history;
}

const kb = (text: string): number => Math.round((Buffer.byteLength(text, 'utf8') / 1024) * 10) / 10;

export async function run(): Promise<Record<string, number>> {
  const year = simulate(365, seeded(42));
  const twoYears = simulate(730, seeded(42));
  const started = performance.now();
  const rolled = rollUp(twoYears, addDays('2024-01-01', 730), calendar);
  const rollUpMs = Math.round((performance.now() - started) * 10) / 10;
  return {
    historyKbAfterYear: kb(serializeHistory(year)),
    historyKbAfterTwoYears: kb(serializeHistory(twoYears)),
    recentBreaksAfterTwoYears: twoYears.breaks.length,
    dailyTotalsAfterTwoYears: twoYears.daily.length,
    csvKbAfterTwoYears: kb(toCsv(rolled, calendar)),
    rollUpMsAfterTwoYears: rollUpMs,
  };
}
