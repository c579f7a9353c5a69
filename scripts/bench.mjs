// Benchmark harness: builds the app, runs every bench/*.bench.ts (each exports `run()` returning named
// figures and, optionally, `goals`), prints them and writes them to bench/results/latest.json.
// Figures are measured and recorded, never asserted in the test suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const only = process.argv.slice(2);
const build = spawnSync('node_modules/.bin/electron-vite', ['build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const files = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
  .sort();

const output = 'bench/results/latest.json';
// A run of some benchmarks keeps the others' last figures, so the file always holds one of each.
const previous = existsSync(output) ? JSON.parse(readFileSync(output, 'utf8')).results : {};
const report = { date: new Date().toISOString(), node: process.version, results: { ...previous } };
for (const file of files) {
  console.log(`\n▶ ${file}`);
  const { module } = await runnerImport(`./bench/${file}`, { configFile: false, logLevel: 'error' });
  const figures = await module.run();
  report.results[file.replace(/\.bench\.ts$/, '')] = {
    date: report.date,
    figures,
    goals: module.goals ?? {},
  };
  for (const [name, value] of Object.entries(figures)) {
    const goal = module.goals?.[name];
    const verdict =
      goal === undefined ? '' : value <= goal ? `  (goal ≤ ${goal}: met)` : `  (goal ≤ ${goal}: MISSED)`;
    console.log(`  ${name}: ${value}${verdict}`);
  }
}
mkdirSync('bench/results', { recursive: true });
writeFileSync(output, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwritten to ${output}`);
