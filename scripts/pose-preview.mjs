// Launcher: Node 20 cannot run .ts itself, so Vite's module runner loads scripts/pose-preview.ts.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const entry = fileURLToPath(new URL('./pose-preview.ts', import.meta.url));
const { module } = await runnerImport(entry, { configFile: false, logLevel: 'silent' });
console.log(module.main(process.argv.slice(2)));
