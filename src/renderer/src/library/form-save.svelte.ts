/**
 * Saving, as both own-content forms do it: the first attempt shows every problem and puts the focus on
 * the first field at fault; main's refusal of a draft our checks passed adds its problems until the
 * next edit; one save runs at a time.
 */
import { tick } from 'svelte';
import type { Checked, FieldProblem, OwnSaveResult } from '../../../shared/own-content';
import { firstInvalid } from './own-form';

export class FormSave<T> {
  /** Whether a save was tried: from then on every problem shows, not only those of touched fields. */
  submitted = $state(false);
  saving = $state(false);
  /**
   * What main found wrong in a draft that passed our checks (a name taken in another window meanwhile);
   * cleared by the next edit.
   */
  mainProblems = $state<FieldProblem[]>([]);

  constructor(private readonly form: () => ParentNode | undefined) {}

  /** Saves the checked draft, or shows why it cannot be, with the focus on the first field at fault. */
  async submit(checked: Checked<T>, save: (draft: T) => Promise<OwnSaveResult>): Promise<void> {
    this.submitted = true;
    if (!checked.ok) return this.focusProblem();
    this.saving = true;
    try {
      const result = await save(checked.value);
      if (!result.ok) {
        this.mainProblems = result.problems;
        await this.focusProblem();
      }
    } finally {
      this.saving = false;
    }
  }

  edited(): void {
    this.mainProblems = [];
  }

  private async focusProblem(): Promise<void> {
    // After the problems are drawn, which marks their fields invalid.
    await tick();
    firstInvalid(this.form())?.focus();
  }
}
