// Launcher for the TypeScript simulator: Node 20 cannot run .ts itself, so Vite's module runner
// (already a dev dependency) transpiles scripts/simulate-cli.ts and the engine on the fly.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const entry = fileURLToPath(new URL('./simulate-cli.ts', import.meta.url));
const { module } = await runnerImport(entry, { configFile: false, logLevel: 'silent' });
// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
process.exitCode = await module.main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd,
});
