/**
 * Which language the app speaks now, and who hears when it changes. The Language setting wins; "system"
 * follows the system's preferred languages; UNHUNCH_LOCALE (a locale or the pseudo-locale) overrides both
 * for testing translations without changing the system.
 */
import type { Area, LocaleBundle, Translate } from '../shared/i18n/catalog';
import { translator } from '../shared/i18n/catalog';
import { intlLocale, preferRegionalFormats } from '../shared/i18n/message-format';
import { isUiLocale, matchLocale, type UiLocale } from '../shared/i18n/locales';
import type { Language } from '../shared/preferences';
import { bundleFor } from './locale-bundles';

export interface UiLanguageDeps {
  /** Electron's `app.getPreferredSystemLanguages()`: most preferred first. */
  systemLanguages: () => readonly string[];
  /** The UNHUNCH_LOCALE variable, as set (or not) in the environment. */
  override?: string | undefined;
}

export function resolveLocale(preference: Language, deps: UiLanguageDeps): UiLocale {
  if (isUiLocale(deps.override)) return deps.override;
  return preference === 'system' ? matchLocale(deps.systemLanguages()) : preference;
}

export class UiLanguage {
  #locale: UiLocale;
  #listeners = new Set<(locale: UiLocale) => void>();

  constructor(
    preference: Language,
    private readonly deps: UiLanguageDeps,
  ) {
    this.#locale = resolveLocale(preference, deps);
    // Main formats its clock times (the tray's "Paused until 14:30") in the user's regional style too.
    preferRegionalFormats(deps.systemLanguages());
  }

  get locale(): UiLocale {
    return this.#locale;
  }

  /**
   * The locale clock times and lists are written in: the system's own variant of the language we speak
   * (a British system's 24-hour clock for English, say), else that language.
   */
  get formatLocale(): string {
    return intlLocale(this.#locale);
  }

  bundle = (): LocaleBundle => bundleFor(this.#locale);

  /** A `t` for one area that always speaks the current language. */
  text<A extends Area>(area: A): Translate<A> {
    return translator(this.bundle, area);
  }

  /** Follows a changed Language setting; listeners hear only a real change of language. */
  update(preference: Language): void {
    const next = resolveLocale(preference, this.deps);
    if (next === this.#locale) return;
    this.#locale = next;
    for (const listener of this.#listeners) listener(next);
  }

  onChange(listener: (locale: UiLocale) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
