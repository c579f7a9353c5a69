import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  parseRequestInput,
  requestChannel,
  requestNames,
  type RequestInput,
  type RequestName,
  type RequestOutput,
} from '../shared/ipc-contract';

export interface Caller {
  /** `webContents.id` of the window that sent the request. */
  webContentsId: number;
}

/** One handler per request in the contract; a missing one is a compile error. */
export type IpcHandlers = {
  [K in RequestName]: (
    input: RequestInput<K>,
    caller: Caller,
  ) => RequestOutput<K> | Promise<RequestOutput<K>>;
};

/**
 * Registers a handler for every request in the contract. Each call is refused unless it comes from the
 * top frame of one of our own pages, and its input is validated before any handler sees it: a renderer is
 * treated as untrusted even though we wrote it.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: IpcHandlers,
  isTrustedUrl: (url: string) => boolean,
): void {
  for (const name of requestNames) {
    ipcMain.handle(requestChannel(name), (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame !== event.sender.mainFrame || !isTrustedUrl(frame.url)) {
        throw new Error(`Refused ${name}: this window is not one of Unhunch's own pages`);
      }
      const parsed = parseRequestInput(name, input);
      if (!parsed.ok) throw new Error(parsed.message);
      const handler = handlers[name] as (input: unknown, caller: Caller) => unknown;
      return handler(parsed.value, { webContentsId: event.sender.id });
    });
  }
}
