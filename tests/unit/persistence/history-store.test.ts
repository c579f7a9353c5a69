import { describe, expect, it, vi } from 'vitest';
import { HistoryStore } from '../../../src/main/persistence/history-store';
import { MemoryPort } from '../../../src/main/persistence/memory-port';
import {
  emptyHistory,
  fixedOffsetCalendar,
  MAX_RECENT_RECORDS,
  type History,
} from '../../../src/shared/history';

const calendar = fixedOffsetCalendar(0);

function setup(initial?: unknown, at = '2025-03-04T10:00:00Z') {
  const clock = { now: new Date(at) };
  const port = new MemoryPort(initial, 'history');
  const store = new HistoryStore({ port, now: () => clock.now, calendar });
  return { port, store, clock };
}

describe('HistoryStore', () => {
  it('starts empty on a first run', () => {
    const { store, port } = setup();
    expect(store.history).toEqual(emptyHistory());
    expect(store.notice).toBeUndefined();
    expect(port.document).toEqual(emptyHistory());
  });

  it('records a break with defaults filled in and writes it', () => {
    const { store, port } = setup();
    expect(
      store.recordBreak({
        kind: 'long',
        outcome: 'completed',
        exercises: ['cat-pose', 'plank'],
        painScore: 3,
      }),
    ).toEqual({ ok: true, saved: true });
    // Stored compactly (postponed 0 left out); reading it back fills it in again.
    expect((port.document as History).breaks).toEqual([
      {
        at: '2025-03-04T10:00:00.000Z',
        kind: 'long',
        outcome: 'completed',
        exercises: ['cat-pose', 'plank'],
        painScore: 3,
      },
    ]);
    const reread = new HistoryStore({ port, now: () => new Date('2025-03-05T10:00:00Z'), calendar });
    expect(reread.history).toEqual(store.history);
    expect(reread.notice).toBeUndefined();
    expect(reread.history.breaks[0]?.postponed).toBe(0);
  });

  it('rejects a malformed break with per-field errors and writes nothing', () => {
    const { store, port } = setup(emptyHistory());
    const result = store.recordBreak({ kind: 'nap' as 'micro', outcome: 'completed', painScore: 12 });
    expect(result.ok).toBe(false);
    expect(result.ok === false && Object.keys(result.errors).sort()).toEqual(['kind', 'painScore']);
    expect(store.recordPainCheckIn(-1).ok).toBe(false);
    expect(port.writes).toBe(0);
  });

  it('holds active minutes in memory until the next record or flush', () => {
    const { store, port } = setup(emptyHistory());
    store.addActiveMinutes(5);
    store.addActiveMinutes(2.5);
    expect(port.writes).toBe(0);
    expect(store.history.activeMinutes).toEqual({ '2025-03-04': 7.5 });
    expect(store.flush()).toBe(true);
    expect((port.document as History).activeMinutes).toEqual({ '2025-03-04': 7.5 });
    expect(store.flush()).toBe(true);
    expect(port.writes).toBe(1);
  });

  it('writes active minutes by itself every 10 minutes, since a Windows logoff ends the app with no quit', () => {
    const { store, port } = setup(emptyHistory());
    for (let minute = 0; minute < 9; minute++) store.addActiveMinutes(1);
    expect(port.writes).toBe(0);
    store.addActiveMinutes(1);
    expect(port.writes).toBe(1);
    expect((port.document as History).activeMinutes).toEqual({ '2025-03-04': 10 });
    for (let minute = 0; minute < 9; minute++) store.addActiveMinutes(1);
    expect(port.writes).toBe(1);
    store.addActiveMinutes(1);
    expect(port.writes).toBe(2);
  });

  it('rolls up old records when it writes', () => {
    const old = {
      ...emptyHistory(),
      breaks: [
        { at: '2023-01-01T10:00:00Z', kind: 'micro', outcome: 'completed', postponed: 0, exercises: [] },
      ],
    };
    const { store, port } = setup(old);
    // Loading alone does not rewrite a clean file; the next write carries the roll-up.
    expect(port.writes).toBe(0);
    store.recordPainCheckIn(4);
    const saved = port.document as History;
    expect(saved.breaks).toEqual([]);
    expect(saved.daily).toMatchObject([{ date: '2023-01-01', completed: 1 }]);
  });

  it('keeps a failed write in memory and retries with the next one', () => {
    const { store, port } = setup(emptyHistory());
    const write = port.write.bind(port);
    port.write = () => {
      throw new Error('disk full');
    };
    expect(store.recordBreak({ kind: 'micro', outcome: 'skipped' })).toEqual({ ok: true, saved: false });
    port.write = write;
    expect(store.flush()).toBe(true);
    expect((port.document as History).breaks).toHaveLength(1);
  });

  it('drops unreadable entries one by one, keeps the original file and says so once', () => {
    const file = JSON.stringify({
      ...emptyHistory(),
      breaks: [
        { at: '2025-03-03T10:00:00Z', kind: 'micro', outcome: 'completed', postponed: 0, exercises: [] },
        { at: '2025-03-03T11:00:00Z', kind: 'micro', outcome: 'maybe' },
      ],
    });
    const { store, port } = setup(file);
    expect(store.history.breaks).toHaveLength(1);
    expect([...port.backups.values()]).toEqual([file]);
    expect(store.notice).toBe(
      '1 history entry was unreadable and was left out. Your old file was kept as history.invalid-0.json.',
    );
  });

  it('starts empty after a corrupt file, which it keeps', () => {
    const { store, port } = setup('\u0000\u0000\u0000');
    expect(store.history).toEqual(emptyHistory());
    expect([...port.backups.keys()]).toEqual(['history.corrupt-0.json']);
    expect(store.notice).toMatch(/^Your history file could not be read/);
  });

  it('notifies subscribers', () => {
    const { store } = setup(emptyHistory());
    const listener = vi.fn();
    store.subscribe(listener);
    store.recordBreak({ kind: 'quick', outcome: 'completed' });
    expect(listener).toHaveBeenCalledWith(
      expect.objectContaining({ breaks: [expect.objectContaining({ kind: 'quick' })] }),
    );
  });

  it('stays bounded however many records arrive', () => {
    const port = new MemoryPort(
      {
        ...emptyHistory(),
        breaks: Array.from({ length: MAX_RECENT_RECORDS + 500 }, (_, i) => ({
          at: new Date(Date.parse('2025-01-01T00:00:00Z') + i * 5 * 60_000).toISOString(),
          kind: 'micro',
          outcome: 'completed',
          postponed: 0,
          exercises: [],
        })),
      },
      'history',
    );
    const bounded = new HistoryStore({ port, now: () => new Date('2025-03-20T10:00:00Z'), calendar });
    expect(bounded.history.breaks.length).toBeLessThanOrEqual(MAX_RECENT_RECORDS);
    const total =
      bounded.history.breaks.length + bounded.history.daily.reduce((sum, d) => sum + d.completed, 0);
    expect(total).toBe(MAX_RECENT_RECORDS + 500);
  });

  it('copies no record on a write with nothing to roll up, however full the history is', () => {
    // A write at the cap blocked main for ~270 ms, half of it rolling up (and so copying) 20,000
    // records that were all recent anyway. Timing is not asserted here; the copying is.
    const start = Date.parse('2025-03-01T00:00:00Z');
    const full = {
      ...emptyHistory(),
      breaks: Array.from({ length: MAX_RECENT_RECORDS - 10 }, (_, i) => ({
        at: new Date(start + i * 10_000).toISOString(),
        kind: 'micro',
        outcome: 'completed',
        postponed: 0,
        exercises: [],
      })),
    };
    const { store, port } = setup(full, '2025-03-04T10:00:00Z');
    const clone = vi.spyOn(globalThis, 'structuredClone');
    expect(store.recordBreak({ kind: 'micro', outcome: 'completed' })).toEqual({ ok: true, saved: true });
    store.addActiveMinutes(10);
    expect(clone).not.toHaveBeenCalled();
    expect((port.document as History).breaks).toHaveLength(MAX_RECENT_RECORDS - 9);
    expect(store.history.activeMinutes).toEqual({ '2025-03-04': 10 });
  });

  it('keeps records in time order when one is reported late', () => {
    const { store } = setup(emptyHistory(), '2025-03-04T10:00:00Z');
    store.recordBreak({ kind: 'micro', outcome: 'completed', at: '2025-03-04T09:00:00Z' });
    store.recordBreak({ kind: 'micro', outcome: 'skipped', at: '2025-03-04T08:00:00Z' });
    store.recordBreak({ kind: 'long', outcome: 'completed', at: '2025-03-04T09:30:00Z' });
    store.recordBreak({ kind: 'micro', outcome: 'completed', at: '2025-03-04T09:30:00Z' });
    expect(store.history.breaks.map((b) => [b.at.slice(11, 16), b.kind])).toEqual([
      ['08:00', 'micro'],
      ['09:00', 'micro'],
      ['09:30', 'long'],
      ['09:30', 'micro'],
    ]);
  });
});
