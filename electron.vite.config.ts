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

/**
 * A window's first view waits on every chunk it needs, and Chromium fetches at most six at a time from
 * one origin: left to itself the bundler cut the player's into fifteen, the library's into thirty. These
 * groups keep each first view to a handful: the texts a window needs first, in one chunk per language,
 * and the code the views share in one chunk. Measured with `node scripts/trace-renderer.mjs`.
 */
const catalogArea = /i18n[\\/]catalogs[\\/]([\w-]+)[\\/](\w+)\.ts$/;
/** The catalog areas that go together in a window's first view, per language (see `views.ts`). */
const textGroups: Record<string, string> = {
  common: 'texts',
  figure: 'texts',
  player: 'texts',
  content: 'texts',
  library: 'library-texts',
  own: 'library-texts',
  settings: 'settings-texts',
  validation: 'settings-texts',
};
const firstViewChunks = [
  {
    // The areas every window starts with, the player's and the exercise texts in one chunk per language;
    // the library's and settings' own areas in one more each.
    name: (id: string) => {
      const [, locale, area] = catalogArea.exec(id) ?? [];
      const group = area === undefined ? undefined : textGroups[area];
      return group === undefined ? null : `${group}-${locale}`;
    },
    test: catalogArea,
    priority: 2,
    includeDependenciesRecursively: false,
  },
  {
    // What the player, the library and settings all use; each would otherwise be a request of its own.
    name: 'shared',
    test: /(renderer[\\/]src[\\/](api|follow|follow-settings|speech-voices)\.ts|common[\\/]SafetyNote\.svelte|shared[\\/](tips|routines|preference-defaults)\.ts|shared[\\/]exercises[\\/]|shared[\\/]i18n[\\/](content|format)\.ts|svelte[\\/]src[\\/]internal[\\/]flags[\\/]legacy)/,
    priority: 1,
    includeDependenciesRecursively: false,
  },
];

/**
 * The entry (`main.ts`) asks for the view first and imports the shell after, so it must not wait on the
 * shell; but the shell is needed at once, so index.html preloads it and what it imports, beside the entry,
 * and the code every view shares. The view's own chunks then make a second, short round of requests.
 */
function preloadShell(): Plugin {
  return {
    name: 'unhunch:preload-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const shell = Object.values(bundle).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/src/shell.ts'),
        );
        if (!shell || shell.type !== 'chunk') return html;
        const files = new Set<string>();
        const styles = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (files.has(fileName) || !chunk || chunk.type !== 'chunk' || chunk.isEntry) return;
          files.add(fileName);
          chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
          chunk.imports.forEach(visit);
        };
        visit(shell.fileName);
        // What every view imports: the views' shared chunk and the bundler's runtime (the texts need it).
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && (output.name === 'shared' || output.name === 'rolldown-runtime'))
            visit(output.fileName);
        }
        const links = [
          ...[...styles].map((file) => `<link rel="stylesheet" crossorigin href="./${file}">`),
          ...[...files].map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`),
        ];
        return html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}

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
    plugins: [svelte(), devStylePolicy(), preloadShell()],
    build: {
      minify: true,
      rolldownOptions: {
        input: { index: resolve('src/renderer/index.html') },
        output: { codeSplitting: { groups: firstViewChunks } },
      },
    },
  },
});
