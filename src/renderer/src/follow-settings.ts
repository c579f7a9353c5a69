import type { SettingsView, UnhunchApi } from '../../shared/ipc-contract';
import { follow } from './follow';

export type FollowSettingsApi = Pick<UnhunchApi, 'getSettings' | 'on'>;

/** Reads the settings once and follows the changes made elsewhere; see {@link follow}. */
export function followSettings(
  api: FollowSettingsApi,
  receive: (view: SettingsView) => void,
): { unsubscribe: () => void; first: Promise<void> } {
  return follow(
    () => api.getSettings(),
    (listener) => api.on('settingsChanged', listener),
    receive,
  );
}
