/**
 * `unhunch status`: how a launch gets an answer from the running instance without a network port.
 *
 * Electron's single-instance lock carries a launch's request one way only (Electron 45 has no reply to
 * `second-instance`). Rather than open a socket or a named pipe of our own, a second way in that would
 * have to be secured and kept alive for the rare status query, the launch names a random reply id in its
 * request and the running instance writes its answer to `<userData>/replies/<id>.json`: a folder only
 * the user can read, written atomically (temporary file, then rename), read once and removed. A
 * launch that finds no lock held is told at once that Unhunch is not running, and starts nothing.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DaySummary } from '../shared/history';
import type { TrayStatus } from '../shared/tray-menu';
import { EXIT, envelope, type LaunchEnvelope } from './command-line';

/** What `status` reports: the tray's status line and flags, and today's breaks. */
export interface StatusReport extends TrayStatus {
  today: Pick<
    DaySummary,
    'date' | 'breaks' | 'completed' | 'skipped' | 'workedThrough' | 'natural' | 'quick' | 'activeMinutes'
  >;
}

const REPLY_ID = /^[0-9a-f]{32}$/;
/** A reply nobody collected (its launch gave up) is removed by the next one written after this long. */
const STALE_MS = 60_000;

export const newReplyId = (): string => randomBytes(16).toString('hex');

export const replyFolder = (userData: string): string => join(userData, 'replies');

/** Writes a reply where the waiting launch looks for it; the id has been validated, and is checked again. */
export async function writeReply(folder: string, replyId: string, body: unknown): Promise<void> {
  if (!REPLY_ID.test(replyId)) throw new Error(`not a reply id: ${replyId}`);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const file = join(folder, `${replyId}.json`);
  await writeFile(`${file}.tmp`, JSON.stringify(body), { mode: 0o600 });
  await rename(`${file}.tmp`, file);
  await removeStale(folder, Date.now());
}

async function removeStale(folder: string, nowMs: number): Promise<void> {
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const path = join(folder, name);
    const info = await stat(path).catch(() => undefined);
    if (info && nowMs - info.mtimeMs > STALE_MS) await rm(path, { force: true });
  }
}

/** Waits for the reply to `replyId`, reads and removes it; undefined when none came in time. */
export async function awaitReply(
  folder: string,
  replyId: string,
  { timeoutMs, intervalMs = 100 }: { timeoutMs: number; intervalMs?: number },
): Promise<unknown> {
  const file = join(folder, `${replyId}.json`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const body: unknown = JSON.parse(await readFile(file, 'utf8'));
      await rm(file, { force: true });
      return body;
    } catch (error) {
      // Not there yet. Rename makes a half-written reply impossible, so anything else is a real fault.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;

/** The report as a person reads it in a terminal. */
export function formatStatus(report: StatusReport): string {
  const { today } = report;
  // Quick stretches are among the breaks; natural ones (time away) are counted apart from them.
  const outcomes = [
    [today.completed, 'completed'],
    [today.skipped, 'skipped'],
    [today.workedThrough, 'worked through'],
  ] as const;
  const detail = outcomes.filter(([count]) => count > 0).map(([count, label]) => `${count} ${label}`);
  const parts = [
    today.breaks === 0 ? 'no breaks yet' : `${plural(today.breaks, 'break')} (${detail.join(', ')})`,
    ...(today.quick > 0
      ? [`${today.quick} of them ${today.quick === 1 ? 'a quick stretch' : 'quick stretches'}`]
      : []),
    ...(today.natural > 0 ? [plural(today.natural, 'natural break')] : []),
    plural(today.activeMinutes, 'active minute'),
  ];
  const lines = [
    report.headline,
    `Today: ${parts.join(', ')}.`,
    ...(report.canPostpone || report.canSkip
      ? [
          `A break is due: ${[report.canPostpone && 'postpone', report.canSkip && 'skip'].filter(Boolean).join(' or ')} it.`,
        ]
      : []),
  ];
  return `${lines.join('\n')}\n`;
}

export interface StatusQueryPorts {
  /** Electron's `requestSingleInstanceLock`: true means no Unhunch was running (and we now hold it). */
  requestLock: (data: LaunchEnvelope) => boolean;
  replyFolder: string;
  json: boolean;
  print: (text: string, stream: 'stdout' | 'stderr') => Promise<void>;
  /** How long the running instance may take; it answers once its start-up is done. */
  timeoutMs?: number;
  newReplyId?: () => string;
}

/** Asks the running instance for its status and prints it; resolves to the exit status. */
export async function queryStatus(ports: StatusQueryPorts): Promise<number> {
  const replyId = (ports.newReplyId ?? newReplyId)();
  if (ports.requestLock(envelope({ type: 'status', replyId }))) {
    await ports.print('Unhunch is not running.\n', 'stderr');
    return EXIT.notRunning;
  }
  const reply = (await awaitReply(ports.replyFolder, replyId, { timeoutMs: ports.timeoutMs ?? 10_000 })) as
    StatusReport | undefined;
  if (reply === undefined) {
    await ports.print('Unhunch is running but did not answer in time.\n', 'stderr');
    return EXIT.noAnswer;
  }
  await ports.print(ports.json ? `${JSON.stringify(reply, null, 2)}\n` : formatStatus(reply), 'stdout');
  return EXIT.ok;
}
