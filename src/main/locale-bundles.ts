/**
 * Every language at hand in main, which must switch the tray and notifications at once and has no
 * download budget to keep; the windows load theirs one at a time (src/shared/i18n/bundles.ts).
 */
import type { LocaleBundle } from '../shared/i18n/catalog';
import { FALLBACK_LOCALE, type UiLocale } from '../shared/i18n/locales';
import { pseudoBundle } from '../shared/i18n/pseudo';

const catalogs = import.meta.glob<{ default: LocaleBundle }>('../shared/i18n/catalogs/*/index.ts', {
  eager: true,
});

let pseudo: LocaleBundle | undefined;

export function bundleFor(locale: UiLocale): LocaleBundle {
  if (locale === 'en-XA') return (pseudo ??= pseudoBundle());
  return (
    catalogs[`../shared/i18n/catalogs/${locale}/index.ts`] ??
    catalogs[`../shared/i18n/catalogs/${FALLBACK_LOCALE}/index.ts`]!
  ).default;
}
