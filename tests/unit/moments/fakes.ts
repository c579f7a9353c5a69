/** Hand-driven stand-ins for the moment detectors' ports: commands, files and time. */
import { vi } from 'vitest';
import type { MomentFs, MomentTimer, RunCommand } from '../../../src/main/moments/ports';

/** An error like the one Node gives for a command that is not installed. */
export function missingCommand(file: string): Error {
  return Object.assign(new Error(`spawn ${file} ENOENT`), { code: 'ENOENT' });
}

/**
 * A RunCommand answering from a table keyed by the command line ("xprop -root _NET_ACTIVE_WINDOW");
 * an Error value rejects, an unlisted command is "not installed".
 */
export function fakeRun(table: Record<string, string | Error>) {
  const run = vi.fn<RunCommand>(async (file, args) => {
    const answer = table[[file, ...args].join(' ')];
    if (answer === undefined) throw missingCommand(file);
    if (answer instanceof Error) throw answer;
    return answer;
  });
  return run;
}

/**
 * A read-only file system from a table: a string is a file's contents, `{ link }` a symlink, and a
 * directory's entries are derived from the paths under it.
 */
export function fakeFs(files: Record<string, string | { link: string }>): MomentFs & {
  calls: () => number;
} {
  let calls = 0;
  const enoent = (path: string): Error =>
    Object.assign(new Error(`ENOENT: no such file or directory, '${path}'`), { code: 'ENOENT' });
  return {
    calls: () => calls,
    async readdir(path) {
      calls += 1;
      const prefix = `${path.replace(/\/$/, '')}/`;
      const entries = new Set(
        Object.keys(files)
          .filter((file) => file.startsWith(prefix))
          .map((file) => file.slice(prefix.length).split('/')[0] as string),
      );
      if (entries.size === 0) throw enoent(path);
      return [...entries];
    },
    async readlink(path) {
      calls += 1;
      const entry = files[path];
      if (typeof entry !== 'object') throw enoent(path);
      return entry.link;
    },
    async readFile(path) {
      calls += 1;
      const entry = files[path];
      if (typeof entry !== 'string') throw enoent(path);
      return entry;
    },
  };
}

/** One-shot timers on a clock that only moves when the test calls `advance`. */
export function fakeTimer(): MomentTimer & {
  advance(ms: number): Promise<void>;
  pending(): number;
  /** The fake clock's time, for the monitor's `nowMs`. */
  now(): number;
} {
  let now = 0;
  let nextId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    after(delayMs, callback) {
      const id = nextId++;
      timers.set(id, { at: now + delayMs, callback });
      return () => timers.delete(id);
    },
    pending: () => timers.size,
    async advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= until)
          .sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        const [id, timer] = due;
        timers.delete(id);
        now = timer.at;
        timer.callback();
        await settle();
      }
      now = until;
      await settle();
    },
  };
}

/** Lets every promise chain that can move on run to its end: one event-loop turn, no timer involved. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
