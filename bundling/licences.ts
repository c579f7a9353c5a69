/**
 * The licences of the packages whose code a build copies into our own files (Svelte into every page,
 * valibot into main, preload and the pages). Their MIT and similar licences ask that the notice travel
 * with the code; npm's node_modules carries it for what stays a package, nothing did for these. Each
 * build writes `licenses.txt` beside its output, so the packaged app holds them (forge packs `out/`).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The folder of the npm package a bundled module comes from, or undefined for our own code. */
export function packageDirOf(moduleId: string): string | undefined {
  const path = moduleId
    .replace(/^\0/, '')
    .replace(/[?#].*$/, '')
    .replace(/\\/g, '/');
  const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path);
  return match?.[1];
}

interface Manifest {
  name: string;
  version: string;
  license?: string;
}

/** The notices of the given package folders, one after another, by package name. */
export function licenceNotices(packageDirs: Iterable<string>): string {
  const sections = [...new Set(packageDirs)]
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
      const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
      // Without a licence file, the licence's name is all the package gives.
      const text = file
        ? readFileSync(join(dir, file), 'utf8').trim()
        : `License: ${manifest.license ?? 'none given'}`;
      return {
        name: manifest.name,
        heading: `${manifest.name} ${manifest.version} (${manifest.license ?? 'no licence named'})`,
        text,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const rule = '='.repeat(72);
  return (
    [
      'Unhunch includes code from these packages, copied into its own files by the build.',
      ...sections.map(({ heading, text }) => `${rule}\n${heading}\n${rule}\n\n${text}`),
    ].join('\n\n') + '\n'
  );
}

/**
 * Records the packages in each bundle and writes their notices to the build's folder. Builds that share
 * a folder (the renderer's pages) share one `seen` set, so the file lists all of them.
 */
export function bundledLicences(seen: Set<string> = new Set()): Plugin {
  let outDir = '';
  return {
    name: 'unhunch:bundled-licences',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        // Only what is left of a module after tree-shaking is copied; a types-only import leaves nothing.
        for (const [id, module] of Object.entries(output.modules)) {
          const dir = module.renderedLength > 0 ? packageDirOf(id) : undefined;
          if (dir !== undefined) seen.add(dir);
        }
      }
    },
    writeBundle() {
      writeFileSync(join(outDir, 'licenses.txt'), licenceNotices(seen));
    },
  };
}
