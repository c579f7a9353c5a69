/**
 * Builds a stand-in Electron release, laid out as Electron's own download server lays one out:
 * `v<version>/electron-v<version>-linux-x64.zip` and `v<version>/SHASUMS256.txt`. Its `electron`
 * executable runs an app folder's `main` in this machine's Node against our fake `electron` module
 * (see main.ts), so `npm start` can fetch, extract and launch it exactly as it would the real one.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Electron's fuse wire as its binaries carry it (docs/tutorial/fuses.md, read by @electron/fuses): the
 * sentinel, the wire's version (1), its length, then one byte per fuse, '1' on and '0' off. Electron 45's
 * defaults, in wire order: runAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, embedded
 * asar integrity off, only-load-from-asar off, browser V8 snapshot off, file:// privileges on, WASM trap
 * handlers on.
 */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const DEFAULT_FUSES = '101100011';
const fuseWire = (): Buffer =>
  Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, DEFAULT_FUSES.length]),
    Buffer.from(DEFAULT_FUSES, 'latin1'),
  ]);

export interface StandInRelease {
  /** The folder to serve as ELECTRON_MIRROR. */
  mirror: string;
  zipName: string;
}

/** Zips `folder` with Python's zipfile, keeping the executable bit as Electron's own zips do. */
function zipFolder(folder: string, zipPath: string): void {
  const script = [
    'import os, sys, zipfile',
    'folder, target = sys.argv[1], sys.argv[2]',
    'with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:',
    '    for base, _, files in os.walk(folder):',
    '        for name in files:',
    '            path = os.path.join(base, name)',
    '            info = zipfile.ZipInfo(os.path.relpath(path, folder))',
    '            info.external_attr = (os.stat(path).st_mode & 0xFFFF) << 16',
    '            info.compress_type = zipfile.ZIP_DEFLATED',
    '            archive.writestr(info, open(path, "rb").read())',
  ].join('\n');
  execFileSync('python3', ['-c', script, folder, zipPath]);
}

export async function buildStandInRelease(work: string, version: string): Promise<StandInRelease> {
  const contents = join(work, 'contents');
  const runtime = join(contents, 'stand-in');
  await build({
    configFile: false,
    logLevel: 'silent',
    root: here,
    build: {
      ssr: true,
      outDir: runtime,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: {
        input: { main: join(here, 'main.ts'), electron: join(here, 'electron-module.ts') },
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  });
  copyFileSync(join(here, 'hooks.mjs'), join(runtime, 'hooks.mjs'));
  const executable = join(contents, 'electron');
  // The shell never gets past `exec`, so the fuse wire can sit in a comment at the file's end, as it sits
  // in a real binary, where packagers find it, flip it and read it back.
  writeFileSync(
    executable,
    Buffer.concat([
      Buffer.from(`#!/bin/sh\nexec '${process.execPath}' "$(dirname "$0")/stand-in/main.mjs" "$@"\n# `),
      fuseWire(),
      Buffer.from('\n'),
    ]),
  );
  chmodSync(executable, 0o755);
  writeFileSync(join(contents, 'version'), version);
  // Present in every real Linux release; the launcher checks its owner and mode.
  writeFileSync(join(contents, 'chrome-sandbox'), '');
  chmodSync(join(contents, 'chrome-sandbox'), 0o755);
  // Installers copy these into the package's documentation.
  writeFileSync(join(contents, 'LICENSE'), 'The stand-in for Electron, which is under the MIT License.\n');
  writeFileSync(
    join(contents, 'LICENSES.chromium.html'),
    '<!doctype html><title>Chromium licenses</title>\n',
  );

  const mirror = join(work, 'mirror');
  const folder = join(mirror, `v${version}`);
  mkdirSync(folder, { recursive: true });
  const zipName = `electron-v${version}-linux-x64.zip`;
  zipFolder(contents, join(folder, zipName));
  const sha = createHash('sha256')
    .update(readFileSync(join(folder, zipName)))
    .digest('hex');
  writeFileSync(join(folder, 'SHASUMS256.txt'), `${sha} *${zipName}\n`);
  return { mirror, zipName };
}
