/**
 * Runs a short-lived command asynchronously and returns its stdout. The D-Bus client uses it to call
 * `gdbus` / `dbus-send`, so the main process never blocks on the desktop's services.
 *
 * Every call settles by its deadline: at `timeoutMs` the child gets SIGTERM, `killGraceMs` later
 * SIGKILL, and the promise is rejected then whether or not the child is gone (one stuck in the kernel
 * cannot be waited for). Node's own `timeout` sends one signal and then waits for the exit forever,
 * so a helper that ignores SIGTERM kept its call pending and its process alive.
 */
import { spawn } from 'node:child_process';

export type RunCommand = (file: string, args: readonly string[]) => Promise<string>;

export interface CommandRunnerOptions {
  /** Environment for the child; the session bus comes from its DBUS_SESSION_BUS_ADDRESS. */
  env?: NodeJS.ProcessEnv;
  /** A wedged service must not leave a reading pending forever. */
  timeoutMs?: number;
  /** How long a child has to end after SIGTERM before SIGKILL. */
  killGraceMs?: number;
  /** More output than any of our helpers gives is a helper gone wrong. */
  maxOutputBytes?: number;
}

/** Whether a command failed because the executable itself is not installed. */
export function isCommandMissing(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

export function createCommandRunner({
  env,
  timeoutMs = 2000,
  killGraceMs = 500,
  maxOutputBytes = 1024 * 1024,
}: CommandRunnerOptions = {}): RunCommand {
  return (file, args) =>
    new Promise((resolve, reject) => {
      let child: ReturnType<typeof spawn>;
      try {
        child = spawn(file, [...args], {
          env: env ?? process.env,
          stdio: ['ignore', 'pipe', 'pipe'],
          windowsHide: true,
        });
      } catch (error) {
        reject(error as Error);
        return;
      }
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      let bytes = 0;
      let settled = false;
      const timers: ReturnType<typeof setTimeout>[] = [];
      const finish = (error: Error | undefined): void => {
        if (settled) return;
        settled = true;
        for (const timer of timers) clearTimeout(timer);
        if (error) reject(error);
        else resolve(Buffer.concat(stdout).toString('utf8'));
      };
      const kill = (signal: NodeJS.Signals): void => {
        try {
          child.kill(signal);
        } catch {
          // Already gone.
        }
      };
      /** Ends the child (SIGTERM, then SIGKILL) and fails the call at once. */
      const abandon = (reason: string): void => {
        kill('SIGTERM');
        const escalate = setTimeout(() => {
          if (child.exitCode === null && child.signalCode === null) kill('SIGKILL');
        }, killGraceMs);
        // Not kept alive by a helper's deadline: a quitting app must not wait for it.
        escalate.unref?.();
        child.stdout?.destroy();
        child.stderr?.destroy();
        finish(new Error(`${file} ${reason}`));
      };
      const collect =
        (into: Buffer[]) =>
        (chunk: Buffer): void => {
          bytes += chunk.length;
          if (bytes > maxOutputBytes) abandon(`gave too much output (over ${maxOutputBytes} bytes)`);
          else into.push(chunk);
        };
      child.stdout?.on('data', collect(stdout));
      child.stderr?.on('data', collect(stderr));
      child.on('error', (error) => finish(error));
      child.on('close', (code, signal) => {
        if (code === 0) return finish(undefined);
        // As execFile does: the tool's stderr (the D-Bus error name, e.g. ServiceUnknown) in the message.
        const detail = Buffer.concat(stderr).toString('utf8').trim();
        const error = new Error(
          `Command failed: ${file} ${args.join(' ')}${signal ? ` (${signal})` : ` (exit ${code})`}${detail ? `\n${detail}` : ''}`,
        );
        finish(Object.assign(error, { code }));
      });
      timers.push(setTimeout(() => abandon(`timed out after ${timeoutMs} ms`), timeoutMs));
    });
}
