/**
 * How often the break engine wakes the main process, per hour of each state, over a simulated working
 * day. The goal from the issue: at most one wake-up every 5 s while active (720 an hour), far fewer while
 * idle or paused. The tray's once-a-minute countdown refresh (only while counting) comes on top: 60/h.
 */
import { countWakeups } from '../src/main/engine';

export const goals = { activePerHour: 720, idlePerHour: 120, pausedPerHour: 12, lockPerHour: 12 };

const workday = {
  timeline: [
    { active: 95 },
    { idle: 12 },
    { active: 70 },
    { lock: 45 },
    { active: 120 },
    { action: 'pause', minutes: 120 },
    { active: 120 },
    { action: 'resume' },
    { active: 60 },
    { suspend: 60 },
    { active: 30 },
    { action: 'pause' },
    { active: 60 },
  ],
};

export async function run(): Promise<Record<string, number>> {
  const report = countWakeups(workday);
  const perHour = (state: keyof typeof report.byState) => Math.round(report.byState[state].perHour * 10) / 10;
  return {
    activePerHour: perHour('active'),
    idlePerHour: perHour('idle'),
    pausedPerHour: perHour('paused'),
    lockPerHour: perHour('lock'),
    suspendPerHour: perHour('suspend'),
    totalOverDay: report.total,
    simulatedHours: Math.round(report.durationHours * 10) / 10,
  };
}
