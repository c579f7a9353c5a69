import { describe, expect, it, vi } from 'vitest';
import type { HoldReason } from '../../../src/main/engine/moment';
import { reasonEnabled } from '../../../src/main/engine/moment';
import { MomentMonitor } from '../../../src/main/moments/moment-monitor';
import type { Detector, DetectorAnswer, MomentSettings } from '../../../src/main/moments/ports';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { fakeTimer, settle } from './fakes';

const defaults: MomentSettings = DEFAULT_SETTINGS.moments;

/** A detector whose calls stay pending until the test answers them. */
function controlled(reason: HoldReason) {
  const pending: ((answer: DetectorAnswer) => void)[] = [];
  const detect = vi.fn(() => new Promise<DetectorAnswer>((resolve) => pending.push(resolve)));
  return {
    detector: { reason, detect } satisfies Detector,
    detect,
    pendingCalls: () => pending.length,
    async answer(value: DetectorAnswer) {
      pending.shift()?.(value);
      await settle();
    },
  };
}

/** A detector that answers at once with whatever `value` currently is. */
function fixed(reason: HoldReason, initial: DetectorAnswer) {
  let value = initial;
  const detect = vi.fn(async () => value);
  return {
    detector: { reason, detect } satisfies Detector,
    detect,
    set(next: DetectorAnswer) {
      value = next;
    },
  };
}

function monitorWith(
  detectors: Detector[],
  settings: Partial<MomentSettings> = {},
  timing: { pollMs?: number; timeoutMs?: number; keepAnswerMs?: number } = {},
) {
  const timer = fakeTimer();
  const log = vi.fn();
  const monitor = new MomentMonitor({
    detectors,
    settings: { ...defaults, ...settings },
    timer,
    nowMs: timer.now,
    log,
    ...timing,
  });
  const changes: (readonly HoldReason[])[] = [];
  monitor.onChange((reasons) => changes.push(reasons));
  return { monitor, timer, log, changes };
}

describe('reasonEnabled', () => {
  it('maps each reason to its setting; app rules are on when either list has an app', () => {
    const off = { ...defaults, doNotDisturb: false, fullscreen: false, calls: false };
    expect(['dnd', 'fullscreen', 'call', 'app-rule'].map((r) => reasonEnabled(r as HoldReason, off))).toEqual(
      [false, false, false, false],
    );
    expect(reasonEnabled('dnd', defaults)).toBe(true);
    expect(reasonEnabled('fullscreen', defaults)).toBe(true);
    expect(reasonEnabled('call', defaults)).toBe(true);
    expect(reasonEnabled('app-rule', { ...defaults, pauseWhileApps: ['zoom'] })).toBe(true);
    expect(reasonEnabled('app-rule', { ...defaults, onlyWhileApps: ['code'] })).toBe(true);
  });
});

describe('MomentMonitor caching and change events', () => {
  it('answers from the cache: reading holdReasons never calls a detector', async () => {
    const dnd = fixed('dnd', true);
    const { monitor } = monitorWith([dnd.detector]);
    expect(monitor.holdReasons()).toEqual([]);
    await monitor.refresh();
    expect(dnd.detect).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i += 1) expect(monitor.holdReasons()).toEqual(['dnd']);
    expect(dnd.detect).toHaveBeenCalledTimes(1);
  });

  it('holds only for reasons that answered true; false and unknown do not hold', async () => {
    const { monitor } = monitorWith([
      fixed('dnd', false).detector,
      fixed('fullscreen', 'unknown').detector,
      fixed('call', true).detector,
    ]);
    await monitor.refresh();
    expect(monitor.holdReasons()).toEqual(['call']);
  });

  it('fires onChange only when the set of reasons changes', async () => {
    const dnd = fixed('dnd', true);
    const call = fixed('call', false);
    const { monitor, changes } = monitorWith([dnd.detector, call.detector]);
    await monitor.refresh();
    await monitor.refresh();
    expect(changes).toEqual([['dnd']]);
    call.set(true);
    await monitor.refresh();
    // (false: an 'unknown' would keep the recent true, see "keeps the last definite answer" below)
    dnd.set(false);
    await monitor.refresh();
    await monitor.refresh();
    expect(changes).toEqual([['dnd'], ['dnd', 'call'], ['call']]);
  });

  it('stops notifying an unsubscribed listener, and logs a listener that throws', async () => {
    const dnd = fixed('dnd', true);
    const { monitor, log, changes } = monitorWith([dnd.detector]);
    const unsubscribe = monitor.onChange(() => {
      throw new Error('listener bug');
    });
    await monitor.refresh();
    expect(changes).toEqual([['dnd']]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('listener threw'), expect.any(Error));
    unsubscribe();
    log.mockClear();
    dnd.set(false);
    await monitor.refresh();
    expect(log).not.toHaveBeenCalled();
  });
});

