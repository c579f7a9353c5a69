import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countWakeups } from '../../../src/main/engine/count-wakeups';
import { parseSimulationFile, type SimulationInput } from '../../../src/main/engine/sim-file';
import { runSimulation, toEventLine } from '../../../src/main/engine/simulator';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function simulate(file: unknown) {
  const parsed = parseSimulationFile(file);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return runSimulation(parsed.value).events.map(toEventLine);
}

function parsed(file: unknown): SimulationInput {
  const result = parseSimulationFile(file);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
}

describe('simulator core', () => {
  it('plays the example timeline', () => {
    const file: unknown = JSON.parse(readFileSync(`${root}tests/sim/example.json`, 'utf8'));
    expect(simulate(file)).toEqual([
      { at: 1770, type: 'warning', kind: 'micro' },
      { at: 1800, type: 'break-start', kind: 'micro' },
      { at: 1840, type: 'break-end', kind: 'micro', outcome: 'completed' },
      // Idle from 2700 s: noticed at the 120 s threshold, long break after 5 min.
      { at: 2820, type: 'natural-break', kind: 'micro' },
      { at: 3000, type: 'natural-break', kind: 'long' },
      // Lock and suspend continue the same absence; nothing is pending for postpone or skip.
      { at: 3960, type: 'postpone-refused' },
      { at: 3960, type: 'paused' },
      { at: 3960, type: 'resumed' },
      { at: 3960, type: 'quick-stretch' },
    ]);
  });

  it('lets a break inside an active segment take its time out of that segment', () => {
    const events = simulate({ settings: { longBreak: { enabled: false } }, timeline: [{ active: 41 }] });
    expect(events).toEqual([
      { at: 1170, type: 'warning', kind: 'micro' },
      { at: 1200, type: 'break-start', kind: 'micro' },
      { at: 1240, type: 'break-end', kind: 'micro', outcome: 'completed' },
      { at: 2410, type: 'warning', kind: 'micro' },
      { at: 2440, type: 'break-start', kind: 'micro' },
    ]);
  });

  it('takes the long break when both are due', () => {
    const events = simulate({
      settings: {
        microBreak: { everyMinutes: 30 },
        longBreak: { everyMinutes: 60 },
        warning: { seconds: 0 },
      },
      timeline: [{ active: 70 }],
    });
    expect(events.filter((e) => e.type === 'break-start')).toEqual([
      { at: 1800, type: 'break-start', kind: 'micro' },
      { at: 3640, type: 'break-start', kind: 'long' },
    ]);
  });

  it('applies postpone and skip to the break being warned about or running', () => {
    const file: unknown = JSON.parse(readFileSync(`${root}tests/sim/postpone-and-skip.json`, 'utf8'));
    expect(simulate(file).map((e) => [e.at, e.type, e.kind ?? e.outcome ?? ''])).toEqual([
      [1770, 'warning', 'micro'],
      [1800, 'break-start', 'micro'],
      [1800, 'postponed', 'micro'],
      [2070, 'warning', 'micro'],
      [2100, 'break-start', 'micro'],
      [2100, 'postpone-refused', 'micro'],
      [2100, 'break-end', 'micro'],
      [3870, 'warning', 'micro'],
      [3870, 'paused', ''],
      [5670, 'resumed', ''],
      [6270, 'quick-stretch', ''],
    ]);
  });

  it('ends a break that a suspend outlasted when the machine wakes', () => {
    const events = simulate({ settings: {}, timeline: [{ active: 20.25 }, { suspend: 10 }, { active: 1 }] });
    expect(events.slice(1)).toEqual([
      { at: 1200, type: 'break-start', kind: 'micro' },
      { at: 1815, type: 'break-end', kind: 'micro', outcome: 'completed' },
    ]);
  });

  it('ignores wall-clock jumps when scheduling', () => {
    const plain = simulate({ settings: {}, timeline: [{ active: 10 }, { active: 15 }] });
    const jumped = simulate({ settings: {}, timeline: [{ active: 10 }, { clockJump: -90 }, { active: 15 }] });
    const forward = simulate({
      settings: {},
      timeline: [{ active: 10 }, { clockJump: 600 }, { active: 15 }],
    });
    expect(jumped).toEqual(plain);
    expect(forward).toEqual(plain);
  });

  it('honours working hours and the wall-clock start', () => {
    const events = simulate({
      wallClockStart: '2025-01-06T16:50:00',
      settings: { workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } },
      timeline: [{ active: 60 }, { clockJump: 15 * 60 }, { active: 25 }],
    });
    // 10 min of work before 17:00; the jump lands at 08:50 the next day; 10 more minutes after 09:00.
    expect(events.map((e) => [e.at, e.type])).toEqual([
      [3600 + 600 + 570, 'warning'],
      [3600 + 600 + 600, 'break-start'],
      [3600 + 600 + 640, 'break-end'],
    ]);
  });
});

