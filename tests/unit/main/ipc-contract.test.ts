import { describe, expect, it, vi } from 'vitest';
import { buildApi } from '../../../src/preload/build-api';
import {
  eventChannel,
  ipcRequests,
  parseRequestInput,
  requestChannel,
  requestNames,
} from '../../../src/shared/ipc-contract';
import { registerIpcHandlers, type IpcHandlers } from '../../../src/main/ipc-handlers';

function fakeRenderer() {
  const listeners = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
  return {
    invoke: vi.fn(async (_channel: string, _input?: unknown) => 'ok'),
    on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    }),
    removeListener: vi.fn((channel: string, listener: unknown) => {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((item) => item !== listener),
      );
    }),
    emit: (channel: string, payload: unknown) =>
      (listeners.get(channel) ?? []).forEach((listener) => listener({ sender: 'secret' }, payload)),
  };
}

describe('IPC contract', () => {
  it('gives every request its own prefixed channel', () => {
    const channels = requestNames.map(requestChannel);
    expect(new Set(channels).size).toBe(requestNames.length);
    expect(channels.every((channel) => channel.startsWith('unhunch:'))).toBe(true);
  });

  it('the preload exposes exactly the contract requests, each invoking its own channel', async () => {
    const renderer = fakeRenderer();
    const api = buildApi(renderer as never) as unknown as Record<
      string,
      (input?: unknown) => Promise<unknown>
    >;
    expect(Object.keys(api).sort()).toEqual([...requestNames, 'on'].sort());
    await api['startExercise']!({ exerciseId: 'chin-tuck' });
    expect(renderer.invoke).toHaveBeenCalledWith(requestChannel('startExercise'), {
      exerciseId: 'chin-tuck',
    });
  });

  // Electron rejects invoke() with `Error invoking remote method '<channel>': <main's error.toString()>`,
  // and the pages show `error.message`: they must read what main said, not Electron's wrapping.
  it("gives the page main's own message when a request fails", async () => {
    const renderer = fakeRenderer();
    const api = buildApi(renderer as never);
    const channel = requestChannel('getSettings');
    renderer.invoke.mockRejectedValueOnce(
      new Error(`Error invoking remote method '${channel}': Error: The settings file could not be read`),
    );
    const error = await api.getSettings().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('The settings file could not be read');

    renderer.invoke.mockRejectedValueOnce(
      new Error(`Error invoking remote method '${channel}': TypeError: a\nsecond line`),
    );
    await expect(api.getSettings()).rejects.toThrow(/^a\nsecond line$/);

    // Main threw something that is not an Error: its text is the whole message.
    renderer.invoke.mockRejectedValueOnce(new Error(`Error invoking remote method '${channel}': busy`));
    await expect(api.getSettings()).rejects.toThrow(/^busy$/);
  });

  it('passes other failures of a request on untouched', async () => {
    const renderer = fakeRenderer();
    const api = buildApi(renderer as never);
    const notCloneable = new Error('An object could not be cloned.');
    const otherChannel = new Error(
      `Error invoking remote method '${requestChannel('getProgress')}': Error: not this one`,
    );
    for (const failure of [notCloneable, otherChannel, 'a string', undefined]) {
      renderer.invoke.mockRejectedValueOnce(failure);
      expect(await api.getSettings().catch((caught: unknown) => caught)).toBe(failure);
    }
  });

  it('forwards events without the raw IPC event, and unsubscribes', () => {
    const renderer = fakeRenderer();
    const api = buildApi(renderer as never);
    const received: unknown[][] = [];
    const off = api.on('playerSession', (...args) => received.push(args));
    const session = { id: 's', exerciseId: 'chin-tuck', reason: 'quick' };
    renderer.emit(eventChannel('playerSession'), session);
    off();
    renderer.emit(eventChannel('playerSession'), session);
    expect(received).toEqual([[session]]);
  });

  it('refuses to subscribe to an event the contract does not name', () => {
    const api = buildApi(fakeRenderer() as never);
    expect(() => api.on('nope' as never, () => {})).toThrow(/Unknown event/);
  });

  it('validates inputs and names the bad field', () => {
    expect(parseRequestInput('finishSession', { sessionId: 's', outcome: 'completed' })).toEqual({
      ok: true,
      value: { sessionId: 's', outcome: 'completed' },
    });
    const bad = parseRequestInput('finishSession', { sessionId: 's', outcome: 'later' });
    expect(bad).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Invalid finishSession request: outcome/),
    });
    expect(parseRequestInput('finishSession', { sessionId: '', outcome: 'completed' }).ok).toBe(false);
    expect(parseRequestInput('finishSession', { sessionId: 's', outcome: 'completed', extra: 1 }).ok).toBe(
      false,
    );
    expect(parseRequestInput('closeWindow', 'anything').ok).toBe(false);
    expect(parseRequestInput('closeWindow', undefined).ok).toBe(true);
  });

  it('lets the welcome page open only the windows its buttons name', () => {
    for (const view of ['library', 'settings', 'progress']) {
      expect(parseRequestInput('openView', { view }).ok).toBe(true);
    }
    // The player plays only what main decided; the gallery is a development tool.
    for (const view of ['player', 'welcome', 'gallery', '', undefined]) {
      expect(parseRequestInput('openView', { view }).ok).toBe(false);
    }
    expect(parseRequestInput('openView', { view: 'library', extra: 1 }).ok).toBe(false);
    expect(parseRequestInput('startQuickStretch', undefined).ok).toBe(true);
    expect(parseRequestInput('startQuickStretch', { exerciseId: 'chin-tuck' }).ok).toBe(false);
    expect(parseRequestInput('getWelcome', undefined).ok).toBe(true);
  });

  it('main registers a handler for every request and checks the sender before the handler runs', async () => {
    const registered = new Map<string, (event: unknown, input: unknown) => unknown>();
    const handlers = Object.fromEntries(
      requestNames.map((name) => [name, vi.fn(() => name)]),
    ) as unknown as IpcHandlers;
    registerIpcHandlers(
      { handle: (channel: string, handler: never) => void registered.set(channel, handler) } as never,
      handlers,
      (url) => url.startsWith('file:///app/'),
    );
    expect([...registered.keys()].sort()).toEqual(requestNames.map(requestChannel).sort());
    expect(Object.keys(ipcRequests)).toEqual(requestNames);

    const frame = { url: 'file:///app/index.html#/player' };
    const trusted = { sender: { id: 7, mainFrame: frame }, senderFrame: frame };
    const handle = registered.get(requestChannel('closeWindow'))!;
    expect(await handle(trusted, undefined)).toBe('closeWindow');
    expect(handlers.closeWindow).toHaveBeenCalledWith(undefined, { webContentsId: 7 });

    const iframe = { url: 'file:///app/index.html' };
    expect(() => handle({ sender: { id: 7, mainFrame: frame }, senderFrame: iframe }, undefined)).toThrow(
      /not one of Unhunch's own pages/,
    );
    const remote = { url: 'https://example.com/' };
    expect(() => handle({ sender: { id: 7, mainFrame: remote }, senderFrame: remote }, undefined)).toThrow(
      /not one of Unhunch's own pages/,
    );
    expect(() => handle(trusted, { unexpected: true })).toThrow(/Invalid closeWindow request/);
  });
});
