/**
 * The first thing a window runs: it asks for its texts before the Svelte runtime, the shell and the view
 * are evaluated. A view's page carries its English texts in its one script; another language's come in
 * a chunk of their own, whose request overlaps that evaluation. The shell asks again for the same
 * modules and gets this load; a failure shows there.
 */
import { loadBundle } from '../../shared/i18n/bundles';
import { initialLocale } from '../../shared/i18n/locales';
import { preferRegionalFormats } from '../../shared/i18n/message-format';
import { viewFromHash } from '../../shared/views';
import { areas } from './view-areas';

/** The view the URL names and the window's first language, read once from the URL's hash. */
export const view = viewFromHash(window.location.hash) ?? 'library';
export const locale = initialLocale(window.location.hash, navigator.languages);
loadBundle(locale, areas[view]).catch(() => undefined);

// Dates and numbers in the user's regional style (en-GB, de-AT) whatever the catalog's language.
preferRegionalFormats(navigator.languages);
