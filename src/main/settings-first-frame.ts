/**
 * A settings window's first frame, rendered here with the settings page's own form. Main holds the
 * settings the window would ask for, so the page can show the form as soon as its script starts and
 * build the live one behind it (as the player does: src/main/player-first-frame.ts); what the user types
 * or presses meanwhile is handed to the live form (src/renderer/src/prerendered.ts).
 */
import { render } from 'svelte/server';
import { text, speakFrom } from '../renderer/src/i18n/locale.svelte';
import Settings from '../renderer/src/settings/Settings.svelte';
import { SettingsModel, type SettingsApi } from '../renderer/src/settings/settings-model.svelte';
import type { UiLocale } from '../shared/i18n/locales';
import type { SettingsFirstFrame, SettingsView } from '../shared/ipc-contract';
import { firstFrameTexts } from './first-frame-texts';

/** A frame is markup only: nothing in it can ask main anything. */
const noMain: SettingsApi = {
  getSettings: () => Promise.reject(new Error('a first frame asks main nothing')),
  updateSettings: () => Promise.reject(new Error('a first frame asks main nothing')),
  on: () => () => undefined,
};

/** The first frame of the settings window showing `view` in `locale`; null where the page builds it alone (`firstFrameTexts`). */
export function renderSettingsFirstFrame(view: SettingsView, locale: UiLocale): SettingsFirstFrame | null {
  const texts = firstFrameTexts(locale, 'settings');
  if (!texts) return null;
  speakFrom(texts);
  const model = new SettingsModel(noMain, text('settings'), text('validation'), view);
  const { body } = render(Settings, {
    props: { model, speech: 'checking', slowLoad: false, onrecording: () => undefined },
  });
  return { view, html: body };
}
