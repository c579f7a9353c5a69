import type { CueOptions } from './cues';

const KEY = 'unhunch.player.cues';

/**
 * The player's sound and voice switches, remembered on this machine. Sound starts on (a soft chime
 * marks holds, so the user can close their eyes); voice starts off, as not everyone wants to be talked to.
 */
export class CuePreferences implements CueOptions {
  sound = $state(true);
  voice = $state(false);

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage,
  ) {
    try {
      const saved = JSON.parse(storage?.getItem(KEY) ?? '{}') as Partial<CueOptions>;
      if (typeof saved.sound === 'boolean') this.sound = saved.sound;
      if (typeof saved.voice === 'boolean') this.voice = saved.voice;
    } catch {
      // A damaged entry is not worth an error: the defaults are fine.
    }
  }

  toggleSound = (): void => {
    this.sound = !this.sound;
    this.save();
  };

  toggleVoice = (): void => {
    this.voice = !this.voice;
    this.save();
  };

  private save(): void {
    this.storage?.setItem(KEY, JSON.stringify({ sound: this.sound, voice: this.voice }));
  }
}
