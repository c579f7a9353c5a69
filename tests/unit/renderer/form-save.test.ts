import { describe, expect, it, vi } from 'vitest';
import type { Checked, FieldProblem, OwnSaveResult } from '../../../src/shared/own-content';
import { moveButtonId } from '../../../src/renderer/src/library/own-form';

/** What the tests use of the class. Runes modules are outside the test type-check project, so they are
 * loaded at run time and described here. */
interface FormSave<T> {
  submitted: boolean;
  saving: boolean;
  mainProblems: FieldProblem[];
  submit(checked: Checked<T>, save: (draft: T) => Promise<OwnSaveResult>): Promise<void>;
  edited(): void;
}

const modulePath = '../../../src/renderer/src/library/form-save.svelte';
const { FormSave } = (await import(/* @vite-ignore */ modulePath)) as {
  FormSave: new <T>(form: () => ParentNode | undefined) => FormSave<T>;
};

/** A form whose first invalid field is `field`, once there is one. */
function fakeForm() {
  const field = { focus: vi.fn() };
  let invalid = false;
  const form = { querySelector: vi.fn(() => (invalid ? field : null)) } as unknown as ParentNode;
  return { form, field, markInvalid: () => (invalid = true) };
}

const problem: FieldProblem = { path: 'name', message: 'Give it a name.' };

describe('FormSave', () => {
  it('does not send a draft that fails the checks, and focuses the first field at fault', async () => {
    const { form, field, markInvalid } = fakeForm();
    const saving = new FormSave<string>(() => form);
    const save = vi.fn(async (): Promise<OwnSaveResult> => ({ ok: true, id: 'x' }));
    markInvalid();

    await saving.submit({ ok: false, problems: [problem] }, save);

    expect(save).not.toHaveBeenCalled();
    expect(saving.submitted).toBe(true);
    expect(field.focus).toHaveBeenCalledOnce();
  });

  it('sends a checked draft once, and is saving until main answers', async () => {
    const { form, field } = fakeForm();
    const saving = new FormSave<string>(() => form);
    let answer: (result: OwnSaveResult) => void = () => undefined;
    const save = vi.fn(() => new Promise<OwnSaveResult>((resolve) => (answer = resolve)));

    const done = saving.submit({ ok: true, value: 'draft' }, save);
    expect(save).toHaveBeenCalledWith('draft');
    expect(saving.saving).toBe(true);
    answer({ ok: true, id: 'own-1' });
    await done;

    expect(saving.saving).toBe(false);
    expect(saving.mainProblems).toEqual([]);
    expect(field.focus).not.toHaveBeenCalled();
  });

  it("keeps main's problems until the next edit, with the focus on the first", async () => {
    const { form, field, markInvalid } = fakeForm();
    const saving = new FormSave<string>(() => form);
    markInvalid();

    await saving.submit({ ok: true, value: 'draft' }, async () => ({ ok: false, problems: [problem] }));

    expect(saving.mainProblems).toEqual([problem]);
    expect(saving.saving).toBe(false);
    expect(field.focus).toHaveBeenCalledOnce();
    saving.edited();
    expect(saving.mainProblems).toEqual([]);
  });

  it('is no longer saving when sending fails', async () => {
    const saving = new FormSave<string>(() => undefined);
    await expect(
      saving.submit({ ok: true, value: 'draft' }, async () => Promise.reject(new Error('gone'))),
    ).rejects.toThrow('gone');
    expect(saving.saving).toBe(false);
  });
});

describe('moveButtonId', () => {
  it('keeps the focus on the button pressed, or on the other one at an end', () => {
    expect(moveButtonId('own-step', 1, 4, -1)).toBe('own-step-1-up');
    expect(moveButtonId('own-step', 2, 4, 1)).toBe('own-step-2-down');
    expect(moveButtonId('own-step', 0, 4, -1)).toBe('own-step-0-down');
    expect(moveButtonId('own-item', 3, 4, 1)).toBe('own-item-3-up');
  });
});
