import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { platformProfiles } from './tests/fakes/platform-profiles.ts';

/** The main process booted against the fake Electron, once per platform it behaves differently on. */
const mainProcess = 'tests/integration/main-process*.test.ts';

const shared = {
  plugins: [svelte()],
  // electron-store imports `electron` from node_modules; inlining lets vi.mock('electron') reach it.
  test: {
    environment: 'node' as const,
    server: { deps: { inline: ['electron-store'] } },
    restoreMocks: true,
  },
};

const platformRuns: TestProjectInlineConfiguration[] = platformProfiles.map((profile) => ({
  ...shared,
  test: {
    ...shared.test,
    name: `main-process:${profile}`,
    include: [mainProcess],
    env: { UNHUNCH_FAKE_PLATFORM: profile },
    setupFiles: ['tests/fakes/platform-setup.ts'],
  },
}));

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          ...shared.test,
          name: 'node',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/integration/**/*.test.ts',
            'tests/packaging/**/*.test.ts',
          ],
          exclude: [mainProcess],
        },
      },
      ...platformRuns,
    ],
  },
});
