import { describe, expect, it } from 'vitest';
import { HOLD_REASONS, type HoldReason } from '../../../src/main/engine/moment';
import { FakeWorld, MIN, SEC, rig, types, type Rig } from './fake-world';

/** The detectors' answer changes now; the adapter tells the engine at once. */
function setHold(r: Rig, ...reasons: HoldReason[]): void {
  r.world.holdReasons = reasons;
  r.engine.momentChanged();
}

/** A micro break held from its warning point, 1170 s in, by `reason`. */
function heldAtWarningPoint(reason: HoldReason = 'dnd', settings: Parameters<typeof rig>[0] = {}): Rig {
  const r = rig(settings);
  setHold(r, reason);
  r.world.advance(1170 * SEC);
  return r;
}

describe('holding a due break', () => {
  for (const reason of HOLD_REASONS) {
    it(`holds the warning and the break while "${reason}" lasts, and says so once`, () => {
      const r = heldAtWarningPoint(reason);
      r.world.advance(20 * MIN);
      expect(r.events).toEqual([{ type: 'deferred', atMs: 1170 * SEC, kind: 'micro', reasons: [reason] }]);
      expect(r.engine.snapshot().heldBreak).toEqual({
        kind: 'micro',
        sinceMs: 1170 * SEC,
        reasons: [reason],
        releaseAtMs: null,
        fallbackAtMs: (1170 + 30 * 60) * SEC,
      });
    });
  }

  it('after the reasons end, waits the grace period, then warns and starts the break as usual', () => {
    const r = heldAtWarningPoint('call');
    r.world.advance(10 * MIN);
    setHold(r);
    expect(r.engine.snapshot().heldBreak?.releaseAtMs).toBe((1770 + 60) * SEC);
    r.world.advance(59 * SEC);
    expect(types(r.events)).toEqual(['deferred']);
    r.world.advance(31 * SEC);
    expect(r.log()).toEqual([
      [1170, 'deferred', 'micro'],
      [1830, 'warning', 'micro'],
      [1860, 'break-start', 'micro'],
    ]);
    expect(r.events[1]).toMatchObject({ inSeconds: 30, canPostpone: true });
    expect(r.events[2]).toMatchObject({ presentation: 'window', durationSeconds: 40 });
    expect(r.engine.snapshot().heldBreak).toBeNull();
  });

  it('starts the break right after the grace period when there is no warning', () => {
    const r = heldAtWarningPoint('dnd', { warning: { seconds: 0 }, moments: { graceSeconds: 10 } });
    // Without a warning the hold point is the due time itself.
    expect(r.events).toEqual([]);
    r.world.advance(30 * SEC);
    expect(r.log()).toEqual([[1200, 'deferred', 'micro']]);
    setHold(r);
    r.world.advance(10 * SEC);
    expect(r.log().at(-1)).toEqual([1210, 'break-start', 'micro']);
  });

  it('lets a break go at once with a grace period of 0', () => {
    const r = heldAtWarningPoint('fullscreen', { moments: { graceSeconds: 0 } });
    r.world.advance(MIN);
    setHold(r);
    expect(r.log()).toEqual([
      [1170, 'deferred', 'micro'],
      [1230, 'warning', 'micro'],
    ]);
  });

  it('holds a break whose reason appears during its warning, dropping the warning', () => {
    const r = rig();
    r.world.advance(1180 * SEC);
    setHold(r, 'call');
    expect(r.log()).toEqual([
      [1170, 'warning', 'micro'],
      [1180, 'deferred', 'micro'],
    ]);
    expect(r.engine.snapshot().nextBreak?.warned).toBe(false);
    r.world.advance(MIN);
    expect(types(r.events)).toEqual(['warning', 'deferred']);
  });

  it('does not hold a break while no reason is present, nor before its hold point', () => {
    const r = rig();
    r.world.advance(10 * MIN);
    setHold(r, 'dnd');
    r.world.advance(5 * MIN);
    setHold(r);
    r.world.advance(5 * MIN);
    expect(r.log()).toEqual([
      [1170, 'warning', 'micro'],
      [1200, 'break-start', 'micro'],
    ]);
  });

  it('does not start the break when the reasons flap on and off within the grace period', () => {
    const r = heldAtWarningPoint('fullscreen');
    for (let i = 0; i < 5; i++) {
      r.world.advance(30 * SEC);
      setHold(r);
      r.world.advance(50 * SEC);
      setHold(r, 'fullscreen');
    }
    expect(r.log()).toEqual([[1170, 'deferred', 'micro']]);
    setHold(r);
    r.world.advance(60 * SEC);
    expect(r.log().slice(1, 2)).toEqual([[1170 + 400 + 60, 'warning', 'micro']]);
  });

  it('says deferred again when the set of reasons changes, not when it stays the same', () => {
    const r = heldAtWarningPoint('dnd');
    r.world.advance(MIN);
    setHold(r, 'call', 'dnd');
    r.world.advance(MIN);
    setHold(r, 'dnd', 'call');
    r.engine.momentChanged();
    r.world.advance(MIN);
    setHold(r, 'call');
    expect(r.events.map((e) => (e.type === 'deferred' ? [e.atMs / SEC, e.reasons] : e.type))).toEqual([
      [1170, ['dnd']],
      [1230, ['dnd', 'call']],
      [1350, ['call']],
    ]);
  });

  it('keeps the ended reasons on show during the grace period', () => {
    const r = heldAtWarningPoint('call');
    setHold(r);
    expect(r.engine.snapshot().heldBreak).toMatchObject({ reasons: ['call'], releaseAtMs: 1230 * SEC });
  });

  it('reads the detectors only when a break is at hand, and wakes no more often than while working', () => {
    const world = new FakeWorld();
    let reads = 0;
    world.ports.moment = {
      holdReasons: () => {
        reads++;
        return ['dnd'];
      },
    };
    const r = rig({}, {}, world);
    world.advance(19 * MIN);
    expect(reads).toBe(0);
    world.advance(MIN + 10 * MIN);
    const wakeupsBefore = world.wakeups;
    const readsBefore = reads;
    world.advance(10 * MIN);
    // Held and typing: only the usual idle-threshold poll (120 s) runs, 5 times in 10 min.
    expect(world.wakeups - wakeupsBefore).toBe(5);
    expect(reads - readsBefore).toBe(5);
    expect(r.engine.snapshot().heldBreak?.reasons).toEqual(['dnd']);
  });

  it('wakes exactly at the end of the grace period', () => {
    const r = heldAtWarningPoint('dnd');
    r.world.advance(100 * SEC);
    setHold(r);
    expect(r.world.timerAtMs).toBe((1270 + 60) * SEC);
  });
});

