/**
 * The page's components as main compiles them, to render windows' first frames
 * (src/main/player-first-frame.ts, settings-first-frame.ts): for the server, without their styles. A
 * component's styles, and a stylesheet it imports, are the page's already; main would only carry them.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { PluginOption } from 'vite';

const NO_STYLESHEET = '\0no-stylesheet';

export const serverComponents = (): PluginOption[] => [
  svelte({ emitCss: false, compilerOptions: { css: 'external' } }),
  {
    name: 'unhunch:no-stylesheets',
    enforce: 'pre',
    resolveId: (source) => (source.endsWith('.css') ? NO_STYLESHEET : null),
    load: (id) => (id === NO_STYLESHEET ? 'export {};' : null),
  },
];
