/**
 * `npm run dist` as a maintainer runs it, on a copy of the project, with Electron's release served from
 * 127.0.0.1 by the stand-in (tests/fakes/stand-in-electron): the .deb is unpacked into a scratch root and
 * looked at as an installed system would see it (launcher, desktop entry, icons, the asar's contents, the
 * unpacked files, the fuses); the .rpm and the portable .zip likewise where they are made.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
} from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, getRawHeader, listPackage } from '@electron/asar';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';
import { pageViews } from '../../src/renderer/src/view-areas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { missingCommands } from '../fakes/private-session';
import { buildStandInRelease } from '../fakes/stand-in-electron/release';
import { desktopKeys } from './desktop-entry';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
).version;

const unsupported =
  process.platform !== 'linux' || process.arch !== 'x64'
    ? `the stand-in release and the .deb are built for linux-x64, not ${process.platform}-${process.arch}`
    : missingCommands(['git', 'npm', 'python3', 'dpkg-deb', 'fakeroot', 'zip', 'unzip']).map(
        (command) => `${command} is not installed (.ci/run lists the Debian packages)`,
      )[0];
if (unsupported) console.log(`Skipping the packaging test: ${unsupported}`);
const hasRpmbuild = missingCommands(['rpmbuild']).length === 0;
const hasDesktopFileValidate = missingCommands(['desktop-file-validate']).length === 0;

/** A PNG's width and height, from its header. */
function pngSize(file: string): [number, number] {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

/** What an app's asar holds, as paths without the leading slash. */
const asarFiles = (asar: string): string[] =>
  listPackage(asar, { isPack: false }).map((path) => path.replace(/^[\\/]/, ''));

/** Whether the asar's header marks this file as kept outside, in app.asar.unpacked. */
function markedUnpacked(asar: string, path: string): boolean {
  let node = getRawHeader(asar).header as { files?: Record<string, unknown>; unpacked?: boolean };
  for (const part of path.split('/')) node = node.files?.[part] as typeof node;
  return node?.unpacked === true;
}

describe.skipIf(unsupported)('npm run dist on Linux', () => {
  let work: string;
  let project: string;
  let server: Server;
  let scratch: string;
  let deb: string;
  let port: number;

  /**
   * Runs a command in the copy with Electron's releases from the mirror. Asynchronously: the mirror is
   * served from this process, which a synchronous spawn would block.
   */
  async function runInProject(command: string, args: string[]): Promise<void> {
    let output = '';
    const status = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: project,
        env: {
          ...process.env,
          ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
          electron_use_remote_checksums: '1',
          electron_config_cache: join(work, 'electron-cache'),
          // Forge's spinners would fill the log with escape codes.
          CI: 'true',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 240_000,
      });
      child.stdout.on('data', (chunk) => (output += String(chunk)));
      child.stderr.on('data', (chunk) => (output += String(chunk)));
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed (${status}):\n${output.slice(-6000)}`);
  }

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'unhunch-dist-'));
    const { mirror } = await buildStandInRelease(join(work, 'release'), electronVersion, ['darwin', 'win32']);
    server = await serveStatic(mirror, 0);
    port = (server.address() as AddressInfo).port;

    // The tracked and new files, as a clone has them, with their own node_modules: Forge deletes .bin
    // entries through the copy it packages, so a node_modules linked to this checkout's would lose them.
    project = join(work, 'project');
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root })
      .toString()
      .split('\0')
      .filter((file) => file && existsSync(join(root, file)) && !file.startsWith('node_modules'));
    for (const file of files) {
      mkdirSync(dirname(join(project, file)), { recursive: true });
      cpSync(join(root, file), join(project, file));
    }
    execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: project,
      stdio: 'pipe',
      timeout: 240_000,
    });

    await runInProject('npm', ['run', 'dist']);

    deb = join(project, 'dist/make/deb/x64', `unhunch_${manifest.version}_amd64.deb`);
    scratch = join(work, 'root');
    mkdirSync(scratch);
    execFileSync('dpkg-deb', ['-x', deb, scratch]);
  }, 480_000);

  // The copy's node_modules is large: removing it takes a while on a busy machine.
  afterAll(() => {
    server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 120_000);

  it('makes a .deb that says what it is and what it needs', () => {
    const field = (name: string): string => execFileSync('dpkg-deb', ['-f', deb, name]).toString().trim();
    expect(field('Package')).toBe('unhunch');
    expect(field('Version')).toBe(manifest.version);
    expect(field('Architecture')).toBe('amd64');
    expect(field('Recommends')).toContain('libnotify-bin');
    expect(field('Description')).toMatch(/^Guided stretch breaks/);
  });

  it('installs a launcher on the PATH that points at the packaged executable', () => {
    const launcher = join(scratch, 'usr/bin/unhunch');
    expect(lstatSync(launcher).isSymbolicLink()).toBe(true);
    expect(readlinkSync(launcher)).toBe('../lib/unhunch/unhunch');
    const executable = join(scratch, 'usr/lib/unhunch/unhunch');
    expect(statSync(executable).mode & 0o111).toBe(0o111);
    // Chromium's sandbox helper must be setuid root where user namespaces are restricted.
    const listing = execFileSync('dpkg-deb', ['-c', deb]).toString();
    expect(listing).toMatch(/^-rwsr-xr-x root\/root .* \.\/usr\/lib\/unhunch\/chrome-sandbox$/m);
  });

  it('installs a desktop entry that names the launcher, the icon and the right category', () => {
    const entry = join(scratch, 'usr/share/applications/unhunch.desktop');
    const keys = desktopKeys(readFileSync(entry, 'utf8'));
    expect(keys).toMatchObject({
      Type: 'Application',
      Name: 'Unhunch',
      Exec: 'unhunch',
      TryExec: 'unhunch',
      Icon: 'unhunch',
      Terminal: 'false',
      StartupNotify: 'false',
    });
    expect(keys['Categories']?.split(';')).toContain('Utility');
    expect(keys['Keywords']).toContain('stretch');
    if (hasDesktopFileValidate) execFileSync('desktop-file-validate', [entry]);
  });

  it('installs the icon in every hicolor size, as drawn', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
      const icon = join(scratch, `usr/share/icons/hicolor/${size}x${size}/apps/unhunch.png`);
      expect(pngSize(icon)).toEqual([size, size]);
      expect(
        readFileSync(icon).equals(readFileSync(join(root, `packaging/icons/linux/${size}x${size}.png`))),
      ).toBe(true);
    }
  });

  it('packs only the built app, its resources and production dependencies into the asar', () => {
    const asar = join(scratch, 'usr/lib/unhunch/resources/app.asar');
    const files = asarFiles(asar);
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'out/main/index.js',
        'out/preload/index.cjs',
        ...pageViews.map((view) => `out/renderer/${view}.html`),
        'resources/icon.png',
        'resources/tray.png',
        'resources/trayTemplate.png',
        ...Object.keys(manifest.dependencies).map((name) => `node_modules/${name}/package.json`),
      ]),
    );
    const packaged = JSON.parse(extractFile(asar, 'package.json').toString()) as { main: string };
    expect(files).toContain(packaged.main.replace(/^\.\//, ''));

    const topLevel = new Set(files.map((file) => file.split('/')[0]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json', 'resources']);
    expect(files.filter((file) => /\.(map|[cm]?ts)$/.test(file))).toEqual([]);
    expect(files.filter((file) => /(^|\/)\.[^/]+/.test(file))).toEqual([]);
    const devOnly = Object.keys(manifest.devDependencies).filter(
      (name) => files.includes(`node_modules/${name}`) || files.includes(`node_modules/${name}/package.json`),
    );
    expect(devOnly).toEqual([]);
    expect(files.some((file) => file.startsWith('node_modules/electron/'))).toBe(false);
  });

  // A window's first frame waits on every file its page fetches (bundling/view-pages.ts).
  it('gives each view a page that carries its script and stylesheet, allowed by their hashes', () => {
    const asar = join(scratch, 'usr/lib/unhunch/resources/app.asar');
    const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    for (const view of pageViews) {
      const page = extractFile(asar, `out/renderer/${view}.html`).toString();
      const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1] ?? '';
      const directive = (name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `));
      const inlineScripts = [...page.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map(
        (m) => m[1]!,
      );
      const inlineStyles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      expect(page, view).not.toMatch(/<script[^>]* src=|<link rel="(stylesheet|modulepreload)"/);
      expect([inlineScripts.length, inlineStyles.length], view).toEqual([1, 1]);
      // Each text written into the page is allowed by its own hash, and nothing else inline is.
      expect(directive('script-src'), view).toBe(`script-src 'self' ${sha256(inlineScripts[0]!)}`);
      expect(directive('style-src'), view).toBe(`style-src 'self' ${sha256(inlineStyles[0]!)}`);
      // A static import would be one more file to wait on; chunks it loads later are `import()`s.
      expect(inlineScripts[0], view).not.toMatch(/^import\s*["'{*]|[;}]import\s*["'{*]/m);
    }
    expect(asarFiles(asar)).not.toContain('out/renderer/index.html');
  });

  it("has every chunk import only files it ships: a page's script, having no file, hands its bindings over", () => {
    const asar = join(scratch, 'usr/lib/unhunch/resources/app.asar');
    const files = asarFiles(asar);
    const chunks = files.filter((file) => /^out\/renderer\/.*\.js$/.test(file));
    expect(chunks.some((file) => file.includes('/own-editing-'))).toBe(true);
    for (const chunk of chunks) {
      const code = extractFile(asar, chunk).toString();
      for (const [, source] of code.matchAll(
        /(?:^|[;}])\s*import\s*(?:[\w$*{][^;]*?from\s*)?["']([^"']+)["']/gm,
      ))
        expect(files, `${chunk} imports ${source}`).toContain(posix.join(posix.dirname(chunk), source!));
    }
  });

  it('ships the licences of the code each build copied into its files', () => {
    const asar = join(scratch, 'usr/lib/unhunch/resources/app.asar');
    const notices = (folder: string) => extractFile(asar, `out/${folder}/licenses.txt`).toString();
    expect(notices('main')).toMatch(/^valibot \S+ \(MIT\)$/m);
    expect(notices('preload')).toMatch(/^valibot \S+ \(MIT\)$/m);
    expect(notices('renderer')).toMatch(/^svelte \S+ \(MIT\)$/m);
    expect(notices('renderer')).toMatch(/^valibot \S+ \(MIT\)$/m);
    for (const folder of ['main', 'preload', 'renderer']) {
      expect(notices(folder)).toContain('Permission is hereby granted');
    }
  });

  it('keeps outside the asar what other programs open, and no other platform’s helpers', () => {
    const resources = join(scratch, 'usr/lib/unhunch/resources');
    const asar = join(resources, 'app.asar');
    // notify-send gets the notification icon by this path (app-paths.ts: externalResourcePath).
    expect(markedUnpacked(asar, 'resources/icon.png')).toBe(true);
    expect(
      readFileSync(join(resources, 'app.asar.unpacked/resources/icon.png')).equals(
        readFileSync(join(root, 'resources/icon.png')),
      ),
    ).toBe(true);
    // Linux notifies through the system's notify-send: SnoreToast, notifu and terminal-notifier stay out.
    const vendor = asarFiles(asar).filter((file) => file.startsWith('node_modules/node-notifier/vendor/'));
    expect(vendor.filter((file) => /\.(exe|app|dll)$|terminal-notifier$/.test(file))).toEqual([]);
    const listing = execFileSync('dpkg-deb', ['-c', deb]).toString();
    expect(listing).not.toMatch(/\.exe$|\.dll$|\.app\//m);
  });

  it('flips the fuses: no Node mode, no NODE_OPTIONS or --inspect, the asar only and checked, cookies encrypted', async () => {
    const wire = await getCurrentFuseWire(join(scratch, 'usr/lib/unhunch/unhunch'));
    const ENABLE = 49;
    const DISABLE = 48;
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLE);
    // Fuses we leave alone keep Electron's defaults.
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(ENABLE);
  });

  it.skipIf(!hasRpmbuild)('makes an .rpm with the same layout', () => {
    const rpm = join(project, 'dist/make/rpm/x64', `unhunch-${manifest.version}-1.x86_64.rpm`);
    const query = (...args: string[]): string => execFileSync('rpm', ['-qp', ...args, rpm]).toString();
    expect(query('--queryformat', '%{NAME} %{VERSION} %{ARCH} %{LICENSE}')).toBe(
      `unhunch ${manifest.version} x86_64 MIT`,
    );
    const files = query('--list').trim().split('\n');
    expect(files).toEqual(
      expect.arrayContaining([
        '/usr/bin/unhunch',
        '/usr/lib/unhunch/unhunch',
        '/usr/lib/unhunch/resources/app.asar',
        '/usr/lib/unhunch/resources/app.asar.unpacked/resources/icon.png',
        '/usr/share/applications/unhunch.desktop',
        '/usr/share/icons/hicolor/512x512/apps/unhunch.png',
      ]),
    );
    expect(files.filter((file) => /\.(exe|dll)$/.test(file))).toEqual([]);
  });

  it('makes a portable .zip of the same package', () => {
    const zip = join(project, 'dist/make/zip/linux/x64', `Unhunch-linux-x64-${manifest.version}.zip`);
    const names = execFileSync('unzip', ['-Z1', zip]).toString().trim().split('\n');
    expect(names).toEqual(
      expect.arrayContaining([
        'Unhunch-linux-x64/unhunch',
        'Unhunch-linux-x64/resources/app.asar',
        'Unhunch-linux-x64/resources/app.asar.unpacked/resources/icon.png',
      ]),
    );
    expect(readdirSync(join(project, 'dist/make/zip/linux/x64'))).toHaveLength(1);
  });

  // The .dmg and Squirrel makers run only on their own systems; their settings are checked by Forge's
  // types (tsc). Packaging itself runs anywhere, so what it writes into the bundle and the exe is
  // checked here, on the same stand-in release, built for each system.
  it('packages for macOS: a menu-bar app without a Dock icon, our id and icon, fuses flipped, and a .zip', async () => {
    await runInProject('npx', [
      'electron-forge',
      'make',
      '--platform',
      'darwin',
      '--arch',
      'x64',
      '--targets',
      '@electron-forge/maker-zip',
    ]);
    const app = join(project, 'dist/Unhunch-darwin-x64/Unhunch.app');
    const info = readFileSync(join(app, 'Contents/Info.plist'), 'utf8');
    expect(info).toMatch(/<key>LSUIElement<\/key>\s*<true\/>/);
    expect(info).toMatch(/<key>CFBundleIdentifier<\/key>\s*<string>app\.unhunch<\/string>/);
    expect(info).toMatch(/<key>CFBundleName<\/key>\s*<string>Unhunch<\/string>/);
    expect(info).toMatch(
      /<key>LSApplicationCategoryType<\/key>\s*<string>public\.app-category\.healthcare-fitness<\/string>/,
    );
    // The hash the integrity fuse checks app.asar against.
    expect(info).toMatch(/<key>ElectronAsarIntegrity<\/key>\s*<dict>\s*<key>Resources\/app\.asar<\/key>/);
    expect(
      readFileSync(join(app, 'Contents/Resources/electron.icns')).equals(
        readFileSync(join(root, 'packaging/icons/icon.icns')),
      ),
    ).toBe(true);
    expect(existsSync(join(app, 'Contents/Frameworks/Unhunch Helper (Renderer).app'))).toBe(true);

    const wire = await getCurrentFuseWire(app);
    expect(wire[FuseV1Options.RunAsNode]).toBe(48);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(49);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(49);

    const asar = join(app, 'Contents/Resources/app.asar');
    // macOS notifies through Electron: terminal-notifier (Intel-only) stays out.
    expect(asarFiles(asar).filter((file) => file.includes('node-notifier/vendor/'))).toEqual([]);
    const zip = join(project, 'dist/make/zip/darwin/x64', `Unhunch-darwin-x64-${manifest.version}.zip`);
    expect(execFileSync('unzip', ['-Z1', zip]).toString()).toContain('Unhunch.app/Contents/Info.plist');
  }, 240_000);

  it('packages for Windows: our names, version and icon in the exe, the asar hash, fuses, SnoreToast unpacked', async () => {
    await runInProject('npx', ['electron-forge', 'package', '--platform', 'win32', '--arch', 'x64']);
    const folder = join(project, 'dist/Unhunch-win32-x64');
    const exePath = join(folder, 'unhunch.exe');
    const resources = NtExecutableResource.from(NtExecutable.from(readFileSync(exePath)));
    const [versionInfo] = Resource.VersionInfo.fromEntries(resources.entries);
    expect(versionInfo?.getStringValues({ lang: 1033, codepage: 1200 })).toMatchObject({
      ProductName: 'Unhunch',
      FileDescription: 'Unhunch',
      CompanyName: 'Unhunch',
      ProductVersion: manifest.version,
    });
    const [icons] = Resource.IconGroupEntry.fromEntries(resources.entries);
    expect(icons?.icons.map((icon) => icon.width || 256)).toEqual([16, 24, 32, 48, 64, 256]);
    const integrity = resources.entries.find((entry) => entry.type === 'INTEGRITY');
    expect(JSON.parse(Buffer.from(integrity!.bin).toString())).toEqual([
      expect.objectContaining({ file: 'resources\\app.asar', alg: 'SHA256' }),
    ]);

    const wire = await getCurrentFuseWire(exePath);
    expect(wire[FuseV1Options.RunAsNode]).toBe(48);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(48);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(49);

    // SnoreToast runs as its own process, so it must sit outside the asar; only the x64 one, only it.
    const asar = join(folder, 'resources/app.asar');
    const vendor = 'node_modules/node-notifier/vendor/snoreToast/snoretoast-x64.exe';
    expect(markedUnpacked(asar, vendor)).toBe(true);
    expect(
      readFileSync(join(folder, 'resources/app.asar.unpacked', vendor)).equals(
        readFileSync(join(root, vendor)),
      ),
    ).toBe(true);
    const helpers = asarFiles(asar).filter((file) => /\.(exe|dll)$/.test(file));
    expect(helpers).toEqual([vendor]);
  }, 240_000);
});
