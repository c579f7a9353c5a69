/**
 * The settings window's side of the settings store: the view it shows and the change it sends, in the
 * contract's terms. The store speaks in document paths ("settings.microBreak.everyMinutes"); the window
 * names engine settings without the prefix, as the contract documents.
 */
import type {
  LoginItemView,
  ShortcutProblems,
  SettingsChange,
  SettingsUpdateResult,
  SettingsView,
} from '../shared/ipc-contract';
import type { Translate } from '../shared/i18n/catalog';
import { englishText } from '../shared/i18n/english';
import type { SettingsStore } from './persistence/settings-store';

export type SettingsSource = Pick<SettingsStore, 'settings' | 'preferences' | 'update' | 'noticeIn'>;

/**
 * Why "every screen" cannot work in this run, or undefined where it can. A Wayland compositor places
 * every window itself, so covers for the other screens would all land on one, over the break.
 */
export function everyScreenUnavailable(
  wayland: boolean,
  t: Translate<'dialogs'> = englishText('dialogs'),
): (() => string) | undefined {
  return wayland ? () => t('everyScreenWayland') : undefined;
}

export class UserSettings {
  /**
   * `loginItem` is read for every view, so a failed login-item change made while saving shows in the
   * answer to that save. Its default claims the switch works, as every run did before it was asked.
   */
  constructor(
    private readonly store: SettingsSource,
    private readonly loginItem: () => LoginItemView = () => ({ available: true }),
    /** Words made for each view, so they follow a change of language. */
    private readonly everyScreenUnavailable?: () => string,
    /** Read for every view too, so a save answers with whether its shortcut could be registered. */
    private readonly shortcutProblems: () => ShortcutProblems = () => ({}),
    /** The start-up notice's words, in the current language at each view. */
    private readonly noticeText: { t: Translate<'notify'>; locale: () => string } = {
      t: englishText('notify'),
      locale: () => 'en',
    },
  ) {}

  view(): SettingsView {
    const view = this.changedView();
    const notice = this.store.noticeIn(this.noticeText.t, this.noticeText.locale());
    if (notice) view.notice = notice;
    return view;
  }

  /** What changed for everyone else: the same view without the start-up notice. */
  changedView(): SettingsView {
    return {
      settings: this.store.settings,
      preferences: this.store.preferences,
      loginItem: this.loginItem(),
      shortcutProblems: this.shortcutProblems(),
      ...(this.everyScreenUnavailable !== undefined && {
        everyScreenUnavailable: this.everyScreenUnavailable(),
      }),
    };
  }

  update(change: SettingsChange): SettingsUpdateResult {
    const result = this.store.update(change);
    if (result.ok) return { ok: true, view: this.view() };
    const errors: Record<string, string> = {};
    for (const [path, message] of Object.entries(result.errors)) {
      errors[path.replace(/^settings\./, '')] = message;
    }
    return { ok: false, errors };
  }
}
