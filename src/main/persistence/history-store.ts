/**
 * The break history on disk (history.json), loaded with the same safety as the settings (see
 * `loadDocument`): a corrupt file is kept beside it and history starts empty; unreadable records are
 * dropped one by one and the original kept. Every write rolls old records up, so the file stays small.
 */
import * as v from 'valibot';
import {
  BreakRecordSchema,
  compactForStorage,
  emptyHistory,
  MAX_RECENT_RECORDS,
  needsRollUp,
  normalizeHistory,
  PainCheckInSchema,
  rollUp,
  systemCalendar,
  type BreakRecord,
  type Calendar,
  type History,
} from '../../shared/history';
import type { SettingsProblem } from '../../shared/settings';
import type { Translate } from '../../shared/i18n/catalog';
import { englishText } from '../../shared/i18n/english';
import { loadDocument, type NoticeWords } from './load-document';
import { HISTORY_MIGRATIONS } from './migrations';
import type { StoragePort } from './storage-port';

export interface HistoryStoreOptions {
  port: StoragePort;
  now?: () => Date;
  calendar?: Calendar;
}

/** A break as the engine reports it; `at` defaults to now, `postponed` to 0, `exercises` to none. */
export type BreakInput = Omit<BreakRecord, 'at' | 'postponed' | 'exercises'> &
  Partial<Pick<BreakRecord, 'postponed' | 'exercises'>> & { at?: Date | string };

export type RecordResult = { ok: true; saved: boolean } | { ok: false; errors: Record<string, string> };

export type HistoryListener = (history: History) => void;

function describeRepairs(problems: readonly SettingsProblem[]): NoticeWords {
  if (problems.some((problem) => problem.path === '')) return (t) => t('historyStartedNew');
  return (t) => t('historyEntriesUnreadable', { count: problems.length });
}

/** Two notices as one, each in its own sentences. */
const both =
  (first: NoticeWords | undefined, second: NoticeWords): NoticeWords =>
  (t, locale) =>
    first ? `${first(t, locale)} ${second(t, locale)}` : second(t, locale);

