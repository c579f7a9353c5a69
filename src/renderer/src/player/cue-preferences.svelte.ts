import { cueSwitches, type CueSwitches } from '../../../shared/cue-switches';
import type { SettingsView, UnhunchApi } from '../../../shared/ipc-contract';
import { DEFAULT_PREFERENCES } from '../../../shared/preference-defaults';
import type { Preferences } from '../../../shared/preferences';
import { followSettings } from '../follow-settings';
import type { CueOptions } from './cues';

export type CuePreferencesApi = Pick<UnhunchApi, 'getSettings' | 'updateSettings' | 'on'>;

/** What the player reads and switches; main's first frame renders it from the preferences alone. */
export type PlayerCues = Pick<CuePreferences, keyof CueSwitches | 'toggleSound' | 'toggleVoice'>;

/**
 * The player's sound and voice switches, and whether to ask the pain check-in: the user's preferences,
 * read from main and written back through it, so the settings window and every player agree. Sound
 * starts on (a soft chime marks holds, so the user can close their eyes); voice starts off, as not
 * everyone wants to be talked to. Until main answers, those defaults apply, or the switches main
 * rendered the window's first frame with.
 */
export class CuePreferences implements CueOptions {
  sound = $state(DEFAULT_PREFERENCES.sounds);
  voice = $state(DEFAULT_PREFERENCES.voice);
  painCheckIn = $state(DEFAULT_PREFERENCES.painCheckIn);

  constructor(
    private readonly api: CuePreferencesApi,
    first?: CueSwitches,
  ) {
    if (first) this.show(first);
  }

  /** Reads the preferences and follows later changes; returns the unsubscribe function. */
  start(): () => void {
    const { unsubscribe, first } = followSettings(this.api, (view) => this.follow(view));
    // Without an answer the defaults are fine; the switches still work for this window.
    first.catch(() => undefined);
    return unsubscribe;
  }

  follow({ preferences }: Pick<SettingsView, 'preferences'>): void {
    this.show(cueSwitches(preferences));
  }

  private show(switches: CueSwitches): void {
    ({ sound: this.sound, voice: this.voice, painCheckIn: this.painCheckIn } = switches);
  }

  toggleSound = (): Promise<void> => this.set('sounds', !this.sound);

  toggleVoice = (): Promise<void> => this.set('voice', !this.voice);

  /** Switches at once for a prompt response; main's refusal or silence switches back. */
  private async set(key: 'sounds' | 'voice', value: boolean): Promise<void> {
    const local = key === 'sounds' ? 'sound' : 'voice';
    const before = this[local];
    this[local] = value;
    try {
      const change: Partial<Preferences> = { [key]: value };
      const result = await this.api.updateSettings({ preferences: change });
      if (result.ok) this.follow(result.view);
      else this[local] = before;
    } catch {
      this[local] = before;
    }
  }
}
