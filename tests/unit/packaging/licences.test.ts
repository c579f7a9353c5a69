import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { licenceNotices, packageDirOf } from '../../../bundling/licences';

describe('packageDirOf', () => {
  it('finds the package a bundled module comes from, scoped or not, on any platform', () => {
    expect(packageDirOf('/work/app/node_modules/svelte/src/internal/client/runtime.js')).toBe(
      '/work/app/node_modules/svelte',
    );
    expect(packageDirOf('/a/node_modules/@scope/pkg/dist/index.js?commonjs-es-import')).toBe(
      '/a/node_modules/@scope/pkg',
    );
    // The innermost package: a dependency npm nested under another.
    expect(packageDirOf('/a/node_modules/conf/node_modules/ajv/dist/ajv.js')).toBe(
      '/a/node_modules/conf/node_modules/ajv',
    );
    expect(packageDirOf('C:\\app\\node_modules\\valibot\\dist\\index.js')).toBe(
      'C:/app/node_modules/valibot',
    );
    expect(packageDirOf('\0/a/node_modules/svelte/src/index.js')).toBe('/a/node_modules/svelte');
  });

  it('leaves our own and virtual modules out', () => {
    expect(packageDirOf('/work/app/src/renderer/src/shell.ts')).toBeUndefined();
    expect(packageDirOf('\0unhunch:view-page/player')).toBeUndefined();
    expect(packageDirOf('\0rolldown/runtime.js')).toBeUndefined();
  });
});

describe('licenceNotices', () => {
  it('gives each package once, by name, with its version, licence and licence text', () => {
    const root = mkdtempSync(join(tmpdir(), 'unhunch-licences-'));
    const pkg = (name: string, manifest: object, files: Record<string, string> = {}) => {
      const dir = join(root, 'node_modules', name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, ...manifest }));
      for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
      return dir;
    };
    const zed = pkg(
      'zed',
      { version: '2.0.0', license: 'MIT' },
      { 'LICENSE.md': 'MIT License\n\nCopyright (c) Zed\n' },
    );
    const alpha = pkg('alpha', { version: '1.2.3', license: 'ISC' }, { license: 'ISC License, Alpha' });
    const bare = pkg('bare', { version: '0.1.0', license: 'BSD-3-Clause' }, { 'README.md': 'not a licence' });

    const notices = licenceNotices([zed, alpha, bare, zed]);

    expect(notices.match(/^(\S+) \S+ \(.*\)$/gm)).toEqual([
      'alpha 1.2.3 (ISC)',
      'bare 0.1.0 (BSD-3-Clause)',
      'zed 2.0.0 (MIT)',
    ]);
    expect(notices).toContain('ISC License, Alpha');
    expect(notices).toContain('MIT License\n\nCopyright (c) Zed');
    expect(notices).toContain('License: BSD-3-Clause');
    expect(notices).not.toContain('not a licence');
  });

  it('reads the real packages the pages bundle', () => {
    const notices = licenceNotices([join(process.cwd(), 'node_modules/svelte')]);
    expect(notices).toMatch(/^svelte \d+\.\d+\.\d+ \(MIT\)$/m);
    expect(notices).toContain('Permission is hereby granted');
  });
});
