/**
 * How the renderer bench and the trace tool time a page: from navigation to the first frame that shows
 * a usable control. Both load the same pages with the same fake main, so they watch the same way.
 */
import type { Page } from '@playwright/test';
import type { UiLocale } from '../src/shared/i18n/locales';
import { useFakeApi } from '../tests/e2e/support/fake-api';
import { renderFirstFrame, settingsFrameRenderer } from '../tests/e2e/support/first-frame';

export interface View {
  name: string;
  path: string;
  /** The page is usable once an enabled control matching this selector, with this name, is on screen. */
  selector: string;
  /** The control's accessible name; one ending in a space is a prefix ('' for any). */
  control: string;
}

/** The break a player page plays: a quick stretch of one exercise. */
export const session = {
  id: 'bench',
  reason: 'quick' as const,
  title: 'Chin tuck',
  items: [{ exerciseId: 'chin-tuck' }],
  canPostpone: false,
  canSkip: true,
};

/**
 * Gives the page its fake main and watches from inside it, from before its first script, for the first
 * frame that shows the view's usable control. The time is taken just after that frame, so it includes
 * its style, layout and paint, marked `interactive` and reported on the console: evaluating anything in
 * the page (waitForFunction injects Playwright's own script) would compete with the very work being
 * timed. Call before navigating, with the language the page is opened in; the promise settles with ms
 * from navigation.
 */
export async function watchForUsableControl(
  page: Page,
  view: View,
  locale: UiLocale = 'en',
): Promise<() => Promise<number>> {
  // A player or settings window gets its first frame from main, answered here in the page at once:
  // Electron's IPC takes a millisecond or two, and main's rendering is timed apart
  // (`npm run bench -- first-frame`).
  const firstFrame = view.path.startsWith('player.html') ? await renderFirstFrame(session, locale) : null;
  const settingsFirstFrame = view.path.startsWith('settings.html')
    ? await settingsFrameRenderer(locale)
    : undefined;
  await useFakeApi(page, { session, firstFrame, ...(settingsFirstFrame && { settingsFirstFrame }) });
  await page.addInitScript(
    ([selector, name]: [string, string]) => {
      const label = (element: Element) =>
        element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
      const watch = (): void => {
        const usable = [...document.querySelectorAll<HTMLButtonElement>(selector)].find(
          (control) =>
            !control.disabled &&
            (name.endsWith(' ') ? label(control).startsWith(name) : name === '' || label(control) === name),
        );
        if (!usable) {
          requestAnimationFrame(watch);
          return;
        }
        // The frame that shows it is being made now; `interactive` is marked once it is on screen.
        performance.mark('usable-control-seen');
        setTimeout(() => {
          performance.mark('interactive');
          console.debug(`interactive-at ${performance.now()}`);
        });
      };
      requestAnimationFrame(watch);
    },
    [view.selector, view.control] as [string, string],
  );
  const reported = page.waitForEvent('console', (message) => message.text().startsWith('interactive-at '));
  return async () => Number((await reported).text().split(' ')[1]);
}

/**
 * The typical load, for the bench and for `--compare`: the mean of the middle half. A median of times on frame steps jumps by a whole
 * step when one load moves across it; over five runs of 31 loads the player's median ratio ranged
 * 1.86–2.00× and this one 1.88–1.93× (library 2.16–2.36× against 2.20–2.27×). The slowest and fastest
 * quarters, a busy moment on the machine among them, stay out as they did from the median.
 */
export const typical = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const quarter = Math.floor(sorted.length / 4);
  const middle = sorted.slice(quarter, sorted.length - quarter);
  return middle.reduce((sum, value) => sum + value, 0) / middle.length;
};
