import { describe, expect, it, vi } from 'vitest';
import type { Translate } from '../../../src/shared/i18n/catalog';
import { englishText } from '../../../src/shared/i18n/english';
import type {
  SettingsChange,
  SettingsUpdateResult,
  SettingsView,
  UnhunchApi,
} from '../../../src/shared/ipc-contract';
import { defaultPreferences } from '../../../src/shared/preferences';
import { defaultSettings } from '../../../src/shared/settings';
import type { SettingsValues } from '../../../src/renderer/src/settings/settings-form';

type SettingsApi = Pick<UnhunchApi, 'getSettings' | 'updateSettings' | 'on'>;

/** What the tests use of the model. Runes modules are outside the test type-check project, so they are
 * loaded at run time and described here. */
interface SettingsModel {
  values: SettingsValues | undefined;
  errors: Record<string, string>;
  notice: string | undefined;
  problem: string;
  status: string;
  loading: boolean;
  start(): () => void;
  dismissNotice(): void;
  preview(change: SettingsChange, scopes: readonly string[]): void;
  save(change: SettingsChange, scopes: readonly string[]): Promise<boolean>;
}

const modulePath = '../../../src/renderer/src/settings/settings-model.svelte';
const { SettingsModel } = (await import(/* @vite-ignore */ modulePath)) as {
  SettingsModel: new (
    api: SettingsApi,
    t: Translate<'settings'>,
    v: Translate<'validation'>,
    first?: SettingsView,
  ) => SettingsModel;
};

const view = (notice?: string): SettingsView => ({
  settings: defaultSettings(),
  preferences: defaultPreferences(),
  loginItem: { available: true },
  shortcutProblems: {},
  ...(notice === undefined ? {} : { notice }),
});

function fakeApi(
  answer: (change: SettingsChange) => SettingsUpdateResult = () => ({ ok: true, view: view() }),
) {
  const listeners: ((view: SettingsView) => void)[] = [];
  const api = {
    getSettings: vi.fn(async () => view('Repaired.')),
    updateSettings: vi.fn(async (change: SettingsChange) => answer(change)),
    on: vi.fn((_event: string, listener: (view: SettingsView) => void) => {
      listeners.push(listener);
      return () => undefined;
    }),
  };
  return {
    api: api as unknown as SettingsApi & typeof api,
    emit: (next: SettingsView) => listeners.forEach((l) => l(next)),
  };
}

async function started(api: SettingsApi): Promise<SettingsModel> {
  const model = new SettingsModel(api, englishText('settings'), englishText('validation'));
  model.start();
  await vi.waitFor(() => expect(model.values).toBeDefined());
  return model;
}

