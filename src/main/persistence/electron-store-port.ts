/**
 * `StoragePort` over electron-store (conf underneath), which gives us the user-data location and atomic
 * writes. It is set up so that it can never lose the user's file:
 * - `clearInvalidConfig: false`: with `true`, conf replaces an unparsable file with an empty store.
 * - Our own `deserialize` also rejects JSON that is not an object (conf would quietly read `[1, 2]` or
 *   `42` as an empty store, and the next write would replace it).
 * - No conf JSON schema and no conf migrations: a schema violation rejects the whole file, where we want
 *   to reset only the bad field (valibot, field by field, in the stores); migrations are our own.
 * - A file that cannot be read is reported as corrupt; it is overwritten only after `backup()` copied it.
 */
import { constants, copyFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { app } from 'electron';
import ElectronStore from 'electron-store';
import { backupFileName, type BackupReason, type ReadResult, type StoragePort } from './storage-port';

export interface ElectronStorePortOptions {
  /** File name without extension: "settings" → settings.json. */
  name: string;
  /** Absolute directory; defaults to the app's user-data directory. */
  cwd?: string;
  /** "pretty" for files people may edit by hand, "compact" for large machine-written ones. */
  format?: 'pretty' | 'compact';
  /** For backup file names; injected in tests. */
  now?: () => Date;
}

type Doc = Record<string, unknown>;

class NotAnObjectError extends SyntaxError {
  override name = 'SyntaxError';
}

export class ElectronStorePort implements StoragePort {
  readonly path: string;
  readonly #options: ElectronStorePortOptions;
  #store: ElectronStore<Doc> | undefined;
  #corruptReason: string | undefined;
  /** While true, unreadable text reads as an empty store: used only to replace a file already backed up. */
  #tolerant = false;
  #backedUp = false;

  constructor(options: ElectronStorePortOptions) {
    this.#options = options;
    const cwd = options.cwd ?? app.getPath('userData');
    this.path = join(cwd, `${options.name}.json`);
    try {
      this.#store = this.#open(cwd);
    } catch (error) {
      // conf parses the file in its constructor and throws a SyntaxError for one it cannot read.
      if ((error as Error).name !== 'SyntaxError') throw error;
      this.#corruptReason = (error as Error).message;
    }
  }

  #open(cwd: string): ElectronStore<Doc> {
    return new ElectronStore<Doc>({
      name: this.#options.name,
      cwd,
      clearInvalidConfig: false,
      serialize: (value) =>
        this.#options.format === 'compact' ? JSON.stringify(value) : JSON.stringify(value, null, 2),
      deserialize: (text) => {
        try {
          const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
          if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Doc;
          throw new NotAnObjectError(`The file ${this.path} does not hold a JSON object.`);
        } catch (error) {
          if (this.#tolerant) return {};
          if (error instanceof NotAnObjectError) throw error;
          // No `cause`: JSON.parse's message quotes the file around the error, which may hold personal
          // data that should not end up in a log or crash report (conf avoids it for the same reason).
          // eslint-disable-next-line preserve-caught-error
          throw new SyntaxError(`The file ${this.path} is not valid JSON.`);
        }
      },
    });
  }

  read(): ReadResult {
    if (this.#corruptReason !== undefined) return { kind: 'corrupt', reason: this.#corruptReason };
    // conf reads a missing file as an empty store; tell the two apart so a first run is not a repair.
    if (this.#store === undefined || !existsSync(this.path)) return { kind: 'missing' };
    try {
      return { kind: 'ok', data: this.#store.store };
    } catch (error) {
      if ((error as Error).name !== 'SyntaxError') throw error;
      return { kind: 'corrupt', reason: (error as Error).message };
    }
  }

  write(document: unknown): void {
    if (this.#store !== undefined) {
      // conf reads the file before writing; if it became unreadable meanwhile this throws, keeping it.
      this.#store.store = document as Doc;
      return;
    }
    // Reached only for a file conf could not parse at start-up. Never replace it without a copy.
    if (!this.#backedUp) throw new Error(`refusing to overwrite ${this.path} before it is backed up`);
    this.#tolerant = true;
    try {
      const store = this.#open(dirname(this.path));
      store.store = document as Doc;
      this.#store = store;
      this.#corruptReason = undefined;
    } finally {
      this.#tolerant = false;
    }
  }

  backup(reason: BackupReason): string {
    const at = (this.#options.now ?? (() => new Date()))();
    for (let attempt = 0; ; attempt++) {
      const target = join(
        dirname(this.path),
        backupFileName(basename(this.path, '.json'), reason, at, attempt),
      );
      try {
        // COPYFILE_EXCL: an earlier backup is never overwritten, even one made in the same millisecond.
        copyFileSync(this.path, target, constants.COPYFILE_EXCL);
        this.#backedUp = true;
        return target;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 100) throw error;
      }
    }
  }
}
