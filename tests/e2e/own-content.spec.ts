import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { POSE_CHOICES, type OwnExerciseDraft } from '../../src/shared/own-content';
import { OwnContentPage } from './pages/own-content-page';
import { translator } from '../../src/shared/i18n/catalog';
import { pseudoBundle } from '../../src/shared/i18n/pseudo-bundle';
import { recordedCalls } from './support/fake-api';
import { plainEnglish } from './support/pseudo-locale';

const neck: OwnExerciseDraft = {
  name: 'Desk neck release',
  summary: 'Ease the side of the neck without leaving the chair.',
  places: ['seated'],
  bodyParts: ['neck'],
  reps: 2,
  steps: [{ text: 'Tilt the right ear towards the right shoulder.', holdSeconds: 15, timing: 'hold' }],
  offerInBreaks: true,
};

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(' | ')})`,
  );
}

const exportFile = (exercises: unknown[], routines: unknown[] = []) =>
  JSON.stringify({
    format: 'unhunch-own-content',
    version: 1,
    exportedAt: '2026-03-01T10:00:00.000Z',
    exercises,
    routines,
  });

test.describe('own exercises and routines', () => {
  test('an exercise is made by keyboard alone, checked as typed, found by search and started', async ({
    page,
  }) => {
    const own = new OwnContentPage(page);
    await own.open();
    await own.activate(own.newExercise);
    await expect(own.formHeading).toHaveText('New exercise');
    await expect(own.formHeading).toBeFocused();

    const name = own.field('Name');
    await name.pressSequentially('x');
    await own.type(name, '');
    // Said in words as the user types, tied to the field.
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    const error = page.locator('#own-name-error');
    await expect(error).toHaveText('Name: cannot be empty.');
    await expect(name).toHaveAttribute('aria-describedby', /own-name-error/);
    await expect(page.locator('#own-name-hint')).toContainText('Up to 80 characters');
    await own.type(name, 'Chin tuck');
    await expect(error).toHaveText('There is already an exercise called “Chin tuck”. Choose another name.');
    await own.type(name, 'Wall angel');
    await expect(error).toHaveCount(0);
    await expect(name).not.toHaveAttribute('aria-invalid');

    await own.type(own.field('Summary'), 'Slide the arms up the wall, shoulders down.');
    await own.activate(own.field('At a wall'));
    await own.activate(own.field('Shoulders'));
    await own.type(own.field('Repetitions'), '3');

    const first = own.step(1);
    await own.type(first.getByLabel('What to do'), 'Slide the arms up.');
    await own.type(first.getByLabel('Seconds (optional)'), '5');
    await own.choose(first.getByLabel('The time is for'), 'Moving');
    await own.choose(own.figure(first), await firstPoseLabel(page));
    await expect(first.locator('[data-step-preview] svg')).toBeVisible();

    await own.activate(page.getByRole('button', { name: 'Add a step' }));
    const second = own.step(2);
    await expect(second.getByLabel('What to do')).toBeFocused();
    await own.type(second.getByLabel('What to do'), 'Breathe out and settle.');
    await own.type(second.getByLabel('Seconds (optional)'), '4000');
    await expect(second.locator('.field-error')).toHaveText('Step 2, hold: from 1 to 300 seconds.');
    await own.type(second.getByLabel('Seconds (optional)'), '10');
    await own.activate(page.getByRole('button', { name: 'Move up: step 2' }));
    await expect(page.getByRole('status').filter({ hasText: 'Step moved to place 1 of 2.' })).toBeAttached();
    await expect(own.step(1).getByLabel('What to do')).toHaveValue('Breathe out and settle.');

    await own.activate(own.save);
    await expect(own.library.listHeading).toBeVisible();
    await expect(own.status).toContainText('Saved “Wall angel”.');
    const card = own.library.card('Wall angel');
    await expect(card).toContainText('Your own');

    await own.type(own.library.search, 'angel');
    await expect(own.library.count).toHaveText(/^1 of \d+ exercises?$/);
    await own.activate(own.library.startCard('Wall angel'));
    const calls = await recordedCalls(page);
    const started = calls.find((call) => call.name === 'startExercise');
    expect(started?.input).toEqual({ exerciseId: expect.stringMatching(/^own-exercise-/) });
  });

  test('a routine is made by keyboard alone from built-in and own exercises, reordered, and started', async ({
    page,
  }) => {
    const own = new OwnContentPage(page);
    await own.open({ exercises: [neck] });
    await own.activate(own.newRoutine);
    await expect(own.formHeading).toHaveText('New routine');
    await own.type(own.field('Name'), 'Morning reset');
    const which = own.field('Exercise to add');
    const add = page.getByRole('button', { name: 'Add to the routine' });
    await own.choose(which, 'Chin tuck');
    await own.activate(add);
    await own.choose(which, 'Desk neck release');
    await own.activate(add);
    await expect(
      page.getByRole('status').filter({ hasText: 'Desk neck release added, at place 2.' }),
    ).toBeAttached();

    await own.activate(page.getByRole('button', { name: 'Move up: Desk neck release' }));
    await expect(
      page.getByRole('status').filter({ hasText: 'Desk neck release moved to place 1 of 2.' }),
    ).toBeAttached();
    // At the top its Move up is disabled, so focus went to Move down.
    await expect(page.getByRole('button', { name: 'Move down: Desk neck release' })).toBeFocused();
    const items = page.getByRole('list', { name: 'Exercises in order' }).getByRole('listitem');
    await expect(items.first()).toContainText('Desk neck release');

    const total = page.locator('.total');
    const before = await total.textContent();
    await own.type(own.field('Repetitions of Chin tuck'), '30');
    await expect(total).not.toHaveText(before ?? '');
    await expect(total).toContainText('In all, as played: About');

    await own.activate(own.save);
    const routine = own.library.routine('Morning reset');
    await expect(routine).toContainText('Your own');
    await expect(routine.getByRole('list', { name: 'Morning reset: exercises in order' })).toContainText(
      'Desk neck release',
    );
    await own.activate(routine.getByRole('button', { name: 'Start routine: Morning reset' }));
    const calls = await recordedCalls(page);
    expect(calls.find((call) => call.name === 'startRoutine')?.input).toEqual({
      routineId: expect.stringMatching(/^own-routine-/),
    });
  });

  test('an own exercise is edited, deleted, and brought back with Undo', async ({ page }) => {
    const own = new OwnContentPage(page);
    await own.open({ exercises: [neck] });
    const card = own.library.card('Desk neck release');
    await own.activate(card.getByRole('button', { name: 'Edit: Desk neck release' }));
    await expect(own.formHeading).toHaveText('Edit “Desk neck release”');
    await expect(own.field('Name')).toHaveValue('Desk neck release');
    await own.type(own.field('Name'), 'Neck side stretch');
    await own.activate(own.save);
    const edited = own.library.card('Neck side stretch');
    await expect(edited).toBeVisible();
    await expect(own.library.card('Desk neck release')).toHaveCount(0);

    await own.activate(edited.getByRole('button', { name: 'Delete: Neck side stretch' }));
    await expect(own.status).toContainText('Deleted “Neck side stretch”.');
    await expect(own.undo).toBeFocused();
    await expect(own.library.card('Neck side stretch')).toHaveCount(0);
    await own.activate(own.undo);
    await expect(own.library.card('Neck side stretch')).toBeVisible();
    await expect(own.status).toContainText('Undone: it is back.');
  });

  test('a built-in exercise is duplicated into a form of its own', async ({ page }) => {
    const own = new OwnContentPage(page);
    await own.open();
    await own.activate(own.library.card('Chin tuck').getByRole('button', { name: 'Duplicate: Chin tuck' }));
    await expect(own.formHeading).toHaveText('Duplicate “Chin tuck”');
    await expect(own.field('Name')).toHaveValue('Chin tuck (copy)');
    await page.keyboard.press('Escape');
    await expect(own.library.listHeading).toBeVisible();
  });

  test("an exercise's page offers Edit for an own one and Duplicate for any, each opening its form", async ({
    page,
  }) => {
    const own = new OwnContentPage(page);
    await own.open({ exercises: [neck] });
    await own.activate(own.library.howTo('Desk neck release'));
    await expect(own.library.heading).toHaveText('Desk neck release');
    await expect(own.detailAction('Duplicate', 'Desk neck release')).toBeVisible();
    await own.activate(own.detailAction('Edit', 'Desk neck release'));
    await expect(own.formHeading).toHaveText('Edit “Desk neck release”');
    await expect(own.formHeading).toBeFocused();
    await expect(own.field('Name')).toHaveValue('Desk neck release');
    // Cancel goes back to the page the form came from, whose Back still leads to the list.
    await page.keyboard.press('Escape');
    await expect(own.library.heading).toHaveText('Desk neck release');
    await expect(own.library.heading).toBeFocused();
    await own.activate(own.library.back);
    await expect(own.library.listHeading).toBeVisible();

    // A built-in exercise can be duplicated from its page, never edited.
    await own.activate(own.library.howTo('Plank'));
    await expect(own.library.heading).toHaveText('Plank');
    await expect(own.detailAction('Edit', 'Plank')).toHaveCount(0);
    await own.activate(own.detailAction('Duplicate', 'Plank'));
    await expect(own.formHeading).toHaveText('Duplicate “Plank”');
    await expect(own.field('Name')).toHaveValue('Plank (copy)');
    await own.activate(own.page.getByRole('button', { name: 'Cancel' }));
    await expect(own.library.heading).toHaveText('Plank');
  });

  test("a window opened on an exercise's page comes back to it from a form, and its Back still works", async ({
    page,
  }) => {
    const own = new OwnContentPage(page);
    await own.open({}, {}, '#/library/chin-tuck');
    await expect(own.library.heading).toHaveText('Chin tuck');
    await own.activate(own.detailAction('Duplicate', 'Chin tuck'));
    await expect(own.formHeading).toHaveText('Duplicate “Chin tuck”');
    await page.keyboard.press('Escape');
    await expect(own.library.heading).toHaveText('Chin tuck');
    await expect(own.library.heading).toBeFocused();
    await own.activate(own.library.back);
    await expect(own.library.listHeading).toBeVisible();
    await expect(page).toHaveURL(/library\.html#\/library$/);
  });

  test('a window opened on a form goes to the list when it is cancelled', async ({ page }) => {
    const own = new OwnContentPage(page);
    await own.open({}, {}, '#/library/exercise/new');
    await expect(own.formHeading).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(own.library.listHeading).toBeVisible();
  });

  test('a duplicate keeps its level, kind and easier version, which the form shows and changes', async ({
    page,
  }) => {
    const own = new OwnContentPage(page);
    await own.open();
    await own.activate(own.library.card('Plank').getByRole('button', { name: 'Duplicate: Plank' }));
    await expect(own.formHeading).toHaveText('Duplicate “Plank”');
    const level = own.field('Skill level');
    const kind = own.field('Kind of exercise (optional)');
    const easier = own.field('Easier version (optional)');
    await expect(level).toHaveValue('all-levels');
    await expect(kind).toHaveValue('strength');
    await expect(easier).toHaveValue(/knees on the floor/);
    for (const [field, hint] of [
      [level, 'own-level-hint'],
      [kind, 'own-category-hint'],
      [easier, 'own-easier-hint'],
    ] as const)
      await expect(field).toHaveAttribute('aria-describedby', new RegExp(hint));
    await expect(page.locator('#own-easier-hint')).toContainText('Up to 300 characters');

    await own.type(easier, 'x'.repeat(301));
    await expect(page.locator('#own-easier-error')).toHaveText('Easier version: at most 300 characters.');
    await expect(easier).toHaveAttribute('aria-invalid', 'true');
    await expect(easier).toHaveAttribute('aria-describedby', /own-easier-error/);
    await own.type(easier, 'Rest on your forearms and knees.');
    await expect(easier).not.toHaveAttribute('aria-invalid');
    await own.choose(level, 'Beginner');
    await own.choose(kind, 'Stretch');
    await own.type(own.field('Name'), 'Knee plank');
    await own.activate(own.save);
    await expect(own.status).toContainText('Saved “Knee plank”.');

    const saved = own.main.own.view().exercises.find((exercise) => exercise.name === 'Knee plank');
    expect(saved).toMatchObject({
      level: 'beginner',
      category: 'stretch',
      easier: { text: 'Rest on your forearms and knees.' },
    });
    await own.activate(own.library.howTo('Knee plank'));
    const tags = page.getByRole('list', { name: 'About this exercise' });
    await expect(tags).toContainText('Beginner');
    await expect(tags).toContainText('Stretch');
    await expect(page.getByRole('region', { name: 'Easier version' })).toContainText(
      'Rest on your forearms and knees.',
    );
    // No kind at all is a choice too.
    await own.activate(own.detailAction('Edit', 'Knee plank'));
    await own.choose(own.field('Kind of exercise (optional)'), 'Not set');
    await own.activate(own.save);
    await expect(own.status).toContainText('Saved “Knee plank”.');
    expect(own.main.own.view().exercises.find((e) => e.name === 'Knee plank')).not.toHaveProperty('category');
  });

  test("a routine item's hold time is offered for exercises that hold, checked, and counted in the total", async ({
    page,
  }) => {
    const own = new OwnContentPage(page);
    await own.open();
    await own.activate(own.newRoutine);
    await own.type(own.field('Name'), 'Long holds');
    const which = own.field('Exercise to add');
    const add = page.getByRole('button', { name: 'Add to the routine' });
    await own.choose(which, 'Chin tuck');
    await own.activate(add);
    await own.choose(which, 'Shoulder shrug circle');
    await own.activate(add);

    // The shrug only moves: a hold time would change nothing, so it is not offered.
    await expect(own.itemHold('Shoulder shrug circle')).toHaveCount(0);
    const hold = own.itemHold('Chin tuck');
    await expect(hold).toHaveValue('');
    await expect(page.locator('#own-items-0-holdSeconds-hint')).toHaveText(
      'Empty keeps its own hold of 5 seconds. Or a whole number from 1 to 300, for every hold.',
    );
    await expect(hold).toHaveAttribute('aria-describedby', 'own-items-0-holdSeconds-hint');

    await own.type(hold, '400');
    const error = page.locator('#own-items-0-holdSeconds-error');
    await expect(error).toHaveText('Exercise 1 of the routine, hold: from 1 to 300 seconds.');
    await expect(hold).toHaveAttribute('aria-invalid', 'true');
    await expect(hold).toHaveAttribute(
      'aria-describedby',
      'own-items-0-holdSeconds-hint own-items-0-holdSeconds-error',
    );

    const total = page.locator('.total');
    await own.type(hold, '');
    const before = await total.textContent();
    await own.type(hold, '60');
    await expect(error).toHaveCount(0);
    await expect(total).not.toHaveText(before ?? '');

    await own.activate(own.save);
    await expect(own.status).toContainText('Saved “Long holds”.');
    const saved = own.main.own.view().routines.find((routine) => routine.name === 'Long holds');
    expect(saved?.items).toEqual([
      { exerciseId: 'chin-tuck', holdSeconds: 60 },
      { exerciseId: 'shoulder-shrug-circle' },
    ]);

    // Edited again, the form shows the hold it was saved with.
    await own.activate(own.library.routine('Long holds').getByRole('button', { name: 'Edit: Long holds' }));
    await expect(own.itemHold('Chin tuck')).toHaveValue('60');
  });

  test('a good file is previewed, a conflict asks, and the import adds what was chosen', async ({ page }) => {
    const file = exportFile([
      { id: 'own-exercise-aaaaaaaaaa', ...neck },
      { id: 'own-exercise-bbbbbbbbbb', ...neck, name: 'Shoulder opener' },
    ]);
    const own = new OwnContentPage(page);
    await own.open({ exercises: [neck] }, { importFile: { name: 'from-physio.json', text: file } });
    await own.activate(own.importButton);
    await expect(own.dialog).toBeVisible();
    await expect(own.dialog.getByRole('heading', { name: 'Import from from-physio.json' })).toBeVisible();
    const conflict = own.dialog.getByRole('group', { name: 'Exercise: Desk neck release' });
    await expect(conflict).toContainText('You already have one called “Desk neck release”.');
    await own.activate(own.dialog.getByRole('button', { name: 'Import' }));
    await expect(own.dialog.getByRole('alert')).toContainText('Choose what to do with “Desk neck release”');
    // Arrow keys move through a radio group and choose as they go.
    await conflict.getByRole('radio', { name: 'Replace yours' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(conflict.getByRole('radio', { name: 'Keep both' })).toBeChecked();
    await own.activate(own.dialog.getByRole('button', { name: 'Import' }));
    await expect(own.dialog).toHaveCount(0);
    await expect(own.status).toContainText('Imported 2 new entries.');
    await expect(own.library.card('Shoulder opener')).toBeVisible();
    await expect(own.library.card('Desk neck release (2)')).toBeVisible();
    await expect(own.importButton).toBeFocused();
  });

  test('a bad file is refused with the reason, and nothing changes', async ({ page }) => {
    const own = new OwnContentPage(page);
    await own.open(
      { exercises: [neck] },
      { importFile: { name: 'bad.json', text: JSON.stringify({ format: 'something-else' }) } },
    );
    await own.activate(own.importButton);
    const alert = own.section.getByRole('alert');
    await expect(alert).toContainText('The file is not an Unhunch export of exercises and routines.');
    await expect(own.dialog).toHaveCount(0);
    await expect(own.library.card('Desk neck release')).toBeVisible();
  });

  test('a routine saved without exercises says so where one is added, and takes the focus there', async ({
    page,
  }) => {
    const own = new OwnContentPage(page);
    await own.open({ exercises: [neck] });
    await own.activate(own.newRoutine);
    await own.type(page.locator('#own-name'), 'Empty one');
    await own.activate(page.locator('form.own-form button[type="submit"]'));
    const add = page.locator('#own-add-which');
    await expect(add).toBeFocused();
    await expect(add).toHaveAttribute('aria-invalid', 'true');
    await expect(add).toHaveAccessibleDescription(/A routine needs at least one exercise/);
  });

  test("the forms, the import preview and main's answers leave no plain English under the pseudo-locale", async ({
    page,
  }) => {
    const own = new OwnContentPage(page);
    const file = exportFile([
      { id: 'own-exercise-aaaaaaaaaa', ...neck },
      { id: 'own-exercise-bbbbbbbbbb', ...neck, name: 'Shoulder opener' },
    ]);
    await own.open(
      { exercises: [neck] },
      { importFile: { name: 'mine.json', text: file } },
      '#/library?lang=en-XA',
    );
    // Main speaks the window's language too.
    own.main.own.text = translator(pseudoBundle, 'own');
    // The user's own words and the file's name are no one's to translate; figures belong to the poses.
    const allow = [neck.name, neck.summary, neck.steps[0]!.text, 'Shoulder opener', 'mine.json'];
    const FIGURE = 'svg[role="img"]';
    const actions = page.locator('.own-actions button');

    await own.activate(actions.nth(0));
    await expect(own.formHeading).toHaveText(/^\[.+\]$/);
    const name = page.locator('#own-name');
    await own.type(name, 'x');
    await own.type(name, '');
    await expect(page.locator('#own-name-error, .field-error').first()).toBeVisible();
    await own.activate(page.locator('form.own-form button[type="submit"]'));
    await expect(page.getByRole('alert').first()).toBeVisible();
    expect(await plainEnglish(page, allow, FIGURE)).toEqual([]);
    await page.keyboard.press('Escape');

    await expect(actions.nth(1)).toBeVisible();
    await own.activate(actions.nth(1));
    await expect(own.formHeading).toHaveText(/^\[.+\]$/);
    // An item with its reps and hold fields.
    await own.activate(page.locator('#own-add-item'));
    await expect(page.locator('#own-items-0-holdSeconds')).toBeVisible();
    expect(await plainEnglish(page, allow, FIGURE)).toEqual([]);
    await page.keyboard.press('Escape');

    // An own exercise's page, with its Edit and Duplicate.
    await own.activate(page.locator(`[data-exercise-link^="own-exercise-"]`));
    await expect(page.locator('[data-own-action="edit"]')).toBeVisible();
    expect(await plainEnglish(page, allow, FIGURE)).toEqual([]);
    await page.keyboard.press('Escape');

    // Back on the list (a user presses nothing before they see it).
    await expect(actions.nth(2)).toBeVisible();
    await own.activate(actions.nth(2));
    await expect(own.dialog).toBeVisible();
    expect(await plainEnglish(page, allow, FIGURE)).toEqual([]);
    // Import without a choice for the conflict: main's refusal, in the window's language.
    await own.activate(own.dialog.locator('button.primary, button[type="submit"]').last());
    await expect(own.dialog.getByRole('alert')).toBeVisible();
    expect(await plainEnglish(page, allow, FIGURE)).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`list, form and import have no accessibility violations in ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const own = new OwnContentPage(page);
      await own.open(
        {
          exercises: [neck],
          routines: [
            (ids) => ({
              name: 'Quick neck',
              summary: '',
              items: [{ exerciseId: ids[0]! }],
              offerInBreaks: true,
            }),
          ],
        },
        { importFile: { name: 'mine.json', text: exportFile([{ id: 'own-exercise-aaaaaaaaaa', ...neck }]) } },
      );
      expect(await axeViolations(page)).toEqual([]);

      await own.activate(own.newExercise);
      await own.type(own.field('Name'), 'x');
      await own.type(own.field('Name'), '');
      await own.figure(own.step(1)).selectOption(POSE_CHOICES[0]!);
      await own.activate(own.save);
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');

      await own.activate(own.newRoutine);
      await expect(own.formHeading).toHaveText('New routine');
      await own.choose(own.field('Exercise to add'), 'Chin tuck');
      await own.activate(page.getByRole('button', { name: 'Add to the routine' }));
      await own.type(own.itemHold('Chin tuck'), '0');
      await expect(page.locator('#own-items-0-holdSeconds-error')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');

      await own.activate(own.library.howTo('Desk neck release'));
      await expect(own.detailAction('Edit', 'Desk neck release')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');

      await own.activate(own.importButton);
      await expect(own.dialog).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('the forms fit the smallest window, 480 × 480, without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 480, height: 480 });
    const own = new OwnContentPage(page);
    await own.open({ exercises: [neck] });
    const noSideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    expect(await noSideways()).toBe(true);
    await own.activate(own.newExercise);
    await own.figure(own.step(1)).selectOption(POSE_CHOICES[0]!);
    await own.activate(page.getByRole('button', { name: 'Add a step' }));
    expect(await noSideways()).toBe(true);
    await expect(own.save).toBeInViewport();
    await page.keyboard.press('Escape');
    await own.activate(own.newRoutine);
    await own.activate(page.getByRole('button', { name: 'Add to the routine' }));
    await expect(page.locator('#own-items-0-holdSeconds')).toBeVisible();
    expect(await noSideways()).toBe(true);
    await page.keyboard.press('Escape');
    // An exercise's page with its Edit and Duplicate.
    await own.activate(own.library.howTo('Desk neck release'));
    await expect(own.detailAction('Edit', 'Desk neck release')).toBeInViewport();
    expect(await noSideways()).toBe(true);
  });
});

/** The label the figure select shows for the first pose choice. */
async function firstPoseLabel(page: Page): Promise<string> {
  const option = page.locator(`#own-steps-0-pose option[value="${POSE_CHOICES[0]}"]`);
  return ((await option.textContent()) ?? '').trim();
}
