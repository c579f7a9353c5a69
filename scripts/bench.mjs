// Benchmark harness: builds the app, runs every bench/*.bench.ts (each exports `run()` returning named
// figures and, optionally, `goals`), prints them and writes them to bench/results/latest.json.
// Figures are measured and recorded, never asserted in the test suite.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const only = process.argv.slice(2);
const build = spawnSync('node_modules/.bin/electron-vite', ['build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const files = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
  .sort();

const report = { date: new Date().toISOString(), node: process.version, results: {} };
for (const file of files) {
  console.log(`\n▶ ${file}`);
  const { module } = await runnerImport(`./bench/${file}`, { configFile: false, logLevel: 'error' });
  const figures = await module.run();
  report.results[file.replace(/\.bench\.ts$/, '')] = { figures, goals: module.goals ?? {} };
  for (const [name, value] of Object.entries(figures)) {
    const goal = module.goals?.[name];
    const verdict =
      goal === undefined ? '' : value <= goal ? `  (goal ≤ ${goal}: met)` : `  (goal ≤ ${goal}: MISSED)`;
    console.log(`  ${name}: ${value}${verdict}`);
  }
}
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('\nwritten to bench/results/latest.json');