describe('max deferral', () => {
  it('offers a break held for maxDeferralMinutes as a notification that ends by itself', () => {
    const r = heldAtWarningPoint('call');
    r.world.advance(30 * MIN - 1 * SEC);
    expect(types(r.events)).toEqual(['deferred']);
    r.world.advance(1 * SEC);
    expect(r.events.at(-1)).toEqual({
      type: 'break-start',
      atMs: (1170 + 1800) * SEC,
      kind: 'micro',
      durationSeconds: 40,
      canPostpone: true,
      canSkip: true,
      presentation: 'notification',
    });
    expect(r.engine.snapshot().currentBreak).toMatchObject({ presentation: 'notification' });
    // Nobody reports a notification back: it ends after its duration, with no extra grace.
    r.world.advance(40 * SEC);
    expect(r.log().slice(1)).toEqual([
      [2970, 'break-start', 'micro'],
      [3010, 'break-end', 'micro'],
    ]);
    expect(r.events.at(-1)).toMatchObject({ outcome: 'completed' });
  });

  it('records a notification break the user typed through as worked through', () => {
    const r = heldAtWarningPoint('call', { moments: { workedThrough: true } });
    r.world.advance(30 * MIN + 40 * SEC);
    expect(r.log().slice(1)).toEqual([
      [2970, 'break-start', 'micro'],
      [3000, 'worked-through', 'micro'],
      [3010, 'break-end', 'micro'],
    ]);
    expect(r.events.at(-1)).toMatchObject({ outcome: 'worked-through' });
  });

  it('records it as completed when the user stepped away for it', () => {
    const r = heldAtWarningPoint('call', { moments: { workedThrough: true } });
    r.world.advance(30 * MIN);
    r.world.userLeaves();
    r.world.advance(40 * SEC);
    expect(r.events.at(-1)).toMatchObject({ type: 'break-end', outcome: 'completed', atMs: 3010 * SEC });
  });

  it('counts from the first hold, whatever the reasons did since', () => {
    const r = heldAtWarningPoint('dnd', { moments: { maxDeferralMinutes: 10 } });
    r.world.advance(4 * MIN);
    setHold(r, 'call');
    r.world.advance(4 * MIN);
    setHold(r);
    r.world.advance(30 * SEC);
    setHold(r, 'fullscreen');
    r.world.advance(90 * SEC);
    expect(r.log().at(-1)).toEqual([1170 + 600, 'break-start', 'micro']);
  });

  it('never offers a break held by an app rule as a notification, however long the rule lasts', () => {
    const r = heldAtWarningPoint('app-rule');
    const wakesBefore = r.world.wakeups;
    r.world.advance(3 * 60 * MIN);
    // Held all along: deferred once for the micro break, once more when the long break became due.
    expect(r.log().map(([, type, kind]) => [type, kind])).toEqual([
      ['deferred', 'micro'],
      ['deferred', 'long'],
    ]);
    expect(r.engine.snapshot().heldBreak).toMatchObject({ reasons: ['app-rule'] });
    // No wake-up aimed at a fallback that will not come: the engine only polls presence as usual.
    expect(r.world.wakeups - wakesBefore).toBeLessThan((3 * 60 * MIN) / (5 * SEC));
    // Once the rule lets go: the grace period, the warning, the break in its window.
    setHold(r);
    r.world.advance(60 * SEC + 30 * SEC);
    expect(r.events.at(-1)).toMatchObject({ type: 'break-start', presentation: 'window' });
  });

  it('once only a bad moment holds the break, counts the max deferral from when the app rule let go', () => {
    const r = heldAtWarningPoint('app-rule', { moments: { maxDeferralMinutes: 10 } });
    r.world.advance(20 * MIN);
    setHold(r, 'dnd');
    expect(r.engine.snapshot().heldBreak).toMatchObject({ sinceMs: (1170 + 1200) * SEC, reasons: ['dnd'] });
    r.world.advance(10 * MIN - 1 * SEC);
    expect(r.events.at(-1)).toMatchObject({ type: 'deferred', reasons: ['dnd'] });
    r.world.advance(1 * SEC);
    expect(r.events.at(-1)).toMatchObject({ type: 'break-start', presentation: 'notification' });
  });

  it('still lets the user skip or postpone the notification break', () => {
    const a = heldAtWarningPoint('call');
    a.world.advance(30 * MIN + 10 * SEC);
    a.engine.skip();
    expect(a.events.at(-1)).toMatchObject({ type: 'break-end', outcome: 'skipped' });
    const b = heldAtWarningPoint('call');
    b.world.advance(30 * MIN + 10 * SEC);
    b.engine.postpone();
    expect(b.events.at(-1)).toMatchObject({ type: 'postponed', kind: 'micro' });
    expect(b.engine.snapshot().currentBreak).toBeNull();
  });

  it('waits for the user to be back before offering it', () => {
    const r = heldAtWarningPoint('call', {
      microBreak: { enabled: false },
      longBreak: { everyMinutes: 30 },
      warning: { seconds: 0 },
      moments: { maxDeferralMinutes: 5 },
    });
    // Long break due at 1800 s: held then. The user leaves 2 min later and is away (beyond the idle
    // threshold) when the 5 min are up, but back before the absence makes a natural long break.
    r.world.advance(1800 * SEC - r.world.monoMs);
    r.world.advance(2 * MIN);
    r.world.userLeaves();
    r.world.advance(4 * MIN);
    expect(types(r.events)).toEqual(['deferred']);
    r.world.userActive();
    r.world.advance(30 * SEC);
    const start = r.events.at(-1);
    expect(start).toMatchObject({ type: 'break-start', kind: 'long', presentation: 'notification' });
    expect(start!.atMs).toBeGreaterThan((1800 + 6 * 60) * SEC);
    expect(start!.atMs).toBeLessThanOrEqual((1800 + 6 * 60 + 30) * SEC);
  });
});

