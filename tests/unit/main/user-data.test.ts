import { describe, expect, it } from 'vitest';
import { BreakCoordinator, type BreakLog } from '../../../src/main/break-coordinator';
import { englishText } from '../../../src/shared/i18n/english';
import { createBreakContentChooser, memoryRotation, withUserDoses } from '../../../src/main/break-content';
import { applyOverride, exerciseSeconds, findExercise } from '../../../src/shared/exercises';
import { MICRO_BREAK_MAX_SECONDS } from '../../../src/shared/rotation';
import type { EngineEvent, EngineListener, EngineSnapshot } from '../../../src/main/engine';
import { historyExport } from '../../../src/main/history-export';
import { MemoryPort } from '../../../src/main/persistence/memory-port';
import { SettingsStore } from '../../../src/main/persistence/settings-store';
import { progressView } from '../../../src/main/progress-view';
import { UserSettings } from '../../../src/main/user-settings';
import { emptyHistory, fixedOffsetCalendar, type History } from '../../../src/shared/history';
import type { PlayerSession } from '../../../src/shared/ipc-contract';
import { defaultSettings } from '../../../src/shared/settings';

const utc = fixedOffsetCalendar(0);

describe('withUserDoses', () => {
  it("puts the user's dose over a routine's and leaves other exercises alone", () => {
    const items = withUserDoses(
      [{ exerciseId: 'chin-tuck', reps: 3, holdSeconds: 5 }, { exerciseId: 'plank' }],
      { 'chin-tuck': { holdSeconds: 8 } },
    );
    expect(items).toEqual([{ exerciseId: 'chin-tuck', reps: 3, holdSeconds: 8 }, { exerciseId: 'plank' }]);
  });
});

describe("break content and the user's doses", () => {
  /** Every micro break's pick over a few whole rotations, with the given chin tuck dose. */
  function microPicks(chinTuck?: { holdSeconds: number }) {
    const exerciseOverrides: Record<string, { holdSeconds: number }> = chinTuck
      ? { 'chin-tuck': chinTuck }
      : {};
    const choose = createBreakContentChooser(
      () => ({
        location: 'desk',
        favourites: [],
        notForMe: [],
        exerciseOverrides,
      }),
      memoryRotation(),
      { notify: englishText('notify'), content: () => undefined },
      () => 0.5,
    );
    return Array.from({ length: 40 }, () => choose('micro'));
  }

  it('judges what fits a micro break on the dose the user will really play', () => {
    const shipped = microPicks();
    expect(shipped.some((content) => content.items.some((item) => item.exerciseId === 'chin-tuck'))).toBe(
      true,
    );
    // A 30 s hold makes the chin tuck far longer than a micro break allows: it moves to long breaks.
    const longHold = { holdSeconds: 30 };
    expect(exerciseSeconds(applyOverride(findExercise('chin-tuck')!, longHold))).toBeGreaterThan(
      MICRO_BREAK_MAX_SECONDS,
    );
    const personal = microPicks(longHold);
    expect(personal.some((content) => content.items.some((item) => item.exerciseId === 'chin-tuck'))).toBe(
      false,
    );
  });
});

