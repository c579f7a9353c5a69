import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * Vite's dev server injects component styles as <style> elements, which the production CSP forbids.
 * Loosen style-src for `electron-vite dev` only; the built index.html keeps the strict policy.
 */
function devStylePolicy(): Plugin {
  return {
    name: 'unhunch:dev-style-policy',
    apply: 'serve',
    transformIndexHtml: (html: string) =>
      html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  main: {
    build: { rolldownOptions: { input: { index: resolve('src/main/index.ts') } } },
  },
  preload: {
    build: {
      // Sandboxed preloads cannot `require` packages, so everything they use is bundled into one CJS file.
      externalizeDeps: false,
      lib: { entry: resolve('src/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [svelte(), devStylePolicy()],
    build: {
      minify: true,
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
