/**
 * What each view starts with, as plain data the build reads too (`bundling/view-pages.ts` puts them in
 * the view's own page): its component, and the catalog areas its components speak from at first
 * (src/shared/i18n/catalogs/en). A view asks for more areas with `useAreas` when it opens a part that
 * needs them.
 */
import type { Area } from '../../shared/i18n/catalog';
import { viewNames, type ViewName } from '../../shared/views';

export const areas: Record<ViewName, readonly Area[]> = {
  player: ['common', 'player', 'figure'],
  library: ['common', 'library', 'own', 'figure'],
  settings: ['common', 'settings', 'validation'],
  progress: ['common', 'progress'],
  welcome: ['common', 'welcome', 'tray'],
  cover: ['common', 'cover'],
  gallery: ['common', 'figure'],
};

/** The pose gallery is a review tool: only the dev server shows it, and a build has no page for it. */
export const devOnlyViews: ReadonlySet<ViewName> = new Set(['gallery']);

/** The views a build makes a page for (`bundling/view-pages.ts`): every other one. */
export const pageViews: readonly ViewName[] = viewNames.filter((view) => !devOnlyViews.has(view));

/** Each view's component under src/renderer/src; `views.ts` imports the same files. */
export const viewComponents: Record<ViewName, string> = {
  player: 'player/PlayerView.svelte',
  library: 'library/Library.svelte',
  settings: 'settings/SettingsWindow.svelte',
  progress: 'progress/Progress.svelte',
  welcome: 'welcome/Welcome.svelte',
  cover: 'cover/Cover.svelte',
  gallery: 'figure/PoseGallery.svelte',
};
