/**
 * Where each language's bundle comes from. Every language is its own module under `catalogs/<locale>`,
 * found by Vite's glob so a window's build splits them into one chunk each and loads only its own.
 */
import type { LocaleBundle } from './catalog';
import { FALLBACK_LOCALE, LOCALES, PSEUDO_LOCALE, type UiLocale } from './locales';

type BundleModule = { default: LocaleBundle };

const lazyCatalogs = import.meta.glob<BundleModule>('./catalogs/*/index.ts');

const catalogPath = (locale: string): string => `./catalogs/${locale}/index.ts`;

/** A loader per locale: its own chunk, or the pseudo-locale's (which builds on the English). */
export const bundleLoaders: Readonly<Record<UiLocale, () => Promise<LocaleBundle>>> = Object.fromEntries([
  ...LOCALES.map((locale) => {
    const load = lazyCatalogs[catalogPath(locale)] ?? lazyCatalogs[catalogPath(FALLBACK_LOCALE)]!;
    return [locale, async () => (await load()).default];
  }),
  [PSEUDO_LOCALE, async () => (await import('./pseudo')).default],
]) as Record<UiLocale, () => Promise<LocaleBundle>>;
