/**
 * The schedule simulator over a year of 8-hour working days (4 h active, half an hour idle, 4 h active,
 * the rest of the day idle), 365 times: how long it takes and how much memory. It runs bundled in a
 * plain Node child, so the figures are the simulator's own, not those of the TypeScript loader that
 * runs the bench (which alone takes about 150 MB). The time is the best of three runs of parse and
 * simulation in one child; RSS is the peak of another child that runs it once.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'rolldown';

export const goals = { yearMs: 1000, yearRssMb: 100 };

const day = [{ active: 240 }, { idle: 30 }, { active: 240 }, { idle: 930 }];
const year = { timeline: Array.from({ length: 365 }, () => day).flat() };

const driver = `
import { existsSync, readFileSync } from 'node:fs';
import { parseSimulationFile, runSimulation } from './simulator.mjs';
const file = JSON.parse(process.argv[2]);
let best = Infinity;
let events = 0;
for (let run = 0; run < Number(process.argv[3]); run++) {
  const start = performance.now();
  const parsed = parseSimulationFile(file);
  if (!parsed.ok) throw new Error(parsed.errors.join('\\n'));
  events = runSimulation(parsed.value).events.length;
  best = Math.min(best, performance.now() - start);
}
// Linux keeps getrusage's maxRSS across fork and exec, so a child of a big bench process would report
// its parent's peak; VmHWM belongs to this process's own memory map.
const hwm = existsSync('/proc/self/status')
  ? Number(/VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1])
  : NaN;
const maxRssKb = Number.isFinite(hwm) ? hwm : process.resourceUsage().maxRSS;
console.log(JSON.stringify({ ms: best, events, maxRssKb }));
`;

function runDriver(dir: string, runs: number): { ms: number; events: number; maxRssKb: number } {
  const child = spawnSync(process.execPath, [join(dir, 'driver.mjs'), JSON.stringify(year), String(runs)], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`simulator bench failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as { ms: number; events: number; maxRssKb: number };
}

export async function run(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'unhunch-sim-bench-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `export { runSimulation } from '${process.cwd()}/src/main/engine/simulator';\n` +
        `export { parseSimulationFile } from '${process.cwd()}/src/main/engine/sim-file';\n`,
    );
    const bundle = await build({ input: entry, platform: 'node', write: false, output: { format: 'esm' } });
    writeFileSync(join(dir, 'simulator.mjs'), bundle.output[0].code);
    writeFileSync(join(dir, 'driver.mjs'), driver);
    // Timed over three runs (the machine's noise), but RSS from a child that ran once, as a user does.
    const timed = runDriver(dir, 3);
    const once = runDriver(dir, 1);
    return {
      yearMs: Math.round(timed.ms),
      yearRssMb: Math.round(once.maxRssKb / 1024),
      yearEvents: once.events,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