describe('the warning point in the snapshot', () => {
  /** The next break as the snapshot tells it, `activeSeconds` into a day with this warning lead. */
  function nextBreakAfter(activeSeconds: number, warningSeconds: number) {
    const r = rig({ warning: { seconds: warningSeconds } });
    r.world.advance(activeSeconds * SEC);
    r.engine.tick();
    return r.engine.snapshot().nextBreak;
  }

  it('says how much active time is left before the warning, or before the break without one', () => {
    expect(nextBreakAfter(1000, 30)).toMatchObject({ inActiveMs: 200 * SEC, warningInActiveMs: 170 * SEC });
    expect(nextBreakAfter(800, 300)).toMatchObject({ inActiveMs: 400 * SEC, warningInActiveMs: 100 * SEC });
    expect(nextBreakAfter(1000, 0)).toMatchObject({ inActiveMs: 200 * SEC, warningInActiveMs: 200 * SEC });
  });
});

describe('deferral and the other rules', () => {
  it('takes a held break naturally when the user is away long enough', () => {
    const r = heldAtWarningPoint('dnd');
    r.world.advance(30 * SEC);
    r.world.userLeaves();
    r.world.advance(3 * MIN);
    expect(r.log()).toEqual([
      [1170, 'deferred', 'micro'],
      [1320, 'natural-break', 'micro'],
    ]);
    expect(r.engine.snapshot().heldBreak).toBeNull();
    // The micro timer restarted; the next micro break is held again 19.5 min of active time later.
    r.world.userActive();
    r.world.advance(25 * MIN);
    expect(r.log().at(-1)?.[1]).toBe('deferred');
  });

  it('drops a held break on pause; the timers start fresh on resume', () => {
    const r = heldAtWarningPoint('dnd');
    r.world.advance(MIN);
    r.engine.pauseFor({ kind: 'minutes', minutes: 10 });
    expect(r.engine.snapshot().heldBreak).toBeNull();
    r.world.advance(10 * MIN);
    setHold(r);
    r.world.advance(20 * MIN);
    expect(r.log()).toEqual([
      [1170, 'deferred', 'micro'],
      [1230, 'paused'],
      [1830, 'resumed'],
      [1830 + 1170, 'warning', 'micro'],
      [1830 + 1200, 'break-start', 'micro'],
    ]);
  });

  it('skips a held break: skipped without ever starting, and its timer restarts', () => {
    const r = heldAtWarningPoint('call');
    r.world.advance(30 * SEC);
    r.engine.skip();
    expect(r.events.at(-1)).toEqual({
      type: 'break-end',
      atMs: 1200 * SEC,
      kind: 'micro',
      outcome: 'skipped',
    });
    expect(r.engine.snapshot().heldBreak).toBeNull();
    r.world.advance(1170 * SEC);
    expect(r.log().at(-1)).toEqual([1200 + 1170, 'deferred', 'micro']);
  });

  it('postpones a held break from now, counting the postpone', () => {
    const r = heldAtWarningPoint('call');
    r.world.advance(30 * SEC);
    setHold(r);
    r.engine.postpone();
    expect(r.events.at(-1)).toMatchObject({ type: 'postponed', kind: 'micro', postponesLeft: 1 });
    r.world.advance(5 * MIN);
    expect(r.log().slice(1)).toEqual([
      [1200, 'postponed', 'micro'],
      [1470, 'warning', 'micro'],
      [1500, 'break-start', 'micro'],
    ]);
  });

  it('holds a postponed break again if the moment is still wrong', () => {
    const r = heldAtWarningPoint('call');
    r.engine.postpone();
    r.world.advance(5 * MIN);
    expect(r.log()).toEqual([
      [1170, 'deferred', 'micro'],
      [1170, 'postponed', 'micro'],
      [1440, 'deferred', 'micro'],
    ]);
  });

  it('keeps holding in strict mode, where skip and postpone do nothing to the held break', () => {
    const r = heldAtWarningPoint('dnd', { strict: true });
    r.engine.skip();
    r.engine.postpone();
    expect(r.log()).toEqual([
      [1170, 'deferred', 'micro'],
      [1170, 'postpone-refused', 'micro'],
    ]);
    expect(r.engine.snapshot().heldBreak?.kind).toBe('micro');
    setHold(r);
    r.world.advance(90 * SEC);
    expect(r.events.at(-1)).toMatchObject({ type: 'break-start', canSkip: false, canPostpone: false });
  });

  it('stays held through a short suspend, and is taken naturally by a long one', () => {
    const a = heldAtWarningPoint('dnd');
    a.engine.systemSuspend();
    expect(a.world.timerAtMs).toBeNull();
    a.world.advance(10 * SEC);
    a.engine.systemResume();
    expect(a.engine.snapshot().heldBreak?.kind).toBe('micro');
    expect(types(a.events)).toEqual(['deferred']);

    const b = heldAtWarningPoint('dnd');
    b.engine.systemSuspend();
    b.world.advance(2 * MIN);
    b.engine.systemResume();
    expect(b.log()).toEqual([
      [1170, 'deferred', 'micro'],
      [1290, 'natural-break', 'micro'],
    ]);
    expect(b.engine.snapshot().heldBreak).toBeNull();
  });

  it('ignores wall-clock jumps while holding', () => {
    const r = heldAtWarningPoint('dnd');
    r.world.wallMs += 5 * 60 * MIN;
    r.world.advance(10 * MIN);
    r.world.wallMs -= 10 * 60 * MIN;
    r.world.advance(10 * MIN);
    expect(types(r.events)).toEqual(['deferred']);
    expect(r.engine.snapshot().heldBreak?.fallbackAtMs).toBe((1170 + 1800) * SEC);
  });

  it('lets go of a held break when working hours end; it comes as usual when they start again', () => {
    const r = rig({ workingHours: { enabled: true, start: '09:00', end: '09:25' } });
    setHold(r, 'dnd');
    r.world.advance(20 * MIN);
    expect(r.engine.snapshot().heldBreak).not.toBeNull();
    r.world.advance(5 * MIN);
    expect(r.engine.snapshot()).toMatchObject({ outsideWorkingHours: true, heldBreak: null });
    setHold(r);
    // 09:25 to 09:00 the next day; no grace is owed to a hold that ended long ago.
    r.world.advance(23 * 60 * MIN + 35 * MIN);
    expect(r.log()).toEqual([
      [1170, 'deferred', 'micro'],
      [24 * 3600, 'warning', 'micro'],
    ]);
  });

  it('turns a held micro break into the long one once that is due too', () => {
    const r = heldAtWarningPoint('dnd', { moments: { maxDeferralMinutes: 240 } });
    r.world.advance(3600 * SEC - r.world.monoMs);
    expect(types(r.events)).toEqual(['deferred']);
    r.world.advance(2 * MIN);
    const again = r.events.at(-1);
    expect(again).toMatchObject({ type: 'deferred', kind: 'long', reasons: ['dnd'] });
    expect(again!.atMs).toBeLessThanOrEqual(3720 * SEC);
    // Still the same hold: the deferral limit counts from the first one.
    expect(r.engine.snapshot().heldBreak).toMatchObject({ kind: 'long', sinceMs: 1170 * SEC });
    setHold(r);
    r.world.advance(90 * SEC);
    expect(types(r.events).slice(2)).toEqual(['warning', 'break-start']);
    expect(r.events.at(-1)).toMatchObject({ kind: 'long', durationSeconds: 300 });
  });

  it('takes a quick stretch as the held micro break', () => {
    const r = heldAtWarningPoint('call');
    r.engine.quickStretch();
    expect(r.engine.snapshot().heldBreak).toBeNull();
    expect(types(r.events)).toEqual(['deferred', 'quick-stretch']);
  });
});
