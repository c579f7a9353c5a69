/**
 * Where a window's texts come from. Every area of every language is its own module under
 * `catalogs/<locale>/`, found by Vite's glob, so a window's build splits them into small chunks and a
 * window loads only the areas its view uses, in its own language, beside its first view's code.
 */
import type { Area, LocaleBundle, Messages } from './catalog';
import type { ContentText } from './content';
import { PSEUDO_LOCALE, type UiLocale } from './locales';

type Module = Record<string, unknown>;

const modules = import.meta.glob<Module>(['./catalogs/*/*.ts', '!./catalogs/*/index.ts']);

async function load(locale: string, file: string): Promise<Module | undefined> {
  return modules[`./catalogs/${locale}/${file}.ts`]?.();
}

/**
 * The given areas in one language, with its exercise texts (English has none: its texts are the
 * records). An area a language lacks is left out, and `t` then shows its keys, which the pseudo-locale
 * checks of every view would catch.
 */
export async function loadBundle(locale: UiLocale, areas: readonly Area[]): Promise<LocaleBundle> {
  if (locale === PSEUDO_LOCALE) return (await import('./pseudo')).pseudoBundle();
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
