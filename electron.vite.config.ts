import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { viewNames } from './src/shared/views';
import { areas, viewComponents } from './src/renderer/src/view-areas';

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
    test: /(renderer[\\/]src[\\/](api|first-frame|follow|follow-settings|speech-voices)\.ts|common[\\/]SafetyNote\.svelte|shared[\\/](tips|routines|preference-defaults)\.ts|shared[\\/]exercises[\\/]|shared[\\/]i18n[\\/](content|format)\.ts|svelte[\\/]src[\\/]internal[\\/](flags[\\/]legacy|disclose-version))/,
    priority: 1,
    includeDependenciesRecursively: false,
  },
];

type Bundle = Parameters<NonNullable<Extract<Plugin['generateBundle'], (...args: never[]) => unknown>>>[1];

/** A chunk's file and every chunk it imports, but the entry, with the CSS they bring. */
function chunkClosure(bundle: Bundle, roots: Iterable<string>): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (scripts.has(fileName) || !chunk || chunk.type !== 'chunk' || chunk.isEntry) return;
    scripts.add(fileName);
    chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
    chunk.imports.forEach(visit);
  };
  for (const root of roots) visit(root);
  return { scripts: [...scripts], styles: [...styles] };
}

const chunkOf = (bundle: Bundle, test: (id: string) => boolean) =>
  Object.values(bundle).filter(
    (output) => output.type === 'chunk' && Object.keys(output.modules).some((id) => test(id)),
  );

/** What every view imports beside the entry (which holds the Svelte runtime and the shell): the views'
 * shared chunk and the bundler's runtime. */
const commonClosure = (bundle: Bundle) =>
  chunkClosure(
    bundle,
    Object.values(bundle)
      .filter(
        (output) =>
          output.type === 'chunk' && (output.name === 'shared' || output.name === 'rolldown-runtime'),
      )
      .map((chunk) => chunk.fileName),
  );

const preloadLinks = ({ scripts, styles }: { scripts: string[]; styles: string[] }): string =>
  [
    ...styles.map((file) => `<link rel="stylesheet" crossorigin href="./${file}">`),
    ...scripts.map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`),
  ].join('\n    ');

/**
 * One page per view, so a window fetches everything its first view needs in one round. `index.html`
 * preloads the views' shared chunk and the bundler's runtime beside the entry (which holds the Svelte
 * runtime and the shell); but it cannot know the view, which the entry only reads from the URL, so the
 * view's own code and texts came in a second round once the entry had run. `<view>.html` is the same page
 * with that view's component, what it imports, its CSS and its English texts preloaded too: main loads
 * it (`viewUrl`), and the entry finds them already fetched. Another language's texts are still asked for
 * by the entry, beside the rest. Measured with `node scripts/trace-renderer.mjs`.
 */
function viewPages(): Plugin {
  return {
    name: 'unhunch:view-pages',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) =>
        context.bundle
          ? html.replace('</head>', `  ${preloadLinks(commonClosure(context.bundle))}\n  </head>`)
          : html,
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') this.error('view pages: no index.html in the bundle');
      const common = commonClosure(bundle);
      for (const view of viewNames) {
        const component = resolve('src/renderer/src', viewComponents[view]);
        const code = chunkOf(bundle, (id) => id === component);
        // Development-only views (the pose gallery) are not in a build.
        if (code.length === 0) continue;
        const texts = chunkOf(bundle, (id) =>
          areas[view].some((area) => id.endsWith(`/i18n/catalogs/en/${area}.ts`)),
        );
        const own = chunkClosure(
          bundle,
          [...code, ...texts].map((chunk) => chunk.fileName),
        );
        const links = preloadLinks({
          scripts: own.scripts.filter((file) => !common.scripts.includes(file)),
          styles: own.styles.filter((file) => !common.styles.includes(file)),
        });
        this.emitFile({
          type: 'asset',
          fileName: `${view}.html`,
          source: String(index.source).replace('</head>', `  ${links}\n  </head>`),
        });
      }
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
    plugins: [svelte(), devStylePolicy(), viewPages()],
    build: {
      minify: true,
      rolldownOptions: {
        input: { index: resolve('src/renderer/index.html') },
        output: { codeSplitting: { groups: firstViewChunks } },
      },
    },
  },
});
