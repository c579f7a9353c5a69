/**
 * The one thing the stores need from the disk, kept small so their logic stays pure and testable with
 * an in-memory fake. The electron-store adapter implements it for the app.
 */

/** What a read found. "corrupt" means the bytes are there but are not a JSON object we can look at. */
export type ReadResult =
  { kind: 'missing' } | { kind: 'ok'; data: unknown } | { kind: 'corrupt'; reason: string };

/**
 * Why a copy of the file is kept: it could not be parsed, some fields were invalid and get rewritten,
 * it is about to be rewritten in a newer schema, or it holds more detail than is kept and is about to be
 * summarised.
 */
export type BackupReason = 'corrupt' | 'invalid' | 'pre-migration' | 'pre-rollup';

export interface StoragePort {
  read(): ReadResult;
  /** Replaces the whole document; throws if it cannot. */
  write(document: unknown): void;
  /**
   * Copies the file as it is on disk to a new file beside it and returns that file's path. Never
   * overwrites an existing file; throws if the copy cannot be made (the caller must then not write).
   */
  backup(reason: BackupReason): string;
}

/** "settings.corrupt-2025-03-04T10-20-00-000Z.json": sortable, and legal on every file system. */
export function backupFileName(name: string, reason: BackupReason, at: Date, attempt = 0): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `${name}.${reason}-${stamp}${attempt === 0 ? '' : `-${attempt}`}.json`;
}
