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
import type { SettingsStore } from './persistence/settings-store';

export type SettingsSource = Pick<SettingsStore, 'settings' | 'preferences' | 'update' | 'notice'>;

export class UserSettings {
  /**
   * `loginItem` is read for every view, so a failed login-item change made while saving shows in the
   * answer to that save. Its default claims the switch works, as every run did before it was asked.
   */
  constructor(
    private readonly store: SettingsSource,
    private readonly loginItem: () => LoginItemView = () => ({ available: true }),
    /** Read for every view too, so a save answers with whether its shortcut could be registered. */
    private readonly shortcutProblems: () => ShortcutProblems = () => ({}),
  ) {}

  view(): SettingsView {
    const view = this.changedView();
    if (this.store.notice) view.notice = this.store.notice;
    return view;
  }

  /** What changed for everyone else: the same view without the start-up notice. */
  changedView(): SettingsView {
    return {
      settings: this.store.settings,
      preferences: this.store.preferences,
      loginItem: this.loginItem(),
      shortcutProblems: this.shortcutProblems(),
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
