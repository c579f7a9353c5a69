/**
 * Wake-up benchmark: how often the engine would wake the main process, per hour of each state, when
 * the given timeline is played through the simulator.
 */
import type { EngineOptions } from './engine';
import { parseSimulationFile, type SimulationInput } from './sim-file';
import { runSimulation, type SimCategory } from './simulator';

export interface WakeupStats {
  wakeups: number;
  hours: number;
  /** Wake-ups per hour spent in this state; 0 when no time was spent in it. */
  perHour: number;
}

export interface WakeupReport {
  total: number;
  durationHours: number;
  byState: Record<SimCategory, WakeupStats>;
}

/**
 * Accepts a parsed `SimulationInput` or the raw JSON of a simulator file (same format as
 * `npm run simulate`); throws with the field-level errors if the file is malformed.
 */
export function countWakeups(
  timeline: SimulationInput | unknown,
  options: Partial<EngineOptions> = {},
): WakeupReport {
  const input = isSimulationInput(timeline) ? timeline : parseOrThrow(timeline);
  const result = runSimulation(input, options);
  const categories: SimCategory[] = ['active', 'idle', 'lock', 'suspend', 'paused', 'break'];
  const byState = {} as Record<SimCategory, WakeupStats>;
  for (const category of categories) {
    const wakeups = result.wakeups[category];
    const hours = result.timeMs[category] / 3_600_000;
    byState[category] = { wakeups, hours, perHour: hours > 0 ? wakeups / hours : 0 };
  }
  const total = categories.reduce((sum, category) => sum + result.wakeups[category], 0);
  return { total, durationHours: result.durationMs / 3_600_000, byState };
}

function isSimulationInput(value: unknown): value is SimulationInput {
  return (
    typeof value === 'object' &&
    value !== null &&
    'wallClockStartMs' in value &&
    Array.isArray((value as { timeline?: unknown }).timeline)
  );
}

function parseOrThrow(raw: unknown): SimulationInput {
  const parsed = parseSimulationFile(raw);
  if (!parsed.ok) throw new Error(`invalid timeline:\n${parsed.errors.join('\n')}`);
  return parsed.value;
}
