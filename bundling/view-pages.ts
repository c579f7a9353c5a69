/**
 * A build of its own for each view's page. A window shows one view all its life, and its first frame
 * waits on every file it fetches: one shared build cut each page into seven (the entry, the bundler's
 * runtime, the views' shared code, the view, its texts and two stylesheets), each a few ms more. A
 * build per page puts all a view starts with (the Svelte runtime, the shell, the view and its English
 * texts) in one script and one stylesheet; what it loads later (a figure, a form, another language's
 * texts) stays in chunks of its own. Where it can, the page carries that script and stylesheet itself
 * (`inlinable`), so the first frame waits on no fetch at all. Code the views share is repeated in each
 * page's script, which costs package bytes, never load time. Measured with
 * `node scripts/trace-renderer.mjs`; ARCHITECTURE "Performance" has the numbers.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  build,
  normalizePath,
  type InlineConfig,
  type Plugin,
  type PluginOption,
  type ResolvedConfig,
  type Rollup,
} from 'vite';
import { bundledLicences } from './licences';
import { handOverExports, takeOverImports } from './page-handover';
import type { ViewName } from '../src/shared/views';
import { areas, pageViews, viewComponents } from '../src/renderer/src/view-areas';

const rendererDir = resolve('src/renderer');
const catalogsDir = resolve('src/shared/i18n/catalogs');
const ENTRY = '\0unhunch:view-page/';
const CATALOGS = '\0unhunch:view-catalogs';
const TEXTS = '\0unhunch:view-texts/';
/** Marks a module copied for a chunk of its own (see `resolveId`). */
const COPY = '?unhunch:copy';
/** The pseudo-locale's English exercise texts, read off the records; as module ids are written. */
const ENGLISH_CONTENT = normalizePath(resolve('src/shared/i18n/english-content.ts'));

/** The view's page script: the shell showing the view (its English texts come with `bundles.ts`). */
function entrySource(view: ViewName): string {
  return [
    `import ${JSON.stringify(join(rendererDir, 'src/styles/theme.css'))};`,
    // First, so another language's texts are asked for before the rest is evaluated.
    `import ${JSON.stringify(join(rendererDir, 'src/boot.ts'))};`,
    `import { showView } from ${JSON.stringify(join(rendererDir, 'src/shell.ts'))};`,
    `import View from ${JSON.stringify(join(rendererDir, 'src', viewComponents[view]))};`,
    `showView(${JSON.stringify(view)}, async () => ({ default: View }));`,
  ].join('\n');
}

const catalog = (locale: string, file: string) => JSON.stringify(join(catalogsDir, locale, `${file}.ts`));

/**
 * The view's catalog modules (see `bundles.ts`). English is in the page's script. Another language's
 * areas come in one chunk, a module of the page's own that exports them all; its exercise texts in a
 * chunk apart, the same file in every page's build, so the package holds them once. Each chunk is the
 * module it is named after: the bundler needs no helper to make the module objects `import()` returns.
 */
function catalogsSource(view: ViewName): string {
  const locales = readdirSync(catalogsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'en')
    .map((entry) => entry.name);
  const english = areas[view];
  const map = [
    ...english.map((area) => `  './catalogs/en/${area}.ts': async () => ({ ${area} }),`),
    ...locales.flatMap((locale) => [
      ...english.map(
        (area) =>
          `  './catalogs/${locale}/${area}.ts': () => import(${JSON.stringify(`${TEXTS}${locale}`)}),`,
      ),
      `  './catalogs/${locale}/content.ts': () => import(${catalog(locale, 'content')}),`,
    ]),
  ];
  return [
    ...english.map((area) => `import { ${area} } from ${catalog('en', area)};`),
    `export const catalogModules = {\n${map.join('\n')}\n};`,
  ].join('\n');
}

/** One language's areas of the view, in one module. */
const textsSource = (view: ViewName, locale: string): string =>
  areas[view]
    .filter((area) => existsSync(join(catalogsDir, locale, `${area}.ts`)))
    .map((area) => `export { ${area} } from ${catalog(locale, area)};`)
    .join('\n');

/** A file the page fetches, or its text written into the page. */
type Part = { file: string } | { code: string };

/**
 * The page: the dev server's index.html, its script swapped for the build's script and stylesheets,
 * each either fetched or written into the page and allowed there by its hash.
 */
