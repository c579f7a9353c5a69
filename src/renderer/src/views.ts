/**
 * Each view's code, for the dev server's one page (`main.ts`); a build gives each view a page of its
 * own instead (bundling/view-pages.ts). What each view starts with is data in `view-areas.ts`.
 */
import type { Component } from 'svelte';
import type { ViewName } from '../../shared/views';

type Loader = () => Promise<{ default: Component }>;

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
