/**
 * Every language at hand in main, which must switch the tray and notifications at once; the windows load
 * theirs one view at a time (src/shared/i18n/bundles.ts). Only the areas main speaks from are bundled
 * here, with the exercise texts for break titles: the windows' areas would only double the package.
 */
import type { Area, LocaleBundle, Messages } from '../shared/i18n/catalog';
import type { ContentText } from '../shared/i18n/content';
import { FALLBACK_LOCALE, LOCALES, type UiLocale } from '../shared/i18n/locales';
import { pseudoBundle } from '../shared/i18n/pseudo-bundle';

/** The areas main's own code reads (the tray, notifications, dialogs, and the stores' messages). */
export const MAIN_AREAS = [
  'common',
  'tray',
  'notify',
  'dialogs',
  'validation',
  'own',
] as const satisfies readonly Area[];

const modules = import.meta.glob<Record<string, unknown>>(
  '../shared/i18n/catalogs/*/{common,tray,notify,dialogs,validation,own,content}.ts',
  { eager: true },
);

const file = (locale: string, name: string): Record<string, unknown> | undefined =>
  modules[`../shared/i18n/catalogs/${locale}/${name}.ts`];

function assemble(locale: UiLocale): LocaleBundle {
  const messages = Object.fromEntries(MAIN_AREAS.map((area) => [area, file(locale, area)?.[area]]));
  const content = file(locale, 'content')?.['content'] as ContentText | undefined;
  return { locale, messages: messages as unknown as Messages, ...(content ? { content } : {}) };
}

const bundles = new Map<UiLocale, LocaleBundle>();

export function bundleFor(locale: UiLocale): LocaleBundle {
  const known =
    locale === 'en-XA' || (LOCALES as readonly string[]).includes(locale) ? locale : FALLBACK_LOCALE;
  let bundle = bundles.get(known);
  if (!bundle) bundles.set(known, (bundle = known === 'en-XA' ? pseudoBundle() : assemble(known)));
  return bundle;
}
