import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  VOICE_WAIT_MS,
  voiceFor,
  watchSpeechVoices,
  type SpeechVoice,
  type SpeechVoices,
  type VoiceSource,
} from '../../../src/renderer/src/speech-voices';

/** A speech synthesis whose voice list and `voiceschanged` events the test controls. */
function fakeSynth(voices: SpeechVoice[] = []) {
  const listeners = new Set<() => void>();
  const synth: VoiceSource & {
    voices: SpeechVoice[];
    change(next: SpeechVoice[]): void;
    listening(): number;
  } = {
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

describe('voiceFor', () => {
  const voices = [
    { name: 'US', lang: 'en-US', localService: true },
    { name: 'GB', lang: 'en_GB', default: true },
    { name: 'Portugal', lang: 'pt-PT' },
    { name: 'Brazil', lang: 'pt-BR' },
    { name: 'Deutsch', lang: 'de-DE' },
  ];

  it('takes the exact language, else the same language elsewhere, the default first', () => {
    expect(voiceFor(voices, 'pt-BR')?.name).toBe('Brazil');
    expect(voiceFor(voices, 'PT')?.name).toBe('Portugal');
    expect(voiceFor(voices, 'en')?.name).toBe('GB');
    expect(voiceFor(voices, 'en-US')?.name).toBe('US');
    expect(voiceFor(voices, 'de')?.name).toBe('Deutsch');
  });

  it('has none for a language no voice speaks', () => {
    expect(voiceFor(voices, 'ja')).toBeUndefined();
    expect(voiceFor([], 'en')).toBeUndefined();
  });
});

describe('watchSpeechVoices for one language', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts only the voices that speak it', () => {
    const states: SpeechVoices[] = [];
    const synth = fakeSynth([voice]);
    watchSpeechVoices(synth, (state) => states.push(state), VOICE_WAIT_MS, 'ja');
    vi.advanceTimersByTime(VOICE_WAIT_MS);
    expect(states).toEqual(['checking', 'none']);
    synth.change([voice, { lang: 'ja-JP' }]);
    expect(states).toEqual(['checking', 'none', 'available']);
  });
});
