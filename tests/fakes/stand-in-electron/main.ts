/**
 * The stand-in Electron's entry: what the `electron` executable of the stand-in release runs. Like
 * Electron it takes the app folder as its first argument, reads that folder's package.json and runs its
 * `main`, here in plain Node with `electron` resolved to our fake.
 */
import { existsSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Siblings in the built release; named through a function so the bundler leaves the URLs alone.
const sibling = (name: string): string => new URL(name, import.meta.url).href;
const electronUrl = sibling('electron.mjs');
register(sibling('hooks.mjs'), { data: { electronUrl } });

const appArgument = process.argv.slice(2).find((argument) => !argument.startsWith('-')) ?? '.';
// What Electron's default app shows the app: argv as `electron <switches> <folder> <its arguments>`, the
// executable first (here the release's `electron`, beside this folder), and `process.defaultApp` set.
process.argv = [fileURLToPath(new URL('../electron', import.meta.url)), ...process.argv.slice(2)];
Object.defineProperty(process, 'defaultApp', { value: true });
const appDir = resolve(appArgument);
const manifestPath = join(appDir, 'package.json');
if (!existsSync(manifestPath)) {
  console.error(`[electron stand-in] no package.json in ${appDir}`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
  name: string;
  productName?: string;
  main?: string;
};
// The app imports this same module through the hook, so both see one fake.
const { bootStandIn } = (await import(electronUrl)) as typeof import('./electron-module');
const standIn = bootStandIn({ appName: manifest.productName ?? manifest.name });
const entry = join(appDir, manifest.main ?? 'index.js');
console.log(`[electron stand-in] loading ${entry}`);
await import(pathToFileURL(entry).href);
standIn.mainScriptRan();