describe('UserSettings', () => {
  it('names engine settings without the document prefix and keeps preferences prefixed', () => {
    const settings = new UserSettings(new SettingsStore(new MemoryPort()));
    const result = settings.update({
      settings: { warning: { seconds: 999 } },
      preferences: { theme: 'purple' as never },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['preferences.theme', 'warning.seconds']);
  });

  it('returns the new view after a valid change', () => {
    const settings = new UserSettings(new SettingsStore(new MemoryPort()));
    const result = settings.update({ settings: { strict: true }, preferences: { location: 'floor' } });
    expect(result).toMatchObject({
      ok: true,
      view: { settings: { strict: true }, preferences: { location: 'floor' } },
    });
    expect(settings.view().notice).toBeUndefined();
  });

  it("carries the login item's state, asked afresh for every view", () => {
    let problem: string | undefined;
    const store = new SettingsStore(new MemoryPort());
    const settings = new UserSettings(store, () =>
      problem === undefined ? { available: true } : { available: true, problem },
    );
    expect(settings.view().loginItem).toEqual({ available: true });
    // As index.ts does: the store's listener applies the login item while the change is being saved.
    store.subscribe(() => (problem = 'Could not turn on start at login: EROFS'));
    const result = settings.update({ preferences: { startAtLogin: true } });
    expect(result).toMatchObject({ ok: true, view: { loginItem: { available: true, problem } } });
    expect(settings.changedView().loginItem).toEqual({ available: true, problem });
  });
});

describe('progressView', () => {
  const history: History = {
    ...emptyHistory(),
    breaks: [
      // Friday and Monday completed; the weekend between is not worked.
      { at: '2026-11-20T10:00:00Z', kind: 'micro', outcome: 'completed', postponed: 0, exercises: [] },
      { at: '2026-11-23T10:00:00Z', kind: 'micro', outcome: 'completed', postponed: 0, exercises: [] },
      { at: '2026-11-23T11:00:00Z', kind: 'long', outcome: 'skipped', postponed: 2, exercises: [] },
    ],
  };
  const now = new Date('2026-11-23T12:00:00Z');

  it('lets days outside working hours neither break nor extend the streak', () => {
    const settings = defaultSettings();
    settings.workingHours = { ...settings.workingHours, enabled: true, days: [1, 2, 3, 4, 5] };
    const view = progressView(history, { now, days: 7, settings, painCheckIn: false, calendar: utc });
    expect(view.streak).toEqual({ days: 2, includesToday: true });
    expect(view.today).toMatchObject({ completed: 1, skipped: 1, postponed: 2 });
    expect(view.series.map((day) => day.date)).toEqual([
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
    ]);
  });

  it('breaks the streak on an empty day when every day is a working day', () => {
    const view = progressView(history, {
      now,
      days: 30,
      settings: defaultSettings(),
      painCheckIn: true,
      calendar: utc,
    });
    expect(view.streak.days).toBe(1);
    expect(view.series).toHaveLength(30);
    expect(view.painCheckIn).toBe(true);
  });
});

describe('historyExport', () => {
  it("names the file after the user's date and picks the format's filter", () => {
    const at = new Date('2026-11-23T23:30:00Z');
    const csv = historyExport(emptyHistory(), 'csv', at, fixedOffsetCalendar(60));
    expect(csv.fileName).toBe('unhunch-history-2026-11-24.csv');
    expect(csv.filter.extensions).toEqual(['csv']);
    expect(csv.content.startsWith('record,date')).toBe(true);
    const json = historyExport(emptyHistory(), 'json', at, utc);
    expect(json.fileName).toBe('unhunch-history-2026-11-23.json');
    expect(JSON.parse(json.content)).toMatchObject({ breaks: [] });
  });
});

function world() {
  let listener: EngineListener = () => {};
  const records: Parameters<BreakLog['recordBreak']>[0][] = [];
  let sessionCount = 0;
  const played: string[] = [];
  const notices: string[] = [];
  const watching: boolean[] = [];
  /** What each watch call narrowed the detectors to ('all' when not narrowed). */
  const narrowed: (readonly string[] | 'all')[] = [];
  /** Whether each watch call left the detectors polling on their own. */
  const polling: boolean[] = [];
  /** Refreshes asked for, each marked with whether the detectors were being watched then. */
  const refreshes: boolean[] = [];
  const snapshot: EngineSnapshot = {
    atMs: 0,
    presence: 'present',
    pause: null,
    outsideWorkingHours: false,
    currentBreak: null,
    heldBreak: null,
    nextBreak: {
      kind: 'micro',
      inActiveMs: 600_000,
      warningInActiveMs: 570_000,
      warned: false,
      postponesLeft: 2,
    },
    counting: true,
    strict: false,
  };
  const engineCalls: string[] = [];
  const coordinator = new BreakCoordinator({
    engine: {
      on: (next) => {
        listener = next;
        return () => {};
      },
      snapshot: () => snapshot,
      postpone: () => {},
      skip: () => {},
      completeBreak: () => {
        engineCalls.push('complete');
        listener({ type: 'break-end', atMs: 0, kind: 'micro', outcome: 'completed' });
      },
      quickStretch: () => {},
      pauseFor: () => void engineCalls.push('pause'),
      resume: () => {},
    },
    player: {
      play: (content) => {
        played.push(content.reason);
        return { ...content, id: `s${++sessionCount}` };
      },
      close: () => {},
    },
    notifier: {
      show: (notice) =>
        notices.push(notice.seconds === undefined ? notice.title : `${notice.title} (${notice.seconds} s)`),
      dismiss: () => notices.push('(dismissed)'),
    },
    moments: {
      watch: (active, only, poll) => {
        watching.push(active);
        narrowed.push(only ?? 'all');
        polling.push(poll ?? true);
      },
      refresh: () => {
        refreshes.push(watching.at(-1) ?? false);
        return Promise.resolve();
      },
    },
    choose: () => ({ title: 'Chin tuck', items: [{ exerciseId: 'chin-tuck' }] }),
    wallNow: () => 0,
    text: { tray: englishText('tray'), notify: englishText('notify') },
    formatLocale: () => 'en-GB',
    changed: () => {},
    log: { recordBreak: (record) => records.push(record) },
  });
  const emit = (event: EngineEvent): void => listener(event);
  return {
    coordinator,
    emit,
    records,
    engineCalls,
    played,
    notices,
    watching,
    narrowed,
    polling,
    refreshes,
    snapshot,
  };
}

describe('BreakCoordinator history', () => {
  it('records a break with the times it was postponed and the exercises played', () => {
    const { coordinator, emit, records } = world();
    emit({ type: 'postponed', atMs: 0, kind: 'micro', postponesLeft: 1 });
    emit({
      type: 'break-start',
      atMs: 0,
      kind: 'micro',
      durationSeconds: 40,
      canPostpone: true,
      canSkip: true,
      presentation: 'window',
    });
    const session: PlayerSession = {
      id: 's1',
      reason: 'micro',
      title: 'Chin tuck',
      items: [{ exerciseId: 'chin-tuck' }],
      canPostpone: true,
      canSkip: true,
    };
    coordinator.sessionEnded(session, 'completed');
    expect(records).toEqual([
      // By name too: an own exercise's id says nothing once it is renamed or deleted.
      { kind: 'micro', outcome: 'completed', postponed: 1, exercises: ['chin-tuck'], title: 'Chin tuck' },
    ]);
    // The count belongs to that break only.
    emit({ type: 'break-end', atMs: 0, kind: 'micro', outcome: 'skipped' });
    expect(records[1]).toEqual({ kind: 'micro', outcome: 'skipped', postponed: 0, exercises: [] });
  });

  it('records natural breaks and quick stretches', () => {
    const { coordinator, emit, records } = world();
    emit({ type: 'natural-break', atMs: 0, kind: 'long' });
    coordinator.sessionEnded(
      {
        id: 'q',
        reason: 'quick',
        title: 'x',
        items: [{ exerciseId: 'plank' }],
        canPostpone: false,
        canSkip: true,
      },
      'skipped',
    );
    expect(records).toEqual([
      { kind: 'natural', outcome: 'completed', postponed: 0, exercises: [] },
      { kind: 'quick', outcome: 'skipped', postponed: 0, exercises: [] },
    ]);
  });
});

describe('BreakCoordinator and the moment', () => {
  it('watches the detectors only while a break is near, warned or held, never during one', () => {
    const { emit, watching, snapshot } = world();
    emit({ type: 'quick-stretch', atMs: 0 });
    expect(watching.at(-1)).toBe(false);
    // Measured from the warning: a break 3 min away whose 5-min warning is due looks already...
    snapshot.nextBreak = {
      kind: 'micro',
      inActiveMs: 180_000,
      warningInActiveMs: 0,
      warned: false,
      postponesLeft: 2,
    };
    emit({ type: 'quick-stretch', atMs: 0 });
    expect(watching.at(-1)).toBe(true);
    // ...one whose warning is two minutes off does not yet, and one 90 s off does.
    snapshot.nextBreak = { ...snapshot.nextBreak, inActiveMs: 150_000, warningInActiveMs: 120_000 };
    emit({ type: 'quick-stretch', atMs: 0 });
    expect(watching.at(-1)).toBe(false);
    snapshot.nextBreak = { ...snapshot.nextBreak, inActiveMs: 120_000, warningInActiveMs: 90_000 };
    emit({ type: 'quick-stretch', atMs: 0 });
    expect(watching.at(-1)).toBe(true);
    snapshot.currentBreak = {
      kind: 'micro',
      startedAtMs: 0,
      durationSeconds: 40,
    } as EngineSnapshot['currentBreak'];
    emit({ type: 'quick-stretch', atMs: 0 });
    expect(watching.at(-1)).toBe(false);
    snapshot.currentBreak = null;
    snapshot.nextBreak = null;
    snapshot.heldBreak = { kind: 'micro', sinceMs: 0, reasons: ['call'], releaseAtMs: null, fallbackAtMs: 1 };
    emit({ type: 'deferred', atMs: 0, kind: 'micro', reasons: ['call'] });
    expect(watching.at(-1)).toBe(true);
  });

  it('while an app rule holds a break, asks only the app list again; from the grace period, everything', () => {
    const { emit, watching, narrowed, snapshot } = world();
    snapshot.heldBreak = {
      kind: 'micro',
      sinceMs: 0,
      reasons: ['dnd', 'app-rule'],
      releaseAtMs: null,
      fallbackAtMs: 1,
    };
    emit({ type: 'deferred', atMs: 0, kind: 'micro', reasons: ['dnd', 'app-rule'] });
    expect([watching.at(-1), narrowed.at(-1)]).toEqual([true, ['app-rule']]);
    snapshot.heldBreak = { ...snapshot.heldBreak, releaseAtMs: 60_000 };
    emit({ type: 'quick-stretch', atMs: 0 });
    expect([watching.at(-1), narrowed.at(-1)]).toEqual([true, 'all']);
    snapshot.heldBreak = { ...snapshot.heldBreak, reasons: ['dnd'], releaseAtMs: null };
    emit({ type: 'deferred', atMs: 0, kind: 'micro', reasons: ['dnd'] });
    expect(narrowed.at(-1)).toBe('all');
  });

  it("asks the detectors again on the engine's wake-ups while a break comes, and lets them poll only while one is held", () => {
    const { coordinator, watching, polling, refreshes, snapshot } = world();
    snapshot.nextBreak = { ...snapshot.nextBreak!, inActiveMs: 120_000, warningInActiveMs: 90_000 };
    coordinator.updateWatch(true);
    coordinator.updateWatch(true);
    expect([watching.at(-1), polling.at(-1)]).toEqual([true, false]);
    expect(refreshes).toEqual([true, true]);
    // An engine event is no wake-up: what is being watched is kept, nothing is asked again.
    coordinator.updateWatch();
    expect(refreshes).toHaveLength(2);

    snapshot.heldBreak = { kind: 'micro', sinceMs: 0, reasons: ['call'], releaseAtMs: null, fallbackAtMs: 1 };
    coordinator.updateWatch(true);
    expect([watching.at(-1), polling.at(-1)]).toEqual([true, true]);
    expect(refreshes).toHaveLength(2);

    // Far from any break, a wake-up asks nothing.
    snapshot.heldBreak = null;
    snapshot.nextBreak = { ...snapshot.nextBreak, inActiveMs: 600_000, warningInActiveMs: 570_000 };
    coordinator.updateWatch(true);
    expect(watching.at(-1)).toBe(false);
    expect(refreshes).toHaveLength(2);
  });

  it('withdraws the warning when a break is held, and offers a long-held break as a notification only', () => {
    const { emit, notices, played } = world();
    emit({ type: 'warning', atMs: 0, kind: 'micro', inSeconds: 30, canPostpone: true, canSkip: true });
    emit({ type: 'deferred', atMs: 0, kind: 'micro', reasons: ['fullscreen'] });
    // The heads-up is up as long as the warning: node-notifier cannot withdraw it.
    expect(notices).toEqual([expect.stringMatching(/^Stretch break in 30 secs? \(30 s\)$/), '(dismissed)']);
    emit({
      type: 'break-start',
      atMs: 0,
      kind: 'micro',
      durationSeconds: 40,
      canPostpone: true,
      canSkip: true,
      presentation: 'notification',
    });
    expect(played).toEqual([]);
    expect(notices.at(-1)).toMatch(/when you can/);
  });

  it('nudges once when the engine says the break is being worked through', () => {
    const { emit, notices, records } = world();
    emit({ type: 'worked-through', atMs: 0, kind: 'micro' });
    expect(notices).toEqual(['Your break is still on']);
    emit({ type: 'break-end', atMs: 0, kind: 'micro', outcome: 'worked-through' });
    expect(records.at(-1)).toMatchObject({ outcome: 'worked-through', exercises: [] });
  });

  it('does not nudge about a break that came as a notification, but still records it as worked through', () => {
    const { emit, notices, records } = world();
    const start = { atMs: 0, kind: 'micro', durationSeconds: 40, canPostpone: true, canSkip: true } as const;
    emit({ type: 'break-start', ...start, presentation: 'notification' });
    emit({ type: 'worked-through', atMs: 0, kind: 'micro' });
    expect(notices.filter((title) => title === 'Your break is still on')).toEqual([]);
    emit({ type: 'break-end', atMs: 0, kind: 'micro', outcome: 'worked-through' });
    expect(records.at(-1)).toMatchObject({ outcome: 'worked-through' });
    // The next break, in its window, is nudged again.
    emit({ type: 'break-start', ...start, presentation: 'window' });
    emit({ type: 'worked-through', atMs: 0, kind: 'micro' });
    expect(notices.at(-1)).toBe('Your break is still on');
  });
});

describe('BreakCoordinator and strict breaks', () => {
  const start = (canSkip: boolean) =>
    ({
      type: 'break-start',
      atMs: 0,
      kind: 'micro',
      durationSeconds: 40,
      canPostpone: canSkip,
      canSkip,
      presentation: 'window',
    }) as const;

  it('refuses a pause that would end a strict break, and says why; after it, pausing works', () => {
    const { coordinator, emit, engineCalls, notices } = world();
    emit(start(false));
    coordinator.pause({ kind: 'minutes', minutes: 60 });
    expect(engineCalls).not.toContain('pause');
    expect(notices.at(-1)).toBe('Finish this break first');
    emit({ type: 'break-end', atMs: 0, kind: 'micro', outcome: 'completed' });
    coordinator.pause({ kind: 'minutes', minutes: 60 });
    expect(engineCalls).toContain('pause');
  });

  it('lets a pause end a break that may be skipped', () => {
    const { coordinator, emit, engineCalls } = world();
    emit(start(true));
    coordinator.pause({ kind: 'indefinite' });
    expect(engineCalls).toEqual(['pause']);
  });

  it("tells how long the running break has left by the engine's clock", () => {
    const { coordinator, snapshot } = world();
    expect(coordinator.breakRemainingMs()).toBeNull();
    snapshot.currentBreak = {
      kind: 'micro',
      startedAtMs: 1_000,
      durationSeconds: 40,
      presentation: 'window',
      workedThrough: false,
    };
    snapshot.atMs = 16_000;
    expect(coordinator.breakRemainingMs()).toBe(25_000);
  });
});
