import type { Page } from '@playwright/test';

/**
 * What the page's speech synthesis offers: a voice; an empty list (Linux without a speech service),
 * to which `addVoice` adds one later as Chromium would; or no speech synthesis at all. Faked in every
 * case, so the tests do not depend on the voices of the machine running them.
 */
export type SpeechSetup = 'voice' | 'no-voice' | 'no-speech';

/** Installs the setup before the page's first script, so the page never sees the machine's voices. */
export async function fakeSpeech(page: Page, setup: SpeechSetup): Promise<void> {
  await page.addInitScript((mode: SpeechSetup) => {
    if (mode === 'no-speech') {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      return;
    }
    const voice = { name: 'Test voice', lang: 'en-GB', default: true, localService: true, voiceURI: 'test' };
    let voices = mode === 'voice' ? [voice] : [];
    const synth = window.speechSynthesis;
    synth.getVoices = () => voices as unknown as SpeechSynthesisVoice[];
    (window as unknown as { __addVoice: () => void }).__addVoice = () => {
      voices = [voice];
      synth.dispatchEvent(new Event('voiceschanged'));
    };
  }, setup);
}

/** A system voice turns up after the page has looked, as speech services load late. */
export function addVoice(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { __addVoice: () => void }).__addVoice());
}
