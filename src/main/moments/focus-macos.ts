/**
 * Do-not-disturb on macOS (Focus, macOS 12+), without native code: the way other apps do it, by reading
 * the Do Not Disturb daemon's own state file `~/Library/DoNotDisturb/DB/Assertions.json`.
 *
 * `data[0].storeAssertionRecords` lists the Focus assertions in force: a non-empty array means a Focus is
 * on now; no records (an empty or absent array under a present `data[0]`) means none is.
 *
 * Limits:
 * - Only Focus modes turned on by hand (or by anything that posts an assertion) are seen. A Focus that is
 *   active by schedule alone lives in `ModeConfigurations.json` as triggers, which is not read here: such
 *   a Focus reads as `false`.
 * - On newer macOS the file sits behind Full Disk Access; without it the read fails with EPERM, and the
 *   answer is 'unknown', as for a missing file (macOS 11 and older) or JSON of another shape.
 *
 * `false` is answered only when the file was read and holds no records. The detector never rejects.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Detector, DetectorAnswer, MomentFs } from './ports';

export const ASSERTIONS_PATH = ['Library', 'DoNotDisturb', 'DB', 'Assertions.json'] as const;

export function assertionsFile(homeDir: string): string {
  return join(homeDir, ...ASSERTIONS_PATH);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a Focus is on, from Assertions.json's text; 'unknown' for anything but the expected shape. */
export function parseFocusAssertions(text: string): DetectorAnswer {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'unknown';
  }
  if (!isRecord(json) || !Array.isArray(json.data)) return 'unknown';
  const store: unknown = json.data[0];
  if (!isRecord(store)) return 'unknown';
  const records = store.storeAssertionRecords;
  if (records === undefined) return false;
  if (!Array.isArray(records)) return 'unknown';
  return records.length > 0;
}

export function macFocusDetector(fs: MomentFs, homeDir: string = homedir()): Detector {
  const file = assertionsFile(homeDir);
  return {
    reason: 'dnd',
    async detect(): Promise<DetectorAnswer> {
      let text: string;
      try {
        text = await fs.readFile(file);
      } catch {
        // ENOENT (no Focus before macOS 12), EPERM (no Full Disk Access) or any other failure.
        return 'unknown';
      }
      return parseFocusAssertions(text);
    },
  };
}
