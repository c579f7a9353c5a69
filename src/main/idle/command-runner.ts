/**
 * Runs a short-lived command asynchronously and returns its stdout. The D-Bus client uses it to call
 * `gdbus` / `dbus-send`, so the main process never blocks on the desktop's services.
 */
import { execFile } from 'node:child_process';

export type RunCommand = (file: string, args: readonly string[]) => Promise<string>;

export interface CommandRunnerOptions {
  /** Environment for the child; the session bus comes from its DBUS_SESSION_BUS_ADDRESS. */
  env?: NodeJS.ProcessEnv;
  /** A wedged service must not leave a reading pending forever. */
  timeoutMs?: number;
}

/** Whether a command failed because the executable itself is not installed. */
export function isCommandMissing(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

export function createCommandRunner({ env, timeoutMs = 2000 }: CommandRunnerOptions = {}): RunCommand {
  return (file, args) =>
    new Promise((resolve, reject) => {
      execFile(
        file,
        [...args],
        { env: env ?? process.env, timeout: timeoutMs, encoding: 'utf8', windowsHide: true },
        // On failure Node puts the tool's stderr (the D-Bus error name, e.g. ServiceUnknown) in the message.
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      );
    });
}
