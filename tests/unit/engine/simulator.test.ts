import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countWakeups } from '../../../src/main/engine/count-wakeups';
import { parseSimulationFile, type SimulationInput } from '../../../src/main/engine/sim-file';
import { runSimulation, toEventLine } from '../../../src/main/engine/simulator';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * These timelines were timed against a 30 s warning, the default before it became 60 s; they are
 * about how the simulator plays a timeline, so the warning is pinned where a file does not set one.
 */
function pinWarning(file: unknown): unknown {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return file;
  const { settings = {} } = file as { settings?: Record<string, unknown> };
  if (typeof settings !== 'object' || 'warning' in settings) return file;
  return { ...file, settings: { ...settings, warning: { seconds: 30 } } };
}

function simulate(file: unknown) {
  const parsed = parseSimulationFile(pinWarning(file));
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
      { at: 1815, type: 'natural-break', kind: 'long' },
    ]);
  });

  it("counts a sleep that outlasts a break as a natural break from the break's end, as a lock does", () => {
    const slept = simulate({ timeline: [{ active: 20.2 }, { suspend: 10 }, { active: 70 }] });
    const locked = simulate({ timeline: [{ active: 20.2 }, { lock: 10 }, { active: 70 }] });
    // From the break's end at 1240 s to the wake-up at 1812 s is 572 s asleep: more than a long break.
    expect(slept.slice(1, 4)).toEqual([
      { at: 1200, type: 'break-start', kind: 'micro' },
      { at: 1812, type: 'break-end', kind: 'micro', outcome: 'completed' },
      { at: 1812, type: 'natural-break', kind: 'long' },
    ]);
    // Afterwards the breaks come as after a lock of the same length.
    const after = (lines: typeof slept) => lines.filter((l) => l.at > 1812);
    expect(after(slept)).toEqual(after(locked));
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

describe('simulator: moments', () => {
  it('holds a break through a do-not-disturb stretch and brings it after the grace period', () => {
    expect(simulate({ timeline: [{ dnd: 30 }, { active: 5 }] })).toEqual([
      { at: 1170, type: 'deferred', kind: 'micro', reasons: ['dnd'] },
      // Do not disturb ends at 1800 s; 60 s of grace, then the usual 30 s warning.
      { at: 1860, type: 'warning', kind: 'micro' },
      { at: 1890, type: 'break-start', kind: 'micro' },
      { at: 1930, type: 'break-end', kind: 'micro', outcome: 'completed' },
    ]);
  });

  it('names each hold reason, and a change of reason', () => {
    const lines = simulate({
      settings: { moments: { maxDeferralMinutes: 240, pauseWhileApps: ['zoom'] } },
      timeline: [{ active: 19 }, { fullscreen: 1 }, { call: 1 }, { appRule: 1 }, { dnd: 1 }],
    });
    expect(lines.map((l) => [l.at, l.reasons])).toEqual([
      [1170, ['fullscreen']],
      [1200, ['call']],
      [1260, ['app-rule']],
      [1320, ['dnd']],
    ]);
  });

  it('holds nothing for a state the user switched off, as the app does', () => {
    const plain = simulate({ timeline: [{ active: 25 }] });
    expect(
      simulate({
        settings: { moments: { doNotDisturb: false, fullscreen: false, calls: false } },
        timeline: [{ dnd: 5 }, { fullscreen: 5 }, { call: 5 }, { active: 10 }],
      }),
    ).toEqual(plain);
    // App rules are on only while a list names an app.
    expect(simulate({ timeline: [{ appRule: 25 }] })).toEqual(plain);
    expect(
      simulate({ settings: { moments: { onlyWhileApps: ['code'] } }, timeline: [{ appRule: 25 }] })[0],
    ).toMatchObject({ type: 'deferred', reasons: ['app-rule'] });
  });

  it('offers a break held for maxDeferralMinutes as a notification', () => {
    expect(simulate({ timeline: [{ call: 60 }] })).toEqual([
      { at: 1170, type: 'deferred', kind: 'micro', reasons: ['call'] },
      { at: 2970, type: 'break-start', kind: 'micro', presentation: 'notification' },
      // The simulated user steps away for it; it ends by itself after its 40 s.
      { at: 3010, type: 'break-end', kind: 'micro', outcome: 'completed' },
    ]);
  });

  it('takes a held break naturally when the user locks the screen and leaves', () => {
    expect(simulate({ timeline: [{ dnd: 20 }, { lock: 3 }, { active: 1 }] })).toEqual([
      { at: 1170, type: 'deferred', kind: 'micro', reasons: ['dnd'] },
      { at: 1240, type: 'natural-break', kind: 'micro' },
    ]);
  });

  it('brings a held break after the grace period to a user who merely stopped typing', () => {
    // Idle below the threshold still counts as present (and active), as for any break.
    expect(simulate({ timeline: [{ dnd: 20 }, { idle: 3 }] }).map((l) => [l.at, l.type])).toEqual([
      [1170, 'deferred'],
      [1260, 'warning'],
      [1290, 'break-start'],
      [1330, 'break-end'],
    ]);
  });

  it('skips a held break', () => {
    expect(simulate({ timeline: [{ dnd: 20 }, { action: 'skip' }, { active: 1 }] })).toEqual([
      { at: 1170, type: 'deferred', kind: 'micro', reasons: ['dnd'] },
      { at: 1200, type: 'break-end', kind: 'micro', outcome: 'skipped' },
    ]);
  });

  it('lets the user type through the next break: worked through, once', () => {
    expect(simulate({ timeline: [{ typingDuringBreak: true }, { active: 25 }] })).toEqual([
      { at: 1170, type: 'warning', kind: 'micro' },
      { at: 1200, type: 'break-start', kind: 'micro' },
      { at: 1230, type: 'worked-through', kind: 'micro' },
      // Nobody closes the window: it ends after 40 s plus the 60 s grace.
      { at: 1300, type: 'break-end', kind: 'micro', outcome: 'worked-through' },
    ]);
  });

  it('lets the user give up on the running break and type on', () => {
    const lines = simulate({ timeline: [{ active: 20.1 }, { typingDuringBreak: true }, { active: 5 }] });
    expect(lines.slice(1)).toEqual([
      { at: 1200, type: 'break-start', kind: 'micro' },
      { at: 1230, type: 'worked-through', kind: 'micro' },
      { at: 1300, type: 'break-end', kind: 'micro', outcome: 'worked-through' },
    ]);
  });

  it('types through one break only; the next is taken as usual', () => {
    const lines = simulate({
      settings: { longBreak: { enabled: false } },
      timeline: [{ typingDuringBreak: true }, { active: 45 }],
    });
    expect(lines.filter((l) => l.type === 'break-end').map((l) => l.outcome)).toEqual([
      'worked-through',
      'completed',
    ]);
  });

  it('keeps the wake-ups of a held break at the idle poll', () => {
    const report = countWakeups(parsed({ timeline: [{ dnd: 180 }] }));
    expect(report.byState.active.perHour).toBeLessThanOrEqual(40);
  });

  it('rejects malformed moment entries, naming the field', () => {
    const result = parseSimulationFile({
      timeline: [{ dnd: 'long' }, { call: -5 }, { typingDuringBreak: false }, { appRule: 5, active: 1 }],
    });
    expect(result.ok ? [] : result.errors).toEqual([
      'timeline[0].dnd: must be a number of minutes, got "long"',
      'timeline[1].call: must be at least 0 minutes, got -5',
      'timeline[2].typingDuringBreak: must be true, got false',
      'timeline[3]: must have exactly one of "active", "idle", "lock", "suspend", "dnd", "fullscreen", "call", "appRule", "clockJump", "action", "typingDuringBreak" (found active, appRule)',
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
      'timeline[3].minutes: must be a number of minutes above 0 and at most 527040, got 0',
      'timeline[4]: must be an object like {"active": 10} or {"action": "skip"}',
      'timeline[5]: must have exactly one of "active", "idle", "lock", "suspend", "dnd", "fullscreen", "call", "appRule", "clockJump", "action", "typingDuringBreak" (found active, idle)',
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
          { dnd: 1 },
          { fullscreen: 1 },
          { call: 1 },
          { appRule: 1 },
          { typingDuringBreak: true },
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

  it('exits 2 and names the field for a malformed moment entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unhunch-sim-'));
    try {
      const file = join(dir, 'bad.json');
      writeFileSync(file, JSON.stringify({ timeline: [{ active: 5 }, { fullscreen: '10' }] }));
      const result = run(file);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('timeline[1].fullscreen: must be a number of minutes');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('prints the new event types and fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unhunch-sim-'));
    try {
      const file = join(dir, 'moments.json');
      writeFileSync(
        file,
        JSON.stringify({
          settings: { warning: { seconds: 30 } },
          timeline: [{ typingDuringBreak: true }, { call: 51 }],
        }),
      );
      const result = run(file);
      expect(result.status).toBe(0);
      expect(
        result.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as unknown),
      ).toEqual([
        { at: 1170, type: 'deferred', kind: 'micro', reasons: ['call'] },
        { at: 2970, type: 'break-start', kind: 'micro', presentation: 'notification' },
        { at: 3000, type: 'worked-through', kind: 'micro' },
        { at: 3010, type: 'break-end', kind: 'micro', outcome: 'worked-through' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('exits 2 for a missing file or missing argument', () => {
    expect(run('tests/sim/does-not-exist.json').status).toBe(2);
    expect(run().status).toBe(2);
  }, 30_000);
});

describe('skipping idle polls in the simulator', () => {
  const workingWeek = {
    settings: { workingHours: { enabled: true } },
    timeline: Array.from({ length: 7 }, () => [
      { active: 240 },
      { idle: 30 },
      { active: 100 },
      { lock: 20 },
      { active: 120 },
      { idle: 930 },
    ]).flat(),
  };
  const eventful = JSON.parse(readFileSync(`${root}tests/sim/example.json`, 'utf8')) as unknown;
  const awayForDays = { timeline: [{ active: 30 }, { idle: 3 * 24 * 60 }, { active: 30 }, { suspend: 600 }] };

  it.each([
    ['a working week with working hours', workingWeek],
    ['the example timeline (lock, suspend, clock jump, pause)', eventful],
    ['days away and a long suspend', awayForDays],
  ])('changes nothing in what happens or how often the engine wakes: %s', (_name, file) => {
    const input = parsed(file);
    const skipped = runSimulation(input);
    const every = runSimulation(input, {}, { skipIdlePolls: false });
    expect(skipped.events).toEqual(every.events);
    expect(skipped.wakeups).toEqual(every.wakeups);
    expect(skipped.timeMs).toEqual(every.timeMs);
  });
});
