/**
 * Whether the system can speak at all, so a "Spoken cues" switch is offered only where it would be
 * heard. Chromium fills `speechSynthesis.getVoices()` asynchronously and says so with `voiceschanged`,
 * sometimes more than once as speech engines load; on Linux without a speech service the list stays
 * empty for good. So an empty list means "none" only after a short wait, and voices that arrive later
 * still count.
 */

/** 'checking' until voices are found or the wait is over. */
export type SpeechVoices = 'checking' | 'available' | 'none';

/** The part of `SpeechSynthesis` this needs. */
export interface VoiceSource {
  getVoices(): readonly unknown[];
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

/** Long enough for Chromium to ask the system's speech service, short enough not to keep a note waiting. */
export const VOICE_WAIT_MS = 1500;

/** The page's speech synthesis; undefined where the browser has none (it can be absent at run time). */
export function pageSpeech(): VoiceSource | undefined {
  return (globalThis as { speechSynthesis?: VoiceSource }).speechSynthesis ?? undefined;
}

/**
 * Reports the state now and on every change until the returned function is called. `synth` undefined:
 * 'none' at once, as there is nothing to wait for.
 */
export function watchSpeechVoices(
  synth: VoiceSource | undefined,
  onChange: (state: SpeechVoices) => void,
  waitMs = VOICE_WAIT_MS,
): () => void {
  if (synth === undefined) {
    onChange('none');
    return () => {};
  }
  let waited = false;
  let last: SpeechVoices | undefined;
  const report = (): void => {
    // Asking is also what makes Chromium start loading the list.
    const state = synth.getVoices().length > 0 ? 'available' : waited ? 'none' : 'checking';
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
