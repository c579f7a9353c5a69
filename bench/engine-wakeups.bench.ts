/**
 * How often the main process wakes, per hour of each state, over a simulated working day: every timer
 * of the break loop as the app wires it (engine, tray, history, detectors) counted as it fires
 * (`bench/main-loop.ts`). Goals from issue 19: ≤ 60 an active hour, ≤ 2 an idle minute, none while
 * paused (but the pause's own end) or suspended.
 */
import { LOOP_STATES, runMainLoop, type LoopState } from './main-loop';

export const goals = {
  activePerHour: 60,
  idlePerHour: 120,
  pausedPerHour: 0,
  suspendPerHour: 0,
};

const workday = [
  { active: 240 },
  { idle: 30 },
  { active: 95 },
  { lock: 45 },
  { active: 70 },
  { paused: 120 },
  { active: 60 },
  { suspend: 60 },
  { active: 30 },
];

export async function run(): Promise<Record<string, number>> {
  const report = await runMainLoop(workday);
  const hours = (state: LoopState): number => report.timeMs[state] / 3_600_000;
  const round = (value: number): number => Math.round(value * 10) / 10;
  const perHour = (state: LoopState): number =>
    hours(state) > 0 ? round(report.wakeups[state] / hours(state)) : 0;
  const total = LOOP_STATES.reduce((sum, state) => sum + report.wakeups[state], 0) + report.pauseEnds;
  return {
    activePerHour: perHour('active'),
    idlePerHour: perHour('idle'),
    pausedPerHour: perHour('paused'),
    pauseEnds: report.pauseEnds,
    suspendPerHour: perHour('suspend'),
    lockPerHour: perHour('lock'),
    breakPerHour: perHour('break'),
    // An hour at work with the breaks it brings: the active time and the breaks taken in it.
    activeWithBreaksPerHour: round(
      (report.wakeups.active + report.wakeups.break) / (hours('active') + hours('break')),
    ),
    totalOverDay: total,
    simulatedHours: round(LOOP_STATES.reduce((sum, state) => sum + hours(state), 0)),
    trayChanges: report.trayChanges,
    historyMinutes: round(report.historyMinutes),
    engineActiveMinutes: round(report.activeMinutes),
  };
}
