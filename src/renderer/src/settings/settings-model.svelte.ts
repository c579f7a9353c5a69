import type {
  LoginItemView,
  SettingsChange,
  SettingsView,
  ShortcutProblems,
  UnhunchApi,
} from '../../../shared/ipc-contract';
import type { Translate } from '../../../shared/i18n/catalog';
import { followSettings } from '../follow-settings';
import { checkChange, fieldPath, inScope, type SettingsValues } from './settings-form';

/** Errors no field shows, as one sentence; a field is named by its path in the settings file. */
function describe(t: Translate<'settings'>, errors: Readonly<Record<string, string>>): string {
  const parts = Object.entries(errors).map(([field, problem]) =>
    field === '' ? problem : t('fieldProblem', { field, problem }),
  );
  return t('notSaved', { problems: parts.join('; ') });
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export type SettingsApi = Pick<UnhunchApi, 'getSettings' | 'updateSettings' | 'on'>;

/**
 * The settings window's state: the values main holds, the errors to show beside fields, and the one
 * notice. Every change is checked here with the shared normalisers first and only a valid one is sent;
 * main checks again and its field errors land in the same place.
 */
export class SettingsModel {
  values = $state<SettingsValues | undefined>();
  /** Whether start at login can work in this run; main re-reads it for every view. */
  loginItem = $state<LoginItemView>({ available: true });
  /** Shortcuts the system refused (another app holds them); main tries again with every view. */
  shortcutProblems = $state<ShortcutProblems>({});
  /** Why breaks cannot show on every screen in this run (Wayland); undefined where they can. */
  everyScreenUnavailable = $state<string | undefined>();
  /** Messages keyed by field path ("microBreak.everyMinutes", "preferences.exerciseOverrides.chin-tuck.reps"). */
  errors = $state<Record<string, string>>({});
  /** The repaired-file notice, until dismissed; shown once per window. */
  notice = $state<string | undefined>();
  /** A failure not tied to a field: loading, a refused save, a lost connection. */
  problem = $state('');
  /** Short confirmation for the status region after a save. */
  status = $state('');
  loading = $state(true);

  #noticeSeen = false;
  /** Saves go out one at a time and in order, so the last change the user made is the one that stays. */
  #queue: Promise<unknown> = Promise.resolve();
  #saves = 0;

  /**
   * `t` for the page's own words, `v` for the shared checks' findings; both in the window's language.
   * `first` is a view main already gave (with the window's first frame): the form is drawn from it at
   * once, and `start` still asks for the current one.
   */
  constructor(
    private readonly api: SettingsApi,
    private readonly t: Translate<'settings'>,
    private readonly v: Translate<'validation'>,
    first?: SettingsView,
  ) {
    if (first) {
      this.receive(first);
      this.loading = false;
    }
  }

  /** Loads the values and follows changes made elsewhere; returns the unsubscribe function. */
  start(): () => void {
    const { unsubscribe, first } = followSettings(this.api, (view) => this.receive(view));
    void first
      .catch((error: unknown) => {
        this.problem = this.t('couldNotLoad', { reason: reasonOf(error) });
      })
      .finally(() => (this.loading = false));
    return unsubscribe;
  }

  receive(view: SettingsView): void {
    if (view.notice !== undefined && view.notice !== '' && !this.#noticeSeen) {
      this.#noticeSeen = true;
      this.notice = view.notice;
    }
    this.values = { settings: view.settings, preferences: view.preferences };
    this.loginItem = view.loginItem;
    this.shortcutProblems = view.shortcutProblems;
    this.everyScreenUnavailable = view.everyScreenUnavailable;
  }

  dismissNotice(): void {
    this.notice = undefined;
  }

  /** What the shared normalisers say about a change; empty when it is valid or nothing is loaded yet. */
  check(change: SettingsChange): Record<string, string> {
    return this.values === undefined ? {} : checkChange(this.values, change, this.v);
  }

  /** While the user types: a fixed error goes at once, a new one waits until they pause or leave. */
  preview(change: SettingsChange, scopes: readonly string[]): void {
    const found = this.check(change);
    if (!Object.keys(found).some((key) => inScope(key, scopes))) this.setErrors(scopes, {});
  }

  /**
   * Checks and, if valid, sends the change. Errors within `scopes` (the field's paths) are replaced by
   * whatever this check or main reports; resolves to whether the change was applied.
   */
  save(change: SettingsChange, scopes: readonly string[]): Promise<boolean> {
    const found = this.check(change);
    if (Object.keys(found).length > 0) {
      this.setErrors(scopes, found);
      if (!Object.keys(found).some((key) => inScope(key, scopes))) this.problem = describe(this.t, found);
      return Promise.resolve(false);
    }
    this.setErrors(scopes, {});
    const run = this.#queue.then(() => this.send(change, scopes));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  private async send(change: SettingsChange, scopes: readonly string[]): Promise<boolean> {
    const count = ++this.#saves;
    try {
      // Plain data only: IPC's structured clone cannot copy the state proxies a change may be built from.
      const result = await this.api.updateSettings($state.snapshot(change) as SettingsChange);
      if (result.ok) {
        this.receive(result.view);
        this.problem = '';
        // Alternating the text makes a screen reader announce every save, not only the first.
        this.status = count % 2 === 0 ? this.t('savedAgain') : this.t('saved');
        return true;
      }
      const errors: Record<string, string> = {};
      for (const [key, message] of Object.entries(result.errors)) errors[fieldPath(key)] = message;
      this.setErrors(scopes, errors);
      const elsewhere = Object.entries(errors).filter(([key]) => !inScope(key, scopes));
      if (elsewhere.length > 0) this.problem = describe(this.t, Object.fromEntries(elsewhere));
      return false;
    } catch (error) {
      this.problem = this.t('notSavedBecause', { reason: reasonOf(error) });
      return false;
    }
  }

  /** Replaces the errors within `scopes` by those of `found` that fall inside them. */
  private setErrors(scopes: readonly string[], found: Readonly<Record<string, string>>): void {
    const next: Record<string, string> = {};
    for (const [key, message] of Object.entries(this.errors)) if (!inScope(key, scopes)) next[key] = message;
    for (const [key, message] of Object.entries(found)) if (inScope(key, scopes)) next[key] = message;
    this.errors = next;
  }
}
