import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  VOICE_WAIT_MS,
  watchSpeechVoices,
  type SpeechVoices,
  type VoiceSource,
} from '../../../src/renderer/src/speech-voices';

/** A speech synthesis whose voice list and `voiceschanged` events the test controls. */
function fakeSynth(voices: unknown[] = []) {
  const listeners = new Set<() => void>();
  const synth: VoiceSource & { voices: unknown[]; change(next: unknown[]): void; listening(): number } = {
    voices,
    getVoices: () => synth.voices,
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
    change(next) {
      synth.voices = next;
      listeners.forEach((listener) => listener());
    },
    listening: () => listeners.size,
  };
  return synth;
}

const voice = { name: 'English (Great Britain)', lang: 'en-GB' };

describe('watchSpeechVoices', () => {
  let states: SpeechVoices[];
  beforeEach(() => {
    vi.useFakeTimers();
    states = [];
  });
  afterEach(() => vi.useRealTimers());

  it('is available at once when the list is already filled', () => {
    watchSpeechVoices(fakeSynth([voice]), (state) => states.push(state));
    expect(states).toEqual(['available']);
    vi.advanceTimersByTime(VOICE_WAIT_MS);
    expect(states).toEqual(['available']);
  });

  it('waits for voices that Chromium loads after the first ask', () => {
    const synth = fakeSynth();
    watchSpeechVoices(synth, (state) => states.push(state));
    expect(states).toEqual(['checking']);
    // An empty change first, as engines load one by one: not yet a verdict.
    synth.change([]);
    expect(states).toEqual(['checking']);
    synth.change([voice]);
    expect(states).toEqual(['checking', 'available']);
  });

  it('says none when the list is still empty after the wait, and follows voices that come later', () => {
    const synth = fakeSynth();
    watchSpeechVoices(synth, (state) => states.push(state));
    vi.advanceTimersByTime(VOICE_WAIT_MS - 1);
    expect(states).toEqual(['checking']);
    vi.advanceTimersByTime(1);
    expect(states).toEqual(['checking', 'none']);
    synth.change([voice]);
    synth.change([]);
    expect(states).toEqual(['checking', 'none', 'available', 'none']);
  });

  it('says none at once where there is no speech synthesis', () => {
    watchSpeechVoices(undefined, (state) => states.push(state));
    expect(states).toEqual(['none']);
  });

  it('stops listening and waiting when stopped', () => {
    const synth = fakeSynth();
    const stop = watchSpeechVoices(synth, (state) => states.push(state));
    stop();
    expect(synth.listening()).toBe(0);
    vi.advanceTimersByTime(VOICE_WAIT_MS);
    expect(states).toEqual(['checking']);
  });
});
