/**
 * What start-up finds on disk, as a table: each row sets up settings.json or history.json in a fresh
 * user-data folder, and the store must come up (on defaults or on what it could read), keep the
 * original aside where it can, and say so in one notice. To add a case, add a row.
 *
 * The real electron-store and conf, on a temporary directory, as in electron-store-port.test.ts.
 */
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
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
const { fixedOffsetCalendar, MAX_RECENT_RECORDS } = await import('../../../src/shared/history');

const NOW = new Date('2025-03-04T10:20:30.456Z');
const now = () => NOW;
const isRoot = process.getuid?.() === 0;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unhunch-adversarial-'));
  electron.userData = dir;
});
afterEach(() => {
  // A case may leave a file the test cannot remove (mode 0000, a read-only folder).
  try {
    chmodSync(dir, 0o700);
  } catch {
    // Already gone.
  }
  rmSync(dir, { recursive: true, force: true });
});

/** Root reads a mode-0000 file anyway; there the read is made to fail as it does for everyone else. */
function refuseReading(path: string): void {
  chmodSync(path, 0o000);
  if (!isRoot) return;
  const readFileSync = fs.readFileSync;
  const copyFileSync = fs.copyFileSync;
  // Only while the file is still there with mode 0000: the fresh file written in its place is readable.
  const locked = (file: unknown) =>
    file === path && (fs.statSync(path, { throwIfNoEntry: false })?.mode ?? 0o777) % 0o1000 === 0;
  const denied = () =>
    Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
  vi.spyOn(fs, 'readFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (locked(file)) throw denied();
    return (readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync);
  vi.spyOn(fs, 'copyFileSync').mockImplementation(((from: fs.PathLike, ...rest: unknown[]) => {
    if (locked(from)) throw denied();
    return (copyFileSync as (...args: unknown[]) => unknown)(from, ...rest);
  }) as typeof fs.copyFileSync);
}

function deeplyNested(depth: number): string {
  return `{"settings":${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

type Name = 'settings' | 'history';

interface FileCase {
  name: string;
  file: Name;
  /** Puts the hostile thing at `path` (the store's file) inside `dir`. */
  setup(path: string): void;
  /** The notice the user gets. */
  notice: RegExp;
  /** Whether the original is kept aside under a backup name (false: it cannot be, or is left alone). */
  keptAside: boolean;
}

const fileCases: FileCase[] = [
  {
    name: 'settings.json is a directory',
    file: 'settings',
    setup: (path) => mkdirSync(join(path, 'inside'), { recursive: true }),
    notice: /settings file could not be read.*kept as .*settings\.corrupt-/,
    keptAside: true,
  },
  {
    name: 'history.json is a directory',
    file: 'history',
    setup: (path) => mkdirSync(path),
    notice: /history file could not be read.*kept as .*history\.corrupt-/,
    keptAside: true,
  },
  {
    name: 'settings.json is a symlink loop',
    file: 'settings',
    setup: (path) => {
      symlinkSync(join(dir, 'loop-b'), path);
      symlinkSync(path, join(dir, 'loop-b'));
    },
    notice: /settings file could not be read/,
    keptAside: true,
  },
  {
    name: 'settings.json has mode 0000',
    file: 'settings',
    setup: (path) => {
      writeFileSync(path, JSON.stringify(defaultSettingsDocument()));
      refuseReading(path);
    },
    notice: /settings file could not be read.*kept as/,
    keptAside: true,
  },
  {
    name: 'settings.json nests 5,000 deep',
    file: 'settings',
    setup: (path) => writeFileSync(path, deeplyNested(5_000)),
    notice: /settings file could not be read.*kept as .*settings\.corrupt-/,
    keptAside: true,
  },
  {
    name: 'history.json nests 100,000 deep',
    file: 'history',
    setup: (path) => writeFileSync(path, `{"breaks":${deeplyNested(100_000)}}`),
    notice: /history file could not be read.*kept as .*history\.corrupt-/,
    keptAside: true,
  },
  {
    // Opening a FIFO for reading waits for a writer that never comes: start-up would hang for good.
    name: 'settings.json is a FIFO',
    file: 'settings',
    setup: (path) => execFileSync('mkfifo', [path]),
    notice: /settings file could not be read.*kept as .*settings\.corrupt-/,
    keptAside: true,
  },
];

function open(file: Name) {
  if (file === 'settings') return new SettingsStore(new ElectronStorePort({ name: 'settings', now }));
  const port = new ElectronStorePort({ name: 'history', format: 'compact', now });
  return new HistoryStore({ port, now, calendar: fixedOffsetCalendar(0) });
}

describe.skipIf(process.platform === 'win32')('start-up survives what it finds on disk', () => {
  it.each(fileCases)('$name: starts on defaults, keeps it aside, tells the user once', (row) => {
    const path = join(dir, `${row.file}.json`);
    row.setup(path);
    const started = performance.now();
    const store = open(row.file);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(store.notice).toMatch(row.notice);
    expect(store.readOnly).toBe(false);
    const aside = readdirSync(dir).filter((name) => name.startsWith(`${row.file}.corrupt-`));
    expect(aside).toHaveLength(row.keptAside ? 1 : 0);
    // The path now holds a good file, so the next start is quiet.
    expect(lstatSync(path).isFile()).toBe(true);
    vi.restoreAllMocks();
    expect(open(row.file).notice).toBeUndefined();
  });

  it('removes leftover temporary files of interrupted writes, and nothing else', () => {
    const leftovers = ['settings.json.tmp-1741083630abcdef', 'history.json.tmp-17410836301a2b3c'];
    for (const name of [...leftovers, 'notes.json.tmp-1741083630abcdef', 'settings.json'])
      writeFileSync(
        join(dir, name),
        name === 'settings.json' ? JSON.stringify(defaultSettingsDocument()) : '{',
      );
    open('settings');
    open('history');
    expect(readdirSync(dir).sort()).toEqual([
      'history.json',
      'notes.json.tmp-1741083630abcdef',
      'settings.json',
    ]);
  });

  it('says once that changes will not be saved when the user-data folder cannot be written', () => {
    // A folder under a file cannot be created by anyone, root included (a mode-0555 folder binds only others).
    writeFileSync(join(dir, 'a-file'), '');
    electron.userData = join(dir, 'a-file', 'Unhunch');
    const store = open('settings') as InstanceType<typeof SettingsStore>;
    expect(store.notice).toMatch(/cannot save .*changes will not be saved/i);
    expect(store.readOnly).toBe(true);
    const started = performance.now();
    for (let i = 0; i < 3; i++)
      expect(store.update({ preferences: { theme: i % 2 ? 'dark' : 'light' } }).ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(300);
  });

  it('keeps a copy and tells the user before rolling up a history larger than the cap', () => {
    const breaks = Array.from({ length: MAX_RECENT_RECORDS + 500 }, (_, i) => ({
      at: new Date(NOW.getTime() - (MAX_RECENT_RECORDS + 500 - i) * 60_000).toISOString(),
      kind: 'micro',
      outcome: 'completed',
    }));
    const original = JSON.stringify({
      schemaVersion: 1,
      breaks,
      activeMinutes: {},
      painCheckIns: [],
      daily: [],
    });
    writeFileSync(join(dir, 'history.json'), original);
    const history = open('history') as InstanceType<typeof HistoryStore>;
    const kept = readdirSync(dir).filter((name) => name.startsWith('history.') && name !== 'history.json');
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0]!), 'utf8')).toBe(original);
    expect(history.notice).toMatch(/summarised.*kept as/);
    expect(history.history.breaks.length).toBeLessThanOrEqual(MAX_RECENT_RECORDS);
    expect(existsSync(join(dir, 'history.json'))).toBe(true);
  });
});
