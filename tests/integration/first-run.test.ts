/**
 * A new user's first `npm start`, as it happens on their machine: a fresh copy of the project with its
 * dependencies installed and no Electron binary, Electron's release served from 127.0.0.1 in place of its
 * download host. The stand-in release's `electron` runs the built `out/main/index.js` against our fake
 * electron module, so the test sees the binary fetched, extracted and launched with our app, the built
 * bundle reach its tray, and a second launch reach the first through `second-instance`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { buildStandInRelease } from '../fakes/stand-in-electron/release';
import { pageViews } from '../../src/renderer/src/view-areas';
import { missingCommands, waitFor } from '../fakes/private-session';

const root = fileURLToPath(new URL('../..', import.meta.url));
const version = (
  JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

const unsupported =
  process.platform !== 'linux' || process.arch !== 'x64'
    ? `the stand-in release is built for linux-x64, not ${process.platform}-${process.arch}`
    : missingCommands(['git', 'npm', 'python3']).map((command) => `${command} is not installed`)[0];
if (unsupported) console.log(`Skipping the first-run test: ${unsupported}`);

/** A child process whose output the test reads as it comes. */
class Run {
  output = '';
  exitCode: number | null | undefined;
  readonly child: ChildProcess;
  constructor(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
    // Its own process group, so the whole tree (npm, launcher, electron-vite, the app) can be stopped.
    this.child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer): void => void (this.output += String(chunk));
    this.child.stdout?.on('data', collect);
    this.child.stderr?.on('data', collect);
    this.child.on('exit', (code) => (this.exitCode = code));
  }
  async waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
    try {
      return await waitFor(`${pattern}`, () => pattern.exec(this.output) ?? undefined, {
        timeoutMs,
        intervalMs: 200,
      });
    } catch (error) {
      throw new Error(`${String(error)}\n--- output so far ---\n${this.output.slice(-4000)}`, {
        cause: error,
      });
    }
  }
  async stop(): Promise<void> {
    if (this.exitCode !== undefined || this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, 'SIGTERM');
    } catch {
      return;
    }
    await waitFor('the process group to end', () => (this.exitCode !== undefined ? true : undefined), {
      timeoutMs: 20_000,
    });
  }
}

/** The environment of a user's shell: nothing of this test run leaks into the fresh project. */
function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'USER', 'LANG', 'TMPDIR', 'SHELL', 'npm_config_cache'];
  return {
    ...Object.fromEntries(keep.flatMap((key) => (process.env[key] ? [[key, process.env[key]]] : []))),
    ...extra,
  };
}

