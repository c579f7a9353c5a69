/**
 * The texts main renders a window's first frame in: main's own areas with the one of the view rendered,
 * which main itself never speaks from and so does not bundle otherwise (src/main/locale-bundles.ts).
 */
import type { LocaleBundle, Messages } from '../shared/i18n/catalog';
import { PSEUDO_LOCALE, type UiLocale } from '../shared/i18n/locales';
import { bundleFor } from './locale-bundles';

/** The views main renders first frames of; each speaks from the area of its name and main's own. */
export type FirstFrameArea = 'player' | 'settings';

const viewTexts = import.meta.glob<Partial<Messages>>('../shared/i18n/catalogs/*/{player,settings}.ts', {
  eager: true,
});

/**
 * The bundle a first frame of `area`'s view is rendered from, or null where the page had better build
 * the view alone: the pseudo-locale, whose texts are made in the page.
 */
export function firstFrameTexts(locale: UiLocale, area: FirstFrameArea): LocaleBundle | null {
  if (locale === PSEUDO_LOCALE) return null;
  const texts = viewTexts[`../shared/i18n/catalogs/${locale}/${area}.ts`]?.[area];
  if (!texts) return null;
  const main = bundleFor(locale);
  return { ...main, messages: { ...main.messages, [area]: texts } };
}
