import type { UiLocale } from '../shared/i18n/locales';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ViewName } from '../shared/views';

// After `electron-vite build` this file is out/main/index.js, beside out/preload and out/renderer.
const here = new URL('.', import.meta.url);

export const preloadPath = fileURLToPath(new URL('../preload/index.cjs', here));

const resources = new URL('../../resources/', here);
export const resourcePath = (name: string): string => fileURLToPath(new URL(name, resources));

/**
 * The dev server's URL, only when `electron-vite dev` started us: it sets NODE_ENV_ELECTRON_VITE to
 * "development" beside ELECTRON_RENDERER_URL (and "production" for `preview`). Honoured anywhere else,
 * the variable alone would hand any page the full API; a packaged build never has a dev server.
 */
export function devServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  if (isPackaged || env['NODE_ENV_ELECTRON_VITE'] !== 'development') return undefined;
  return env['ELECTRON_RENDERER_URL'];
}

/**
 * A resource another program opens (notify-send's or SnoreToast's icon): they cannot read inside
 * app.asar, so a packaged build keeps these files beside it in app.asar.unpacked (forge.config.ts).
 */
export const externalResourcePath = (name: string): string => outsideAsar(resourcePath(name));

/** The same file's path in app.asar.unpacked; a path outside an asar is returned as it is. */
export const outsideAsar = (path: string): string =>
  path.replace(/([\\/])app\.asar(?=[\\/])/, '$1app.asar.unpacked');

/**
 * The tray's images. The macOS menu bar wants a template (shape only, drawn in the bar's colour); the
 * *Template file is black on clear, where the coloured disc would turn into a solid blot.
 */
export function trayIconPaths(platform: NodeJS.Platform): { active: string; paused: string } {
  const suffix = platform === 'darwin' ? 'Template' : '';
  return { active: resourcePath(`tray${suffix}.png`), paused: resourcePath(`tray-paused${suffix}.png`) };
}

/**
 * The renderer's entry: the dev server while developing; otherwise the built renderer folder's
 * index.html, which names the folder each view's page sits in (a build has no page of that name).
 */
export function rendererEntry(devServerUrl: string | undefined): string {
  return devServerUrl ?? pathToFileURL(fileURLToPath(new URL('../renderer/index.html', here))).href;
}

/**
 * A view's URL. A build has a page per view (`player.html`, with all its first view needs in one script,
 * see bundling/view-pages.ts); the dev server serves the one entry page.
 * The language rides in the hash (`#/player?lang=de`) because our trusted-URL check refuses any query on
 * our own pages, and a window needs its language before it can say anything.
 */
export function viewUrl(entry: string, view: ViewName, locale: UiLocale): string {
  const page = entry.replace(/#.*$/, '');
  return `${page.endsWith('/index.html') ? viewPage(page, view) : page}#/${view}?lang=${locale}`;
}

/** The built page of a view beside the entry page. */
export const viewPage = (entry: string, view: ViewName): string =>
  entry.replace(/\/index\.html$/, `/${view}.html`);
