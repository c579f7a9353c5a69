import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { BodyPart, Exercise, Place } from '../../src/shared/exercise-types';
import { exercises, findExercise } from '../../src/shared/exercises';
import { routines } from '../../src/shared/routines';
import { safetyAdvice, tips } from '../../src/shared/tips';
import { LibraryPage } from './pages/library-page';
import { emitEvent, recordedCalls } from './support/fake-api';
import { plainEnglish } from './support/pseudo-locale';

/** The exercises from the source article; each must be in the library. */
const articleExercises = [
  'Glute bridge',
  'Bird dog',
  'Plank',
  'Scapular push-up',
  'Cat pose',
  'Shoulder shrug circle',
  "Child's pose with alternating reach",
  'Chin tuck',
  'Wall pec stretch',
];

const allNames = exercises.map((exercise) => exercise.name);
const namesWhere = (keep: (exercise: Exercise) => boolean) =>
  exercises.filter(keep).map((exercise) => exercise.name);
const countText = (count: number) =>
  count === 0
    ? 'No exercises match'
    : count === exercises.length
      ? `${count} exercises`
      : `${count} of ${exercises.length} exercises`;

const places: Place[] = ['seated', 'standing', 'wall', 'floor'];
const bodyParts = [...new Set(exercises.flatMap((exercise) => exercise.bodyParts))] as BodyPart[];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(' | ')})`,
  );
}

test.describe('library', () => {
  test('lists every exercise, routine and tip, with the safety advice', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await expect(library.listHeading).toBeVisible();
    await expect(library.safety).toBeVisible();
    await expect(library.safety).toContainText(safetyAdvice);

    expect(await library.cardNames()).toEqual(allNames);
    for (const name of articleExercises) await expect(library.card(name)).toBeVisible();
    await expect(library.count).toHaveText(countText(exercises.length));
    await expect(library.count).toHaveAttribute('aria-live', 'polite');

    for (const routine of routines) {
      const card = library.routine(routine.name);
      await expect(card).toBeVisible();
      await expect(card).toContainText(`${routine.minutes} minute`);
      const items = card.getByRole('listitem');
      await expect(items).toHaveCount(routine.items.length);
      for (const [index, item] of routine.items.entries()) {
        await expect(items.nth(index)).toContainText(findExercise(item.exerciseId)!.name);
      }
    }

    for (const tip of tips) {
      const card = library.tips.getByRole('article', { name: tip.title, exact: true });
      await expect(card).toBeVisible();
      await expect(card).toContainText(tip.body);
      for (const point of 'points' in tip ? tip.points : []) {
        await expect(card.getByRole('listitem').filter({ hasText: point })).toBeVisible();
      }
    }
  });

  for (const size of [
    { width: 960, height: 720 },
    { width: 480, height: 480 },
  ]) {
    type Box = { x: number; y: number; width: number; height: number };
    test(`draws the filters' boxes in the first frame, at the size their controls then take (${size.width}×${size.height})`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      // Each frame until the controls are in: the panel's box and its fields' boxes, as drawn.
      await page.addInitScript(() => {
        const frames: { panel: Box; boxes: Box[]; controls: number }[] = [];
        Object.assign(window, { __filterFrames: frames });
        const box = (element: Element) => {
          const { x, y, width, height } = element.getBoundingClientRect();
          return { x, y, width, height };
        };
        const watch = (): void => {
          const panel = document.querySelector('[role="search"]');
          if (panel) {
            const fields = [...panel.children];
            frames.push({
              panel: box(panel),
              boxes: fields.map((field) => box(field.lastElementChild!)),
              controls: panel.querySelectorAll('input, select').length,
            });
            if (frames.at(-1)!.controls > 0) return;
          }
          requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      });
      const library = new LibraryPage(page);
      await library.open();
      await expect(library.search).toBeVisible();
      const frames = await page.evaluate(
        () =>
          (window as unknown as { __filterFrames: { panel: Box; boxes: Box[]; controls: number }[] })
            .__filterFrames,
      );
      const [first] = frames;
      const last = frames.at(-1)!;
      // The first frame with the panel has its four boxes and none of its controls; a later one, all four.
      expect(first!.controls).toBe(0);
      expect(first!.boxes).toHaveLength(4);
      expect(last.controls).toBe(4);
      // Nothing moves when the controls come: the panel and every box keep their place and size.
      expect(last.panel).toEqual(first!.panel);
      expect(last.boxes).toEqual(first!.boxes);
    });
  }

  test('searches by name, forgiving case and apostrophes', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();

    await library.search.fill('chin');
    expect(await library.cardNames()).toEqual(['Chin tuck']);
    await expect(library.count).toHaveText(countText(1));

    await library.search.fill('CHILDS POSE');
    expect(await library.cardNames()).toEqual(["Child's pose with alternating reach"]);

    await library.search.fill('pose');
    expect(await library.cardNames()).toEqual(namesWhere((exercise) => /pose/i.test(exercise.name)));

    await library.search.fill('');
    expect(await library.cardNames()).toEqual(allNames);
  });

  test('each place narrows the list to exercises done there', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    for (const place of places) {
      await library.place.selectOption(place);
      const expected = namesWhere((exercise) => exercise.places.includes(place));
      expect(expected.length).toBeGreaterThan(0);
      expect(await library.cardNames(), place).toEqual(expected);
      await expect(library.count).toHaveText(countText(expected.length));
    }
    await library.place.selectOption('any');
    expect(await library.cardNames()).toEqual(allNames);
  });

  test('each body part narrows the list to exercises that work it', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await expect(library.bodyPart.getByRole('option')).toHaveCount(bodyParts.length + 1);
    for (const part of bodyParts) {
      await library.bodyPart.selectOption(part);
      const expected = namesWhere((exercise) => exercise.bodyParts.includes(part));
      expect(await library.cardNames(), part).toEqual(expected);
    }
  });

  test('a skill level keeps exercises for that level and for all levels', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    for (const level of ['beginner', 'intermediate'] as const) {
      await library.level.selectOption(level);
      const expected = namesWhere((exercise) => exercise.level === level || exercise.level === 'all-levels');
      expect(await library.cardNames(), level).toEqual(expected);
    }
  });

  test('filters combine, and an empty result offers to clear them', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.place.selectOption('floor');
    await library.bodyPart.selectOption('core');
    const expected = namesWhere(
      (exercise) => exercise.places.includes('floor') && exercise.bodyParts.includes('core'),
    );
    expect(await library.cardNames()).toEqual(expected);
    await expect(library.clearFilters).toBeVisible();

    // Nothing on the floor works the neck.
    await library.bodyPart.selectOption('neck');
    expect(namesWhere((e) => e.places.includes('floor') && e.bodyParts.includes('neck'))).toEqual([]);
    await expect(library.count).toHaveText('No exercises match');
    await expect(library.exercises).toContainText('No exercise fits all of these filters.');
    expect(await library.cardNames()).toEqual([]);

    await library.search.fill('zzz');
    await expect(library.exercises).toContainText('No exercise is called “zzz” with these filters.');
    await library.showAll.click();
    expect(await library.cardNames()).toEqual(allNames);
    await expect(library.search).toHaveValue('');
    await expect(library.place).toHaveValue('any');
    await expect(library.bodyPart).toHaveValue('any');
    await expect(library.search).toBeFocused();
    await expect(library.clearFilters).toBeHidden();
  });

  test('opens a detail and starts it with the keyboard only', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    const chinTuck = findExercise('chin-tuck')!;

    await library.tabTo(library.howTo(chinTuck.name));
    await library.press('Enter');
    await expect(library.heading).toHaveText(chinTuck.name);
    await expect(library.heading).toBeFocused();
    expect(await library.hash()).toBe('#/library/chin-tuck');

    // Everything about the exercise is there, and the safety advice stays in view.
    const detail = page.getByRole('article', { name: chinTuck.name });
    await expect(detail).toContainText(chinTuck.summary);
    await expect(detail.getByRole('region', { name: 'Why it helps' })).toContainText(chinTuck.why);
    const steps = detail.getByRole('region', { name: 'How to do it' }).getByRole('listitem');
    await expect(steps).toHaveCount(chinTuck.steps.length);
    for (const [index, step] of chinTuck.steps.entries()) {
      await expect(steps.nth(index)).toContainText(step.text);
      if (step.holdSeconds !== undefined)
        await expect(steps.nth(index)).toContainText(`${step.holdSeconds} s`);
    }
    await expect(detail).toContainText('Seated');
    await expect(detail).toContainText('Standing');
    await expect(detail).toContainText('Neck');
    await expect(detail.getByRole('region', { name: 'Easier version' })).toContainText(chinTuck.easier!.text);
    await expect(detail.getByRole('region', { name: 'Take care' })).toContainText(chinTuck.caution!);
    await expect(library.safety).toBeVisible();
    await expect(library.search).toBeHidden();

    await library.tabTo(library.detailStart);
    await expect(library.detailStart).toHaveAccessibleName(`Start ${chinTuck.name}`);
    await library.press('Enter');
    await expect
      .poll(() => recordedCalls(page))
      .toContainEqual({
        name: 'startExercise',
        input: { exerciseId: 'chin-tuck' },
      });

    // Escape goes back to the list, to the link that opened the detail.
    await library.press('Escape');
    await expect(library.listHeading).toBeVisible();
    await expect(library.howTo(chinTuck.name)).toBeFocused();
    expect(await library.hash()).toBe('#/library');
  });

  test('shows sides and hold times on the steps', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open('#/library/childs-pose-reach');
    const steps = page.getByRole('region', { name: 'How to do it' }).getByRole('listitem');
    const exercise = findExercise('childs-pose-reach')!;
    for (const [index, step] of exercise.steps.entries()) {
      const item = steps.nth(index);
      if (step.side) await expect(item).toContainText(step.side === 'left' ? 'Left side' : 'Right side');
      if (step.holdSeconds) await expect(item).toContainText(`Hold ${step.holdSeconds} s`);
    }
  });

  test('illustrates the exercise, described for screen readers', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open('#/library/chin-tuck');
    const figure = page.getByRole('article').getByRole('img');
    await expect(figure).toHaveCount(1);
    await expect(figure).toHaveAttribute('aria-label', /\w+/);
    expect(await figure.locator('path').count()).toBeGreaterThan(5);
  });

  test("shows the user's own dose, and follows it when Settings change it", async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open('#/library/chin-tuck', {
      preferences: { exerciseOverrides: { 'chin-tuck': { holdSeconds: 12 } } },
    });
    const steps = page.getByRole('region', { name: 'How to do it' });
    await expect(steps).toContainText('Hold 12 s');
    await expect(steps).toContainText('Your own dose, set in Settings.');

    const view = library.main.view();
    view.preferences.exerciseOverrides = {};
    await emitEvent(page, 'settingsChanged', view);
    const shipped = findExercise('chin-tuck')!.steps.find((step) => step.holdSeconds)!.holdSeconds!;
    await expect(steps).toContainText(`Hold ${shipped} s`);
    await expect(steps).not.toContainText('Your own dose');
  });

  test('Back returns to the list with the filters and focus where they were', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.place.selectOption('wall');
    const expected = namesWhere((exercise) => exercise.places.includes('wall'));
    expect(await library.cardNames()).toEqual(expected);

    await library.howTo('Wall pec stretch').click();
    await expect(library.heading).toHaveText('Wall pec stretch');
    await library.back.click();
    await expect(library.howTo('Wall pec stretch')).toBeFocused();
    await expect(library.place).toHaveValue('wall');
    expect(await library.cardNames()).toEqual(expected);
  });

  test('a detail opened directly goes back to the list and its card', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open('#/library/plank');
    await expect(library.heading).toHaveText('Plank');
    await expect(library.heading).toBeFocused();
    await library.press('Escape');
    await expect(library.listHeading).toBeVisible();
    await expect(library.howTo('Plank')).toBeFocused();
    expect(await library.hash()).toBe('#/library');
  });

  test('an unknown exercise id shows the list with a note', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open('#/library/no-such-exercise');
    await expect(library.listHeading).toBeVisible();
    await expect(page.getByText('That exercise is not in the library')).toBeVisible();
    expect(await library.cardNames()).toEqual(allNames);
  });

  test('Start on a card starts that exercise', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.startCard('Bird dog').click();
    await expect
      .poll(() => recordedCalls(page))
      .toContainEqual({
        name: 'startExercise',
        input: { exerciseId: 'bird-dog' },
      });
    await expect(library.listHeading).toBeVisible();
  });

  test('each routine starts by its id', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    for (const routine of routines) {
      const start = library
        .routine(routine.name)
        .getByRole('button', { name: `Start routine: ${routine.name}` });
      await library.tabTo(start, 200);
      await library.press('Enter');
      await expect
        .poll(() => recordedCalls(page))
        .toContainEqual({
          name: 'startRoutine',
          input: { routineId: routine.id },
        });
    }
    const calls = await recordedCalls(page);
    expect(calls.filter((call) => call.name === 'startRoutine')).toHaveLength(routines.length);
  });

  test('a routine links to the exercises in it', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    const routine = routines[0];
    const first = findExercise(routine.items[0].exerciseId)!;
    const link = library.routine(routine.name).getByRole('link', { name: first.name });
    await link.focus();
    await library.press('Enter');
    await expect(library.heading).toHaveText(first.name);
    await library.press('Escape');
    await expect(link).toBeFocused();
  });

  test('uses no inline styles, which the CSP would block', async ({ page }) => {
    const library = new LibraryPage(page);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await library.open();
    await expect(page.locator('main [style]')).toHaveCount(0);
    await library.howTo('Cat pose').click();
    await expect(library.heading).toHaveText('Cat pose');
    await expect(page.locator('main [style]')).toHaveCount(0);
    expect(violations).toEqual([]);
  });

  // The figures' descriptions belong to the figure's own area, localized with the figure.
  const FIGURE = 'svg[role="img"]';

  test('leaves no text in plain English under the pseudo-locale', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open('#/library?lang=en-XA');
    await expect(library.heading).toHaveText(/^\[.+\]$/);
    expect(await plainEnglish(page, [], FIGURE)).toEqual([]);

    // Search finds the names as shown ("[Çĥîñ ţûçķ …]"), typed without their accents or case.
    await page.getByRole('searchbox').fill('CHIN TUCK');
    const cardLinks = page.locator('[data-exercise-link]');
    await expect(cardLinks).toHaveCount(1);
    await expect(cardLinks).toHaveAttribute('data-exercise-link', 'chin-tuck');
    await expect(page.getByRole('heading', { level: 3, name: /^\[Çĥîñ ţûçķ / })).toBeVisible();

    await library.open('#/library/childs-pose-reach?lang=en-XA');
    await expect(library.heading).toHaveText(/^\[.+\]$/);
    expect(await plainEnglish(page, [], FIGURE)).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no detectable accessibility violations in ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const library = new LibraryPage(page);
      await library.open();
      await expect(library.listHeading).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);

      await library.place.selectOption('floor');
      await library.bodyPart.selectOption('neck');
      await expect(library.showAll).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);

      await library.open('#/library/wall-pec-stretch');
      await expect(library.heading).toHaveText('Wall pec stretch');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
