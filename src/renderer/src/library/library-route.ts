/**
 * The library's own sub-route: `#/library` is the list and `#/library/<exercise-id>` an exercise's detail.
 * The window's view is the first segment (`shell.ts`), so the library reads the rest itself.
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

/** A form on the library's page: a new entry, an own one edited, or any one duplicated. */
export interface FormRoute {
  kind: 'exercise' | 'routine';
  mode: 'new' | 'edit' | 'copy';
  /** The entry edited or duplicated. */
  id?: string;
}

/** `#/library/exercise/new`, `#/library/routine/edit/<id>`, `#/library/exercise/copy/<id>`… */
export function formFromHash(hash: string): FormRoute | undefined {
  const match =
    /^#\/?library\/(exercise|routine)\/(?:(new)|(edit|copy)\/([a-z0-9-]{1,80}))\/?(?:[?].*)?$/.exec(hash);
  if (!match) return undefined;
  const kind = match[1] as FormRoute['kind'];
  return match[2] === 'new'
    ? { kind, mode: 'new' }
    : { kind, mode: match[3] as 'edit' | 'copy', id: match[4]! };
}

export function formHash(route: FormRoute): string {
  return route.mode === 'new'
    ? `${LIBRARY_HASH}/${route.kind}/new`
    : `${LIBRARY_HASH}/${route.kind}/${route.mode}/${route.id ?? ''}`;
}
