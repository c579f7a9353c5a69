import { render } from 'svelte/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadDrawingKit } from '../../../src/renderer/src/figure/drawing-kit-loader';
import Figure from '../../../src/renderer/src/figure/Figure.svelte';
import type { UiLocale } from '../../../src/shared/i18n/locales';

/** Runes modules are outside the test type-check project: loaded at run time and described here. */
const localeModule = '../../../src/renderer/src/i18n/locale.svelte';
const { useAreas, useLocale } = (await import(/* @vite-ignore */ localeModule)) as {
  useAreas: (areas: readonly string[]) => Promise<void>;
  useLocale: (locale: UiLocale) => Promise<void>;
};

describe('Figure.svelte', () => {
  beforeAll(async () => {
    // The window's language, as the app loads it before any view; a server render has no document of its own.
    vi.stubGlobal('document', { documentElement: {} });
    await useLocale('en');
    await useAreas(['figure']);
    // As the views do (load-figure.ts): the pose library is a chunk of its own, loaded first.
    await loadDrawingKit();
  });

  it('renders the pose as a responsive, labelled SVG on first paint', () => {
    const { body } = render(Figure, { props: { pose: 'chin-tuck/tucked' } });
    expect(body).toContain('role="img"');
    expect(body).toMatch(/aria-label="Figure seen from the side: [^"]*chin/);
    expect(body).toContain('viewBox="0 0 240 200"');
    expect(body).toContain('<path');
    expect(body).toContain('var(--figure-highlight');
  });

  it('uses the given label as alt text', () => {
    const { body } = render(Figure, { props: { pose: 'plank/high-plank', label: 'Plank' } });
    expect(body).toContain('aria-label="Plank"');
  });

  it('describes the pose in the window’s language', async () => {
    await useLocale('en-XA');
    try {
      const { body } = render(Figure, { props: { pose: 'chin-tuck/tucked' } });
      const label = /aria-label="([^"]*)"/.exec(body)?.[1] ?? '';
      expect(label).toMatch(/^\[/);
      expect(label).not.toMatch(/Figure|Working|Arrow|chin/);
    } finally {
      await useLocale('en');
    }
  });
});
