/**
 * `StoragePort` over electron-store (conf underneath), which gives us the user-data location and atomic
 * writes. It is set up so that it can never lose the user's file:
 * - `clearInvalidConfig: false`: with `true`, conf replaces an unparsable file with an empty store.
 * - Our own `deserialize` also rejects JSON that is not an object (conf would quietly read `[1, 2]` or
 *   `42` as an empty store, and the next write would replace it).
 * - No conf JSON schema and no conf migrations: a schema violation rejects the whole file, where we want
 *   to reset only the bad field (valibot, field by field, in the stores); migrations are our own.
 * - A file that cannot be read is reported as corrupt; it is overwritten only after `backup()` copied it.
 * - What cannot be opened at all (a directory, a FIFO, which would block the read for good, a symlink
 *   loop, a file we may not read) is reported as corrupt without conf ever opening it, and `backup()`
 *   moves it aside, since it cannot be copied: start-up never stops or hangs on what is at the path.
 * - Temporary files left by writes that were interrupted (a kill, a power cut) are removed at start.
 */
import fs, { constants } from 'node:fs';
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

/** atomically's temporary files: `<file>.tmp-<10 digits><6 hex>`. */
const leftoverPattern = (file: string): RegExp =>
  new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.tmp-\\d{10}[0-9a-f]{6}$`);

/**
 * Why the path cannot be opened as a file, without opening it (opening a FIFO waits for a writer), or
 * undefined when it is a regular file or absent.
 */
function unopenable(path: string): string | undefined {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    // A folder that is a file on the way: nothing is at the path, and the first write will say why.
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    return `The file ${path} could not be opened (${(error as NodeJS.ErrnoException).code ?? 'error'}).`;
  }
  if (stat === undefined) {
    // A link to nowhere is absent: conf creates the file it points at.
    return undefined;
  }
  if (stat.isDirectory()) return `${path} is a folder, not a file.`;
  if (!stat.isFile()) return `${path} is not a regular file.`;
  return undefined;
}

export class ElectronStorePort implements StoragePort {
  readonly path: string;
  readonly #options: ElectronStorePortOptions;
  #store: ElectronStore<Doc> | undefined;
  #corruptReason: string | undefined;
  /** While true, unreadable text reads as an empty store: used only to replace a file already backed up. */
  #tolerant = false;
  #backedUp = false;
  /** The path holds something that cannot be copied: `backup()` moves it aside instead. */
  #moveAside = false;

  constructor(options: ElectronStorePortOptions) {
    this.#options = options;
    const cwd = options.cwd ?? app.getPath('userData');
    this.path = join(cwd, `${options.name}.json`);
    this.#removeLeftovers(cwd);
    const reason = unopenable(this.path);
    if (reason !== undefined) {
      this.#corruptReason = reason;
      this.#moveAside = true;
      return;
    }
    try {
      this.#store = this.#open(cwd);
    } catch (error) {
      // conf parses the file in its constructor and throws a SyntaxError for one it cannot read.
      if ((error as Error).name === 'SyntaxError') {
        this.#corruptReason = (error as Error).message;
        return;
      }
      const code = (error as NodeJS.ErrnoException).code;
      // A missing file conf could not create (a folder that cannot be written) is a first run that
      // cannot be saved: reported as missing, and the first write says why.
      if (!fs.existsSync(this.path)) return;
      this.#corruptReason = `The file ${this.path} could not be read (${code ?? (error as Error).message}).`;
      this.#moveAside = true;
    }
  }

  #removeLeftovers(cwd: string): void {
    const pattern = leftoverPattern(`${this.#options.name}.json`);
    let names: string[];
    try {
      names = fs.readdirSync(cwd);
    } catch {
      return;
    }
    for (const name of names) {
      if (!pattern.test(name)) continue;
      try {
        // Only files: anything else under that name is not ours to remove.
        if (fs.lstatSync(join(cwd, name)).isFile()) fs.unlinkSync(join(cwd, name));
      } catch {
        // Left for the next start.
      }
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
    if (this.#store === undefined || !fs.existsSync(this.path)) return { kind: 'missing' };
    const reason = unopenable(this.path);
    if (reason !== undefined) {
      this.#moveAside = true;
      return { kind: 'corrupt', reason };
    }
    try {
      return { kind: 'ok', data: this.#store.store };
    } catch (error) {
      if ((error as Error).name !== 'SyntaxError') {
        this.#moveAside = true;
        const code = (error as NodeJS.ErrnoException).code;
        return { kind: 'corrupt', reason: `The file ${this.path} could not be read (${code ?? 'error'}).` };
      }
      return { kind: 'corrupt', reason: (error as Error).message };
    }
  }

  write(document: unknown): void {
    if (this.#store === undefined && this.#corruptReason === undefined) {
      // A first run whose folder conf could not create: try once more, and let the error say why.
      this.#store = this.#open(dirname(this.path));
    }
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
        if (this.#moveAside) {
          // rename would replace an existing file; an earlier backup must never be lost.
          if (fs.lstatSync(target, { throwIfNoEntry: false }) !== undefined)
            throw Object.assign(new Error(`${target} exists`), { code: 'EEXIST' });
          fs.renameSync(this.path, target);
          this.#moveAside = false;
        } else {
          // COPYFILE_EXCL: an earlier backup is never overwritten, even one made in the same millisecond.
          fs.copyFileSync(this.path, target, constants.COPYFILE_EXCL);
        }
        this.#backedUp = true;
        return target;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 100) throw error;
      }
    }
  }
}
