import { mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/main/command-line';
import {
  awaitReply,
  formatStatus,
  queryStatus,
  writeReply,
  type StatusReport,
} from '../../../src/main/command-reply';

const id = (digit: string): string => digit.repeat(32);
const folder = (): string => join(mkdtempSync(join(tmpdir(), 'unhunch-replies-')), 'replies');

const report: StatusReport = {
  headline: 'Stretch in 12 min',
  paused: false,
  canPostpone: false,
  canSkip: false,
  today: {
    date: '2026-11-24',
    breaks: 3,
    completed: 2,
    skipped: 1,
    workedThrough: 0,
    natural: 1,
    quick: 1,
    activeMinutes: 45,
  },
};

describe('status replies through the user-data folder', () => {
  it('hands a reply to the launch waiting for it, once, and leaves nothing behind', async () => {
    const dir = folder();
    const waiting = awaitReply(dir, id('a'), { timeoutMs: 2_000, intervalMs: 10 });
    await writeReply(dir, id('a'), report);
    expect(await waiting).toEqual(report);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the folder and the reply to the user alone', async () => {
    if (process.platform === 'win32') return;
    const dir = folder();
    await writeReply(dir, id('b'), report);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, `${id('b')}.json`)).mode & 0o777).toBe(0o600);
  });

  it('gives up when no reply comes in time', async () => {
    expect(await awaitReply(folder(), id('c'), { timeoutMs: 50, intervalMs: 10 })).toBeUndefined();
  });

  it('refuses a reply id that could name another file', async () => {
    await expect(writeReply(folder(), '../../escape', report)).rejects.toThrow(/not a reply id/);
  });

  it('removes replies nobody collected once they are stale', async () => {
    const dir = folder();
    await writeReply(dir, id('d'), report);
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(join(dir, `${id('d')}.json`), old, old);
    writeFileSync(join(dir, 'fresh-leftover'), '');
    await writeReply(dir, id('e'), report);
    expect(readdirSync(dir).sort()).toEqual([`${id('e')}.json`, 'fresh-leftover']);
  });
});

describe('unhunch status', () => {
  function ports(overrides: { lock?: boolean; answer?: boolean; json?: boolean } = {}) {
    const dir = folder();
    const printed: { text: string; stream: string }[] = [];
    const sent: unknown[] = [];
    return {
      printed,
      sent,
      ports: {
        requestLock: (data: unknown) => {
          sent.push(data);
          // The running instance answers through the folder, as index.ts wires it.
          if (overrides.answer !== false && !overrides.lock) void writeReply(dir, id('f'), report);
          return overrides.lock ?? false;
        },
        replyFolder: dir,
        json: overrides.json ?? false,
        print: async (text: string, stream: 'stdout' | 'stderr') => void printed.push({ text, stream }),
        timeoutMs: 200,
        newReplyId: () => id('f'),
      },
    };
  }

  it('asks the running instance through the lock and prints its answer', async () => {
    const { ports: p, printed, sent } = ports();
    expect(await queryStatus(p)).toBe(EXIT.ok);
    expect(sent).toEqual([{ unhunch: 1, command: { type: 'status', replyId: id('f') } }]);
    expect(printed).toEqual([{ text: formatStatus(report), stream: 'stdout' }]);
  });

  it('prints the answer as JSON when asked', async () => {
    const { ports: p, printed } = ports({ json: true });
    expect(await queryStatus(p)).toBe(EXIT.ok);
    expect(JSON.parse(printed[0]!.text)).toEqual(report);
  });

  it('says Unhunch is not running when the lock was free, and starts nothing', async () => {
    const { ports: p, printed } = ports({ lock: true });
    expect(await queryStatus(p)).toBe(EXIT.notRunning);
    expect(printed).toEqual([{ text: 'Unhunch is not running.\n', stream: 'stderr' }]);
  });

  it('says so when the running instance does not answer in time', async () => {
    const { ports: p, printed } = ports({ answer: false });
    expect(await queryStatus(p)).toBe(EXIT.noAnswer);
    expect(printed[0]).toMatchObject({ stream: 'stderr', text: expect.stringMatching(/did not answer/) });
  });

  it('words the report for a person', () => {
    expect(formatStatus(report)).toBe(
      'Stretch in 12 min\nToday: 3 breaks (2 completed, 1 skipped), 1 of them a quick stretch, 1 natural break, 45 active minutes.\n',
    );
    const quiet = {
      ...report,
      headline: 'Paused until 14:30',
      paused: true,
      today: { ...report.today, breaks: 0, completed: 0, skipped: 0, quick: 0, natural: 0, activeMinutes: 1 },
    };
    expect(formatStatus(quiet)).toBe('Paused until 14:30\nToday: no breaks yet, 1 active minute.\n');
    expect(formatStatus({ ...report, canPostpone: true, canSkip: true })).toMatch(
      /\nA break is due: postpone or skip it\.\n$/,
    );
  });
});
