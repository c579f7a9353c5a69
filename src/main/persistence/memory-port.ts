/**
 * A `StoragePort` held in memory, for tests and the simulator. It stores the serialized text, as a file
 * would, so a write that JSON cannot round-trip shows up the same way it would on disk.
 */
import type { BackupReason, ReadResult, StoragePort } from './storage-port';

export class MemoryPort implements StoragePort {
  /** The "file": undefined when missing, else its raw text (which may be garbage). */
  text: string | undefined;
  readonly backups = new Map<string, string>();
  writes = 0;

  constructor(
    initial?: unknown,
    private readonly name = 'settings',
  ) {
    this.text =
      initial === undefined ? undefined : typeof initial === 'string' ? initial : JSON.stringify(initial);
  }

  read(): ReadResult {
    if (this.text === undefined) return { kind: 'missing' };
    try {
      const data: unknown = JSON.parse(this.text);
      if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        return { kind: 'corrupt', reason: 'the file does not hold a JSON object' };
      }
      return { kind: 'ok', data };
    } catch {
      return { kind: 'corrupt', reason: 'the file is not valid JSON' };
    }
  }

  write(document: unknown): void {
    this.text = JSON.stringify(document);
    this.writes++;
  }

  backup(reason: BackupReason): string {
    if (this.text === undefined) throw new Error('nothing to back up');
    const path = `${this.name}.${reason}-${this.backups.size}.json`;
    this.backups.set(path, this.text);
    return path;
  }

  /** The current document, parsed; for assertions. */
  get document(): unknown {
    return this.text === undefined ? undefined : JSON.parse(this.text);
  }
}
