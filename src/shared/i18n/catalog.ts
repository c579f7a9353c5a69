/**
 * The shape of a language: its interface messages by area, and its exercise content. English defines
 * the areas and keys (src/shared/i18n/catalogs/en); every other language must match it, which `tsc`
 * checks per area file (`satisfies Messages['player']` rejects a missing or an extra key) and the
 * catalog test checks again for placeholders and plural forms.
 */
import type { en } from './catalogs/en';
import type { ContentText } from './content';
import type { UiLocale } from './locales';
import { formatMessage, type Message, type ParamsOf, type ParamValue, type Widened } from './message-format';

export type EnglishMessages = typeof en;
export type Area = keyof EnglishMessages;
export type Messages = { readonly [A in Area]: Widened<EnglishMessages[A]> };

/** What one language module exports: everything a window needs in that language, loaded as one chunk. */
export interface LocaleBundle {
  locale: UiLocale;
  messages: Messages;
  /** Exercise, routine, tip and figure texts; absent for English, whose texts are the records themselves. */
  content?: ContentText;
}

export type KeyOf<A extends Area> = keyof EnglishMessages[A] & string;

/** `t('key', { name })` for one area; the key and its placeholders are checked against the English. */
export type Translate<A extends Area> = <K extends KeyOf<A>>(
  key: K,
  ...params: ParamsOf<EnglishMessages[A][K]>
) => string;

/**
 * A `t` for one area that reads the bundle on every call, so a caller that re-renders on a language change
 * (a Svelte `$state` bundle, the tray's rebuild) picks up the new language without new translators.
 */
export function translator<A extends Area>(bundle: () => LocaleBundle, area: A): Translate<A> {
  return (key, ...params) => {
    const { locale, messages } = bundle();
    // An area the window has not loaded shows its keys rather than failing the whole view.
    const table = messages[area] as Readonly<Record<string, Message>> | undefined;
    return formatMessage(
      locale,
      table?.[key] ?? key,
      params[0] as Readonly<Record<string, ParamValue>> | undefined,
    );
  };
}
