// `npm start` and `npm run dev`. Node 20 cannot run .ts itself, so Vite's module runner (already a dev
// dependency) transpiles scripts/launch-cli.ts on the fly, as for the simulator.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const entry = fileURLToPath(new URL('./launch-cli.ts', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(entry, { configFile: false, logLevel: 'silent' });
process.exitCode = await module.main(process.argv.slice(2), { root, env: process.env });
