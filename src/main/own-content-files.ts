/**
 * Reading an import file safely: its size is checked before a byte is read, and the read itself is
 * bounded, so a file swapped for a huge one between the check and the read still cannot be taken in
 * whole. Only what is a regular file is opened (a FIFO would block the open for good).
 */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { OWN_LIMITS, ownMessages, type OwnMessages } from '../shared/own-content';

export type ImportFileRead =
  { ok: true; text: string; byteLength: number; fileName: string } | { ok: false; problems: string[] };

/** `say` gives the words of the problems: main's current language, English when absent. */
export async function readImportFile(
  path: string,
  maxBytes: number = OWN_LIMITS.importBytes,
  say: OwnMessages = ownMessages,
): Promise<ImportFileRead> {
  const tooLarge = (): ImportFileRead => ({
    ok: false,
    problems: [say.fileTooLarge(Math.round(OWN_LIMITS.importBytes / 1024 / 1024))],
  });
  const unreadable = (reason: string): ImportFileRead => ({
    ok: false,
    problems: [say.fileUnreadable(reason)],
  });
  try {
    const info = await stat(path);
    if (!info.isFile()) return unreadable(say.fileNotAFile());
    if (info.size > maxBytes) return tooLarge();
    const handle = await open(path, 'r');
    try {
      // One byte more than allowed tells a file that grew since the check from one that did not.
      const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) break;
      }
      if (length > maxBytes) return tooLarge();
      return {
        ok: true,
        text: buffer.toString('utf8', 0, length),
        byteLength: length,
        fileName: basename(path),
      };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return unreadable((error as NodeJS.ErrnoException).code ?? 'error');
  }
}
