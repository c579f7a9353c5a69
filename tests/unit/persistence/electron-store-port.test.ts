/**
 * The real electron-store (and conf) on a temporary directory. electron-store imports `electron`; the
 * vitest config inlines electron-store so this mock reaches it. It needs `app.getPath`, `app.getVersion`
 * and `ipcMain.on` in the main process.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ userData: '' }));
vi.mock('electron', () => {
  const app = { getPath: () => electron.userData, getVersion: () => '0.1.0' };
  const ipcMain = { on: () => undefined };
  return { app, ipcMain, default: { app, ipcMain } };
});

const { ElectronStorePort } = await import('../../../src/main/persistence/electron-store-port');
const { SettingsStore } = await import('../../../src/main/persistence/settings-store');
const { HistoryStore } = await import('../../../src/main/persistence/history-store');
const { defaultSettingsDocument } = await import('../../../src/main/persistence/settings-document');
const { fixedOffsetCalendar } = await import('../../../src/shared/history');

const NOW = new Date('2025-03-04T10:20:30.456Z');
const now = () => NOW;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unhunch-store-'));
  electron.userData = dir;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files = () => readdirSync(dir).sort();
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const settingsPort = () => new ElectronStorePort({ name: 'settings', now });

describe('ElectronStorePort with the real electron-store', () => {
  it('uses the user-data directory, reports a first run as missing and writes pretty JSON', () => {
    const port = settingsPort();
    expect(port.path).toBe(join(dir, 'settings.json'));
    expect(port.read()).toEqual({ kind: 'missing' });
    const store = new SettingsStore(port);
    expect(store.notice).toBeUndefined();
    expect(files()).toEqual(['settings.json']);
    expect(JSON.parse(read('settings.json'))).toEqual(defaultSettingsDocument());
    expect(read('settings.json')).toContain('\n  "settings": {');
  });

  it('round-trips an update through the file', () => {
    new SettingsStore(settingsPort()).update({ preferences: { theme: 'dark' } });
    expect(new SettingsStore(settingsPort()).preferences.theme).toBe('dark');
  });

  it('keeps a corrupt JSON file as settings.corrupt-<time>.json and starts from defaults', () => {
    const garbage = '{"settings": {"strict": true,,,';
    writeFileSync(join(dir, 'settings.json'), garbage);
    const store = new SettingsStore(settingsPort());
    const backup = 'settings.corrupt-2025-03-04T10-20-30-456Z.json';
    expect(files()).toEqual([backup, 'settings.json']);
    expect(read(backup)).toBe(garbage);
    expect(JSON.parse(read('settings.json'))).toEqual(defaultSettingsDocument());
    expect(store.notice).toBe(
      `Your settings file could not be read, so Unhunch started with default settings. The unreadable file was kept as ${join(dir, backup)}.`,
    );
    // The next start finds a clean file: no second notice, no second backup.
    expect(new SettingsStore(settingsPort()).notice).toBeUndefined();
    expect(files()).toHaveLength(2);
  });

  it('treats valid JSON that is not an object (which conf would read as empty) as corrupt', () => {
    for (const text of ['[1, 2]', '42', 'null', '']) {
      writeFileSync(join(dir, 'settings.json'), text);
      const port = settingsPort();
      expect(port.read().kind).toBe('corrupt');
    }
  });

  it('resets one hand-edited field, keeps the others, keeps the original beside it, one notice', () => {
    const edited = {
      ...defaultSettingsDocument(),
      settings: { ...defaultSettingsDocument().settings, strict: true },
    };
    const text = JSON.stringify(edited, null, 2).replace(
      '"thresholdSeconds": 120',
      '"thresholdSeconds": "2 min"',
    );
    writeFileSync(join(dir, 'settings.json'), text);
    const store = new SettingsStore(settingsPort());
    expect(store.settings.idle.thresholdSeconds).toBe(120);
    expect(store.settings.strict).toBe(true);
    const backup = 'settings.invalid-2025-03-04T10-20-30-456Z.json';
    expect(files()).toEqual([backup, 'settings.json']);
    expect(read(backup)).toBe(text);
    expect(store.notice).toMatch(
      /^Some settings were invalid and were reset to defaults: settings\.idle\.thresholdSeconds\. /,
    );
    expect(JSON.parse(read('settings.json')).settings.strict).toBe(true);
  });

  it('never overwrites an earlier backup made in the same millisecond', () => {
    writeFileSync(join(dir, 'settings.json'), 'first');
    const port = settingsPort();
    const a = port.backup('corrupt');
    const b = port.backup('corrupt');
    expect(a).not.toBe(b);
    expect(b).toMatch(/-1\.json$/);
    expect(read('settings.json')).toBe('first');
  });

  it('refuses to write over an unreadable file that was not backed up', () => {
    writeFileSync(join(dir, 'settings.json'), 'garbage');
    expect(() => settingsPort().write({})).toThrow(/before it is backed up/);
    expect(read('settings.json')).toBe('garbage');
  });

  it('leaves a newer file byte for byte as it was', () => {
    const newer = JSON.stringify({ schemaVersion: 9, settings: { strict: true } });
    writeFileSync(join(dir, 'settings.json'), newer);
    const store = new SettingsStore(settingsPort());
    store.update({ settings: { strict: false } });
    expect(store.readOnly).toBe(true);
    expect(files()).toEqual(['settings.json']);
    expect(read('settings.json')).toBe(newer);
  });

  it('stores history compactly in history.json and recovers from a corrupt one', () => {
    writeFileSync(join(dir, 'history.json'), '{"breaks": [');
    const port = new ElectronStorePort({ name: 'history', format: 'compact', now });
    const history = new HistoryStore({ port, now, calendar: fixedOffsetCalendar(0) });
    expect(history.notice).toMatch(
      /^Your history file could not be read, so Unhunch started with an empty history\./,
    );
    expect(files()).toEqual(['history.corrupt-2025-03-04T10-20-30-456Z.json', 'history.json']);
    history.recordBreak({ kind: 'micro', outcome: 'completed', exercises: ['chin-tuck'] });
    expect(read('history.json')).not.toContain('\n');
    expect(JSON.parse(read('history.json')).breaks).toEqual([
      { at: NOW.toISOString(), kind: 'micro', outcome: 'completed', exercises: ['chin-tuck'] },
    ]);
  });
});
