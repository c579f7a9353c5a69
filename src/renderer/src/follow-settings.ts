import type { SettingsView, UnhunchApi } from '../../shared/ipc-contract';

export type FollowSettingsApi = Pick<UnhunchApi, 'getSettings' | 'on'>;

/**
 * Reads the settings once and follows the changes made elsewhere. A change that arrives while the first
 * read is on its way is newer than that read, so the read is then dropped. `first` settles with the first
 * read (rejecting if it failed); `unsubscribe` stops following.
 */
export function followSettings(
  api: FollowSettingsApi,
  receive: (view: SettingsView) => void,
): { unsubscribe: () => void; first: Promise<void> } {
  let changed = false;
  const unsubscribe = api.on('settingsChanged', (view) => {
    changed = true;
    receive(view);
  });
  const first = api.getSettings().then((view) => {
    if (!changed) receive(view);
  });
  return { unsubscribe, first };
}
