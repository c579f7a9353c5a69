/**
 * Loading a stored document safely, shared by the settings and history stores:
 * read → migrate → normalise field by field → repair. The rule that keeps bad input from costing data:
 * the file is only ever rewritten after a copy of it was made beside it, a file from a newer version is
 * never rewritten at all, and whatever was repaired is told to the user in one notice.
 */
import type { Translate } from '../../shared/i18n/catalog';
import type { SettingsProblem } from '../../shared/settings';
import { currentVersion, migrate, type MigrationPlan } from './migrations';
import type { BackupReason, StoragePort } from './storage-port';

/**
 * A notice for the user as words to be made in whatever language is current when it is shown: at
 * start-up, and again each time Settings opens.
 */
export type NoticeWords = (t: Translate<'notify'>, locale: string) => string;

export interface DocumentSpec<T> {
  /** Which file, as the user would call it: each has its own sentences. */
  label: 'settings' | 'history' | 'own';
  plan: MigrationPlan;
  normalize(input: unknown): { document: T; problems: SettingsProblem[] };
  defaults(): T;
  /** The first sentence of the notice after a repair, e.g. naming the fields that were reset. */
  describeRepairs(problems: readonly SettingsProblem[]): NoticeWords;
}

export interface LoadedDocument<T> {
  document: T;
  /** Everything found wrong, for the log. */
  problems: SettingsProblem[];
  /** One message for the user, or undefined when there was nothing to say. */
  notice: NoticeWords | undefined;
  /** The file must not be written this session (newer schema, or no backup could be made). */
  readOnly: boolean;
  backupPath: string | undefined;
  /** Version the file was migrated from, when a migration ran. */
  migratedFrom: number | undefined;
  /** There was no file: this is the first run (or the user removed it to start afresh). */
  created: boolean;
}

function tryBackup(port: StoragePort, reason: BackupReason): string | undefined {
  try {
    return port.backup(reason);
  } catch {
    return undefined;
  }
}

/** A failed write at load time is not fatal: the app runs from memory and the next save tries again. */
function tryWrite(port: StoragePort, document: unknown): void {
  try {
    port.write(document);
  } catch {
    // Deliberately ignored; see above.
  }
}

/** Why a write failed, in the user's words; undefined when it worked. */
function writeFailure(port: StoragePort, document: unknown): string | undefined {
  try {
    port.write(document);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
}

function describeError(error: unknown): string {
  if (error instanceof RangeError) return 'it is nested too deeply to read';
  return `it could not be processed (${error instanceof Error ? error.name : 'error'})`;
}

export function loadDocument<T>(port: StoragePort, spec: DocumentSpec<T>): LoadedDocument<T> {
  const base = {
    problems: [],
    notice: undefined,
    readOnly: false,
    backupPath: undefined,
    migratedFrom: undefined,
    created: false,
  };
  let read: ReturnType<StoragePort['read']>;
  try {
    read = port.read();
  } catch (error) {
    read = { kind: 'corrupt', reason: `The ${spec.label} file could not be read: ${describeError(error)}.` };
  }

  if (read.kind === 'missing') {
    const document = spec.defaults();
    const failure = writeFailure(port, document);
    // Every later change would fail the same way, each after the write's own retries: say it once and
    // stop trying for this session.
    if (failure !== undefined) {
      return {
        ...base,
        document,
        created: true,
        readOnly: true,
        problems: [{ path: '', message: `could not be created (${failure})` }],
        notice: (t) => t(`${spec.label}CannotSave`, { reason: failure }),
      };
    }
    return { ...base, document, created: true };
  }

  if (read.kind === 'ok') {
    try {
      return loadReadable(port, spec, read.data, base);
    } catch (error) {
      // Our own steps (structuredClone, the normalisers) recurse; a hand-made file can be deeper than
      // the stack. Treated as unreadable, so it is kept aside and the app starts afresh.
      read = {
        kind: 'corrupt',
        reason: `The ${spec.label} file could not be read: ${describeError(error)}.`,
      };
    }
  }

  {
    const problems = [{ path: '', message: read.reason }];
    const backupPath = tryBackup(port, 'corrupt');
    const document = spec.defaults();
    if (backupPath === undefined) {
      return {
        ...base,
        document,
        problems,
        readOnly: true,
        notice: (t) => t(`${spec.label}UnreadableNoCopy`),
      };
    }
    tryWrite(port, document);
    return {
      ...base,
      document,
      problems,
      backupPath,
      notice: (t) => t(`${spec.label}Unreadable`, { path: backupPath }),
    };
  }
}

function loadReadable<T>(
  port: StoragePort,
  spec: DocumentSpec<T>,
  data: unknown,
  base: Omit<LoadedDocument<T>, 'document'>,
): LoadedDocument<T> {
  const migrated = migrate(data, spec.plan);
  if (migrated.kind === 'future') {
    return {
      ...base,
      document: spec.defaults(),
      problems: [{ path: 'schemaVersion', message: `is ${migrated.version}, newer than this version reads` }],
      readOnly: true,
      notice: (t) => t(`${spec.label}Newer`),
    };
  }

  const normalized = spec.normalize(migrated.document);
  const problems = [...migrated.problems, ...normalized.problems];
  const migratedFrom = migrated.from < currentVersion(spec.plan) ? migrated.from : undefined;
  const document = normalized.document;

  if (problems.length === 0 && migratedFrom === undefined) return { ...base, document };

  const backupPath = tryBackup(port, problems.length > 0 ? 'invalid' : 'pre-migration');
  if (backupPath === undefined) {
    return {
      ...base,
      document,
      problems,
      migratedFrom,
      readOnly: true,
      notice: (t) => t(`${spec.label}NoCopy`),
    };
  }
  tryWrite(port, document);
  return {
    ...base,
    document,
    problems,
    migratedFrom,
    backupPath,
    // A migration alone is routine and not worth interrupting anyone for; its backup is still kept.
    notice:
      problems.length === 0
        ? undefined
        : (t, locale) =>
            t('repairedKeptAs', { repairs: spec.describeRepairs(problems)(t, locale), path: backupPath }),
  };
}
