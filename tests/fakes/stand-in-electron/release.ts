/**
 * Builds a stand-in Electron release, laid out as Electron's own download server lays one out:
 * `v<version>/electron-v<version>-linux-x64.zip` and `v<version>/SHASUMS256.txt`. Its `electron`
 * executable runs an app folder's `main` in this machine's Node against our fake `electron` module
 * (see main.ts), so `npm start` can fetch, extract and launch it exactly as it would the real one.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Data, NtExecutable, NtExecutableResource, Resource } from 'resedit';
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

/**
 * `otherPlatforms`: also serve macOS and Windows x64 releases, for packaging (they do not run here).
 */
export async function buildStandInRelease(
  work: string,
  version: string,
  otherPlatforms: readonly ('darwin' | 'win32')[] = [],
): Promise<StandInRelease> {
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
  writeLicenses(contents);

  const mirror = join(work, 'mirror');
  const folder = join(mirror, `v${version}`);
  mkdirSync(folder, { recursive: true });
  const zipName = `electron-v${version}-linux-x64.zip`;
  zipFolder(contents, join(folder, zipName));
  const others = otherPlatforms.map((platform) => {
    const otherContents = join(work, `contents-${platform}`);
    if (platform === 'darwin') buildMacContents(otherContents, version);
    else buildWindowsContents(otherContents, version);
    const name = `electron-v${version}-${platform}-x64.zip`;
    zipFolder(otherContents, join(folder, name));
    return name;
  });
  const sums = [zipName, ...others].map((name) => {
    const sha = createHash('sha256')
      .update(readFileSync(join(folder, name)))
      .digest('hex');
    return `${sha} *${name}\n`;
  });
  writeFileSync(join(folder, 'SHASUMS256.txt'), sums.join(''));
  return { mirror, zipName };
}

/** Installers copy these into the package's documentation. */
function writeLicenses(contents: string): void {
  writeFileSync(join(contents, 'LICENSE'), 'The stand-in for Electron, which is under the MIT License.\n');
  writeFileSync(
    join(contents, 'LICENSES.chromium.html'),
    '<!doctype html><title>Chromium licenses</title>\n',
  );
}

const plist = (entries: Record<string, string>): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    ...Object.entries(entries).map(([key, value]) => `  <key>${key}</key>\n  <string>${value}</string>`),
    '</dict>',
    '</plist>',
    '',
  ].join('\n');

/**
 * Electron.app as packagers know it: the app's and the helpers' Info.plist, the executables, and the fuse
 * wire in Electron Framework, where macOS builds carry it. Nothing in it runs: it is there to be packaged
 * and read back (LSUIElement, the bundle id, the icon, the asar integrity hash, the fuses).
 */
function buildMacContents(contents: string, version: string): void {
  const app = join(contents, 'Electron.app/Contents');
  const bundle = (name: string, identifier: string): Record<string, string> => ({
    CFBundleExecutable: name,
    CFBundleIdentifier: identifier,
    CFBundleName: name,
    CFBundlePackageType: 'APPL',
    CFBundleShortVersionString: version,
    CFBundleVersion: version,
  });
  const write = (path: string, content: string | Buffer, mode = 0o644): void => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    chmodSync(path, mode);
  };
  const notHere = '#!/bin/sh\necho "the stand-in for Electron runs on Linux only" >&2\nexit 1\n';
  write(
    join(app, 'Info.plist'),
    plist({ ...bundle('Electron', 'com.github.Electron'), CFBundleIconFile: 'electron.icns' }),
  );
  write(join(app, 'MacOS/Electron'), notHere, 0o755);
  write(join(app, 'Resources/electron.icns'), 'stand-in icon');
  write(join(app, 'Frameworks/Electron Framework.framework/Electron Framework'), fuseWire(), 0o755);
  for (const suffix of ['', ' (GPU)', ' (Plugin)', ' (Renderer)']) {
    const helper = join(app, `Frameworks/Electron Helper${suffix}.app/Contents`);
    write(
      join(helper, 'Info.plist'),
      plist(bundle(`Electron Helper${suffix}`, 'com.github.Electron.helper')),
    );
    write(join(helper, `MacOS/Electron Helper${suffix}`), notHere, 0o755);
  }
  writeLicenses(contents);
  writeFileSync(join(contents, 'version'), version);
}

/** One 1×1 pixel, as an icon image (a 32-bit bitmap, its colour row then its mask row). */
function standInIcon(): ReturnType<typeof Data.IconItem.from> {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(1, 4);
  header.writeInt32LE(2, 8); // the colour and the mask, stacked
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const image = Buffer.concat([header, Buffer.from([0x78, 0x7c, 0x1c, 0xff]), Buffer.alloc(4)]);
  return Data.IconItem.from(new Uint8Array(image).buffer);
}

/**
 * electron.exe as packagers know it: a valid PE (made by resedit, the library packager edits it with),
 * whose resources will take the version information, the icon and the asar integrity hash, and with the
 * fuse wire in a data resource, as bytes in the file. It never runs.
 */
function buildWindowsContents(contents: string, version: string): void {
  const exe = NtExecutable.createEmpty(false, false);
  const resources = NtExecutableResource.from(exe);
  const wire = fuseWire();
  const RT_RCDATA = 10;
  resources.entries.push({
    type: RT_RCDATA,
    id: 1,
    lang: 1033,
    codepage: 0,
    bin: new Uint8Array(wire).buffer,
  });
  // Electron's exe has one icon group and one version information in one language, which packager
  // rewrites with the app's icon, names and version.
  Resource.IconGroupEntry.replaceIconsForResource(resources.entries, 1, 1033, [standInIcon()]);
  const versionInfo = Resource.VersionInfo.createEmpty();
  versionInfo.lang = 1033;
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  versionInfo.setFileVersion(major, minor, patch, 0);
  versionInfo.setProductVersion(major, minor, patch, 0);
  versionInfo.setStringValues(
    { lang: 1033, codepage: 1200 },
    {
      ProductName: 'Electron',
      FileDescription: 'Electron',
      CompanyName: 'GitHub, Inc.',
      ProductVersion: version,
    },
  );
  versionInfo.outputToResourceEntries(resources.entries);
  resources.outputResource(exe);
  mkdirSync(contents, { recursive: true });
  writeFileSync(join(contents, 'electron.exe'), Buffer.from(exe.generate()));
  writeLicenses(contents);
  writeFileSync(join(contents, 'version'), version);
}
