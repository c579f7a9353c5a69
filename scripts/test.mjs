// The whole test suite, as `npm test` runs it: static checks, unit and integration tests, a build, then
// the browser and Electron tests. Every stage runs even after a failure so one run shows everything, and
// the last line is a plain "N passed, N failed, N skipped" total for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
const vitestJson = `${results}/vitest.json`;
const playwrightJson = `${results}/playwright.json`;
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

const bin = (name) => `node_modules/.bin/${name}`;
const compat = new URL('./node20-compat.mjs', import.meta.url).href;
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args, { counts, env } = {}) {
  console.log(`\n▶ ${label}`);
  const { status, error } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = status === 0 && !error;
  const counted = counts?.();
  if (counted) {
    totals.passed += counted.passed;
    totals.failed += counted.failed;
    totals.skipped += counted.skipped;
    // A runner that died before writing its report still counts as a failure.
    if (!ok && counted.failed === 0) totals.failed += 1;
  } else {
    totals[ok ? 'passed' : 'failed'] += 1;
  }
  if (!ok) failures.push(label);
  return ok;
}

const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

run('eslint', bin('eslint'), ['.']);
run('prettier', bin('prettier'), ['--check', '.']);
run('tsc (main, preload, shared)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.node.json']);
run('tsc (tests)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.test.json']);
run('svelte-check (renderer)', bin('svelte-check'), [
  '--tsconfig',
  './tsconfig.web.json',
  '--fail-on-warnings',
]);
run(
  'vitest (unit + integration)',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  {
    // An absolute URL: the tests start Node in other folders (npm ci, npm run dist, scripts), which
    // inherit NODE_OPTIONS and would not find a relative path there.
    env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${compat}`.trim() },
    counts: () => {
      const report = readJson(vitestJson);
      if (!report) return undefined;
      return {
        passed: report.numPassedTests,
        failed: report.numFailedTests,
        skipped: report.numPendingTests + report.numTodoTests,
      };
    },
  },
);
const built = run('build (electron-vite)', bin('electron-vite'), ['build']);
if (built) {
  run('playwright (built renderer in Chromium; Electron where installed)', bin('playwright'), ['test'], {
    counts: () => {
      const report = readJson(playwrightJson);
      if (!report) return undefined;
      const { expected, unexpected, flaky, skipped } = report.stats;
      return { passed: expected, failed: unexpected + flaky, skipped };
    },
  });
} else {
  failures.push('playwright (not run: the build failed)');
  totals.failed += 1;
}

console.log('');
if (failures.length) console.log(`Failed stages: ${failures.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