describe('SettingsModel', () => {
  it('loads the values and shows the notice once', async () => {
    const { api, emit } = fakeApi();
    const model = await started(api);
    expect(model.notice).toBe('Repaired.');
    model.dismissNotice();
    emit(view('Repaired.'));
    expect(model.notice).toBeUndefined();
    expect(model.loading).toBe(false);
  });

  it('starts from the view of main’s first frame, then follows main as ever, the notice shown once', async () => {
    const { api, emit } = fakeApi();
    const first = view('Repaired.');
    first.settings.microBreak.everyMinutes = 25;
    const model = new SettingsModel(api, englishText('settings'), englishText('validation'), first);
    expect(model.loading).toBe(false);
    expect(model.values?.settings.microBreak.everyMinutes).toBe(25);
    expect(model.notice).toBe('Repaired.');
    expect(api.getSettings).not.toHaveBeenCalled();
    model.dismissNotice();
    model.start();
    // The view main answers now (another window may have changed it meanwhile) replaces the frame's.
    await vi.waitFor(() => expect(model.values?.settings.microBreak.everyMinutes).toBe(20));
    expect(model.notice).toBeUndefined();
    const changed = view();
    changed.settings.microBreak.everyMinutes = 30;
    emit(changed);
    expect(model.values?.settings.microBreak.everyMinutes).toBe(30);
  });

  it('never sends a change the shared normalisers refuse, and shows why', async () => {
    const { api } = fakeApi();
    const model = await started(api);
    const saved = await model.save({ settings: { microBreak: { everyMinutes: 0 } } }, [
      'microBreak.everyMinutes',
    ]);
    expect(saved).toBe(false);
    expect(api.updateSettings).not.toHaveBeenCalled();
    expect(model.errors).toEqual({ 'microBreak.everyMinutes': 'must be at least 1 min' });
  });

  it('clears a fixed error while typing, but waits to show a new one', async () => {
    const { api } = fakeApi();
    const model = await started(api);
    model.preview({ settings: { microBreak: { everyMinutes: 0 } } }, ['microBreak.everyMinutes']);
    expect(model.errors).toEqual({});
    await model.save({ settings: { microBreak: { everyMinutes: 0 } } }, ['microBreak.everyMinutes']);
    model.preview({ settings: { microBreak: { everyMinutes: 3 } } }, ['microBreak.everyMinutes']);
    expect(model.errors).toEqual({});
  });

  it('sends a valid change and takes the values main answers with', async () => {
    const next = view();
    next.settings.microBreak.everyMinutes = 25;
    const { api } = fakeApi(() => ({ ok: true, view: next }));
    const model = await started(api);
    expect(
      await model.save({ settings: { microBreak: { everyMinutes: 25 } } }, ['microBreak.everyMinutes']),
    ).toBe(true);
    expect(api.updateSettings).toHaveBeenCalledWith({ settings: { microBreak: { everyMinutes: 25 } } });
    expect(model.values?.settings.microBreak.everyMinutes).toBe(25);
    expect(model.status).toMatch(/^Saved/);
  });

  it('shows main’s errors beside the field, and others at the top', async () => {
    const { api } = fakeApi(() => ({
      ok: false,
      errors: { 'settings.postpone.maxCount': 'not now', '': 'Could not save settings: disk full' },
    }));
    const model = await started(api);
    expect(await model.save({ settings: { postpone: { maxCount: 3 } } }, ['postpone.maxCount'])).toBe(false);
    expect(model.errors).toEqual({ 'postpone.maxCount': 'not now' });
    expect(model.problem).toBe('Not saved: Could not save settings: disk full.');
  });

  it('keeps other fields’ errors when one field is saved', async () => {
    const { api } = fakeApi();
    const model = await started(api);
    await model.save({ settings: { microBreak: { everyMinutes: 0 } } }, ['microBreak.everyMinutes']);
    await model.save({ settings: { postpone: { minutes: 9 } } }, ['postpone.minutes']);
    expect(model.errors).toEqual({ 'microBreak.everyMinutes': 'must be at least 1 min' });
  });

  it('sends changes one at a time, in order', async () => {
    const order: number[] = [];
    let release: () => void = () => undefined;
    const { api } = fakeApi();
    api.updateSettings.mockImplementationOnce(async (change: SettingsChange) => {
      await new Promise<void>((resolve) => (release = resolve));
      order.push(change.settings?.postpone?.minutes ?? 0);
      return { ok: true, view: view() };
    });
    api.updateSettings.mockImplementationOnce(async (change: SettingsChange) => {
      order.push(change.settings?.postpone?.minutes ?? 0);
      return { ok: true, view: view() };
    });
    const model = await started(api);
    const first = model.save({ settings: { postpone: { minutes: 7 } } }, ['postpone.minutes']);
    const second = model.save({ settings: { postpone: { minutes: 8 } } }, ['postpone.minutes']);
    await vi.waitFor(() => expect(api.updateSettings).toHaveBeenCalledTimes(1));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual([7, 8]);
  });

  it('says when main cannot be reached', async () => {
    const { api } = fakeApi();
    api.updateSettings.mockRejectedValueOnce(new Error('gone'));
    const model = await started(api);
    expect(await model.save({ settings: { strict: true } }, ['strict'])).toBe(false);
    expect(model.problem).toBe('Not saved: gone');
  });
});
