import { describe, expect, it, vi } from 'vitest';
import { runMainLoop, type LoopDesktop } from '../../../bench/main-loop';
import type { EngineEvent, WakeTimer } from '../../../src/main/engine';
import { normalizeSettings, type Settings, type SettingsInput } from '../../../src/shared/settings';
import { TrackedLooks, ridingTimer, wakeWork } from '../../../src/main/wake-loop';

describe('ridingTimer', () => {
  it('starts the look before the engine handles its own wake-up, and runs the riders after it', () => {
    let armed: (() => void) | undefined;
    const inner: WakeTimer = { set: (_delay, onWake) => (armed = onWake), clear: () => (armed = undefined) };
    const order: string[] = [];
    const timer = ridingTimer(inner, {
      beforeWake: () => order.push('look'),
      afterWake: () => order.push('riders'),
    });
    timer.set(1000, () => order.push('engine'));
    expect(order).toEqual([]);
    armed?.();
    expect(order).toEqual(['look', 'engine', 'riders']);
    timer.clear();
    expect(armed).toBeUndefined();
  });
});

describe('wakeWork', () => {
  it('asks the detectors to look as the wake-up begins; after it, gives the history the active time the engine counted, follows the watch and refreshes the tray', () => {
    let activeMs = 5 * 60_000;
    const calls: string[] = [];
    const minutes: number[] = [];
    const work = wakeWork({
      engine: { activeTimeMs: () => activeMs },
      history: { addActiveMinutes: (m) => minutes.push(m) },
      coordinator: { updateWatch: (wake) => calls.push(`watch ${wake}`) },
      refreshTray: () => calls.push('tray'),
    });
    activeMs += 90_000;
    work.beforeWake();
    work.afterWake();
    expect(minutes).toEqual([1.5]);
    expect(calls).toEqual(['watch true', 'watch false', 'tray']);
    // A wake-up with no active time since (the user away, a break) adds nothing.
    work.afterWake();
    expect(minutes).toEqual([1.5]);
    activeMs += 20_000;
    work.recordActiveTime();
    expect(minutes).toEqual([1.5, 20_000 / 60_000]);
  });
});

describe('TrackedLooks', () => {
  const source = () => {
    const looks: { resolve: () => void }[] = [];
    let current: Promise<void> | undefined;
    return {
      looks,
      holdReasons: () => [] as const,
      watch: vi.fn(),
      refresh: () => {
        current ??= new Promise<void>((resolve) =>
          looks.push({
            resolve: () => {
              current = undefined;
              resolve();
            },
          }),
        );
        return current;
      },
    };
  };
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('is looking from the ask until the look lands, and reports each landing once, changed or not', async () => {
    const monitor = source();
    const landed = vi.fn();
    const looks = new TrackedLooks(monitor, landed);
    expect(looks.looking()).toBe(false);
    void looks.refresh();
    // The monitor's look already under way is the same look.
    void looks.refresh();
    expect(looks.looking()).toBe(true);
    expect(monitor.looks).toHaveLength(1);
    monitor.looks[0]!.resolve();
    await settle();
    expect(looks.looking()).toBe(false);
    expect(landed).toHaveBeenCalledTimes(1);
  });

  it('after quit, a look still under way lands on nobody', async () => {
    const monitor = source();
    const landed = vi.fn();
    const looks = new TrackedLooks(monitor, landed);
    void looks.refresh();
    looks.dispose();
    expect(looks.looking()).toBe(false);
    monitor.looks[0]!.resolve();
    await settle();
    expect(landed).not.toHaveBeenCalled();
  });
});

describe('the main-process loop', () => {
  it("fires no timer while paused but the pause's end, nor while suspended, and records every active minute", async () => {
    const report = await runMainLoop([
      { active: 50 },
      { paused: 90 },
      { active: 10 },
      { suspend: 120 },
      { active: 5 },
    ]);
    expect(report.pauseEnds).toBe(1);
    expect(report.wakeups.suspend).toBe(0);
    expect(report.wakeups.active).toBeGreaterThan(0);
    expect(report.historyMinutes).toBeCloseTo(report.activeMinutes, 6);
    // 65 minutes at the keyboard, less the two 40 s breaks taken in them.
    expect(report.activeMinutes).toBeCloseTo(65 - 80 / 60, 6);
  });
});

