/**
 * The renderer's first views: bytes a page loads before it is usable (JS + CSS, gzip) and the time from
 * navigation to the first frame with a usable control, in Debian's Chromium against the built files.
 * The player is the page a break opens; the library is the one a tray click opens, and draws a figure
 * on every card, which must not weigh on its first view.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { serveStatic } from '../scripts/serve-static.mjs';
import { useFakeApi } from '../tests/e2e/support/fake-api';

const RUNS = 15;

export const goals = {
  firstViewKbGzip: 60,
  medianMsToInteractive: 150,
  libraryFirstViewKbGzip: 60,
  libraryMedianMsToInteractive: 150,
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

interface View {
  hash: string;
  /** The page is usable once an enabled button whose text starts with this is on screen. */
  control: string;
}

const player: View = { hash: '#/player', control: 'Start' };
// A card's Start button reads "Start <exercise>" (the name is visually hidden).
const library: View = { hash: '#/library', control: 'Start ' };

async function measure(
  browser: Browser,
  port: number,
  root: string,
  view: View,
): Promise<{ firstViewKbGzip: number; median: number; worst: number }> {
  const timings: number[] = [];
  let firstViewBytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await useFakeApi(page, {
      session: {
        id: 'bench',
        reason: 'quick',
        title: 'Chin tuck',
        items: [{ exerciseId: 'chin-tuck' }],
        canPostpone: false,
        canSkip: true,
      },
    });
    // Watch from inside the page, from before its first script, for the first frame that shows a usable
    // control; the figure is taken just after that frame, so it includes its style, layout and paint.
    // The page reports it on the console: evaluating anything in the page (waitForFunction injects
    // Playwright's own script) would compete with the very work being timed.
    await page.addInitScript((control: string) => {
      const watch = (): void => {
        const usable = [...document.querySelectorAll('button')].find((button) => {
          const text = button.textContent?.trim() ?? '';
          return !button.disabled && (control.endsWith(' ') ? text.startsWith(control) : text === control);
        });
        if (!usable) {
          requestAnimationFrame(watch);
          return;
        }
        setTimeout(() => console.debug(`interactive-at ${performance.now()}`));
      };
      requestAnimationFrame(watch);
    }, view.control);
    const interactive = page.waitForEvent('console', (message) =>
      message.text().startsWith('interactive-at '),
    );
    await page.goto(`http://127.0.0.1:${port}/index.html${view.hash}`, { waitUntil: 'commit' });
    const interactiveAt = Number((await interactive).text().split(' ')[1]);
    timings.push(interactiveAt);
    if (i === 0) {
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
      firstViewBytes = firstView.reduce(
        (sum, path) => sum + gzipSync(readFileSync(join(root, path))).length,
        0,
      );
    }
    await context.close();
  }
  return {
    firstViewKbGzip: Math.round((firstViewBytes / 1024) * 10) / 10,
    median: Math.round(median(timings)),
    worst: Math.round(Math.max(...timings)),
  };
}

export async function run(): Promise<Record<string, number>> {
  const root = 'out/renderer';
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
    const playerFigures = await measure(browser, port, root, player);
    const libraryFigures = await measure(browser, port, root, library);
    return {
      firstViewKbGzip: playerFigures.firstViewKbGzip,
      medianMsToInteractive: playerFigures.median,
      worstMsToInteractive: playerFigures.worst,
      libraryFirstViewKbGzip: libraryFigures.firstViewKbGzip,
      libraryMedianMsToInteractive: libraryFigures.median,
      libraryWorstMsToInteractive: libraryFigures.worst,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
