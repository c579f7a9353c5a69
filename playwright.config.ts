import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Debian's Chromium where it is installed (CI, offline machines); Playwright's own browser elsewhere. */
const systemChromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
// Another checkout's server on the usual port would be reused and serve its build, not this one's.
const port = Number(process.env['E2E_PORT'] ?? 4173);

export default defineConfig({
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.01 } },
  projects: [
    {
      name: 'renderer',
      testDir: 'tests/e2e',
      use: {
        baseURL: `http://127.0.0.1:${port}/`,
        browserName: 'chromium',
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: {
    command: `node scripts/serve-static.mjs out/renderer ${port}`,
    // Any built page will do: a build has one per view and no index.html.
    url: `http://127.0.0.1:${port}/player.html`,
    reuseExistingServer: !process.env['CI'],
  },
});
