/**
 * Each view's code and the catalog areas it speaks from, kept free of Svelte so the entry can ask for
 * both before the Svelte runtime and the app shell are even evaluated (`main.ts`).
 */
import type { Component } from 'svelte';
import type { Area } from '../../shared/i18n/catalog';
import type { ViewName } from '../../shared/views';

type Loader = () => Promise<{ default: Component }>;

// Each view loads on demand so a window downloads only the code of the page it shows.
export const loaders: Record<ViewName, Loader | undefined> = {
  player: () => import('./player/PlayerView.svelte'),
  library: () => import('./library/Library.svelte'),
  settings: () => import('./settings/Settings.svelte'),
  progress: () => import('./progress/Progress.svelte'),
  welcome: () => import('./welcome/Welcome.svelte'),
  cover: () => import('./cover/Cover.svelte'),
  // The pose gallery is a review tool for development builds; production builds leave it out.
  gallery: import.meta.env.DEV ? () => import('./figure/PoseGallery.svelte') : undefined,
};

/** A view's code; the library for a view this build leaves out. */
export const loadView = (view: ViewName): Promise<{ default: Component }> =>
  (loaders[view] ?? loaders.library!)();

/**
 * The catalog areas each view's components speak from at first (src/shared/i18n/catalogs/en); a view
 * asks for more with `useAreas` when it opens a part that needs them.
 */
export const areas: Record<ViewName, readonly Area[]> = {
  player: ['common', 'player', 'figure'],
  library: ['common', 'library', 'own', 'figure'],
  settings: ['common', 'settings', 'validation'],
  progress: ['common', 'progress'],
  welcome: ['common', 'welcome', 'tray'],
  cover: ['common', 'cover'],
  gallery: ['common', 'figure'],
};
