/**
 * Every icon comes from one drawing: the committed files must be exactly what scripts/make-icons.mjs
 * draws, so a change to the drawing that forgets to regenerate one platform's icon fails here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'unhunch-icons-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const files = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();

describe('scripts/make-icons.mjs', () => {
  it('draws the committed icons, byte for byte', () => {
    execFileSync(process.execPath, [join(root, 'scripts/make-icons.mjs')], { cwd: work });
    const drawn = [...files(join(work, 'resources')).map((file) => `resources/${file}`)].concat(
      files(join(work, 'packaging/icons')).map((file) => `packaging/icons/${file}`),
    );
    expect(drawn).toEqual(
      expect.arrayContaining([
        'resources/icon.png',
        'resources/trayTemplate.png',
        'resources/trayTemplate@2x.png',
        'packaging/icons/icon.icns',
        'packaging/icons/icon.ico',
        'packaging/icons/linux/512x512.png',
      ]),
    );
    for (const file of drawn) {
      expect(readFileSync(join(work, file)).equals(readFileSync(join(root, file))), file).toBe(true);
    }
  }, 60_000);

  it('writes icon containers that name their images as the platforms read them', () => {
    const ico = readFileSync(join(root, 'packaging/icons/icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => ico[6 + 16 * index] || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 256]);

    const icns = readFileSync(join(root, 'packaging/icons/icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      types.push(icns.toString('latin1', at, at + 4));
      // Each element is a whole PNG.
      expect(icns.subarray(at + 8, at + 12).toString('latin1')).toBe('\x89PNG');
    }
    expect(types).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10', 'ic14']));
  });
});
