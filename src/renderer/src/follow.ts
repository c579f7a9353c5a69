/**
 * Reads a value once and follows the changes main pushes. A change that arrives while the first read is
 * on its way is newer than that read, so the read is then dropped. `first` settles with the first read
 * (rejecting if it failed); `unsubscribe` stops following.
 */
export function follow<T>(
  read: () => Promise<T>,
  subscribe: (listener: (value: T) => void) => () => void,
  receive: (value: T) => void,
): { unsubscribe: () => void; first: Promise<void> } {
  let changed = false;
  const unsubscribe = subscribe((value) => {
    changed = true;
    receive(value);
  });
  const first = read().then((value) => {
    if (!changed) receive(value);
  });
  return { unsubscribe, first };
}
