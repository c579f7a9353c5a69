import { describe, expect, it, vi } from 'vitest';
import type { SettingsChange, SettingsView, UnhunchApi } from '../../../src/shared/ipc-contract';
import { defaultPreferences, type Preferences } from '../../../src/shared/preferences';
import { defaultSettings } from '../../../src/shared/settings';

type CuePreferencesApi = Pick<UnhunchApi, 'getSettings' | 'updateSettings' | 'on'>;

/** What the tests use of the class. Runes modules are outside the test type-check project, so they are
 * loaded at run time and described here. */
interface CuePreferences {
  sound: boolean;
  voice: boolean;
  painCheckIn: boolean;
  start(): () => void;
  toggleSound(): Promise<void>;
  toggleVoice(): Promise<void>;
}

const modulePath = '../../../src/renderer/src/player/cue-preferences.svelte';
const { CuePreferences } = (await import(/* @vite-ignore */ modulePath)) as {
  CuePreferences: new (api: CuePreferencesApi) => CuePreferences;
};

const view = (preferences: Partial<Preferences> = {}): SettingsView => ({
  settings: defaultSettings(),
  preferences: { ...defaultPreferences(), ...preferences },
  loginItem: { available: true },
  shortcutProblems: {},
});

function fakeApi(stored: Partial<Preferences>) {
  let current = view(stored);
  const listeners: ((next: SettingsView) => void)[] = [];
  const api = {
    getSettings: vi.fn(async () => current),
    updateSettings: vi.fn(async (change: SettingsChange) => {
      current = view({ ...current.preferences, ...change.preferences });
      return { ok: true as const, view: current };
    }),
    on: vi.fn((_event: string, listener: (next: SettingsView) => void) => {
      listeners.push(listener);
      return () => undefined;
    }),
  };
  return { api, emit: (next: SettingsView) => listeners.forEach((listener) => listener(next)) };
}

describe('CuePreferences', () => {
  it('starts from the defaults, then takes the saved preferences', async () => {
    const { api } = fakeApi({ sounds: false, voice: true, painCheckIn: true });
    const cues = new CuePreferences(api as unknown as CuePreferencesApi);
    expect([cues.sound, cues.voice, cues.painCheckIn]).toEqual([true, false, false]);
    cues.start();
    await vi.waitFor(() => expect([cues.sound, cues.voice, cues.painCheckIn]).toEqual([false, true, true]));
  });

  it('writes a switch through main', async () => {
    const { api } = fakeApi({});
    const cues = new CuePreferences(api as unknown as CuePreferencesApi);
    await cues.toggleVoice();
    expect(api.updateSettings).toHaveBeenCalledWith({ preferences: { voice: true } });
    expect(cues.voice).toBe(true);
    await cues.toggleSound();
    expect(api.updateSettings).toHaveBeenLastCalledWith({ preferences: { sounds: false } });
    expect(cues.sound).toBe(false);
  });

  it('switches back when main refuses or fails', async () => {
    const { api } = fakeApi({});
    const cues = new CuePreferences(api as unknown as CuePreferencesApi);
    api.updateSettings.mockResolvedValueOnce({ ok: false, errors: { '': 'read-only' } } as never);
    await cues.toggleSound();
    expect(cues.sound).toBe(true);
    api.updateSettings.mockRejectedValueOnce(new Error('gone'));
    await cues.toggleVoice();
    expect(cues.voice).toBe(false);
  });

  it('follows changes from other windows', async () => {
    const { api, emit } = fakeApi({});
    const cues = new CuePreferences(api as unknown as CuePreferencesApi);
    cues.start();
    emit(view({ voice: true, painCheckIn: true }));
    expect(cues.voice).toBe(true);
    expect(cues.painCheckIn).toBe(true);
  });

  it('keeps the defaults when the settings cannot be read', async () => {
    const { api } = fakeApi({});
    api.getSettings.mockRejectedValueOnce(new Error('no handler'));
    const cues = new CuePreferences(api as unknown as CuePreferencesApi);
    cues.start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([cues.sound, cues.voice]).toEqual([true, false]);
  });
});