function errorsOf(issues: readonly v.BaseIssue<unknown>[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[v.getDotPath(issue) ?? ''] ??= issue.message;
  return errors;
}

/** How many active minutes may wait in memory before they are written. */
const MINUTES_PER_WRITE = 10;

export class HistoryStore {
  readonly #port: StoragePort;
  readonly #now: () => Date;
  readonly #calendar: Calendar;
  readonly #listeners = new Set<HistoryListener>();
  #history: History;
  /** Changes not yet on disk (active minutes are only written with the next record or `flush`). */
  #dirty = false;
  #unsavedMinutes = 0;
  /** One message for the user about what loading did, in English (the log's); see `noticeIn`. */
  readonly notice: string | undefined;
  readonly #notice: NoticeWords | undefined;
  readonly problems: readonly SettingsProblem[];
  readonly readOnly: boolean;
  readonly backupPath: string | undefined;

  constructor({ port, now = () => new Date(), calendar = systemCalendar }: HistoryStoreOptions) {
    this.#port = port;
    this.#now = now;
    this.#calendar = calendar;
    const loaded = loadDocument(port, {
      label: 'history',
      plan: HISTORY_MIGRATIONS,
      normalize: normalizeHistory,
      defaults: emptyHistory,
      describeRepairs,
    });
    const { breaks, painCheckIns } = loaded.document;
    const overCap = breaks.length > MAX_RECENT_RECORDS || painCheckIns.length > MAX_RECENT_RECORDS;
    let { notice, readOnly, backupPath } = loaded;
    this.#history = this.#rolledUp(loaded.document);
    // Once here, so that each new record can simply go in its place (a file edited by hand may not be).
    for (const list of [this.#history.breaks, this.#history.painCheckIns] as { at: string }[][])
      list.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    // Daily roll-up of days a year old is what the file is for and needs no word; summarising recent
    // days is not (a hand-made or imported file): it is rewritten only after a copy, and said.
    if (overCap && !readOnly) {
      try {
        backupPath = port.backup('pre-rollup');
        const path = backupPath;
        notice = both(notice, (t) => t('historyRolledUp', { count: MAX_RECENT_RECORDS, path }));
        this.#dirty = true;
      } catch {
        readOnly = true;
        notice = both(notice, (t) => t('historyTooLarge'));
      }
    }
    this.#notice = notice;
    this.notice = this.noticeIn(englishText('notify'), 'en');
    this.problems = loaded.problems;
    this.readOnly = readOnly;
    this.backupPath = backupPath;
    if (this.#dirty) this.#commit();
  }

  /** The notice in other words, and the locale its lists are written in. */
  noticeIn(t: Translate<'notify'>, locale: string): string | undefined {
    return this.#notice?.(t, locale);
  }

  get history(): History {
    return structuredClone(this.#history);
  }

  recordBreak(input: BreakInput): RecordResult {
    const at = input.at instanceof Date ? input.at.toISOString() : (input.at ?? this.#now().toISOString());
    const parsed = v.safeParse(BreakRecordSchema, { ...input, at });
    if (!parsed.success) return { ok: false, errors: errorsOf(parsed.issues) };
    insertInTimeOrder(this.#history.breaks, parsed.output);
    return { ok: true, saved: this.#commit() };
  }

  /** A check-in not recorded with its break (for one that is, pass `painScore` to `recordBreak`). */
  recordPainCheckIn(score: number, at: Date = this.#now()): RecordResult {
    const parsed = v.safeParse(PainCheckInSchema, { at: at.toISOString(), score });
    if (!parsed.success) return { ok: false, errors: errorsOf(parsed.issues) };
    insertInTimeOrder(this.#history.painCheckIns, parsed.output);
    return { ok: true, saved: this.#commit() };
  }

  /**
   * Adds active minutes to the local day of `at`. Held in memory (it may be called every minute and
   * the file is the big one); written with the next record, `flush()`, or once `MINUTES_PER_WRITE`
   * have gathered: a Windows logoff or a power cut ends the app without a quit to flush on.
   */
  addActiveMinutes(minutes: number, at: Date = this.#now()): void {
    if (!Number.isFinite(minutes) || minutes <= 0) return;
    const date = this.#calendar.dateOf(at);
    const total = (this.#history.activeMinutes[date] ?? 0) + minutes;
    this.#history.activeMinutes[date] = Math.min(1440, Math.round(total * 100) / 100);
    this.#dirty = true;
    this.#unsavedMinutes += minutes;
    if (this.#unsavedMinutes >= MINUTES_PER_WRITE) this.#commit();
    else this.#notify();
  }

  /** Writes pending changes; returns whether the file is now up to date. */
  flush(): boolean {
    return this.#dirty ? this.#commit() : true;
  }

  subscribe(listener: HistoryListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #rolledUp(history: History): History {
    return rollUp(history, this.#calendar.dateOf(this.#now()), this.#calendar);
  }

  /** Rolls up, writes and notifies. A failed write keeps everything in memory for the next try. */
  #commit(): boolean {
    // Rolling up copies every record: at the cap that was half of a write's ~270 ms, on writes that
    // nearly always had nothing to roll up.
    if (needsRollUp(this.#history, this.#calendar.dateOf(this.#now()), this.#calendar))
      this.#history = this.#rolledUp(this.#history);
    this.#dirty = true;
    this.#unsavedMinutes = 0;
    if (!this.readOnly) {
      try {
        this.#port.write(compactForStorage(this.#history));
        this.#dirty = false;
      } catch {
        // Reported through the return value; the record is not lost, the next write retries.
      }
    }
    this.#notify();
    return !this.#dirty;
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener(structuredClone(this.#history));
  }
}

/**
 * Adds a record to a list in time order where its time puts it, after any at the same instant: nearly
 * always at the end, so a list up to MAX_RECENT_RECORDS long is not sorted again on every write.
 */
function insertInTimeOrder<T extends { at: string }>(list: T[], record: T): void {
  const at = Date.parse(record.at);
  let index = list.length;
  while (index > 0 && Date.parse(list[index - 1]!.at) > at) index--;
  list.splice(index, 0, record);
}
