/**
 * The languages Unhunch speaks, and how a system's preferred languages map onto them. Pure data and
 * matching, shared by main (which decides) and the renderer (which loads one catalog).
 */

export const LOCALES = ['en', 'de', 'fr', 'es', 'pt-BR', 'ja', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Accented, stretched English for finding cut-off or hard-coded text. Never offered in Settings: a test
 * or a developer asks for it by URL (`?lang=en-XA`) or with UNHUNCH_LOCALE.
 */
export const PSEUDO_LOCALE = 'en-XA';
export type UiLocale = Locale | typeof PSEUDO_LOCALE;

export const FALLBACK_LOCALE: Locale = 'en';

/** Each language in its own name, as language pickers show them: a user lost in a foreign UI finds theirs. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  ja: '日本語',
  'zh-CN': '简体中文',
};

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

export const isUiLocale = (value: unknown): value is UiLocale => value === PSEUDO_LOCALE || isLocale(value);

/**
 * The first of the user's preferred languages that we have, by language then script/region:
 * "de-AT" → de, "pt-PT" → pt-BR (closer than English for a Portuguese reader), any Chinese → zh-CN,
 * the simplified script being the only one we ship. English when none matches.
 */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.trim().toLowerCase().replace(/_/g, '-').split('-')[0];
    const match = LOCALES.find((locale) => locale.toLowerCase().split('-')[0] === language);
    if (match) return match;
  }
  return FALLBACK_LOCALE;
}

/** The locale main put in a window's URL (`#/player?lang=de`), else the best match for the browser's languages. */
export function initialLocale(hash: string, languages: readonly string[]): UiLocale {
  const requested = new URLSearchParams(hash.split('?')[1] ?? '').get('lang');
  return isUiLocale(requested) ? requested : matchLocale(languages);
}
