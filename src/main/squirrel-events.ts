/**
 * Squirrel.Windows runs the app's own executable with `--squirrel-*` on install, update and removal,
 * and expects it to create or remove its shortcuts through Update.exe and exit at once; it waits for
 * that. Nothing else may happen then: no tray, no lock, no window.
 */
import { basename, dirname, join } from 'node:path';

export type SquirrelEvent = 'install' | 'updated' | 'uninstall' | 'obsolete';

const events: Record<string, SquirrelEvent> = {
  '--squirrel-install': 'install',
  '--squirrel-updated': 'updated',
  '--squirrel-uninstall': 'uninstall',
  '--squirrel-obsolete': 'obsolete',
};

/** The event Squirrel started us for: it is always the first argument after the executable. */
export function squirrelEvent(argv: readonly string[]): SquirrelEvent | undefined {
  const first = argv[1];
  return first !== undefined && Object.hasOwn(events, first) ? events[first] : undefined;
}

/**
 * What to run for the event: Update.exe, one folder up from the versioned app folder, creating the
 * Start-menu and desktop shortcuts (which carry the AppUserModelID our toasts need) or removing them.
 * `--squirrel-obsolete` (an old version being replaced) only has to exit.
 */
export function squirrelUpdateCommand(
  event: SquirrelEvent,
  execPath: string,
): { file: string; args: string[] } | undefined {
  const file = join(dirname(execPath), '..', 'Update.exe');
  const exe = basename(execPath);
  switch (event) {
    case 'install':
    case 'updated':
      return { file, args: ['--createShortcut', exe] };
    case 'uninstall':
      return { file, args: ['--removeShortcut', exe] };
    case 'obsolete':
      return undefined;
  }
}

/** Starts a program without waiting on its output; `onDone` once it has ended or could not start. */
export type Launch = (file: string, args: readonly string[], onDone: () => void) => void;

/** Does what the event asks, then `exit`: Squirrel waits for the app to end. */
export function runSquirrelEvent(
  event: SquirrelEvent,
  execPath: string,
  launch: Launch,
  exit: () => void,
): void {
  const command = squirrelUpdateCommand(event, execPath);
  if (!command) {
    exit();
    return;
  }
  launch(command.file, command.args, exit);
}
