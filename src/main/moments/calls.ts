/**
 * The 'call' reason: the camera or the microphone is in use. Either part answering "in use" is enough;
 * both "free" means no call; otherwise we cannot tell.
 */
import type { Detector, DetectorAnswer } from './ports';

export function anyInUse(parts: readonly DetectorAnswer[]): DetectorAnswer {
  if (parts.includes(true)) return true;
  return parts.every((part) => part === false) ? false : 'unknown';
}

/** Runs the parts side by side; a part that throws counts as 'unknown'. */
export function callDetector(parts: ReadonlyArray<() => Promise<DetectorAnswer>>): Detector {
  return {
    reason: 'call',
    async detect() {
      const answers = await Promise.all(
        parts.map((part) =>
          new Promise<DetectorAnswer>((resolve) => resolve(part())).catch(() => 'unknown' as const),
        ),
      );
      return anyInUse(answers);
    },
  };
}
