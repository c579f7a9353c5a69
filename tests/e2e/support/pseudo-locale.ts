import type { Page } from '@playwright/test';

/**
 * Texts on the page still in plain English under the pseudo-locale (`?lang=en-XA`): visible text, the
 * aria-label, title, placeholder and alt of every element, and the document's title. Catalog texts come
 * out accented, so a run of two plain ASCII letters is a string that skipped the catalog, unless it is
 * one of `allowed` (names, keys and user data that are no one's words to translate).
 */
export async function plainEnglish(
  page: Page,
  allowed: readonly (string | RegExp)[] = [],
): Promise<string[]> {
  const found = await page.evaluate(() => {
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (text === '' || !parent || parent.closest('script, style')) continue;
      // Visible, or there for screen readers (a visually hidden span still has a box).
      if (!parent.checkVisibility() && !parent.closest('[role=status], [role=alert], [aria-live]')) continue;
      texts.push(text);
    }
    for (const element of document.body.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
  return found.filter((text) => {
    let rest = text;
    for (const allow of allowed)
      rest = rest.replaceAll(allow instanceof RegExp ? new RegExp(allow, 'g') : allow, ' ');
    return /[A-Za-z]{2,}/.test(rest);
  });
}