function pageSource(template: string, script: Part, styles: Part[], preloads: string[]): string {
  const tags = [
    ...styles.map((style) =>
      'code' in style
        ? `<style>${style.code}</style>`
        : `<link rel="stylesheet" crossorigin href="./${style.file}">`,
    ),
    ...preloads.map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`),
    'code' in script
      ? `<script type="module">${script.code}</script>`
      : `<script type="module" crossorigin src="./${script.file}"></script>`,
  ];
  const devScript = /\s*<script type="module" src="\.\/src\/main\.ts"><\/script>/;
  if (!devScript.test(template)) throw new Error('view pages: index.html no longer loads ./src/main.ts');
  // A function, not a string: a replacement string would read the code's `$&` and `$'` as patterns.
  const page = template
    .replace(devScript, '')
    .replace('</head>', () => `  ${tags.join('\n    ')}\n  </head>`);
  return allowInline(allowInline(page, 'script-src', [script]), 'style-src', styles);
}

/** Adds the hash of each part written into the page to the CSP's directive. */
function allowInline(page: string, directive: string, parts: Part[]): string {
  const hashes = parts.flatMap((part) => ('code' in part ? [hash(part.code)] : []));
  if (hashes.length === 0) return page;
  const self = `${directive} 'self';`;
  if (!page.includes(self)) throw new Error(`view pages: index.html's CSP has no ${self}`);
  return page.replace(self, () => `${directive} 'self' ${hashes.join(' ')};`);
}

/** The CSP source that allows exactly this text written into the page, and no other. */
const hash = (code: string): string =>
  `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/**
 * Whether the page can carry its script and stylesheets itself rather than fetch them, which its first
 * frame then no longer waits on (a fetch is 20–40 ms of a load on these 2-core machines, the floor
 * page's included). A module written into a page has no URL: a chunk that imports from it statically
 * gets its bindings handed over (`page-handover.ts`), provided the chunk runs after the script, which a
 * chunk the script itself imports would not; one that imported it dynamically would fetch the script's
 * file and run the page a second time. Nor may a text hold what would end its element, nor a stylesheet
 * name a file in a `url()`, which the page would read from its own folder.
 */
export function inlinable(
  script: Rollup.OutputChunk,
  styles: string[],
  bundle: Rollup.OutputBundle,
): boolean {
  const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
  // What runs before the script: the chunks it imports statically, and theirs.
  const runFirst = new Set<string>();
  const visit = (file: string): void => {
    for (const imported of bundle[file]?.type === 'chunk' ? bundle[file].imports : []) {
      if (runFirst.has(imported)) continue;
      runFirst.add(imported);
      visit(imported);
    }
  };
  visit(script.fileName);
  return (
    chunks.every(
      (chunk) =>
        !chunk.dynamicImports.includes(script.fileName) &&
        !(chunk.imports.includes(script.fileName) && runFirst.has(chunk.fileName)),
    ) &&
    !/<\/?script/i.test(script.code) &&
    styles.every((file) => !/<\/style|url\(\s*(?!['"]?(?:data:|#))/i.test(assetText(bundle, file)))
  );
}

function assetText(bundle: Rollup.OutputBundle, file: string): string {
  const asset = bundle[file];
  if (asset?.type !== 'asset') throw new Error(`view pages: no stylesheet ${file}`);
  return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
}

/** Builds one view's page; `then` runs once it is written (the first build starts the others). */
function viewPage(view: ViewName, then?: (config: ResolvedConfig) => Promise<void>): Plugin {
  let resolved: ResolvedConfig;
  let failed = false;
  return {
    name: `unhunch:view-page:${view}`,
    apply: 'build',
    // Before Vite's own resolver, which would find the real catalog-modules.ts.
    enforce: 'pre',
    config(config) {
      // Set in place: electron-vite's preset has already filled in index.html, under both option names.
      const options = ((config.build ??= {}).rolldownOptions ??= {});
      options.input = { [view]: `${ENTRY}${view}` };
      options.output = {
        ...options.output,
        // Everything the script reaches by static imports stays in it. Left to itself the bundler moved
        // what the script shares with a chunk it loads later (the Svelte runtime, the exercises) into
        // chunks of their own, which the page then waited on too.
        codeSplitting: { groups: [{ name: view, test: (id: string) => id === `${ENTRY}${view}` }] },
        // Beside the page, so the paths to the chunks it loads later are the same in the page as in a file.
        entryFileNames: '[name]-[hash].js',
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.startsWith(TEXTS)
            ? 'assets/texts-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
      };
    },
    configResolved(config) {
      resolved = config;
    },
    async resolveId(source, importer) {
      if (source.startsWith(ENTRY) || source.startsWith(TEXTS)) return source;
      // The pseudo-locale reads its English texts off records the page's script holds too. Shared, they
      // would make its chunk import the script, which then could not be written into the page; copied,
      // they cost bytes only in a chunk that the tests' language alone loads.
      if (importer === ENGLISH_CONTENT || importer?.endsWith(COPY)) {
        const resolved = await this.resolve(source, importer.replace(COPY, ''), { skipSelf: true });
        return resolved && !resolved.external ? `${resolved.id}${COPY}` : resolved;
      }
      if (source === './catalog-modules' && importer?.endsWith('/i18n/bundles.ts')) return CATALOGS;
      return null;
    },
    load(id) {
      if (id.endsWith(COPY)) return readFileSync(id.slice(0, -COPY.length), 'utf8');
      if (id === `${ENTRY}${view}`) return entrySource(view);
      if (id === CATALOGS) return catalogsSource(view);
      if (id.startsWith(TEXTS)) return textsSource(view, id.slice(TEXTS.length));
      return null;
    },
    generateBundle: {
      // After Vite's own, which write the chunks' lists of files to preload into their code.
      order: 'post',
      handler(_options, bundle) {
        const script = Object.values(bundle).find((output) => output.type === 'chunk' && output.isEntry);
        if (!script || script.type !== 'chunk') return this.error(`view pages: no script for ${view}`);
        const styles = [...(script.viteMetadata?.importedCss ?? [])];
        const inline = inlinable(script, styles, bundle);
        const parts = inline
          ? styles.map((file) => ({ code: assetText(bundle, file) }))
          : styles.map((file) => ({ file }));
        if (inline) {
          const importers = Object.values(bundle).filter(
            (output): output is Rollup.OutputChunk =>
              output.type === 'chunk' && output.imports.includes(script.fileName),
          );
          for (const importer of importers)
            importer.code = takeOverImports(importer.code, importer.fileName, script.fileName);
          if (importers.length > 0) script.code = handOverExports(script.code);
          for (const file of [script.fileName, ...styles]) delete bundle[file];
        }
        this.emitFile({
          type: 'asset',
          fileName: `${view}.html`,
          source: pageSource(
            readFileSync(join(rendererDir, 'index.html'), 'utf8'),
            inline ? { code: script.code } : { file: script.fileName },
            parts,
            script.imports,
          ),
        });
      },
    },
    buildEnd(error) {
      failed = error !== undefined;
    },
    async closeBundle() {
      // A failed build still closes; the later pages would only hide its error behind theirs.
      if (!failed) await then?.(resolved);
    },
  };
}

/** The config of a later page's build: the first build's target, folder and own plugins. */
const laterBuild = (
  view: ViewName,
  first: ResolvedConfig,
  own: PluginOption[],
  licences: Plugin,
): InlineConfig => ({
  configFile: false,
  envDir: false,
  logLevel: first.logLevel,
  mode: first.mode,
  root: first.root,
  base: first.base,
  plugins: [...own, viewPage(view), licences],
  build: {
    target: first.build.target,
    outDir: first.build.outDir,
    emptyOutDir: false,
    minify: first.build.minify,
    modulePreload: first.build.modulePreload,
    reportCompressedSize: first.build.reportCompressedSize,
  },
});

/**
 * The renderer's build: electron-vite's build makes the first view's page, and starts one build for each
 * other view as it closes, with fresh instances of the renderer's own plugins (`plugins`, the same the
 * renderer's config uses). The dev server keeps serving index.html, every view on one page.
 */
export function viewPages(plugins: () => PluginOption[]): Plugin[] {
  const [first, ...later] = pageViews;
  if (first === undefined) throw new Error('view pages: no views');
  // One list of notices for all the pages, which share a folder.
  const seen = new Set<string>();
  return [
    viewPage(first, async (config) => {
      for (const view of later) await build(laterBuild(view, config, plugins(), bundledLicences(seen)));
    }),
    bundledLicences(seen),
  ];
}
