/**
 * Whether the system can speak at all, so a "Spoken cues" switch is offered only where it would be
 * heard. Chromium fills `speechSynthesis.getVoices()` asynchronously and says so with `voiceschanged`,
 * sometimes more than once as speech engines load; on Linux without a speech service the list stays
 * empty for good. So an empty list means "none" only after a short wait, and voices that arrive later
 * still count. Speech must also be in the window's language: a voice is picked for it, and a switch
 * watching for one language counts only the voices that speak it.
 */

/** 'checking' until voices are found or the wait is over. */
export type SpeechVoices = 'checking' | 'available' | 'none';

/** The part of `SpeechSynthesisVoice` this reads. */
export interface SpeechVoice {
  readonly lang: string;
  readonly default?: boolean;
  readonly localService?: boolean;
}

/** The part of `SpeechSynthesis` this needs. */
export interface VoiceSource {
  getVoices(): readonly SpeechVoice[];
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

/** Long enough for Chromium to ask the system's speech service, short enough not to keep a note waiting. */
export const VOICE_WAIT_MS = 1500;

/** The page's speech synthesis; undefined where the browser has none (it can be absent at run time). */
export function pageSpeech(): VoiceSource | undefined {
  return (globalThis as { speechSynthesis?: VoiceSource }).speechSynthesis ?? undefined;
}

const tag = (language: string): string => language.trim().toLowerCase().replace(/_/g, '-');

/**
 * The voice to speak `language` (a BCP 47 tag, "pt-BR") with: one for exactly that tag, else one for the
 * same language in another region ("pt-PT"); among equals the system's default, then a voice on this
 * computer (network voices send the text away and fail offline). Undefined when none speaks the language:
 * another language's voice would read the words wrongly, which is worse than silence.
 */
export function voiceFor<V extends SpeechVoice>(voices: readonly V[], language: string): V | undefined {
  const wanted = tag(language);
  const base = wanted.split('-')[0];
  const score = (voice: V): number => {
    const lang = tag(voice.lang);
    const match = lang === wanted ? 4 : lang.split('-')[0] === base ? 2 : 0;
    if (match === 0) return 0;
    return match + (voice.default ? 1 : 0) + (voice.localService ? 0.5 : 0);
  };
  let best: V | undefined;
  let bestScore = 0;
  for (const voice of voices) {
    const value = score(voice);
    if (value > bestScore) [best, bestScore] = [voice, value];
  }
  return best;
}

/**
 * Reports the state now and on every change until the returned function is called. `synth` undefined:
 * 'none' at once, as there is nothing to wait for. With `language`, only voices that speak it count.
 */
export function watchSpeechVoices(
  synth: VoiceSource | undefined,
  onChange: (state: SpeechVoices) => void,
  waitMs = VOICE_WAIT_MS,
  language?: string,
): () => void {
  if (synth === undefined) {
    onChange('none');
    return () => {};
  }
  let waited = false;
  let last: SpeechVoices | undefined;
  const report = (): void => {
    // Asking is also what makes Chromium start loading the list.
    const voices = synth.getVoices();
    const found = language === undefined ? voices.length > 0 : voiceFor(voices, language) !== undefined;
    const state = found ? 'available' : waited ? 'none' : 'checking';
    if (state === last) return;
    last = state;
    onChange(state);
  };
  synth.addEventListener('voiceschanged', report);
  const timer = setTimeout(() => {
    waited = true;
    report();
  }, waitMs);
  report();
  return () => {
    clearTimeout(timer);
    synth.removeEventListener('voiceschanged', report);
  };
}
