import { englishText } from '../../../src/shared/i18n/english';
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
import { buildTrayMenu, type TrayCommand, type TrayMenuItem } from '../../../src/shared/tray-menu';

function menuCommands(items: readonly TrayMenuItem[]): TrayCommand[] {
  return items.flatMap((item) =>
    item.kind === 'command' ? [item.command] : item.kind === 'submenu' ? menuCommands(item.items) : [],
  );
}

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

  it('runs every command the tray menu offers, in every state', () => {
    const states = [false, true].flatMap((paused) =>
      [false, true].map((allowed) => ({
        headline: 'x',
        paused,
        canPostpone: allowed,
        canSkip: allowed,
      })),
    );
    const commands = states.flatMap((status) => menuCommands(buildTrayMenu(status, englishText('tray'))));
    expect(new Set(commands.map((command) => command.type)).size).toBe(9);
    for (const command of commands) {
      expect(parseRequestInput('runCommand', command)).toEqual({ ok: true, value: command });
    }
  });

  it('refuses a command the tray does not have', () => {
    for (const command of [
      { type: 'open-gallery' },
      { type: 'open-player' },
      { type: 'Quit' },
      { type: '' },
      { type: 7 },
      { type: null },
      {},
      'quit',
      ['quit'],
      null,
      undefined,
    ]) {
      expect(parseRequestInput('runCommand', command)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^Invalid runCommand request: /),
      });
    }
  });

  it('refuses a pause the menu does not offer', () => {
    const pause = (request: unknown) => parseRequestInput('runCommand', { type: 'pause', request }).ok;
    expect(pause({ kind: 'minutes', minutes: 60 })).toBe(true);
    expect(pause({ kind: 'tomorrow' })).toBe(true);
    expect(pause({ kind: 'indefinite' })).toBe(true);
    for (const minutes of [0, -30, 45, 59.5, 525_600, Number.NaN, Infinity, '60', null]) {
      expect(pause({ kind: 'minutes', minutes }), String(minutes)).toBe(false);
    }
    expect(pause({ kind: 'minutes' })).toBe(false);
    expect(pause({ kind: 'forever' })).toBe(false);
    expect(pause({ kind: 'tomorrow', minutes: 60 })).toBe(false);
    expect(pause(undefined)).toBe(false);
    expect(parseRequestInput('runCommand', { type: 'pause' }).ok).toBe(false);
  });

  it('refuses extra keys, prototype-polluting ones included, and hands on a clean copy', () => {
    const polluting = [
      '{"type":"quit","__proto__":{"polluted":true}}',
      '{"type":"quit","constructor":{"prototype":{"polluted":true}}}',
      '{"type":"quit","prototype":{"polluted":true}}',
      '{"type":"pause","request":{"kind":"tomorrow","__proto__":{"polluted":true}}}',
      '{"type":"pause","request":{"kind":"minutes","minutes":60,"constructor":{}}}',
      '{"type":"resume","extra":1}',
    ];
    for (const json of polluting) {
      // JSON.parse makes "__proto__" an own key, as a structured clone from a page would.
      expect(parseRequestInput('runCommand', JSON.parse(json)).ok, json).toBe(false);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

    const sent = { type: 'pause', request: { kind: 'minutes', minutes: 30 } };
    const parsed = parseRequestInput('runCommand', sent);
    expect(parsed).toEqual({ ok: true, value: sent });
    if (parsed.ok) expect(parsed.value).not.toBe(sent);
  });

  it('reads the status and the welcome information without input', () => {
    expect(parseRequestInput('getTrayStatus', undefined).ok).toBe(true);
    expect(parseRequestInput('getTrayStatus', {}).ok).toBe(false);
    expect(parseRequestInput('getWelcome', undefined).ok).toBe(true);
  });

  it('has no request per window or per command any more: runCommand is the one way in', () => {
    expect(requestNames).not.toContain('openView');
    expect(requestNames).not.toContain('startQuickStretch');
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
