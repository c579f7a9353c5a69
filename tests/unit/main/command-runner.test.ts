/**
 * Helpers that misbehave, as a table: each row is a real child process, and every call must settle
 * within its deadline (plus the grace before SIGKILL) with the child gone. To add a case, add a row.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCommandRunner } from '../../../src/main/idle/command-runner';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'unhunch-runner-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Node scripts that write their pid first, so the test can tell whether they were ended. */
const stuckCases = [
  {
    name: 'ignores SIGTERM and never exits',
    script: `process.on('SIGTERM', () => {}); setInterval(() => {}, 1000);`,
  },
  { name: 'never exits (answers SIGTERM)', script: `setInterval(() => {}, 1000);` },
  {
    name: 'writes endlessly and ignores SIGTERM',
    script: `process.on('SIGTERM', () => {}); const b = 'x'.repeat(65536); const w = () => process.stdout.write(b, w); w();`,
  },
];

describe.skipIf(process.platform === 'win32')('command runner deadlines', () => {
  // Long enough for Node to start and install its handler on a busy machine, before the deadline.
  it.each(stuckCases)(
    'a helper that $name is ended and the call fails within its deadline',
    async ({ script }) => {
      const pidFile = join(dir, 'pid');
      const run = createCommandRunner({ timeoutMs: 1_500, killGraceMs: 300 });
      const started = Date.now();
      const call = run(process.execPath, [
        '-e',
        `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); ${script}`,
      ]);
      await expect(call).rejects.toThrow(/timed out|too much output/);
      expect(Date.now() - started).toBeLessThan(3_000);
      const pid = Number(readFileSync(pidFile, 'utf8'));
      await expect.poll(() => alive(pid), { timeout: 1_000 }).toBe(false);
    },
  );

  it('still answers a helper that is quick', async () => {
    const run = createCommandRunner({ timeoutMs: 2_000 });
    await expect(run(process.execPath, ['-e', 'process.stdout.write("42")'])).resolves.toBe('42');
  });
});
