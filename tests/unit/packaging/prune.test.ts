/**
 * What packaging leaves out and takes out (packaging/prune.ts). The package for each platform must keep
 * what that platform runs: node-notifier's helpers are checked against the notification plan the app
 * follows there (desktop-notifier.ts), on a copy of node-notifier's real vendor folder.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { leaveOut, notifierVendorKept, pruneNotifierVendor } from '../../../packaging/prune';
import { notificationsFor } from '../../../src/main/desktop-notifier';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'unhunch-prune-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The files under a folder, as sorted relative paths; none where there is no folder. */
const files = (folder: string): string[] =>
  !existsSync(folder)
    ? []
    : readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(folder, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
        .sort();

describe('leaveOut', () => {
  it.each([
    ['/package.json', false],
    ['/out/main/index.js', false],
    ['/out/renderer/assets/index.js', false],
    ['/resources/icon.png', false],
    ['/node_modules/conf/dist/source/index.js', false],
    ['/src/main/index.ts', true],
    ['/tests', true],
    ['/docs', true],
    ['/forge.config.ts', true],
    ['/out/main/index.js.map', true],
    ['/node_modules/conf/dist/source/index.d.ts', true],
    ['/node_modules/valibot/dist/index.d.mts', true],
    ['/node_modules/uuid/README.md', true],
    ['/node_modules/uuid/CHANGELOG.md', true],
    ['/node_modules/growly/example', true],
    ['/node_modules/semver/test', true],
    ['/node_modules/fast-uri/docs', true],
    ['/node_modules/.vite', true],
    ['/node_modules/.package-lock.json', true],
  ])('%s: left out %s', (path, out) => {
    expect(leaveOut(path)).toBe(out);
  });

  it.each([
    '/node_modules/valibot/LICENSE.md',
    '/node_modules/uuid/LICENSE.md',
    '/node_modules/json-schema-typed/LICENSE.md',
    '/node_modules/conf/license',
    '/node_modules/type-fest/license-cc0',
    '/node_modules/node-notifier/vendor/terminal-notifier-LICENSE',
    '/node_modules/some-package/COPYING',
    '/node_modules/some-package/NOTICE.txt',
  ])('keeps the licence %s', (path) => {
    expect(leaveOut(path)).toBe(false);
  });
});

describe("node-notifier's helpers, per platform", () => {
  const vendor = join(root, 'node_modules/node-notifier/vendor');
  const pruned = (platform: string, arch: string): string[] => {
    const build = mkdtempSync(join(work, `${platform}-${arch}-`));
    cpSync(vendor, join(build, 'node_modules/node-notifier/vendor'), { recursive: true });
    pruneNotifierVendor(build, platform, arch);
    return files(join(build, 'node_modules/node-notifier/vendor'));
  };

  it('Windows keeps SnoreToast for the architecture node-notifier picks, and its licence', () => {
    expect(notificationsFor('win32').channels).toContain('node-notifier');
    // node-notifier's toaster: the x64 build where os.arch() is x64, the x86 one everywhere else.
    expect(pruned('win32', 'x64')).toEqual(['snoreToast/LICENSE', 'snoreToast/snoretoast-x64.exe']);
    expect(pruned('win32', 'ia32')).toEqual(['snoreToast/LICENSE', 'snoreToast/snoretoast-x86.exe']);
    expect(pruned('win32', 'arm64')).toEqual(['snoreToast/LICENSE', 'snoreToast/snoretoast-x86.exe']);
  });

  it('Linux keeps none: node-notifier hands notices to the system’s notify-send', () => {
    expect(notificationsFor('linux').channels).toContain('node-notifier');
    expect(pruned('linux', 'x64')).toEqual([]);
    expect(pruned('linux', 'arm64')).toEqual([]);
  });

  it('macOS keeps none: it notifies through Electron, never terminal-notifier', () => {
    expect(notificationsFor('darwin').channels).not.toContain('node-notifier');
    expect(pruned('darwin', 'x64')).toEqual([]);
    expect(pruned('darwin', 'arm64')).toEqual([]);
  });

  it('names only files node-notifier ships, so an upgrade that moves them fails here', () => {
    const shipped = files(vendor);
    for (const arch of ['x64', 'ia32', 'arm64'])
      expect(shipped).toEqual(expect.arrayContaining(notifierVendorKept('win32', arch)));
  });
});
