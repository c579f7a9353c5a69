/**
 * What forge.config.ts leaves out of the package, and what it takes out of the copy packager has made
 * before the asar is written. Kept apart from the Forge config so the rules can be tested without it.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';

/** What goes into the package, relative to the project: everything else is left out. */
const PACKAGED = /^\/(?:package\.json$|out\/|resources\/|node_modules\/)/;
/**
 * Within those, what only serves development: source maps, TypeScript sources and declarations, docs,
 * examples, benchmarks, tests, and dot-files (tool caches such as Vite's node_modules/.vite, npm's
 * .package-lock.json, editor and CI settings).
 */
const DEVELOPMENT_ONLY =
  /\.(?:map|[cm]?ts|md|markdown)$|\/(?:tests?|__tests__|docs?|examples?|benchmarks?)(?:\/|$)|\/\.[^/]+$|\/\.[^/]+\//i;
/**
 * A dependency's licence travels with its code, whatever the file is called: uuid's and
 * json-schema-typed's are LICENSE.md, which the rule for docs would take.
 */
const LICENCE = /\/(?:licen[cs]e|copying|notice)(?:[.-][^/]*)?$/i;

/**
 * Packager's filter: true leaves a path out. A folder must pass for anything in it to be considered, so
 * the ancestors of what we keep pass too. devDependencies are left out later by packager's prune.
 */
export function leaveOut(path: string): boolean {
  if (path === '' || path === '/out' || path === '/resources' || path === '/node_modules') return false;
  if (!PACKAGED.test(path)) return true;
  if (path.startsWith('/node_modules/') && LICENCE.test(path)) return false;
  return path.startsWith('/node_modules/') || path.startsWith('/out/') ? DEVELOPMENT_ONLY.test(path) : false;
}

/**
 * node-notifier's helper programs that a platform runs (desktop-notifier.ts): SnoreToast for the
 * target's architecture on Windows; none on Linux (notify-send is the system's) nor on macOS (Electron's
 * Notification). The rest would be dead weight, and a Windows .exe has no place in a .deb. The
 * architecture is node-notifier's own choice (notifiers/toaster.js): x64's build on x64, the x86 one on
 * anything else, Windows on Arm running it emulated.
 */
export function notifierVendorKept(platform: string, arch: string): string[] {
  if (platform !== 'win32') return [];
  return ['snoreToast/LICENSE', `snoreToast/snoretoast-${arch === 'x64' ? 'x64' : 'x86'}.exe`];
}

/**
 * Refuses a path that leads outside the copy being packaged: a node_modules linked in from elsewhere
 * would be copied as the link, and changing it would change the original.
 */
function insideBuild(buildPath: string, path: string): void {
  const inside = relative(realpathSync(buildPath), realpathSync(path));
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new Error(`${realpathSync(path)} is outside the package being built (${buildPath})`);
  }
}

export function pruneNotifierVendor(buildPath: string, platform: string, arch: string): void {
  const vendor = join(buildPath, 'node_modules/node-notifier/vendor');
  insideBuild(buildPath, vendor);
  const kept = notifierVendorKept(platform, arch).map((path) => ({
    path: join(vendor, path),
    data: readFileSync(join(vendor, path)),
  }));
  rmSync(vendor, { recursive: true, force: true });
  for (const { path, data } of kept) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
}

/** One package in the tree being packaged: where it sits, what it is, and what it asks for by name. */
export interface InstalledPackage {
  /** Its folder relative to the app, `node_modules/conf/node_modules/ajv`; the app itself is ''. */
  path: string;
  name: string;
  version: string;
  /** The names in its dependencies, optionalDependencies and peerDependencies. */
  requires: string[];
}

/** One copy moved up into the top-level node_modules, and the other copies of it removed. */
export interface Hoist {
  name: string;
  from: string;
  removed: string[];
}

/** Where Node finds `name` from the package at `from`: its own node_modules, then each one further up. */
export function resolveFrom(paths: ReadonlySet<string>, from: string, name: string): string | undefined {
  let folder = from;
  for (;;) {
    const candidate = folder === '' ? `node_modules/${name}` : `${folder}/node_modules/${name}`;
    if (paths.has(candidate)) return candidate;
    if (folder === '') return undefined;
    const parent = folder.lastIndexOf('/node_modules/');
    folder = parent === -1 ? '' : folder.slice(0, parent);
  }
}

const under = (path: string, folder: string): boolean => path === folder || path.startsWith(`${folder}/`);
const depth = (path: string): number => path.split('/node_modules/').length;

/**
 * npm installs a package a second time, nested, where another version holds the top-level slot, and
 * that other version may be a devDependency's: eslint's ajv 6 there left conf and ajv-formats each its
 * own ajv 8 (540 KB a copy). Once packager has pruned the devDependencies the slot is free. A package
 * all of whose copies are one version goes up into it, the other copies go, and each move is made only
 * if every package in the tree still finds the same name and version for everything it asks for (a
 * moved package's own dependencies may need to move first: they are tried again until nothing moves).
 */
