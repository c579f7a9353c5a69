import { expect, type Locator, type Page } from '@playwright/test';
import type { OwnExerciseDraft, OwnRoutineDraft } from '../../../src/shared/own-content';
import { useFakeApi, type FakeApiOptions, type FakeMain } from '../support/fake-api';
import { LibraryPage } from './library-page';

/**
 * The library's own exercises and routines: the section's buttons, the forms and the import preview.
 * Everything is driven by keys on focused controls (`press`, `pressSequentially`), never by clicks.
 */
export class OwnContentPage {
  readonly library: LibraryPage;
  readonly section: Locator;
  readonly newExercise: Locator;
  readonly newRoutine: Locator;
  readonly importButton: Locator;
  readonly exportAll: Locator;
  readonly status: Locator;
  readonly undo: Locator;
  readonly formHeading: Locator;
  readonly save: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.library = new LibraryPage(page);
    this.section = page.getByRole('region', { name: 'Your own exercises and routines' });
    this.newExercise = this.section.getByRole('button', { name: 'New exercise' });
    this.newRoutine = this.section.getByRole('button', { name: 'New routine' });
    this.importButton = this.section.getByRole('button', { name: 'Import from a file…' });
    this.exportAll = this.section.getByRole('button', { name: 'Export all of yours…' });
    this.status = this.section.locator('.own-status');
    this.undo = this.section.getByRole('button', { name: 'Undo' });
    this.formHeading = page.locator('#own-form-title');
    this.save = page.getByRole('button', { name: 'Save', exact: true });
    this.dialog = page.getByRole('dialog');
  }

  get main(): FakeMain {
    return this.library.main;
  }

  /**
   * Opens the library with own content saved through main's store first, as if made in an earlier session.
   */
  async open(
    seed: { exercises?: OwnExerciseDraft[]; routines?: ((ids: string[]) => OwnRoutineDraft)[] } = {},
    options: Omit<FakeApiOptions, 'session'> = {},
    hash = '#/library',
  ): Promise<string[]> {
    const main = await useFakeApi(this.page, { session: null, ...options });
    this.library.main = main;
    const ids: string[] = [];
    for (const draft of seed.exercises ?? []) {
      const result = main.own.saveExercise({ draft });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      ids.push(result.id);
    }
    for (const make of seed.routines ?? []) {
      const result = main.own.saveRoutine({ draft: make(ids) });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      ids.push(result.id);
    }
    await this.page.goto(`library.html${hash}`);
    await this.library.heading.waitFor();
    return ids;
  }

  field(label: string | RegExp): Locator {
    return this.page.locator('form.own-form').getByLabel(label, { exact: typeof label === 'string' });
  }

  /** A step's figure select (the preview beside it is an image whose name starts with "Figure" too). */
  figure(step: Locator): Locator {
    return step.getByLabel('Figure', { exact: true });
  }

  step(number: number): Locator {
    return this.page.getByRole('group', { name: `Step ${number}`, exact: true });
  }

  /** Types into a field by keys, after clearing it with keys. */
  async type(field: Locator, text: string): Promise<void> {
    await field.press('ControlOrMeta+a');
    await field.press('Delete');
    if (text !== '') await field.pressSequentially(text);
  }

  /** Activates a button or toggles a checkbox from the keyboard. */
  async activate(control: Locator): Promise<void> {
    await control.focus();
    await this.page.keyboard.press((await control.getAttribute('type')) === 'checkbox' ? 'Space' : 'Enter');
  }

  /** Picks an option of a closed select with arrow keys, as Chromium lets a keyboard user. */
  async choose(select: Locator, optionLabel: string): Promise<void> {
    await select.focus();
    const labels = await select.locator('option').allTextContents();
    const target = labels.findIndex((label) => label.trim() === optionLabel);
    expect(target, `option ${optionLabel}`).toBeGreaterThanOrEqual(0);
    await this.page.keyboard.press('Home');
    for (let i = 0; i < target; i++) await this.page.keyboard.press('ArrowDown');
    await expect(select).toHaveValue(
      (await select.locator('option').nth(target).getAttribute('value')) ?? '',
    );
  }

  /** The Edit or Duplicate link on an exercise's page ("Edit: Chin tuck"). */
  detailAction(action: 'Edit' | 'Duplicate', name: string): Locator {
    return this.page.getByRole('article').getByRole('link', { name: `${action}: ${name}`, exact: true });
  }

  /** A routine item's hold field, offered only for an exercise with a hold step. */
  itemHold(name: string): Locator {
    return this.field(`Hold seconds of ${name}`);
  }

  cardButton(card: Locator, name: string): Locator {
    return card.getByRole('button', { name, exact: true });
  }
}
