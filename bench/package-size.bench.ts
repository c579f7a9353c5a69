/**
 * What Unhunch adds to Electron in an installed package: app.asar and what sits unpacked beside it, as
 * `electron-forge package` lays them out for this machine's platform. Electron's own runtime (about
 * 250 MB unpacked, the same for every Electron app) is left out; a Linux .deb compresses both.
 * Packaged against the stand-in release served from 127.0.0.1, so it needs no network.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';
import { serveStatic } from '../scripts/serve-static.mjs';
import { buildStandInRelease } from '../tests/fakes/stand-in-electron/release';

/** A budget with room for a few more exercises' figures, not for a new heavy dependency. */
export const goals = { appAsarKb: 3072, unpackedKb: 64 };

function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

export async function run(): Promise<Record<string, number>> {
  const root = process.cwd();
  const version = (
    JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
  ).version;
  const work = mkdtempSync(join(tmpdir(), 'unhunch-package-size-'));
  const { mirror } = await buildStandInRelease(join(work, 'release'), version);
  const server = await serveStatic(mirror, 0);
  try {
    const { port } = server.address() as AddressInfo;
    // Asynchronously: the mirror is served from this process.
    const status = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        'node_modules/.bin/electron-forge',
        ['package', '--platform', 'linux', '--arch', 'x64'],
        {
          env: {
            ...process.env,
            ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
            electron_use_remote_checksums: '1',
            electron_config_cache: join(work, 'electron-cache'),
            CI: 'true',
          },
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (status !== 0) throw new Error(`electron-forge package failed (${status})`);
    const resources = join(root, 'dist/Unhunch-linux-x64/resources');
    const asar = join(resources, 'app.asar');
    const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;
    return {
      appAsarKb: kb(statSync(asar).size),
      unpackedKb: kb(folderBytes(join(resources, 'app.asar.unpacked'))),
      asarFiles: listPackage(asar, { isPack: false }).length,
      builtAppKb: kb(folderBytes(join(root, 'out'))),
    };
  } finally {
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