describe('MomentMonitor settings', () => {
  it('does not call a detector whose setting is off, and does not hold for it', async () => {
    const dnd = fixed('dnd', true);
    const fullscreen = fixed('fullscreen', true);
    const { monitor } = monitorWith([dnd.detector, fullscreen.detector], { doNotDisturb: false });
    await monitor.refresh();
    expect(dnd.detect).not.toHaveBeenCalled();
    expect(monitor.holdReasons()).toEqual(['fullscreen']);
  });

  it('turning a setting off drops its reason at once, with a change event', async () => {
    const { monitor, changes } = monitorWith([fixed('fullscreen', true).detector]);
    await monitor.refresh();
    monitor.updateSettings({ ...defaults, fullscreen: false });
    expect(monitor.holdReasons()).toEqual([]);
    expect(changes).toEqual([['fullscreen'], []]);
  });

  it('turning a setting back on does not revive the answer from before', async () => {
    const fullscreen = fixed('fullscreen', true);
    const { monitor } = monitorWith([fullscreen.detector]);
    await monitor.refresh();
    monitor.updateSettings({ ...defaults, fullscreen: false });
    monitor.updateSettings({ ...defaults, fullscreen: true });
    expect(monitor.holdReasons()).toEqual([]);
    await monitor.refresh();
    expect(monitor.holdReasons()).toEqual(['fullscreen']);
  });

  it('runs app rules only when a list has an app, and forgets their answer when the lists change', async () => {
    const appRule = fixed('app-rule', true);
    const { monitor } = monitorWith([appRule.detector]);
    await monitor.refresh();
    expect(appRule.detect).not.toHaveBeenCalled();

    monitor.updateSettings({ ...defaults, pauseWhileApps: ['zoom'] });
    await monitor.refresh();
    expect(monitor.holdReasons()).toEqual(['app-rule']);

    monitor.updateSettings({ ...defaults, pauseWhileApps: ['obs'] });
    expect(monitor.holdReasons()).toEqual([]);
  });

  it('ignores changes to settings no detector depends on', async () => {
    const { monitor, changes } = monitorWith([fixed('dnd', true).detector]);
    await monitor.refresh();
    monitor.updateSettings({ ...defaults, graceSeconds: 5, maxDeferralMinutes: 10 });
    expect(monitor.holdReasons()).toEqual(['dnd']);
    expect(changes).toEqual([['dnd']]);
  });

  it('drops answers asked under old settings and asks again while watching', async () => {
    const appRule = controlled('app-rule');
    const { monitor } = monitorWith([appRule.detector], { pauseWhileApps: ['zoom'] });
    monitor.watch(true);
    expect(appRule.detect).toHaveBeenCalledTimes(1);
    monitor.updateSettings({ ...defaults, pauseWhileApps: ['obs'] });
    // The answer for ['zoom'] arrives after the change: it must not count.
    await appRule.answer(true);
    expect(monitor.holdReasons()).toEqual([]);
    expect(appRule.detect).toHaveBeenCalledTimes(2);
    await appRule.answer(true);
    expect(monitor.holdReasons()).toEqual(['app-rule']);
  });
});

