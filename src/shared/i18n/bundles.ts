/**
 * Where a window's texts come from: the areas its view uses, in its own language, from the catalog
 * modules its page ships (`catalog-modules.ts`).
 */
import type { Area, LocaleBundle, Messages } from './catalog';
import { catalogModules, type CatalogModule } from './catalog-modules';
import type { ContentText } from './content';
import { PSEUDO_LOCALE, type UiLocale } from './locales';

async function load(locale: string, file: string): Promise<CatalogModule | undefined> {
  return catalogModules[`./catalogs/${locale}/${file}.ts`]?.();
}

/**
 * The given areas in one language, with its exercise texts (English has none: its texts are the
 * records). An area a language lacks is left out, and `t` then shows its keys, which the pseudo-locale
 * checks of every view would catch.
 */
export async function loadBundle(locale: UiLocale, areas: readonly Area[]): Promise<LocaleBundle> {
  if (locale === PSEUDO_LOCALE) {
    // Made from the same English areas, so a page needs no texts beyond its own view's.
    const [{ pseudoOf }, { englishContent }, english] = await Promise.all([
      import('./pseudo'),
      import('./english-content'),
      loadBundle('en', areas),
    ]);
    return pseudoOf(english, englishContent());
  }
  const [tables, content] = await Promise.all([
    Promise.all(areas.map(async (area) => [area, (await load(locale, area))?.[area]] as const)),
    locale === 'en'
      ? undefined
      : load(locale, 'content').then((module) => module?.['content'] as ContentText),
  ]);
  return {
    locale,
    messages: Object.fromEntries(tables.filter(([, table]) => table !== undefined)) as unknown as Messages,
    ...(content ? { content } : {}),
  };
}
