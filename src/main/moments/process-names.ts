/**
 * The names of the running processes, for the "pause while" / "only while" app rules.
 *
 * - Linux: /proc/<pid>/comm, which the kernel cuts at 15 characters, plus the file name of argv[0] from
 *   /proc/<pid>/cmdline, which has the full name ("gnome-calculator", "zoom"). Apps that rewrite their
 *   title (Chromium and Electron helpers) leave the whole command line in argv[0], so the part before the
 *   first space is tried too.
 * - Windows: `tasklist /fo csv /nh`, image names such as "Teams.exe".
 * - macOS: `ps -axc -o comm=`, the executable names.
 *
 * Names are returned as found; matching (case, ".exe") is the app rule's business.
 */
import { mapWithLimit } from './limit';
import type { MomentFs, RunCommand } from './ports';

export type ListProcessNames = () => Promise<Set<string>>;

const PARALLEL_PROCESSES = 16;

/** The last path segment, for "/" and "\" paths alike. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The names one process is known by, from its comm and cmdline files' contents. */
export function linuxNames(comm: string, cmdline: string): string[] {
  const names = new Set<string>();
  const shortName = comm.trim();
  if (shortName) names.add(shortName);
  const argv0 = cmdline.split('\0')[0]?.trim() ?? '';
  if (argv0) {
    names.add(fileName(argv0));
    const beforeSpace = argv0.split(' ')[0];
    if (beforeSpace) names.add(fileName(beforeSpace));
  }
  names.delete('');
  return [...names];
}

async function readOr(fs: MomentFs, path: string): Promise<string> {
  try {
    return await fs.readFile(path);
  } catch {
    // The process ended while we listed, or we may not read it.
    return '';
  }
}

export function linuxProcessNames(fs: MomentFs, procRoot = '/proc'): ListProcessNames {
  return async () => {
    const pids = (await fs.readdir(procRoot)).filter((entry) => /^\d+$/.test(entry));
    const perProcess = await mapWithLimit(pids, PARALLEL_PROCESSES, async (pid) =>
      linuxNames(await readOr(fs, `${procRoot}/${pid}/comm`), await readOr(fs, `${procRoot}/${pid}/cmdline`)),
    );
    return new Set(perProcess.flat());
  };
}

/** Image names from `tasklist /fo csv /nh` lines: `"Teams.exe","1234","Console","1","123,456 K"`. */
export function parseTasklistCsv(output: string): Set<string> {
  const names = new Set<string>();
  for (const line of output.split(/\r?\n/)) {
    const match = /^"([^"]+)"/.exec(line.trim());
    if (match?.[1]) names.add(match[1]);
  }
  return names;
}

/** One executable name per line, as `ps -axc -o comm=` prints them. */
export function parsePsNames(output: string): Set<string> {
  return new Set(
    output
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
}

export function windowsProcessNames(run: RunCommand): ListProcessNames {
  return async () => parseTasklistCsv(await run('tasklist', ['/fo', 'csv', '/nh']));
}

export function macProcessNames(run: RunCommand): ListProcessNames {
  return async () => parsePsNames(await run('ps', ['-axc', '-o', 'comm=']));
}
