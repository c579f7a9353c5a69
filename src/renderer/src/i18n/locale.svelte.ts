/**
 * The window's language: one bundle, loaded before the first view renders and replaced when main says
 * the language changed. Everything that reads it (`text`, `currentContent`, `currentLocale`) re-renders
 * with it, so a change reaches every open window at once without a reload.
 */
import { bundleLoaders } from '../../../shared/i18n/bundles';
import { translator, type Area, type LocaleBundle, type Translate } from '../../../shared/i18n/catalog';
import type { ContentText } from '../../../shared/i18n/content';
import type { UiLocale } from '../../../shared/i18n/locales';

let bundle = $state.raw<LocaleBundle | undefined>(undefined);
let loading = 0;

/** Loads and switches to a language; a later call wins over an earlier one still loading. */
export async function useLocale(locale: UiLocale): Promise<void> {
  const ticket = ++loading;
  const next = await bundleLoaders[locale]();
  if (ticket !== loading) return;
  bundle = next;
  document.documentElement.lang = next.locale;
}

function current(): LocaleBundle {
  if (bundle === undefined) throw new Error('The language was read before it was loaded');
  return bundle;
}

export const currentLocale = (): UiLocale => current().locale;

/** The exercise texts in this language; undefined for English, whose texts are the records. */
export const currentContent = (): ContentText | undefined => current().content;

/** `t` for one area of the interface, always in the window's current language. */
export const text = <A extends Area>(area: A): Translate<A> => translator(current, area);
