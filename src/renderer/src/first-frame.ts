/**
 * Resolves once the window's first frame is on screen. What a first view does not need to be usable (a
 * drawing, the sections and cards below the fold) waits for it, so the first frame is not held up by
 * work the user cannot see yet.
 */
export const afterFirstFrame = (): Promise<void> =>
  new Promise((shown) => requestAnimationFrame(() => setTimeout(shown)));

/**
 * After the first frame, calls `reveal(1)`, `reveal(2)` … `reveal(batches)`, each in a task of its own,
 * so what is below the fold is built a batch at a time and a click or a key between two batches is
 * answered at once rather than after all of them. Returns the function that stops it.
 */
export function revealInTurns(batches: number, reveal: (shown: number) => void): () => void {
  let stopped = false;
  let shown = 0;
  const next = (): void => {
    if (stopped) return;
    reveal(++shown);
    if (shown < batches) setTimeout(next);
  };
  void afterFirstFrame().then(next);
  return () => {
    stopped = true;
  };
}
