/**
 * What `npm start` and `npm run dev` run. Since Electron 42 the `electron` package fetches its binary the
 * first time its own entry point is loaded, and electron-vite reads `path.txt` without loading it, so a
 * fresh clone would stop at "Electron uninstall". This loads the package (which downloads the binary when
 * missing, through ELECTRON_MIRROR and the cache like any other install), checks the one Linux set-up in
 * which Electron would abort with a Chromium stack trace, and hands the binary to electron-vite.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface LaunchIo {
  /** The project folder (where package.json is). */
  root: string;
  env: NodeJS.ProcessEnv;
}

const commands = { start: 'preview', dev: 'dev' } as const;
export type LaunchCommand = keyof typeof commands;

export const USAGE = 'usage: node scripts/launch.mjs start|dev [command for Unhunch…]';

/**
 * electron-vite's arguments. Those after the launch command are Unhunch's own (`npm start -- pause 1h`):
 * electron-vite hands Electron what follows its own `--` (it sets ELECTRON_CLI_ARGS from them, over
 * any the environment had), after the app folder.
 *
 * With a command, `start` reuses the last build when there is one: the command is most often for the
 * Unhunch already running from out/, and rebuilding would replace the files its next window loads, and
 * take seconds a command should not. `npm start` alone still builds, so a plain start runs fresh code.
 */
export function electronViteArgs(
  command: LaunchCommand,
  appArgs: readonly string[],
  { built }: { built: boolean },
): string[] {
  const args: string[] = [commands[command]];
  if (command === 'start' && appArgs.length > 0 && built) args.push('--skipBuild');
  return appArgs.length > 0 ? [...args, '--', ...appArgs] : args;
}

/** What decides whether Chromium's sandbox can start on Linux. */
export interface SandboxFacts {
  platform: NodeJS.Platform;
  /** The user running `npm start` (root needs no helper: it may create namespaces itself). */
  uid: number | undefined;
  /** Owner and mode of Electron's `chrome-sandbox` helper, when it exists. */
  helper: { path: string; uid: number; mode: number } | undefined;
  /** True where the kernel refuses unprivileged user namespaces (Ubuntu 23.10+'s AppArmor setting). */
  userNamespacesRestricted: boolean;
}

/**
 * Without unprivileged user namespaces Chromium needs `chrome-sandbox` to be setuid root, and an npm
 * install can never make it so; Electron then aborts with a FATAL stack trace (electron/electron#42510).
 * Returns the one instruction that fixes it, or undefined when Electron can start.
 */
export function sandboxProblem(facts: SandboxFacts): string | undefined {
  const { platform, uid, helper } = facts;
  if (platform !== 'linux' || uid === 0 || !helper || !facts.userNamespacesRestricted) return undefined;
  const setuidRoot = helper.uid === 0 && (helper.mode & 0o4000) !== 0;
  if (setuidRoot) return undefined;
  return [
    "Unhunch can't start yet: this system restricts unprivileged user namespaces (as Ubuntu 23.10 and later",
    "do), so Electron's sandbox helper must belong to root. Run this once, then `npm start` again:",
    '',
    `  sudo chown root:root '${helper.path}' && sudo chmod 4755 '${helper.path}'`,
    '',
    'Installed packages of Unhunch set this up themselves.',
  ].join('\n');
}

const readFlag = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
};

/** Reads the facts `sandboxProblem` decides on from this machine. */
export function sandboxFacts(binary: string): SandboxFacts {
  const helperPath = join(dirname(binary), 'chrome-sandbox');
  let helper: SandboxFacts['helper'];
  try {
    const stat = statSync(helperPath);
    helper = { path: helperPath, uid: stat.uid, mode: stat.mode };
  } catch {
    helper = undefined;
  }
  return {
    platform: process.platform,
    uid: process.getuid?.(),
    helper,
    userNamespacesRestricted:
      readFlag('/proc/sys/kernel/apparmor_restrict_unprivileged_userns') === '1' ||
      readFlag('/proc/sys/kernel/unprivileged_userns_clone') === '0' ||
      readFlag('/proc/sys/user/max_user_namespaces') === '0',
  };
}

/**
 * The Electron binary's path. Loading the package's entry point downloads the binary when it is
 * missing; it prints its own progress and, on failure, throws.
 */
function electronBinary(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  return require('electron') as string;
}

export async function main(args: readonly string[], io: LaunchIo): Promise<number> {
  const [command, ...appArgs] = args as [LaunchCommand | undefined, ...string[]];
  if (command === undefined || !Object.hasOwn(commands, command)) {
    console.error(USAGE);
    return 2;
  }
  let binary: string;
  try {
    binary = electronBinary(io.root);
  } catch (error) {
    console.error(
      [
        '',
        "Unhunch can't start: Electron's binary is missing and could not be downloaded.",
        'It is fetched once, on the first start. Check the internet connection (or set ELECTRON_MIRROR to a',
        'mirror of the Electron releases) and run `npm start` again.',
        `(${error instanceof Error ? error.message : String(error)})`,
      ].join('\n'),
    );
    return 1;
  }
  const problem = sandboxProblem(sandboxFacts(binary));
  if (problem) {
    console.error(problem);
    return 1;
  }
  const electronVite = join(
    dirname(createRequire(join(io.root, 'package.json')).resolve('electron-vite/package.json')),
    'bin/electron-vite.js',
  );
  // `preview` builds once and starts; running `build` first as well would build twice.
  const viteArgs = electronViteArgs(command, appArgs, {
    built: existsSync(join(io.root, 'out/main/index.js')),
  });
  const child = spawn(process.execPath, [electronVite, ...viteArgs], {
    cwd: io.root,
    stdio: 'inherit',
    env: { ...io.env, ELECTRON_EXEC_PATH: binary },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`Could not run electron-vite: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