describe('MomentMonitor watching', () => {
  it('does no work at all while not watching', async () => {
    const dnd = fixed('dnd', true);
    const { timer } = monitorWith([dnd.detector]);
    await timer.advance(60 * 60_000);
    expect(dnd.detect).not.toHaveBeenCalled();
    expect(timer.pending()).toBe(0);
  });

  it('refreshes at once when watching starts, then every 10 s, and stops when it ends', async () => {
    const dnd = fixed('dnd', true);
    const { monitor, timer, changes } = monitorWith([dnd.detector]);
    monitor.watch(true);
    await settle();
    expect(dnd.detect).toHaveBeenCalledTimes(1);
    expect(monitor.holdReasons()).toEqual(['dnd']);

    await timer.advance(9_999);
    expect(dnd.detect).toHaveBeenCalledTimes(1);
    await timer.advance(1);
    expect(dnd.detect).toHaveBeenCalledTimes(2);
    await timer.advance(30_000);
    expect(dnd.detect).toHaveBeenCalledTimes(5);

    monitor.watch(false);
    // Nobody keeps the answers current any more, so they must not hold a later break.
    expect(monitor.holdReasons()).toEqual([]);
    expect(changes).toEqual([['dnd'], []]);
    expect(timer.pending()).toBe(0);
    await timer.advance(60_000);
    expect(dnd.detect).toHaveBeenCalledTimes(5);
  });

  it('asks only the named reasons again while narrowed, keeping the others, and everything when widened', async () => {
    const dnd = fixed('dnd', true);
    const appRule = fixed('app-rule', true);
    const { monitor, timer } = monitorWith([dnd.detector, appRule.detector], { pauseWhileApps: ['zoom'] });
    monitor.watch(true);
    await settle();
    expect([dnd.detect.mock.calls.length, appRule.detect.mock.calls.length]).toEqual([1, 1]);

    monitor.watch(true, ['app-rule']);
    await timer.advance(30_000);
    expect([dnd.detect.mock.calls.length, appRule.detect.mock.calls.length]).toEqual([1, 4]);
    expect(monitor.holdReasons()).toEqual(['dnd', 'app-rule']);

    // Widening asks everything at once, not at the next poll.
    monitor.watch(true);
    await settle();
    expect([dnd.detect.mock.calls.length, appRule.detect.mock.calls.length]).toEqual([2, 5]);
    // Off and on again starts wide.
    monitor.watch(false);
    monitor.watch(true);
    await settle();
    expect(dnd.detect).toHaveBeenCalledTimes(3);
  });

  it('watched without polling, asks only when refreshed, and polls again once asked to', async () => {
    const dnd = fixed('dnd', true);
    const { monitor, timer } = monitorWith([dnd.detector]);
    monitor.watch(true, undefined, false);
    await settle();
    expect(dnd.detect).toHaveBeenCalledTimes(1);
    expect(timer.pending()).toBe(0);
    await timer.advance(60_000);
    expect(dnd.detect).toHaveBeenCalledTimes(1);
    await monitor.refresh();
    expect(dnd.detect).toHaveBeenCalledTimes(2);
    expect(monitor.holdReasons()).toEqual(['dnd']);

    // A break held: the detectors look on their own from now.
    monitor.watch(true);
    await timer.advance(10_000);
    expect(dnd.detect).toHaveBeenCalledTimes(3);
    monitor.watch(true, undefined, false);
    expect(timer.pending()).toBe(0);
    await timer.advance(60_000);
    expect(dnd.detect).toHaveBeenCalledTimes(3);
  });

  it('treats repeated watch(true) as one', async () => {
    const dnd = fixed('dnd', true);
    const { monitor, timer } = monitorWith([dnd.detector]);
    monitor.watch(true);
    monitor.watch(true);
    await timer.advance(10_000);
    expect(dnd.detect).toHaveBeenCalledTimes(2);
  });

  it('ignores an answer that arrives after watching ended', async () => {
    const dnd = controlled('dnd');
    const { monitor, changes } = monitorWith([dnd.detector]);
    monitor.watch(true);
    monitor.watch(false);
    await dnd.answer(true);
    expect(monitor.holdReasons()).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('asks a detector that was turned on while watching right away', async () => {
    const call = fixed('call', true);
    const { monitor } = monitorWith([call.detector], { calls: false });
    monitor.watch(true);
    await settle();
    expect(call.detect).not.toHaveBeenCalled();
    monitor.updateSettings({ ...defaults, calls: true });
    await settle();
    expect(monitor.holdReasons()).toEqual(['call']);
  });

  it('dispose stops polling and silences listeners', async () => {
    const dnd = fixed('dnd', true);
    const { monitor, timer, changes } = monitorWith([dnd.detector]);
    monitor.watch(true);
    await settle();
    monitor.dispose();
    await timer.advance(60_000);
    expect(dnd.detect).toHaveBeenCalledTimes(1);
    expect(changes).toEqual([['dnd'], []]);
  });
});

describe('MomentMonitor with slow or broken detectors', () => {
  it('does not start a second refresh while one is in flight', async () => {
    const dnd = controlled('dnd');
    const { monitor } = monitorWith([dnd.detector]);
    const first = monitor.refresh();
    const second = monitor.refresh();
    expect(second).toBe(first);
    expect(dnd.detect).toHaveBeenCalledTimes(1);
    await dnd.answer(true);
    await first;
    expect(monitor.holdReasons()).toEqual(['dnd']);
  });

  it('skips a poll that comes while the previous refresh is still running', async () => {
    const dnd = controlled('dnd');
    const { monitor, timer } = monitorWith([dnd.detector], {}, { pollMs: 1000, timeoutMs: 5000 });
    monitor.watch(true);
    await timer.advance(3000);
    // Three polls came and went; the first call is still unanswered, so none of them started another.
    expect(dnd.detect).toHaveBeenCalledTimes(1);
    await dnd.answer(true);
    expect(monitor.holdReasons()).toEqual(['dnd']);
    await timer.advance(1000);
    expect(dnd.detect).toHaveBeenCalledTimes(2);
  });

  it('times out a hung detector as unknown, logs once, and does not call it again while it hangs', async () => {
    const hung = controlled('fullscreen');
    const dnd = fixed('dnd', true);
    const { monitor, timer, log } = monitorWith([hung.detector, dnd.detector]);
    const done = vi.fn();
    void monitor.refresh().then(done);
    await timer.advance(1999);
    expect(done).not.toHaveBeenCalled();
    await timer.advance(1);
    expect(done).toHaveBeenCalled();
    // The hung detector does not hold; the others' answers still count.
    expect(monitor.holdReasons()).toEqual(['dnd']);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/"fullscreen".*2000 ms/), undefined);

    const second = monitor.refresh();
    await settle();
    await second;
    expect(hung.detect).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledTimes(1);

    // Once it answers, it is asked again.
    await hung.answer(false);
    const third = monitor.refresh();
    expect(hung.detect).toHaveBeenCalledTimes(2);
    await hung.answer(true);
    await third;
    expect(monitor.holdReasons()).toEqual(['dnd', 'fullscreen']);
  });

  it('treats a rejection or a synchronous throw as unknown, and logs each detector once', async () => {
    const failing: Detector = { reason: 'call', detect: () => Promise.reject(new Error('pactl exploded')) };
    const throwing: Detector = {
      reason: 'dnd',
      detect: () => {
        throw new Error('bug');
      },
    };
    const { monitor, log } = monitorWith([failing, throwing, fixed('fullscreen', true).detector]);
    await monitor.refresh();
    await monitor.refresh();
    expect(monitor.holdReasons()).toEqual(['fullscreen']);
    expect(log).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('"call" detector failed'), expect.any(Error));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('"dnd" detector failed'), expect.any(Error));
  });

  it("logs a detector that cannot tell, once, and a true answer replaces an earlier 'unknown'", async () => {
    const dnd = fixed('dnd', 'unknown');
    const { monitor, log } = monitorWith([dnd.detector]);
    await monitor.refresh();
    await monitor.refresh();
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('"dnd" detector cannot tell'), undefined);
    dnd.set(true);
    await monitor.refresh();
    expect(monitor.holdReasons()).toEqual(['dnd']);
  });

  it('keeps the last definite answer through a look that times out, fails or cannot tell', async () => {
    const dnd = controlled('dnd');
    const { monitor, timer, changes } = monitorWith([dnd.detector], {}, { timeoutMs: 2000 });
    const first = monitor.refresh();
    await dnd.answer(true);
    await first;
    expect(monitor.holdReasons()).toEqual(['dnd']);

    // A minute later, at the break, the look hangs past its deadline: "holds" stands.
    await timer.advance(60_000);
    const hung = monitor.refresh();
    await timer.advance(2000);
    await hung;
    expect(monitor.holdReasons()).toEqual(['dnd']);
    // Asked again while the hung call runs, it cannot answer either; still no change.
    await timer.advance(10_000);
    await monitor.refresh();
    expect(monitor.holdReasons()).toEqual(['dnd']);
    expect(changes).toEqual([['dnd']]);

    // A definite answer still replaces it at once.
    await dnd.answer(true);
    const next = monitor.refresh();
    await dnd.answer(false);
    await next;
    expect(monitor.holdReasons()).toEqual([]);
    expect(changes).toEqual([['dnd'], []]);
  });

  it('lets a definite answer go once it is older than keepAnswerMs, so a wedged detector never holds breaks for good', async () => {
    let value: DetectorAnswer = true;
    const call: Detector = { reason: 'call', detect: () => Promise.resolve(value) };
    const { monitor, timer, changes } = monitorWith([call], {}, { keepAnswerMs: 120_000 });
    await monitor.refresh();
    value = 'unknown';
    await timer.advance(120_000);
    await monitor.refresh();
    expect(monitor.holdReasons()).toEqual(['call']);
    await timer.advance(1);
    await monitor.refresh();
    expect(monitor.holdReasons()).toEqual([]);
    expect(changes).toEqual([['call'], []]);
  });

  it('cancels the timeout timer of a detector that answered', async () => {
    const { monitor, timer } = monitorWith([fixed('dnd', true).detector]);
    await monitor.refresh();
    expect(timer.pending()).toBe(0);
  });
});
