import { describe, expect, it, vi } from 'vitest';
import { MemoryPort } from '../../../src/main/persistence/memory-port';
import {
  defaultSettingsDocument,
  SETTINGS_SCHEMA_VERSION,
} from '../../../src/main/persistence/settings-document';
import { SettingsStore } from '../../../src/main/persistence/settings-store';
import type { BackupReason } from '../../../src/main/persistence/storage-port';

describe('SettingsStore loading', () => {
  it('starts from defaults on a first run and writes them for the user to find', () => {
    const port = new MemoryPort();
    const store = new SettingsStore(port);
    expect(store.document).toEqual(defaultSettingsDocument());
    expect(store.notice).toBeUndefined();
    expect(port.document).toEqual(defaultSettingsDocument());
    expect(port.backups.size).toBe(0);
  });

  it('leaves a clean current file alone: no write, no backup, no notice', () => {
    const port = new MemoryPort(defaultSettingsDocument());
    new SettingsStore(port);
    expect(port.writes).toBe(0);
    expect(port.backups.size).toBe(0);
  });

  it('resets a hand-edited wrong type in one field, keeps the rest, backs up and says so once', () => {
    const file = defaultSettingsDocument();
    const edited = {
      ...file,
      settings: {
        ...file.settings,
        microBreak: { ...file.settings.microBreak, everyMinutes: 'twenty' },
        strict: true,
      },
    };
    const original = JSON.stringify(edited);
    const port = new MemoryPort(original);
    const store = new SettingsStore(port);
    expect(store.settings.microBreak.everyMinutes).toBe(20);
    expect(store.settings.strict).toBe(true);
    expect([...port.backups.values()]).toEqual([original]);
    expect(store.notice).toBe(
      'Some settings were invalid and were reset to defaults: settings.microBreak.everyMinutes. Your old file was kept as settings.invalid-0.json.',
    );
    expect(port.document).toEqual(store.document);
  });

  it('names at most five fields in its one notice', () => {
    const port = new MemoryPort({ schemaVersion: 2, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 });
    const store = new SettingsStore(port);
    expect(store.notice).toMatch(/: a, b, c, d, e and 2 more\./);
  });

  it('backs up garbage, starts from defaults and replaces the file only after the copy', () => {
    const port = new MemoryPort('{"settings": {"strict": tru');
    const store = new SettingsStore(port);
    expect(store.document).toEqual(defaultSettingsDocument());
    expect([...port.backups.entries()]).toEqual([['settings.corrupt-0.json', '{"settings": {"strict": tru']]);
    expect(store.notice).toBe(
      'Your settings file could not be read, so Unhunch started with default settings. The unreadable file was kept as settings.corrupt-0.json.',
    );
    expect(port.document).toEqual(defaultSettingsDocument());
  });

  it('never writes over a file it could not back up', () => {
    const port = new MemoryPort('not json');
    port.backup = (_reason: BackupReason) => {
      throw new Error('disk full');
    };
    const store = new SettingsStore(port);
    expect(store.readOnly).toBe(true);
    expect(port.text).toBe('not json');
    expect(store.update({ settings: { strict: true } })).toMatchObject({ ok: true });
    expect(port.text).toBe('not json');
    expect(store.notice).toMatch(/could not be read or copied/);
  });

  it('migrates a v1 file silently, keeping a pre-migration copy', () => {
    const v1 = JSON.stringify({ settings: { strict: true }, favourites: ['plank'], sound: false });
    const port = new MemoryPort(v1);
    const store = new SettingsStore(port);
    expect(store.notice).toBeUndefined();
    expect(store.preferences).toMatchObject({ favourites: ['plank'], sounds: false });
    expect([...port.backups.entries()]).toEqual([['settings.pre-migration-0.json', v1]]);
    expect(port.document).toMatchObject({
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      preferences: { favourites: ['plank'] },
    });
  });

  it('runs a newer file with defaults in memory, and never writes over it', () => {
    const newer = JSON.stringify({ schemaVersion: 7, settings: { strict: true }, hologram: {} });
    const port = new MemoryPort(newer);
    const store = new SettingsStore(port);
    expect(store.readOnly).toBe(true);
    expect(store.settings.strict).toBe(false);
    expect(store.notice).toMatch(/newer version of Unhunch/);
    expect(store.update({ settings: { strict: true } })).toMatchObject({ ok: true });
    expect(store.settings.strict).toBe(true);
    expect(port.text).toBe(newer);
    expect(port.writes).toBe(0);
  });
});

describe('SettingsStore.update', () => {
  it('persists a valid patch, merging settings groups', () => {
    const port = new MemoryPort(defaultSettingsDocument());
    const store = new SettingsStore(port);
    const result = store.update({
      settings: { microBreak: { everyMinutes: 30 } },
      preferences: { theme: 'dark' },
    });
    expect(result.ok).toBe(true);
    expect(store.settings.microBreak).toEqual({ enabled: true, everyMinutes: 30, durationSeconds: 40 });
    expect(store.preferences.theme).toBe('dark');
    expect(port.document).toEqual(store.document);
  });

  it('rejects an invalid patch with a message per field and writes nothing', () => {
    const port = new MemoryPort(defaultSettingsDocument());
    const store = new SettingsStore(port);
    const result = store.update({
      settings: { microBreak: { everyMinutes: 0 }, workingHours: { start: '25:00' } },
      preferences: { location: 'beach' as 'desk', favourites: ['ok-id'] },
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        'settings.microBreak.everyMinutes': 'must be at least 1 min',
        'settings.workingHours.start': 'must be "HH:MM" between 00:00 and 24:00',
        'preferences.location': 'must be one of "desk", "floor"',
      },
    });
    expect(port.writes).toBe(0);
    expect(store.document).toEqual(defaultSettingsDocument());
  });

  it('rejects unknown keys and malformed rotation', () => {
    const store = new SettingsStore(new MemoryPort(defaultSettingsDocument()));
    const result = store.update({
      settings: { microBreak: { every: 5 } } as never,
      rotation: { shown: [1] } as never,
    });
    expect(result).toMatchObject({
      ok: false,
      errors: { 'settings.microBreak.every': 'is not a known setting', rotation: expect.any(String) },
    });
  });

  it('notifies subscribers of a change with the old and new document, once, and not for a no-op', () => {
    const store = new SettingsStore(new MemoryPort(defaultSettingsDocument()));
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.update({ settings: { strict: true } });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0].settings.strict).toBe(true);
    expect(listener.mock.calls[0]?.[1].settings.strict).toBe(false);
    store.update({ settings: { strict: true } });
    store.update({ settings: { strict: 'maybe' } as never });
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.update({ settings: { strict: false } });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('reports a failed write and keeps the previous document', () => {
    const port = new MemoryPort(defaultSettingsDocument());
    const store = new SettingsStore(port);
    port.write = () => {
      throw new Error('EACCES');
    };
    expect(store.update({ settings: { strict: true } })).toEqual({
      ok: false,
      errors: { '': 'Could not save settings: EACCES' },
    });
    expect(store.settings.strict).toBe(false);
  });

  it('hands out copies, so callers cannot change the store behind its back', () => {
    const store = new SettingsStore(new MemoryPort());
    store.settings.microBreak.everyMinutes = 99;
    store.document.preferences.favourites.push('plank');
    expect(store.document).toEqual(defaultSettingsDocument());
  });
});
