import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import type { Plugin, PluginOption } from 'vite';
import { bundledLicences } from './bundling/licences';
import { serverComponents } from './bundling/server-components';
import { viewPages } from './bundling/view-pages';

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

/** The renderer's own plugins: in electron-vite's build and in each view page's (bundling/view-pages.ts). */
const rendererPlugins = (): PluginOption[] => [svelte()];

export default defineConfig({
  main: {
    plugins: [
      {
        // Main ships in the asar, where its comments and long names were a third of the app's own bytes
        // (768 KB as written, 530 KB minified; `npm run bench -- package-size`). Names are kept (14 KB):
        // a packaged app's one report of a failed start is the stack it prints (src/main/index.ts), and
        // each frame still names its function and class; only the line and column are the bundle's.
        // Release builds only: `electron-vite dev` builds in development mode and stays readable.
        name: 'unhunch:minify-release',
        config: (_config, { mode }) =>
          mode === 'production'
            ? {
                build: {
                  minify: true,
                  rolldownOptions: {
                    output: {
                      minify: {
                        compress: { keepNames: { function: true, class: true } },
                        mangle: { keepNames: true },
                      },
                    },
                  },
                },
              }
            : undefined,
      },
      bundledLicences(),
      ...serverComponents(),
    ],
    build: { rolldownOptions: { input: { index: resolve('src/main/index.ts') } } },
  },
  preload: {
    plugins: [
      {
        // As main's, names too (28 KB as written, 10 KB minified): the preload's errors surface only
        // in DevTools, which packaged builds never open (windows.ts).
        name: 'unhunch:minify-release',
        config: (_config, { mode }) => (mode === 'production' ? { build: { minify: true } } : undefined),
      },
      bundledLicences(),
    ],
    build: {
      // Sandboxed preloads cannot `require` packages, so everything they use is bundled into one CJS file.
      externalizeDeps: false,
      lib: { entry: resolve('src/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [...rendererPlugins(), devStylePolicy(), viewPages(rendererPlugins)],
    build: { minify: true },
  },
});
