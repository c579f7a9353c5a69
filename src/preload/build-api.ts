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
    requestNames.map((name) => {
      const channel = requestChannel(name);
      const request = (input?: unknown): Promise<unknown> =>
        ipc.invoke(channel, input).catch((error: unknown) => {
          throw unwrapRemoteError(channel, error);
        });
      return [name, request];
    }),
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

/**
 * Electron rejects `invoke` with `Error invoking remote method '<channel>': <main's error.toString()>`,
 * and pages show `error.message` to the user, so they get main's own message back. The contextBridge
 * keeps only an Error's message anyway. Anything else (not from main, another channel) passes as it is.
 */
function unwrapRemoteError(channel: string, error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const prefix = `Error invoking remote method '${channel}': `;
  if (!error.message.startsWith(prefix)) return error;
  const remote = error.message.slice(prefix.length);
  // main's toString() starts with the error's name ("Error: ", "TypeError: "); a thrown string has none.
  const message = /^[A-Za-z]*Error: ([\s\S]*)$/.exec(remote)?.[1] ?? remote;
  return new Error(message, { cause: error });
}
