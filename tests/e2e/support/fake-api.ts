import type { Page } from '@playwright/test';
import type { PlayerSession, UnhunchApi } from '../../../src/shared/ipc-contract';

export interface FakeApiOptions {
  session: PlayerSession | null;
}

export interface RecordedCall {
  name: string;
  input?: unknown;
}

/**
 * Stands in for the preload: a test implementation of the same typed contract, installed as
 * `window.unhunch` before the page's scripts run. It records every call so tests can assert what the page
 * asked of main. The function runs inside the page, so it must not close over anything from this file.
 */
function installFakeApi(options: FakeApiOptions): void {
  const calls: RecordedCall[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let session = options.session;
  const record = (name: string, input?: unknown) =>
    calls.push(input === undefined ? { name } : { name, input });
  const api: UnhunchApi = {
    getPlayerSession: async () => (record('getPlayerSession'), session),
    finishSession: async (input) => {
      record('finishSession', input);
      if (session?.id === input.sessionId) session = null;
    },
    postponeBreak: async (input) => void record('postponeBreak', input),
    startExercise: async (input) => void record('startExercise', input),
    startRoutine: async (input) => void record('startRoutine', input),
    closeWindow: async () => void record('closeWindow'),
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  Object.assign(window, {
    unhunch: api,
    __unhunchCalls: calls,
    __unhunchEmit: (event: string, payload: unknown) =>
      listeners.get(event)?.forEach((listener) => listener(payload)),
  });
}

export async function useFakeApi(page: Page, options: FakeApiOptions): Promise<void> {
  await page.addInitScript(installFakeApi, options);
}

export function recordedCalls(page: Page): Promise<RecordedCall[]> {
  return page.evaluate(() => (window as unknown as { __unhunchCalls: RecordedCall[] }).__unhunchCalls);
}
