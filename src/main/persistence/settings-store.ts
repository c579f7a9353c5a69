/**
 * The app's settings, preferences and rotation state, loaded safely (see `loadDocument`) and changed
 * only through validated patches. Listeners hear about every change, so the engine applies it at once.
 */
import type { Translate } from '../../shared/i18n/catalog';
import { englishText } from '../../shared/i18n/english';
import type { Preferences } from '../../shared/preferences';
import type { RotationState } from '../../shared/rotation';
import type { Settings, SettingsProblem } from '../../shared/settings';
import { formatList } from '../../shared/i18n/format';
import { loadDocument, type NoticeWords } from './load-document';
import { SETTINGS_MIGRATIONS } from './migrations';
import {
  applySettingsPatch,
  defaultSettingsDocument,
  normalizeSettingsDocument,
  type SettingsDocument,
  type SettingsPatch,
} from './settings-document';
import { issueText } from '../../shared/validation-issue';
import type { StoragePort } from './storage-port';

export type UpdateResult =
  | { ok: true; document: SettingsDocument }
  /** Keyed by dotted path ("settings.microBreak.everyMinutes"); "" for a failure not tied to a field. */
  | { ok: false; errors: Record<string, string> };

export type SettingsListener = (document: SettingsDocument, previous: SettingsDocument) => void;

/** How many field names a notice lists before it says "and N more". */
const NOTICE_FIELDS = 5;

function describeRepairs(problems: readonly SettingsProblem[]): NoticeWords {
  return (t, locale) => {
    const paths = [...new Set(problems.map((problem) => problem.path || t('settingsWholeFile')))];
    const fields = formatList(locale, paths.slice(0, NOTICE_FIELDS), 'unit');
    const more = paths.length - NOTICE_FIELDS;
    return more > 0 ? t('settingsResetMore', { fields, count: more }) : t('settingsReset', { fields });
  };
}

export class SettingsStore {
  readonly #port: StoragePort;
  readonly #listeners = new Set<SettingsListener>();
  #document: SettingsDocument;
  /** One message for the user about what loading repaired, or undefined. Show it once. */
  readonly notice: string | undefined;
  readonly #notice: NoticeWords | undefined;
  /** What loading found wrong, for the log. */
  readonly problems: readonly SettingsProblem[];
  /** True when the file is newer than this app or could not be backed up: changes stay in memory. */
  readonly readOnly: boolean;
  readonly backupPath: string | undefined;
  /** No settings file existed: the first run, when Unhunch introduces itself. */
  readonly firstRun: boolean;
  /**
   * The language refusals are written in: the app's, once it is known (`language.text('validation')`).
   * The settings window checks every change itself first and shows its own findings in its own
   * language; these reach it only when main sees something the window could not.
   */
  validationText: Translate<'validation'> = englishText('validation');

  constructor(port: StoragePort) {
    this.#port = port;
    const loaded = loadDocument(port, {
      label: 'settings',
      plan: SETTINGS_MIGRATIONS,
      normalize: normalizeSettingsDocument,
      defaults: defaultSettingsDocument,
      describeRepairs,
    });
    this.#document = loaded.document;
    this.#notice = loaded.notice;
    this.notice = this.noticeIn(englishText('notify'), 'en');
    this.problems = loaded.problems;
    this.readOnly = loaded.readOnly;
    this.backupPath = loaded.backupPath;
    this.firstRun = loaded.created;
  }

  /** The notice (in English above) in other words, and the locale its lists are written in. */
  noticeIn(t: Translate<'notify'>, locale: string): string | undefined {
    return this.#notice?.(t, locale);
  }

  /** A copy: callers cannot change the store behind its back. */
  get document(): SettingsDocument {
    return structuredClone(this.#document);
  }
  get settings(): Settings {
    return structuredClone(this.#document.settings);
  }
  get preferences(): Preferences {
    return structuredClone(this.#document.preferences);
  }
  get rotation(): RotationState {
    return structuredClone(this.#document.rotation);
  }

  /**
   * Validates a partial change. Valid: persisted (unless read-only), listeners told, the new document
   * returned. Invalid: nothing changes and every offending field gets its message.
   */
  update(patch: SettingsPatch): UpdateResult {
    const { document, problems } = normalizeSettingsDocument(applySettingsPatch(this.#document, patch));
    if (problems.length > 0) {
      const errors: Record<string, string> = {};
      for (const { path, message, issue } of problems)
        errors[path] ??= issue === undefined ? message : issueText(this.validationText, issue);
      return { ok: false, errors };
    }
    if (JSON.stringify(document) === JSON.stringify(this.#document))
      return { ok: true, document: this.document };
    if (!this.readOnly) {
      try {
        this.#port.write(document);
      } catch (error) {
        const reason = (error as Error).message;
        return { ok: false, errors: { '': this.validationText('couldNotSave', { reason }) } };
      }
    }
    const previous = this.#document;
    this.#document = document;
    for (const listener of [...this.#listeners])
      listener(structuredClone(document), structuredClone(previous));
    return { ok: true, document: this.document };
  }

  /** Returns the unsubscribe function. */
  subscribe(listener: SettingsListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
