/**
 * Resolves once the window's first frame is on screen. What a first view does not need to be usable (a
 * drawing, the sections and cards below the fold) waits for it, so the first frame is not held up by
 * work the user cannot see yet.
 */
export const afterFirstFrame = (): Promise<void> =>
  new Promise((shown) => requestAnimationFrame(() => setTimeout(shown)));