export function hoistPlan(packages: readonly InstalledPackage[]): Hoist[] {
  let tree = new Map(packages.map((entry) => [entry.path, entry]));
  const plan: Hoist[] = [];
  const found = (
    within: ReadonlyMap<string, InstalledPackage>,
    from: string,
    name: string,
  ): string | undefined => {
    const path = resolveFrom(new Set(within.keys()), from, name);
    const entry = path === undefined ? undefined : within.get(path);
    return entry && `${entry.name}@${entry.version}`;
  };
  for (let moved = true; moved;) {
    moved = false;
    const nested = new Map<string, InstalledPackage[]>();
    for (const entry of tree.values()) {
      if (entry.path === '' || entry.path === `node_modules/${entry.name}`) continue;
      nested.set(entry.name, [...(nested.get(entry.name) ?? []), entry]);
    }
    for (const [name, copies] of [...nested].sort(([a], [b]) => a.localeCompare(b))) {
      const top = `node_modules/${name}`;
      if (tree.has(top) || new Set(copies.map((copy) => copy.version)).size !== 1) continue;
      const [kept, ...others] = copies.sort(
        (a, b) => depth(a.path) - depth(b.path) || a.path.localeCompare(b.path),
      );
      if (
        !kept ||
        copies.some((copy) => copies.some((other) => other !== copy && under(copy.path, other.path)))
      )
        continue;
      const removed = others.map((copy) => copy.path);
      const next = new Map<string, InstalledPackage>();
      const before = new Map<string, string>();
      for (const [path, entry] of tree) {
        if (removed.some((folder) => under(path, folder))) continue;
        const after = under(path, kept.path) ? top + path.slice(kept.path.length) : path;
        next.set(after, { ...entry, path: after });
        before.set(after, path);
      }
      const unchanged = [...next.values()].every((entry) =>
        entry.requires.every(
          (wanted) => found(next, entry.path, wanted) === found(tree, before.get(entry.path)!, wanted),
        ),
      );
      if (!unchanged) continue;
      tree = next;
      plan.push({ name, from: kept.path, removed });
      moved = true;
    }
  }
  return plan;
}

function manifest(folder: string): InstalledPackage | undefined {
  const file = join(folder, 'package.json');
  if (!existsSync(file)) return undefined;
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    name?: string;
    version?: string;
    dependencies?: Record<string, string>;
    optionalDependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  return {
    path: '',
    name: data.name ?? '',
    version: data.version ?? '',
    requires: [
      ...new Set(
        [data.dependencies, data.optionalDependencies, data.peerDependencies].flatMap((names) =>
          Object.keys(names ?? {}),
        ),
      ),
    ],
  };
}

/** The app and every package under its node_modules, at any depth. */
export function installedPackages(buildPath: string): InstalledPackage[] {
  const app = manifest(buildPath);
  const packages: InstalledPackage[] = app ? [app] : [];
  const visit = (owner: string): void => {
    const modules = join(buildPath, owner, 'node_modules');
    if (!existsSync(modules)) return;
    const names = readdirSync(modules)
      .filter((entry) => !entry.startsWith('.'))
      .flatMap((entry) =>
        entry.startsWith('@') && statSync(join(modules, entry)).isDirectory()
          ? readdirSync(join(modules, entry)).map((scoped) => `${entry}/${scoped}`)
          : [entry],
      );
    for (const name of names) {
      const path = owner === '' ? `node_modules/${name}` : `${owner}/node_modules/${name}`;
      const found = manifest(join(buildPath, path));
      if (!found) continue;
      packages.push({ ...found, path });
      visit(path);
    }
  };
  visit('');
  return packages;
}

/** Carries out `hoistPlan` on the copy packager has pruned; returns what it did, for the log. */
export function hoistDuplicates(buildPath: string): Hoist[] {
  insideBuild(buildPath, join(buildPath, 'node_modules'));
  const plan = hoistPlan(installedPackages(buildPath));
  for (const { name, from, removed } of plan) {
    const to = join(buildPath, 'node_modules', name);
    mkdirSync(dirname(to), { recursive: true });
    renameSync(join(buildPath, from), to);
    for (const path of removed) rmSync(join(buildPath, path), { recursive: true, force: true });
    // An emptied node_modules would stay in the asar as an empty folder.
    for (const path of [from, ...removed]) {
      const modules = join(
        buildPath,
        path.slice(0, path.lastIndexOf('/node_modules/') + '/node_modules'.length),
      );
      if (existsSync(modules) && readdirSync(modules).length === 0) rmSync(modules, { recursive: true });
    }
  }
  return plan;
}
