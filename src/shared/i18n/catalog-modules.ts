/**
 * Every area of every language, each a module of its own under `catalogs/<locale>/`, loaded on demand.
 * A view page's build replaces this module with the areas of its view alone (bundling/view-pages.ts), so
 * a page ships no other view's texts.
 */
export type CatalogModule = Record<string, unknown>;

export const catalogModules: Record<string, () => Promise<CatalogModule>> = import.meta.glob<CatalogModule>([
  './catalogs/*/*.ts',
  '!./catalogs/*/index.ts',
]);
