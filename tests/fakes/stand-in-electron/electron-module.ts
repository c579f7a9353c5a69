/**
 * The `electron` module as the stand-in Electron's processes see it: our fake, plus what a real process
 * adds around it. The user-data folder is ~/.config/<name> (XDG_CONFIG_HOME honoured) as Electron's on
 * Linux; the single-instance lock is held across processes through a lock link and a socket in that
 * folder, as Chromium's process singleton does; quitting ends the process; and what a user would see
 * (the tray, a window) is printed, so a test can follow the app from outside.
 */
import { mkdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { homedir, hostname } from 'node:os';
import { join } from 'node:path';
import { fake } from '../electron';

export * from '../electron';
export { default } from '../electron';

const say = (line: string): void => void process.stdout.write(`[electron stand-in] ${line}\n`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Makes this process the stand-in's; returns what to call once the app's main script has run. */
export function bootStandIn({ appName }: { appName: string }): { mainScriptRan(): void } {
  const configHome = process.env['XDG_CONFIG_HOME'] || join(homedir(), '.config');
  fake.userData = join(configHome, appName);
  fake.trace = (event, detail) => say(detail === undefined ? event : `${event}: ${detail}`);
  let pending: Promise<void> = Promise.resolve();

  fake.app.requestSingleInstanceLock = (additionalData?: Record<string, unknown>): boolean => {
    mkdirSync(fake.userData, { recursive: true });
    const lock = join(fake.userData, 'SingletonLock');
    const socket = join(fake.userData, 'SingletonSocket');
    const owner = `${hostname()}-${process.pid}`;
    try {
      symlinkSync(owner, lock);
    } catch {
      const holder = Number(readlinkSync(lock).split('-').pop());
      if (alive(holder)) {
        pending = new Promise((resolve) => {
          const connection = createConnection(socket, () =>
            connection.end(JSON.stringify({ argv: process.argv, cwd: process.cwd(), additionalData })),
          );
          connection.on('close', () => resolve());
          connection.on('error', () => resolve());
        });
        say('another instance holds the lock; told it');
        return false;
      }
      rmSync(lock, { force: true });
      symlinkSync(owner, lock);
    }
    rmSync(socket, { force: true });
    const server = createServer((connection) => {
      let text = '';
      connection.on('data', (chunk) => (text += String(chunk)));
      connection.on('end', () => {
        const { argv, cwd, additionalData } = JSON.parse(text) as {
          argv: string[];
          cwd: string;
          additionalData?: unknown;
        };
        say(`second-instance: ${argv.slice(1).join(' ')}`);
        fake.app.emit('second-instance', {}, argv, cwd, additionalData ?? null);
      });
    });
    server.listen(socket);
    server.unref();
    process.on('exit', () => {
      rmSync(lock, { force: true });
      rmSync(socket, { force: true });
    });
    return true;
  };

  fake.app.on('quit', () => {
    void pending.then(() => process.exit(fake.app.exitCode ?? 0));
  });
  fake.onExit = (code) => void pending.then(() => process.exit(code));
  process.on('SIGTERM', () => fake.app.quit());
  process.on('SIGINT', () => fake.app.quit());
  // Electron's event loop, and with it `ready`, starts only after the main script's first run-through.
  return { mainScriptRan: () => setImmediate(() => fake.emitReady()) };
}
