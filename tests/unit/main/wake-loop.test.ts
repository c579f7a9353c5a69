import { describe, expect, it } from 'vitest';
import { runMainLoop } from '../../../bench/main-loop';
import type { WakeTimer } from '../../../src/main/engine';
import { ridingTimer, wakeWork } from '../../../src/main/wake-loop';

describe('ridingTimer', () => {
  it('runs the riders after the engine has handled its own wake-up, and only then', () => {
    let armed: (() => void) | undefined;
    const inner: WakeTimer = { set: (_delay, onWake) => (armed = onWake), clear: () => (armed = undefined) };
    const order: string[] = [];
    const timer = ridingTimer(inner, () => order.push('riders'));
    timer.set(1000, () => order.push('engine'));
    expect(order).toEqual([]);
    armed?.();
    expect(order).toEqual(['engine', 'riders']);
    timer.clear();
    expect(armed).toBeUndefined();
  });
});

describe('wakeWork', () => {
  it('gives the history the active time the engine counted since the last wake-up, then the detectors and the tray', () => {
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
    work.afterWake();
    expect(minutes).toEqual([1.5]);
    expect(calls).toEqual(['watch true', 'tray']);
    // A wake-up with no active time since (the user away, a break) adds nothing.
    work.afterWake();
    expect(minutes).toEqual([1.5]);
    activeMs += 20_000;
    work.recordActiveTime();
    expect(minutes).toEqual([1.5, 20_000 / 60_000]);
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
    expect(report.wakeups.paused).toBe(0);
    expect(report.pauseEnds).toBe(1);
    expect(report.wakeups.suspend).toBe(0);
    expect(report.wakeups.active).toBeGreaterThan(0);
    expect(report.historyMinutes).toBeCloseTo(report.activeMinutes, 6);
    // 65 minutes at the keyboard, less the two 40 s breaks taken in them.
    expect(report.activeMinutes).toBeCloseTo(65 - 80 / 60, 6);
  });
});
