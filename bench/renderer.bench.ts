/**
 * The renderer's first views: bytes a page loads before it is usable (HTML, JS and CSS, gzip) and the time from
 * navigation to the first frame with a usable control, in Debian's Chromium against the built files.
 * The player is the page a break opens; the library is the one a tray click opens, and draws a figure
 * on every card, which must not weigh on its first view.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { serveStatic } from '../scripts/serve-static.mjs';
import { LOCALES, type UiLocale } from '../src/shared/i18n/locales';
import { typical, watchForUsableControl, type View } from './usable-control';

/**
 * Loads of each view. Times land on 16.7 ms frame steps and the machine's other work shifts whole
 * loads by a frame: with 15 loads the medians moved by ±0.1× from one run to the next. With 31 the
 * spread is about a third smaller (it shrinks with the square root of the loads), for ~20 s more.
 */
const RUNS = 31;

/**
 * Absolute times do not carry across machines; a ratio to a floor page measured in the same run does.
 * The floor is the least a page can be: one module script that adds a Start button, served by the same
 * server and timed the same way, interleaved with ours so both see the same machine load.
 */
export const goals = {
  firstViewKbGzip: 60,
  playerToFloorRatio: 1.5,
  libraryFirstViewKbGzip: 60,
  libraryToFloorRatio: 2,
  settingsToFloorRatio: 2,
  ...Object.fromEntries(LOCALES.map((locale) => [`firstViewKbGzip.${locale}`, 60])),
};

const floor: View = { name: 'floor', path: 'floor/index.html', selector: 'button', control: 'Start' };
const player: View = { name: 'player', path: 'player.html#/player', selector: 'button', control: 'Start' };
const library: View = {
  name: 'library',
  path: 'library.html#/library',
  selector: 'button',
  control: 'Start ',
};
const settings: View = {
  name: 'settings',
  path: 'settings.html#/settings',
  selector: 'input, select',
  control: '',
};

const FLOOR_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title>
<script type="module" src="./floor.js"></script></head><body><main id="app"></main></body></html>`;
const FLOOR_JS = `const button = document.createElement('button');
button.textContent = 'Start';
document.getElementById('app').append(button);`;

interface Load {
  /** Milliseconds from navigation to the first frame showing a usable control. */
  interactiveAt: number;
  /** The page and the JS and CSS it fetched before then, gzipped (a page may carry its script itself). */
  firstViewBytes: number;
}

async function load(
  browser: Browser,
  port: number,
  root: string,
  view: View,
  hashSuffix = '',
): Promise<Load> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const locale = (/lang=([\w-]+)/.exec(hashSuffix)?.[1] ?? 'en') as UiLocale;
  const interactive = await watchForUsableControl(page, view, locale);
  await page.goto(`http://127.0.0.1:${port}/${view.path}${hashSuffix}`, { waitUntil: 'commit' });
  const interactiveAt = await interactive();
  // The first view is what the page asked for before it was usable; later loads (the figures) are not.
  const firstView = await page.evaluate(
    (before) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= before)
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /\.(js|css)$/.test(path)),
    interactiveAt,
  );
  const firstViewBytes = [view.path.split('#')[0]!, ...firstView].reduce(
    (sum, path) => sum + gzipSync(readFileSync(join(root, path))).length,
    0,
  );
  await context.close();
  return { interactiveAt, firstViewBytes };
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const ratio = (ours: number, floorMs: number) => Math.round((ours / floorMs) * 100) / 100;

export async function run(): Promise<Record<string, number>> {
  const root = 'out/renderer';
  const floorDir = join(root, 'floor');
  mkdirSync(floorDir, { recursive: true });
  writeFileSync(join(floorDir, 'index.html'), FLOOR_HTML);
  writeFileSync(join(floorDir, 'floor.js'), FLOOR_JS);
  const server = await serveStatic(root, 0);
  const { port } = server.address() as AddressInfo;
  const systemChromium = '/usr/bin/chromium';
  const browser = await chromium.launch({
    ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const views = [floor, player, library, settings];
    const times: Record<string, number[]> = Object.fromEntries(views.map((view) => [view.name, []]));
    const bytes: Record<string, number> = {};
    // Interleaved, so a busy moment on the machine falls on every view alike.
    for (let i = 0; i < RUNS; i++) {
      for (const view of views) {
        const result = await load(browser, port, root, view, view === floor ? '' : '?lang=en');
        times[view.name]!.push(result.interactiveAt);
        bytes[view.name] ??= result.firstViewBytes;
      }
    }
    // Each language's first view of the player: the one chunk of texts it adds must keep it in budget.
    const perLanguage: Record<string, number> = {};
    for (const locale of LOCALES) {
      const { firstViewBytes } = await load(
        browser,
        port,
        root,
        { ...player, control: '', selector: 'button' },
        `?lang=${locale}`,
      );
      perLanguage[`firstViewKbGzip.${locale}`] = kb(firstViewBytes);
    }
    const floorMs = typical(times['floor']!);
    return {
      floorMs: Math.round(floorMs),
      firstViewKbGzip: kb(bytes['player']!),
      msToInteractive: Math.round(typical(times['player']!)),
      worstMsToInteractive: Math.round(Math.max(...times['player']!)),
      playerToFloorRatio: ratio(typical(times['player']!), floorMs),
      libraryFirstViewKbGzip: kb(bytes['library']!),
      libraryMsToInteractive: Math.round(typical(times['library']!)),
      libraryToFloorRatio: ratio(typical(times['library']!), floorMs),
      settingsFirstViewKbGzip: kb(bytes['settings']!),
      settingsMsToInteractive: Math.round(typical(times['settings']!)),
      settingsToFloorRatio: ratio(typical(times['settings']!), floorMs),
      ...perLanguage,
    };
  } finally {
    await browser.close();
    server.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}
