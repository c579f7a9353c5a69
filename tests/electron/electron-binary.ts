import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Finds an installed Electron binary without `require('electron')`, which would try to download one.
 * Returns the path, or the reason there is none.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const root = join(process.cwd(), 'node_modules', 'electron');
  const pathFile = join(root, 'path.txt');
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const candidate = override
    ? join(override, relative ?? 'electron')
    : relative
      ? join(root, 'dist', relative)
      : undefined;
  if (candidate && existsSync(candidate)) return { path: candidate };
  return {
    missing:
      'the Electron binary is not installed here (Electron 42+ fetches it on first use, and its download host is unreachable). ' +
      'The same flow is covered by tests/integration/main-process.test.ts against a fake electron module, and ' +
      'tests/integration/first-run.test.ts runs `npm start` against a stand-in release.',
  };
}
