/**
 * What packaging leaves out and takes out (packaging/prune.ts). The package for each platform must keep
 * what that platform runs: node-notifier's helpers are checked against the notification plan the app
 * follows there (desktop-notifier.ts), on a copy of node-notifier's real vendor folder. Moving packages
 * up must leave every package finding the same version of everything it asks for.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  hoistDuplicates,
  hoistPlan,
  leaveOut,
  notifierVendorKept,
  pruneNotifierVendor,
  resolveFrom,
  type Hoist,
  type InstalledPackage,
} from '../../../packaging/prune';
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

describe('hoisting the copies a devDependency kept nested', () => {
  const entry = (path: string, version: string, requires: string[] = []): InstalledPackage => ({
    path,
    name: path === '' ? 'unhunch' : path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length),
    version,
    requires,
  });
  /** The tree as packager leaves it once eslint's ajv 6 and its json-schema-traverse 0.4 are pruned. */
  const pruned = (): InstalledPackage[] => [
    entry('', '0.1.0', ['electron-store']),
    entry('node_modules/electron-store', '12.0.0', ['conf']),
    entry('node_modules/conf', '16.0.0', ['ajv', 'ajv-formats', 'env-paths']),
    entry('node_modules/conf/node_modules/ajv', '8.20.0', ['json-schema-traverse', 'fast-uri']),
    entry('node_modules/conf/node_modules/json-schema-traverse', '1.0.0'),
    entry('node_modules/conf/node_modules/env-paths', '3.0.0'),
    entry('node_modules/ajv-formats', '3.0.1', ['ajv']),
    entry('node_modules/ajv-formats/node_modules/ajv', '8.20.0', ['json-schema-traverse', 'fast-uri']),
    entry('node_modules/ajv-formats/node_modules/json-schema-traverse', '1.0.0'),
    entry('node_modules/fast-uri', '3.1.0'),
  ];
  /** What each package finds for each name it asks for, as name@version. */
  const resolutions = (packages: InstalledPackage[]): Map<string, string | undefined> => {
    const byPath = new Map(packages.map((each) => [each.path, each]));
    const found = new Map<string, string | undefined>();
    for (const each of packages)
      for (const wanted of each.requires) {
        const at = resolveFrom(new Set(byPath.keys()), each.path, wanted);
        const target = at === undefined ? undefined : byPath.get(at);
        found.set(`${each.name}@${each.version} -> ${wanted}`, target && `${target.name}@${target.version}`);
      }
    return found;
  };
  const apply = (packages: InstalledPackage[], plan: Hoist[]): InstalledPackage[] =>
    plan.reduce(
      (tree, { name, from, removed }) =>
        tree
          .filter((each) => !removed.some((gone) => each.path === gone || each.path.startsWith(`${gone}/`)))
          .map((each) =>
            each.path === from || each.path.startsWith(`${from}/`)
              ? { ...each, path: `node_modules/${name}${each.path.slice(from.length)}` }
              : each,
          ),
      packages,
    );

  it('resolves as Node does: own node_modules first, then each one up', () => {
    const paths = new Set(pruned().map((each) => each.path));
    expect(resolveFrom(paths, 'node_modules/conf', 'ajv')).toBe('node_modules/conf/node_modules/ajv');
    expect(resolveFrom(paths, 'node_modules/conf/node_modules/ajv', 'json-schema-traverse')).toBe(
      'node_modules/conf/node_modules/json-schema-traverse',
    );
    expect(resolveFrom(paths, 'node_modules/conf/node_modules/ajv', 'fast-uri')).toBe(
      'node_modules/fast-uri',
    );
    expect(resolveFrom(paths, '', 'electron-store')).toBe('node_modules/electron-store');
    expect(resolveFrom(paths, 'node_modules/conf', 'semver')).toBeUndefined();
  });

  it('moves ajv up once its own dependency has gone first, and every package finds what it found', () => {
    const plan = hoistPlan(pruned());
    expect(plan).toEqual([
      { name: 'env-paths', from: 'node_modules/conf/node_modules/env-paths', removed: [] },
      {
        name: 'json-schema-traverse',
        from: 'node_modules/ajv-formats/node_modules/json-schema-traverse',
        removed: ['node_modules/conf/node_modules/json-schema-traverse'],
      },
      {
        name: 'ajv',
        from: 'node_modules/ajv-formats/node_modules/ajv',
        removed: ['node_modules/conf/node_modules/ajv'],
      },
    ]);
    const after = apply(pruned(), plan);
    expect(after.filter((each) => each.path.includes('/node_modules/'))).toEqual([]);
    expect(resolutions(after)).toEqual(resolutions(pruned()));
  });

  it('leaves copies of different versions where they are', () => {
    const tree = pruned().map((each) =>
      each.path === 'node_modules/ajv-formats/node_modules/ajv' ? { ...each, version: '8.17.1' } : each,
    );
    expect(hoistPlan(tree).map((step) => step.name)).not.toContain('ajv');
  });

  it('leaves them where the top-level slot is taken', () => {
    const tree = [...pruned(), entry('node_modules/ajv', '6.15.0')];
    expect(hoistPlan(tree).map((step) => step.name)).not.toContain('ajv');
  });

  it('leaves a package whose own dependency cannot follow it', () => {
    const tree = [
      ...pruned().filter((each) => each.path !== 'node_modules/conf/node_modules/json-schema-traverse'),
      entry('node_modules/conf/node_modules/json-schema-traverse', '0.4.1'),
    ];
    const plan = hoistPlan(tree);
    expect(plan.map((step) => step.name)).not.toContain('ajv');
    expect(resolutions(apply(tree, plan))).toEqual(resolutions(tree));
  });

  it('carries the plan out on disk, where Node itself then finds one ajv for conf and ajv-formats', () => {
    const build = mkdtempSync(join(work, 'hoist-'));
    for (const each of pruned()) {
      mkdirSync(join(build, each.path), { recursive: true });
      const dependencies = Object.fromEntries(each.requires.map((name) => [name, '*']));
      writeFileSync(
        join(build, each.path, 'package.json'),
        JSON.stringify({ name: each.name, version: each.version, main: 'index.js', dependencies }),
      );
      writeFileSync(join(build, each.path, 'index.js'), `module.exports = ${JSON.stringify(each.version)};`);
    }
    expect(hoistDuplicates(build).map((step) => step.name)).toEqual([
      'env-paths',
      'json-schema-traverse',
      'ajv',
    ]);

    const from = (path: string) => createRequire(join(build, path, 'index.js'));
    expect(from('node_modules/conf').resolve('ajv')).toBe(join(build, 'node_modules/ajv/index.js'));
    expect(from('node_modules/ajv-formats').resolve('ajv')).toBe(join(build, 'node_modules/ajv/index.js'));
    expect(from('node_modules/ajv')('json-schema-traverse')).toBe('1.0.0');
    expect(from('node_modules/conf')('env-paths')).toBe('3.0.0');
    // No empty node_modules left behind in the asar.
    expect(existsSync(join(build, 'node_modules/conf/node_modules'))).toBe(false);
    expect(existsSync(join(build, 'node_modules/ajv-formats/node_modules'))).toBe(false);
  });
});