describe.skipIf(unsupported)('first run: npm start on a fresh clone', () => {
  let work: string;
  let project: string;
  let server: Server;
  const requests: string[] = [];
  let env: NodeJS.ProcessEnv;
  let first: Run | undefined;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'unhunch-first-run-'));
    const { mirror } = await buildStandInRelease(join(work, 'release'), version);
    server = await serveStatic(mirror, 0);
    server.on('request', (request) => requests.push(request.url ?? ''));
    const { port } = server.address() as AddressInfo;

    // The project as a clone has it: tracked and new files, nothing ignored (no node_modules, no out/).
    project = join(work, 'project');
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root })
      .toString()
      .split('\0')
      // A worktree's node_modules may be a symlink to a shared install, which `node_modules/` in
      // .gitignore does not match (it matches folders only): copied, `npm ci` would empty its target.
      .filter((file) => file && file.split('/')[0] !== 'node_modules' && existsSync(join(root, file)));
    for (const file of files) {
      mkdirSync(dirname(join(project, file)), { recursive: true });
      cpSync(join(root, file), join(project, file));
    }
    env = userEnv({
      ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
      electron_use_remote_checksums: '1',
      electron_config_cache: join(work, 'electron-cache'),
      XDG_CONFIG_HOME: join(work, 'config'),
    });
    execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: project,
      env,
      stdio: 'pipe',
      timeout: 240_000,
    });
    expect(existsSync(join(project, 'node_modules/electron/path.txt'))).toBe(false);
  }, 300_000);

  // Removing the copy's installed dependencies takes longer than vitest's default 10 s on a busy machine.
  afterAll(async () => {
    await first?.stop();
    server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('fetches Electron from the mirror, builds once and starts the built app to its tray', async () => {
    first = new Run('npm', ['start'], project, env);
    const [, tooltip] = await first.waitForOutput(/\[electron stand-in\] tray shown: (.*)/, 180_000);

    expect(tooltip).toMatch(/^Unhunch — /);
    expect(first.output).toContain('Downloading Electron binary');
    expect(requests).toEqual(
      expect.arrayContaining([
        `/v${version}/electron-v${version}-linux-x64.zip`,
        `/v${version}/SHASUMS256.txt`,
      ]),
    );
    expect(readFileSync(join(project, 'node_modules/electron/path.txt'), 'utf8')).toBe('electron');
    expect(first.output).toContain(`loading ${join(project, 'out/main/index.js')}`);
    // One "built in" line per build: main, preload and each view's page (bundling/view-pages.ts).
    expect(first.output.match(/built in \d/g)).toHaveLength(2 + pageViews.length);
    expect(first.output).not.toMatch(/failed to start|Uncaught|TypeError|ReferenceError/);
    // A first run introduces itself.
    await first.waitForOutput(/\[electron stand-in\] window shown: file:\/\/.*#\/welcome/, 20_000);
  }, 200_000);

  it('hands a second launch to the first instance, which surfaces a window', async () => {
    if (!first) throw new Error('the first launch did not run');
    const second = new Run(join(project, 'node_modules/.bin/electron'), ['.'], project, env);
    await waitFor('the second launch to exit', () => (second.exitCode !== undefined ? true : undefined), {
      timeoutMs: 60_000,
    });
    expect(second.exitCode, second.output).toBe(0);
    expect(second.output).not.toContain('tray shown');
    await first.waitForOutput(/\[electron stand-in\] second-instance/, 20_000);
    await first.waitForOutput(/\[electron stand-in\] window shown: file:\/\/.*#\/library/, 20_000);
  }, 90_000);

  /** `npm start -- <args>` while the first instance runs; resolves once it has exited. */
  async function npmStart(args: string[]): Promise<Run> {
    const run = new Run('npm', ['start', '--', ...args], project, env);
    await waitFor('the launch to exit', () => (run.exitCode !== undefined ? true : undefined), {
      timeoutMs: 60_000,
    });
    return run;
  }

  it('hands `npm start -- settings` to the first instance, without building again', async () => {
    if (!first) throw new Error('the first launch did not run');
    const second = await npmStart(['settings']);
    expect(second.exitCode, second.output).toBe(0);
    expect(second.output).not.toMatch(/built in \d/);
    await first.waitForOutput(/\[electron stand-in\] second-instance: \. settings/, 20_000);
    await first.waitForOutput(/\[electron stand-in\] window shown: file:\/\/.*#\/settings/, 20_000);
  }, 90_000);

  it('answers `npm start -- status` from the running instance, across processes', async () => {
    if (!first) throw new Error('the first launch did not run');
    const status = await npmStart(['status']);
    expect(status.exitCode, status.output).toBe(0);
    expect(status.output).toMatch(
      /^(Stretch in \d+ min|Stretch soon)\nToday: no breaks yet, \d+ active minutes?\.$/m,
    );
  }, 90_000);

  it('answers `npm start -- --help` and a mistake in the launch, never telling the first instance', async () => {
    if (!first) throw new Error('the first launch did not run');
    const heard = first.output.match(/second-instance/g)?.length ?? 0;
    const help = await npmStart(['--help']);
    expect(help.exitCode, help.output).toBe(0);
    expect(help.output).toContain('Usage: npm start -- [command]');
    const mistake = await npmStart(['paus', '1h']);
    expect(mistake.exitCode).not.toBe(0);
    expect(mistake.output).toContain("npm start --: 'paus' is not a command. Did you mean 'pause'?");
    expect(first.output.match(/second-instance/g)?.length ?? 0).toBe(heard);
  }, 120_000);

  it('quits cleanly when asked to stop', async () => {
    if (!first) throw new Error('the first launch did not run');
    await first.stop();
    expect(first.output).not.toMatch(/Tray is destroyed|unhandled/i);
  }, 30_000);
});
