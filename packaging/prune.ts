/**
 * What forge.config.ts leaves out of the package, and what it takes out of the copy packager has made
 * before the asar is written. Kept apart from the Forge config so the rules can be tested without it.
 */
import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
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
 * A dependency's licence travels with its code, whatever the file is called: valibot's, uuid's and
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
