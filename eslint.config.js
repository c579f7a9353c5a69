import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Main-process-only Electron modules: importing them where they cannot run is a bug, not a style issue. */
const electronOutsideMain = {
  paths: [{ name: 'electron', message: 'Only src/main, src/preload and tests/fakes may touch Electron.' }],
};

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/results/',
      'build/',
      '.flatpak-builder/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,svelte}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Main type-checks with the DOM's types, for the page's components it renders windows' first frames
    // with (player-first-frame.ts, settings-first-frame.ts); there is no DOM in main to use.
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'location', 'localStorage', 'requestAnimationFrame'].map(
          (name) => ({
            name,
            message: 'Main has no DOM: these are only typed for the components it renders.',
          }),
        ),
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // "common" code: pure logic that must run anywhere, the engine included.
    files: [
      'src/shared/**/*.ts',
      'src/renderer/**/*.{ts,svelte}',
      'src/main/engine/**/*.ts',
      'src/main/moments/**/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', electronOutsideMain] },
  },
  {
    // The rest of main is plain TypeScript on injected ports; only these adapters may reach Electron
    // itself (types are fine anywhere in main: they describe the ports).
    files: ['src/main/**/*.ts'],
    ignores: [
      'src/main/index.ts',
      'src/main/windows.ts',
      'src/main/tray.ts',
      'src/main/persistence/electron-store-port.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only the thin adapters (index, windows, tray, electron-store-port) touch Electron.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
