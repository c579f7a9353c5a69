/**
 * The library's own sub-route: `#/library` is the list and `#/library/<exercise-id>` an exercise's detail.
 * App.svelte routes on the first segment only, so the library reads the rest itself.
 */
const LIBRARY_HASH = '#/library';

/** The exercise id named in the hash, or undefined for the list (and for anything that is not an id). */
export function exerciseIdFromHash(hash: string): string | undefined {
  const match = /^#\/?library\/([a-z0-9-]{1,80})\/?(?:[?].*)?$/.exec(hash);
  return match?.[1];
}

export function libraryHash(exerciseId?: string): string {
  return exerciseId === undefined ? LIBRARY_HASH : `${LIBRARY_HASH}/${exerciseId}`;
}
