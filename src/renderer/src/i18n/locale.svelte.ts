/**
 * The window's language: the texts of the areas its view uses, loaded before the first view renders and
 * replaced when main says the language changed. Everything that reads them (`text`, `currentContent`,
 * `currentLocale`) re-renders with them, so a change reaches every open window at once without a reload.
 */
import { loadBundle } from '../../../shared/i18n/bundles';
import { translator, type Area, type LocaleBundle, type Translate } from '../../../shared/i18n/catalog';
import type { ContentText } from '../../../shared/i18n/content';
import type { UiLocale } from '../../../shared/i18n/locales';

let bundle = $state.raw<LocaleBundle | undefined>(undefined);
let loading = 0;
/** The language this window speaks, or is loading; set once at start, then by main's `localeChanged`. */
let wanted: UiLocale = 'en';
/** The areas this window has asked for so far; a new language loads the same ones. */
let areas: readonly Area[] = [];

async function reload(): Promise<void> {
  const ticket = ++loading;
  const next = await loadBundle(wanted, areas);
  if (ticket !== loading) return;
  bundle = next;
  document.documentElement.lang = next.locale;
}

/** Switches to a language, loading the areas in use; a later call wins over an earlier one still loading. */
export function useLocale(locale: UiLocale): Promise<void> {
  wanted = locale;
  return reload();
}

/** Makes sure the given areas are loaded, in the window's language (a view asks for its own on opening). */
export function useAreas(more: readonly Area[]): Promise<void> {
  if (bundle?.locale === wanted && more.every((area) => areas.includes(area))) return Promise.resolve();
  areas = [...areas, ...more.filter((area) => !areas.includes(area))];
  return reload();
}

/**
 * Speaks from texts already at hand, at once: main, rendering a window's first frame with the page's
 * own components, holds every language's texts and has no page to load them into.
 */
export function speakFrom(texts: LocaleBundle): void {
  bundle = texts;
}

/** The window's first language, before any view asks for its areas. */
export function startIn(locale: UiLocale): void {
  wanted = locale;
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
