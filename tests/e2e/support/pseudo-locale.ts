import type { Page } from '@playwright/test';

/**
 * Under the pseudo-locale (`?lang=en-XA`) every catalog text is accented, so a run of plain ASCII
 * letters on screen is a string that skipped the catalog. Returns each such text with where it was found:
 * visible text (screen-reader-only text included), the accessible attributes and the document title.
 * `allow` removes expected English first: dates and numbers, which the pseudo-locale writes as English
 * does, and names or user data that are no one's words to translate.
 */
export async function plainEnglish(
  page: Page,
  allow: readonly (string | RegExp)[] = [],
  /** Elements left out, by a CSS selector: parts another area localizes. */
  skip?: string,
): Promise<string[]> {
  const found = await page.evaluate((skip) => {
    const texts: string[] = [`title: ${document.title}`];
    const attributes = ['aria-label', 'aria-description', 'title', 'placeholder', 'alt'];
    const shown = (element: Element): boolean => {
      if (skip && element.closest(skip)) return false;
      // An SVG's <title>, a closed list's options and a live region's words are read, if not laid out.
      return (
        element.checkVisibility() ||
        (element.closest('svg, select')?.checkVisibility() ?? false) ||
        element.closest('[role=status], [role=alert], [aria-live]') !== null
      );
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style') || !shown(parent)) continue;
      const value = node.textContent?.trim();
      if (value) texts.push(`text: ${value}`);
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (skip && element.closest(skip)) continue;
      for (const name of attributes) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(`${name}: ${value}`);
      }
    }
    return texts;
  }, skip);
  return found.filter((entry) => {
    const value = entry.slice(entry.indexOf(': ') + 2);
    const rest = allow.reduce<string>(
      (text, pattern) =>
        text.replaceAll(
          typeof pattern === 'string'
            ? pattern
            : new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g'),
          ' ',
        ),
      value,
    );
    return /[A-Za-z]{2,}/.test(rest);
  });
}
