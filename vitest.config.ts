import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // electron-store imports `electron` from node_modules; inlining lets vi.mock('electron') reach it.
    server: { deps: { inline: ['electron-store'] } },
    restoreMocks: true,
  },
});
