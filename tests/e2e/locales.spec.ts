import { expect, test, type Page } from '@playwright/test';
import type { PlayerSession } from '../../src/shared/ipc-contract';
import { emitEvent, useFakeApi, type FakeApiOptions } from './support/fake-api';
import { NOW, seededHistory } from './support/seed-history';

/**
 * Every view in the pseudo-locale (accented English about 40 % longer, as German and French run) at the
 * size its window opens with and at the smallest it may be: nothing sideways-scrolls, no control's text
 * spills out of its box, no two controls overlap. Then the CJK languages with real glyphs, and a language
 * switched at runtime without a reload.
 */

const session: PlayerSession = {
  id: 'locales',
  reason: 'micro',
  title: 'Upper-back reset',
  items: [{ exerciseId: 'childs-pose-reach' }, { exerciseId: 'wall-pec-stretch' }],
  canPostpone: true,
  canSkip: true,
};

interface ViewCase {
  name: string;
  hash: string;
  options: Omit<FakeApiOptions, 'session'> & { session?: PlayerSession | null };
  /** The window's default size and its minimum (src/main/windows.ts). */
  sizes: readonly [width: number, height: number][];
}

const views: readonly ViewCase[] = [
  {
    name: 'player',
    hash: 'player',
    options: { session },
    sizes: [
      [900, 760],
      [420, 480],
    ],
  },
  {
    name: 'library',
    hash: 'library',
    options: {},
    sizes: [
      [960, 720],
      [480, 480],
    ],
  },
  {
    name: 'exercise',
    hash: 'library/childs-pose-reach',
    options: {},
    sizes: [
      [960, 720],
      [480, 480],
    ],
  },
  {
    name: 'settings',
    hash: 'settings',
    options: {},
    sizes: [
      [820, 820],
      [480, 480],
    ],
  },
  {
    name: 'progress',
    hash: 'progress',
    options: { history: seededHistory(), now: NOW, preferences: { painCheckIn: true } },
    sizes: [
      [900, 780],
      [480, 480],
    ],
  },
  {
    name: 'welcome',
    hash: 'welcome',
    options: {},
    sizes: [
      [680, 780],
      [420, 480],
    ],
  },
  {
    name: 'cover',
    hash: 'cover',
    options: { cover: { reason: 'long', title: 'Upper-back reset', remainingMs: 245_000 } },
    sizes: [
      [1280, 720],
      [420, 480],
    ],
  },
];

async function open(page: Page, view: ViewCase, locale: string): Promise<void> {
  const { session: own, ...options } = view.options;
  await useFakeApi(page, { session: own ?? null, ...options });
  await page.clock.install({ time: new Date(NOW) });
  await page.goto(`${view.hash.split('/')[0]}.html#/${view.hash}?lang=${locale}`);
  await page.locator('main').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
}

interface LayoutProblem {
  kind: 'sideways scroll' | 'text spills out' | 'overlap';
  what: string;
}

/** What a reader would call broken: found in the page, named by each control's role and text. */
function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const problems: { kind: 'sideways scroll' | 'text spills out' | 'overlap'; what: string }[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) {
      const widest = [...document.body.querySelectorAll<HTMLElement>('*')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
        .slice(-3);
      problems.push({
        kind: 'sideways scroll',
        what: `${doc.scrollWidth}px wide in ${window.innerWidth}px (${widest.join(', ')})`,
      });
    }
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'button, a[href], input:not([type=hidden]), select, textarea, [role=tab], [role=radio], summary, label, h1, h2',
      ),
    ].filter((el) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Visually hidden text (1×1 px, for screen readers) is meant to overflow its box.
      return rect.width > 2 && rect.height > 2 && style.visibility !== 'hidden' && !el.closest('[inert]');
    });
    for (const el of controls) {
      // A control whose content is wider or taller than its box has text cut off or drawn over its edge.
      if (
        el.scrollWidth > el.clientWidth + 1 &&
        el.clientWidth > 0 &&
        getComputedStyle(el).overflowX !== 'auto'
      )
        problems.push({
          kind: 'text spills out',
          what: `${name(el)}: ${el.scrollWidth}px in ${el.clientWidth}px`,
        });
    }
    const boxes = controls
      .filter((el) => !['LABEL', 'H1', 'H2'].includes(el.tagName))
      .map((el) => ({ el, rect: el.getBoundingClientRect() }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (width > 1 && height > 1)
          problems.push({ kind: 'overlap', what: `${name(a.el)} and ${name(b.el)}` });
      }
    }
    return problems;
  });
}

test.describe('pseudo-locale layout', () => {
  for (const view of views) {
    for (const [width, height] of view.sizes) {
      test(`${view.name} at ${width}×${height}: nothing cut off, nothing overlapping`, async ({ page }) => {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.setViewportSize({ width, height });
        await open(page, view, 'en-XA');
        await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
        expect(await layoutProblems(page)).toEqual([]);
        await expect(page).toHaveScreenshot(`pseudo-${view.name}-${width}x${height}.png`, {
          fullPage: false,
          animations: 'disabled',
        });
      });
    }
  }
});

/**
 * Whether the page's font draws the character with a real glyph: a character no font has (a private-use
 * one) is drawn as the same empty box as any other missing one, so a real glyph draws differently.
 */
function hasRealGlyph(page: Page, character: string): Promise<boolean> {
  return page.evaluate((char) => {
    const draw = (text: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 40;
      const context = canvas.getContext('2d')!;
      context.font = `32px ${getComputedStyle(document.body).fontFamily}`;
      context.fillText(text, 2, 32);
      return context.getImageData(0, 0, 40, 40).data.join();
    };
    return draw(char) !== draw('\uE000');
  }, character);
}

test.describe('CJK languages', () => {
  for (const [locale, sample] of [
    ['ja', '肩'],
    ['zh-CN', '肩'],
  ] as const) {
    for (const name of ['library', 'player'] as const) {
      test(`${locale}: the ${name} renders with real glyphs, nothing cut off`, async ({ page }) => {
        const view = views.find((candidate) => candidate.name === name)!;
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.setViewportSize({ width: view.sizes[0]![0], height: view.sizes[0]![1] });
        await open(page, view, locale);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        expect(await hasRealGlyph(page, sample), `a font with ${sample} for ${locale}`).toBe(true);
        expect(await layoutProblems(page)).toEqual([]);
        await expect(page).toHaveScreenshot(`${locale}-${name}.png`, { animations: 'disabled' });
      });
    }
  }
});

test('a language main switches to replaces every text at once, without a reload', async ({ page }) => {
  await open(
    page,
    views.find((view) => view.name === 'library')!,
    'en',
  );
  const heading = page.getByRole('heading', { level: 1 });
  const english = await heading.textContent();
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await emitEvent(page, 'localeChanged', 'en-XA');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(heading).not.toHaveText(english!);
  await expect(heading).toHaveText(/^\[.*\]$/);
  // Still the same document: the switch did not reload the page.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

  // A language the page has not loaded yet: its texts and its exercise texts come in chunks of their own.
  await emitEvent(page, 'localeChanged', 'de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(heading).toHaveText('Übungsbibliothek');
  await expect(page.getByRole('heading', { name: 'Kinn einziehen' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});