describe('the hold, judged on a look taken at the warning and at the break', () => {
  const MIN = 60_000;
  const SEC = 1000;
  const microOnly = (input: SettingsInput = {}): Settings => {
    const { settings, problems } = normalizeSettings({ longBreak: { enabled: false }, ...input });
    if (problems.length > 0) throw new Error(JSON.stringify(problems));
    return settings;
  };
  const desktopWith = (...detectors: LoopDesktop['detectors'][]): LoopDesktop => ({
    detectors: (world) => detectors.flatMap((make) => make(world)),
  });
  const brief = (events: EngineEvent[]) =>
    events.map((e) => [e.atMs / SEC, e.type, ...('reasons' in e ? [e.reasons] : [])]);

  it('holds the warning for a call that started 20 s before it, with no warning shown', async () => {
    // Default warning (60 s): at 19 min of a 20-minute interval; the call starts at 18:40.
    const callFrom = 19 * MIN - 20 * SEC;
    const report = await runMainLoop(
      [{ active: 25 }],
      microOnly(),
      desktopWith(({ nowMs }) => [{ reason: 'call', detect: async () => nowMs() >= callFrom }]),
    );
    expect(report.events.map((e) => e.type)).not.toContain('warning');
    expect(report.events[0]).toMatchObject({ type: 'deferred', kind: 'micro', reasons: ['call'] });
    expect(report.events[0]!.atMs).toBeGreaterThanOrEqual(19 * MIN);
    expect(report.events[0]!.atMs).toBeLessThan(19 * MIN + 10 * SEC);
  });

  it('keeps holding a break whose look at its start times out, on the older "holds" answer', async () => {
    // Warnings off: the break's start is its hold point. Do not disturb stays on throughout; the look
    // taken at the break (20 min) hangs for 30 s, well past the detectors' 2 s deadline.
    const dueMs = 20 * MIN;
    const report = await runMainLoop(
      [{ active: 26 }],
      microOnly({ warning: { seconds: 0 } }),
      desktopWith(({ nowMs, after }) => [
        {
          reason: 'dnd',
          detect: () =>
            nowMs() >= dueMs && nowMs() < dueMs + SEC
              ? new Promise((resolve) => after(30 * SEC, () => resolve(true)))
              : Promise.resolve(true),
        },
      ]),
    );
    expect(report.holdReasons).toEqual([['dnd']]);
    expect(brief(report.events)).toEqual([[expect.any(Number), 'deferred', ['dnd']]]);
  });

  it('still warns, and on time, when the look at the warning never settles', async () => {
    const hangFrom = 19 * MIN;
    const report = await runMainLoop(
      [{ active: 21 }],
      microOnly(),
      desktopWith(({ nowMs }) => [
        {
          reason: 'fullscreen',
          detect: () => (nowMs() >= hangFrom ? new Promise(() => {}) : Promise.resolve(false)),
        },
      ]),
    );
    const [warning, start] = report.events;
    expect(warning).toMatchObject({ type: 'warning', kind: 'micro' });
    // Within the detectors' own deadline (2 s), not the engine's longer one.
    expect(warning!.atMs).toBeGreaterThanOrEqual(hangFrom);
    expect(warning!.atMs).toBeLessThanOrEqual(hangFrom + 2 * SEC);
    expect(start).toMatchObject({ type: 'break-start', kind: 'micro' });
    expect(start!.atMs).toBeLessThanOrEqual(20 * MIN + 10 * SEC);
  });

  it('leaves the engine consistent when the user pauses while the look at the warning runs', async () => {
    const hangFrom = 19 * MIN;
    const report = await runMainLoop(
      // Paused half a second into the look at the warning (the detector answers after 1.5 s).
      [{ active: 19 + 0.5 / 60 }, { paused: 10 }, { active: 21 }],
      microOnly(),
      desktopWith(({ nowMs, after }) => [
        {
          reason: 'call',
          detect: () =>
            nowMs() >= hangFrom && nowMs() < hangFrom + SEC
              ? new Promise((resolve) => after(1500, () => resolve(false)))
              : Promise.resolve(false),
        },
      ]),
    );
    expect(report.pauseEnds).toBe(1);
    // No warning for the paused break; after the pause a fresh 20 minutes, warned at 19.
    expect(brief(report.events)).toEqual([
      [19 * 60 + 0.5, 'paused'],
      [29 * 60 + 0.5, 'resumed'],
      [48 * 60 + 0.5, 'warning'],
      [49 * 60 + 0.5, 'break-start'],
      [49 * 60 + 40.5, 'break-end'],
    ]);
  });
});
