/**
 * Optional sound and spoken cues for the player. Tones are synthesised with Web Audio (nothing is
 * downloaded or shipped); speech uses the system's voices through `speechSynthesis` where it exists,
 * in the window's language with a voice that speaks it.
 */
import { intlLocale } from '../../../shared/i18n/message-format';
import { voiceFor } from '../speech-voices';

export type Tone = 'hold-start' | 'hold-end' | 'finished';

/** Pitches (Hz) played in sequence: rising to start, falling to end, a small chord to finish. */
const melodies: Record<Tone, readonly number[]> = {
  'hold-start': [523.25, 659.25],
  'hold-end': [659.25, 523.25],
  finished: [523.25, 659.25, 783.99],
};

const NOTE_SECONDS = 0.14;

export interface CuePlayer {
  tone(tone: Tone): void;
  say(text: string): void;
  stop(): void;
}

export interface CueOptions {
  sound: boolean;
  voice: boolean;
}

/**
 * `locale` is the window's language when a cue plays (the pseudo-locale speaks English). Without a voice
 * for it the utterance still says which language it is in, and the system picks.
 */
export function createCuePlayer(options: () => CueOptions, locale: () => string = () => 'en'): CuePlayer {
  let audio: AudioContext | undefined;
  // None in main, which renders a break window's first frame with the player's components.
  const synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;

  return {
    tone(tone) {
      if (!options().sound || typeof AudioContext === 'undefined') return;
      // Created on first use: browsers only let audio start after the user has interacted.
      audio ??= new AudioContext();
      const start = audio.currentTime + 0.01;
      melodies[tone].forEach((frequency, index) => {
        const context = audio as AudioContext;
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        const at = start + index * NOTE_SECONDS;
        oscillator.type = 'sine';
        oscillator.frequency.value = frequency;
        // A soft attack and release: a click-free chime rather than a beep.
        gain.gain.setValueAtTime(0, at);
        gain.gain.linearRampToValueAtTime(0.18, at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.001, at + NOTE_SECONDS * 1.8);
        oscillator.connect(gain).connect(context.destination);
        oscillator.start(at);
        oscillator.stop(at + NOTE_SECONDS * 2);
      });
    },
    say(text) {
      if (!options().voice || !synth) return;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = intlLocale(locale());
      const voice = voiceFor(synth.getVoices(), utterance.lang);
      // Only a real voice object is accepted (the tests' stand-ins are not); the language is set either way.
      if (voice instanceof SpeechSynthesisVoice) utterance.voice = voice;
      synth.speak(utterance);
    },
    stop() {
      synth?.cancel();
      void audio?.close();
      audio = undefined;
    },
  };
}
