/**
 * Each view's code, for the dev server's one page (`main.ts`); a build gives each view a page of its
 * own instead (bundling/view-pages.ts). What each view starts with is data in `view-areas.ts`.
 */
import type { Component } from 'svelte';
import type { ViewName } from '../../shared/views';

type Loader = () => Promise<{ default: Component }>;

const loaders: Record<ViewName, Loader> = {
  player: () => import('./player/PlayerView.svelte'),
  library: () => import('./library/Library.svelte'),
  settings: () => import('./settings/SettingsWindow.svelte'),
  progress: () => import('./progress/Progress.svelte'),
  welcome: () => import('./welcome/Welcome.svelte'),
  cover: () => import('./cover/Cover.svelte'),
  gallery: () => import('./figure/PoseGallery.svelte'),
};

export const loadView = (view: ViewName): Promise<{ default: Component }> => loaders[view]();
