/**
 * What a page may send as `updateSettings`, as a table: each row goes through the IPC contract's schema
 * and then the store, as main does, and must be refused with its path named and nothing changed. To add
 * a case, add a row. (Payloads arrive structured-cloned, so a Date or a Map arrives as one.)
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MemoryPort } from '../../../src/main/persistence/memory-port';
import { defaultSettingsDocument } from '../../../src/main/persistence/settings-document';
import { SettingsStore } from '../../../src/main/persistence/settings-store';
import { ipcRequests } from '../../../src/shared/ipc-contract';

function submit(payload: unknown): { ok: boolean; errors?: Record<string, string> } {
  const parsed = v.safeParse(ipcRequests.updateSettings.input, payload);
  if (!parsed.success)
    return { ok: false, errors: { [v.getDotPath(parsed.issues[0]) ?? '']: parsed.issues[0].message } };
  const store = new SettingsStore(new MemoryPort(defaultSettingsDocument()));
  const result = store.update(parsed.output as never);
  expect(store.document).toEqual(result.ok ? result.document : defaultSettingsDocument());
  return result;
}

const own = (key: string, value: unknown): Record<string, unknown> =>
  Object.defineProperty({}, key, { value, enumerable: true, configurable: true, writable: true });

const refused: { name: string; payload: unknown; path: string }[] = [
  { name: 'settings as an array', payload: { settings: [] }, path: 'settings' },
  { name: 'settings as a Date', payload: { settings: new Date(0) }, path: 'settings' },
  { name: 'settings as a Map', payload: { settings: new Map([['strict', true]]) }, path: 'settings' },
  { name: 'preferences as a Date', payload: { preferences: new Date(0) }, path: 'preferences' },
  { name: 'a group as a Map', payload: { settings: { microBreak: new Map() } }, path: 'settings.microBreak' },
  {
    name: 'an own __proto__ key',
    payload: { settings: own('__proto__', { strict: true }) },
    path: 'settings.__proto__',
  },
  { name: 'constructor', payload: { settings: { constructor: 1 } }, path: 'settings.constructor' },
  {
    name: 'toString in preferences',
    payload: { preferences: { toString: 'x' } },
    path: 'preferences.toString',
  },
  {
    name: 'hasOwnProperty in a group',
    payload: { settings: { idle: { hasOwnProperty: 1 } } },
    path: 'settings.idle.hasOwnProperty',
  },
  { name: 'an unknown key', payload: { settings: { walk: 3 } }, path: 'settings.walk' },
  {
    name: 'favourites longer than there are exercises',
    payload: { preferences: { favourites: Array.from({ length: 5_000 }, (_, i) => `id-${i}`) } },
    path: 'preferences.favourites',
  },
];

describe('updateSettings refuses what is not a plain settings object, and names the key', () => {
  it.each(refused)('$name', ({ payload, path }) => {
    const result = submit(payload);
    expect(result.ok).toBe(false);
    expect(Object.keys(result.errors ?? {})).toContain(path);
    expect(Object.prototype).not.toHaveProperty('strict');
  });

  it('checks a long list in linear time', () => {
    const favourites = Array.from({ length: 30_000 }, (_, i) => `id-${i % 900}`);
    const started = performance.now();
    const result = new SettingsStore(new MemoryPort(defaultSettingsDocument())).update({
      preferences: { favourites },
    });
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.ok).toBe(false);
  });
});
