import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Figure from '../../../src/renderer/src/figure/Figure.svelte';

describe('Figure.svelte', () => {
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
});
