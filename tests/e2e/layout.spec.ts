import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { exercises } from '../../src/shared/exercises';
import { routines } from '../../src/shared/routines';
import { planSession } from '../../src/renderer/src/player/step-plan';
import { englishText } from '../../src/shared/i18n/english';
import { SECTIONS as SECTION_KEYS } from '../../src/renderer/src/settings/settings-sections';
import { LibraryPage } from './pages/library-page';
import { PlayerPage } from './pages/player-page';
import { SettingsPage } from './pages/settings-page';
import { recordedCalls } from './support/fake-api';

/**
 * The views at the sizes they open with: the player's default (900×760), a common laptop (1366×768) and
 * the smallest a window may be (420×480), in light and dark. What must be on screen is checked by its
 * box; a few screenshots keep the look from drifting unnoticed.
 */
/** The sections as the English page names them. */
const SECTIONS = SECTION_KEYS.map((section) => ({
  ...section,
  title: englishText('settings')(section.title),
}));

const sizes = [
  { name: 'default', width: 900, height: 760 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'smallest', width: 420, height: 480 },
] as const;
const schemes = ['light', 'dark'] as const;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(' | ')})`,
  );
}

/** The element's whole box lies within the window as it is, without scrolling. */
async function expectInView(page: Page, locator: Locator, what: string): Promise<void> {
  await expect(locator, what).toBeVisible();
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, what).not.toBeNull();
  const { x, y, width, height } = box!;
  expect(
    {
      left: x >= 0,
      top: y >= 0,
      right: x + width <= viewport.width + 0.5,
      bottom: y + height <= viewport.height + 0.5,
    },
    `${what} at ${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)} in ${viewport.width}×${viewport.height}`,
  ).toEqual({ left: true, top: true, right: true, bottom: true });
}

function overflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollHeight - window.innerHeight));
}

/**
 * Two exercises, so the header names the one under way; the first has the longest instruction in the
 * library and steps with sides.
 */
const items = [{ exerciseId: 'childs-pose-reach' }, { exerciseId: 'wall-pec-stretch' }];
const plan = planSession(items);
const longest = plan.reduce(
  (best, step, index) => (step.text.length > plan[best]!.text.length ? index : best),
  0,
);
const sided = plan.findIndex((step) => step.side !== undefined);

test.describe('layout', () => {
  for (const size of sizes) {
    for (const colorScheme of schemes) {
      test.describe(`${size.width}×${size.height} ${colorScheme}`, () => {
        test.beforeEach(async ({ page }) => {
          await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
          await page.setViewportSize({ width: size.width, height: size.height });
        });

        test('player: where you are, what to do and every control without scrolling', async ({ page }) => {
          const player = new PlayerPage(page);
          await player.open({
            id: 'layout',
            reason: 'micro',
            title: 'Floor and wall stretches',
            items,
            canPostpone: true,
            canSkip: true,
          });
          await player.freezeTime();
          await player.passTime(100);
          const must = async (): Promise<void> => {
            await expectInView(page, player.title, 'title');
            await expectInView(page, page.getByText(/^Exercise \d+ of \d+:/), 'exercise');
            await expectInView(page, player.position, 'rep and step');
            await expectInView(page, player.instruction, 'instruction');
            await expectInView(page, player.timer, 'timer');
            for (const name of [/^(Start|Pause|Resume)$/, /^Next$/, /^Postpone$/, /^Skip break$/]) {
              await expectInView(page, player.controls.getByRole('button', { name }), String(name));
            }
            expect(await overflow(page), 'pixels the page scrolls by').toBeLessThanOrEqual(1);
          };
          await must();

          // The session's first run opens the scroll region on the safety advice, never behind a click.
          await expect(player.more).toHaveJSProperty('scrollTop', 0);
          await expect(player.safety).toBeVisible();
          const region = (await player.more.boundingBox())!;
          const safety = (await player.safety.boundingBox())!;
          expect(safety.y).toBeGreaterThanOrEqual(region.y);
          expect(safety.y + 40).toBeLessThanOrEqual(Math.min(region.y + region.height, size.height));

          // The other steps are all there, a scroll of the region away; the figure too once drawn.
          await expect(player.more.getByRole('listitem')).toHaveCount(plan[0]!.stepsPerRep);
          await expect(player.more.getByRole('img')).toHaveCount(1);
          await player.more.evaluate((element) => element.scrollTo(0, element.scrollHeight));
          await expect(player.more.getByRole('listitem').last()).toBeInViewport();
          await player.more.evaluate((element) => element.scrollTo(0, 0));

          // The longest instruction there is, running; then a step with a side: nothing moves out of view.
          for (let i = 0; i < longest; i++) await player.press('ArrowRight');
          await player.press('Space');
          await expect(player.toggle).toHaveText('Pause');
          await expect(player.instruction).toHaveText(plan[longest]!.text);
          await must();
          for (let i = longest; i < sided; i++) await player.press('ArrowRight');
          await expect(player.position).toContainText(/(Left|Right) side/);
          await must();

          await player.press('Space');
          // axe runs on timers, which the frozen clock would hold for ever.
          await page.clock.resume();
          expect(await axeViolations(page)).toEqual([]);
          await player.more.evaluate((element) => element.scrollTo(0, 0));
          await expect(page).toHaveScreenshot(`player-${size.name}-${colorScheme}.png`);
        });

        test('library: pictures on the cards, drawn as they come into view', async ({ page }) => {
          const library = new LibraryPage(page);
          await library.open();
          await expectInView(page, library.listHeading, 'heading');
          await expectInView(page, library.safety, 'safety advice');
          // At the smallest size the search is a scroll away, under the safety advice.
          if (size.name !== 'smallest') await expectInView(page, library.search, 'search');

          // Far down the page, a card waits with an empty frame until it is scrolled to.
          const last = library.card(exercises.at(-1)!.name);
          const lastRoutine = library.routine(routines.at(-1)!.name);
          await page.waitForTimeout(300);
          await expect(library.routineStrip(routines.at(-1)!.name).locator('svg')).toHaveCount(0);
          await last.scrollIntoViewIfNeeded();
          await expect(last.getByRole('img')).toHaveCount(1);
          await expect(last.getByRole('img')).toHaveAttribute('aria-label', /^Figure seen from/);
          await lastRoutine.scrollIntoViewIfNeeded();
          // The strip is a glance at what the list under it names, so it stays out of the reading.
          await expect(library.routineStrip(routines.at(-1)!.name).locator('svg')).toHaveCount(
            routines.at(-1)!.items.length,
          );
          await expect(lastRoutine.getByRole('img')).toHaveCount(0);

          // Every card has its picture once seen.
          for (const exercise of exercises) {
            const card = library.card(exercise.name);
            await card.scrollIntoViewIfNeeded();
            await expect(card.getByRole('img'), exercise.name).toHaveCount(1);
          }
          expect(await axeViolations(page)).toEqual([]);

          // Two looks at the list are enough to notice drift: the default size in light, the smallest in dark.
          if (
            `${size.name}-${colorScheme}` === 'default-light' ||
            `${size.name}-${colorScheme}` === 'smallest-dark'
          ) {
            await library
              .card(exercises[0]!.name)
              .evaluate((card) => card.scrollIntoView({ block: 'start' }));
            await expect(library.card(exercises[0]!.name).getByRole('img')).toHaveCount(1);
            await expect(page).toHaveScreenshot(`library-${size.name}-${colorScheme}.png`);
          }
        });

        test('settings: every section one click away, from a navigation that stays', async ({ page }) => {
          const notice = 'Some settings were invalid and were reset to defaults: idle.';
          const settings = new SettingsPage(page);
          await settings.open({ notice });

          // The notice of a repaired file comes first, above every section, on screen from the start.
          await expectInView(page, settings.notice, 'notice');
          const noticeBox = (await settings.notice.boundingBox())!;
          const firstHeading = (await settings.sectionHeading(SECTIONS[0]!.title).boundingBox())!;
          expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(firstHeading.y);

          for (const section of [...SECTIONS].reverse()) {
            await settings.goTo(section.title);
            await expectInView(page, settings.sectionHeading(section.title), section.title);
            await expect(settings.sectionHeading(section.title)).toBeFocused();
            if (await settings.menuButton.isVisible()) {
              await expect(settings.menuButton).toContainText(section.title);
            } else {
              await expect(settings.navItem(section.title)).toHaveAttribute('aria-current', 'true');
            }
            await expectInView(page, settings.navigation, `navigation at ${section.title}`);
          }

          // About two screens at most for each section, at the sizes the window opens with.
          if (size.name !== 'smallest') {
            for (const section of SECTIONS) {
              const box = (await settings.section(section.title).boundingBox())!;
              expect(box.height, section.title).toBeLessThanOrEqual(2.2 * size.height);
            }
          }
          await page.evaluate(() => window.scrollTo(0, 0));
          expect(await axeViolations(page)).toEqual([]);
          if (size.name === 'smallest') {
            await settings.menuButton.click();
            await expect(settings.navItem('Routines')).toBeVisible();
            expect(await axeViolations(page)).toEqual([]);
            if (colorScheme === 'light') await expect(page).toHaveScreenshot('settings-menu-light.png');
          } else if (size.name === 'default' && colorScheme === 'dark') {
            await expect(page).toHaveScreenshot('settings-dark.png');
          }
        });
      });
    }
  }

  test('settings: a section goes back to its defaults, and only that section', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open({
      settings: { microBreak: { everyMinutes: 25 }, postpone: { minutes: 9 } },
      preferences: {
        favourites: ['chin-tuck', routines[0]!.id],
        exerciseOverrides: { 'chin-tuck': { reps: 3 } },
      },
    });
    const resetBreaks = settings.resetButton('Breaks');
    await expect(settings.resetButton('Sounds and voice')).toBeDisabled();
    await settings.tabTo(resetBreaks);
    await settings.press('Enter');
    // Asked once more, with the safe answer under the keyboard.
    const cancel = settings.section('Breaks').getByRole('button', { name: 'Cancel' });
    await expect(cancel).toBeFocused();
    await settings.press('Enter');
    await expect(resetBreaks).toBeFocused();
    expect((await recordedCalls(page)).filter((call) => call.name === 'updateSettings')).toEqual([]);

    await settings.press('Enter');
    await settings.section('Breaks').getByRole('button', { name: 'Reset Breaks' }).click();
    await expect(settings.field('Time between micro breaks')).toHaveValue('20');
    await expect(settings.sectionHeading('Breaks')).toBeFocused();
    await expect(resetBreaks).toBeDisabled();
    await expect(page.getByTestId('save-status')).toHaveText('Breaks: back to the defaults.');
    expect(settings.main.settings.postpone.minutes).toBe(9);

    // Exercises: the doses and the exercise's favourite go; the routine's favourite stays.
    await settings.resetButton('Exercises').click();
    await page.keyboard.press('Escape');
    await expect(settings.resetButton('Exercises')).toBeFocused();
    await settings.resetButton('Exercises').click();
    await settings.section('Exercises').getByRole('button', { name: 'Reset Exercises' }).click();
    await expect.poll(() => settings.main.preferences.exerciseOverrides).toEqual({});
    expect(settings.main.preferences.favourites).toEqual([routines[0]!.id]);
    await expect(settings.field(/^Repetitions/, settings.group('Chin tuck'))).toHaveValue('');
  });
});
