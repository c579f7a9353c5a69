// Traces the renderer's first views in Chromium and prints where their load goes (bench/trace-renderer.ts).
// Usage: node scripts/trace-renderer.mjs [player|library|settings …] [--runs=N] [--profile | --plain | --milestones | --compare=<other build's out/renderer>]   (after `electron-vite build`; named views only, with the floor)
import { runnerImport } from 'vite';

const args = process.argv.slice(2);
const runs = Number(args.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 7);
const names = args.filter((arg) => !arg.startsWith('--'));
const { module } = await runnerImport('./bench/trace-renderer.ts', { configFile: false, logLevel: 'error' });
const base = args.find((arg) => arg.startsWith('--compare='))?.slice(10);
if (base) await module.compare(base, runs, names);
else {
  const mode = ['profile', 'plain', 'milestones'].find((name) => args.includes(`--${name}`)) ?? 'trace';
  await module.run(names, runs, mode);
}
