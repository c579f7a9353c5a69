import type { IpcRenderer, IpcRendererEvent } from 'electron';
import {
  eventChannel,
  ipcEvents,
  requestChannel,
  requestNames,
  type EventName,
  type UnhunchApi,
} from '../shared/ipc-contract';

type RendererPort = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * Builds `window.unhunch` from the contract. Only the contract's channels are reachable, and the raw
 * IpcRendererEvent (which carries `sender`) never reaches page code.
 */
export function buildApi(ipc: RendererPort): UnhunchApi {
  const requests = Object.fromEntries(
    requestNames.map((name) => [name, (input?: unknown) => ipc.invoke(requestChannel(name), input)]),
  );
  function on(event: EventName, listener: (payload: unknown) => void): () => void {
    if (!Object.hasOwn(ipcEvents, event)) throw new Error(`Unknown event: ${String(event)}`);
    const channel = eventChannel(event);
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipc.on(channel, forward);
    return () => void ipc.removeListener(channel, forward);
  }
  // The mapped type cannot be built key by key; the contract test checks every request is present.
  return { ...requests, on } as unknown as UnhunchApi;
}