describe('simulator file validation', () => {
  const errorsOf = (file: unknown) => {
    const result = parseSimulationFile(file);
    return result.ok ? [] : result.errors;
  };

  it('names every bad field', () => {
    expect(
      errorsOf({
        settings: { microBreak: { everyMinutes: 0 }, nope: true },
        timeline: [
          { active: 'ten' },
          { idle: -1 },
          { action: 'jump' },
          { action: 'pause', minutes: 0 },
          5,
          { active: 1, idle: 2 },
        ],
        extra: 1,
      }),
    ).toEqual([
      'extra: unknown field',
      'settings.nope: is not a known setting',
      'settings.microBreak.everyMinutes: must be at least 1 min',
      'timeline[0].active: must be a number of minutes, got "ten"',
      'timeline[1].idle: must be at least 0 minutes, got -1',
      'timeline[2].action: must be one of "pause", "postpone", "skip", "complete", "resume", "quickStretch"; got "jump"',
      'timeline[3].minutes: must be a number of minutes above 0, got 0',
      'timeline[4]: must be an object like {"active": 10} or {"action": "skip"}',
      'timeline[5]: must have exactly one of "active", "idle", "lock", "suspend", "clockJump", "action" (found active, idle)',
    ]);
  });

  it('requires a timeline', () => {
    expect(errorsOf({ settings: {} })).toEqual(['timeline: must be an array of steps, got undefined']);
    expect(errorsOf([])).toEqual(['(root): must be an object with "settings" and "timeline"']);
  });

  it('accepts every documented step', () => {
    expect(
      errorsOf({
        timeline: [
          { active: 1 },
          { idle: 1 },
          { lock: 1 },
          { suspend: 1 },
          { clockJump: -30 },
          { action: 'postpone' },
          { action: 'skip' },
          { action: 'complete' },
          { action: 'pause', minutes: 60 },
          { action: 'pause', until: 'tomorrow' },
          { action: 'pause' },
          { action: 'resume' },
          { action: 'quickStretch' },
        ],
      }),
    ).toEqual([]);
  });
});

describe('countWakeups', () => {
  it('wakes at most once every 5 s while active, and far less while idle, locked or paused', () => {
    const report = countWakeups(
      parsed({
        settings: {},
        timeline: [
          { active: 120 },
          { idle: 60 },
          { lock: 60 },
          { active: 1 },
          { action: 'pause', minutes: 120 },
          { active: 120 },
          { suspend: 60 },
        ],
      }),
    );
    expect(report.byState.active.perHour).toBeLessThanOrEqual(720);
    expect(report.byState.active.perHour).toBeLessThanOrEqual(100);
    expect(report.byState.idle.perHour).toBeLessThanOrEqual(130);
    expect(report.byState.lock.perHour).toBeLessThanOrEqual(2);
    expect(report.byState.paused.perHour).toBeLessThanOrEqual(1);
    expect(report.byState.suspend.wakeups).toBe(0);
    expect(report.durationHours).toBeCloseTo(2 + 1 + 1 + 1 / 60 + 2 + 1, 5);
  });

  it('accepts the raw simulator file format and rejects a malformed one', () => {
    expect(countWakeups({ settings: {}, timeline: [{ active: 60 }] }).total).toBeGreaterThan(0);
    expect(() => countWakeups({ timeline: [{ active: 'x' }] })).toThrow('timeline[0].active');
  });
});

describe('simulate CLI', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/simulate.mjs', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: root },
    });

  it('prints one JSON object per event', () => {
    const result = run('tests/sim/example.json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(lines[0]).toEqual({ at: 1770, type: 'warning', kind: 'micro' });
    expect(lines[2]).toEqual({ at: 1840, type: 'break-end', kind: 'micro', outcome: 'completed' });
    expect(lines).toHaveLength(9);
  }, 30_000);

  it('exits 2 and names the bad field for a malformed file', () => {
    const result = run('tests/sim/malformed.json');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('settings.microBreak.everyMinutes');
    expect(result.stderr).toContain('timeline[1]');
  }, 30_000);

  it('exits 2 for a missing file or missing argument', () => {
    expect(run('tests/sim/does-not-exist.json').status).toBe(2);
    expect(run().status).toBe(2);
  }, 30_000);
});
