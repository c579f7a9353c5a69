import { describe, expect, it } from 'vitest';
import { localizePose, type ContentText } from '../../../src/shared/i18n/content';
import { englishText } from '../../../src/shared/i18n/english';
import { pseudoBundle } from '../../../src/shared/i18n/pseudo-bundle';
import { translator, type Messages } from '../../../src/shared/i18n/catalog';
import { figure as japaneseFigure } from '../../../src/shared/i18n/catalogs/ja/figure';
import { altText } from '../../../src/shared/poses/alt-text';
import type { Pose } from '../../../src/shared/poses/pose-types';
import { poses } from '../../../src/shared/poses/library';

const t = englishText('figure');
const base = poses['chin-tuck/tucked']!;

describe('figure alt text', () => {
  it('says the view, the working parts as a list, the arrows, the side and the hold', () => {
    const pose: Pose = {
      ...base,
      view: 'front',
      description: 'standing tall',
      highlight: ['neck', 'shoulderL', 'shoulderR'],
      arrows: [{ ...base.arrows![0]!, label: 'the shoulders roll back' }],
    };
    expect(altText(t, 'en', pose, { text: 'x', side: 'left', holdSeconds: 1 })).toBe(
      'Figure seen from the front: standing tall. Working: neck, left shoulder, and right shoulder. ' +
        'Arrow: the shoulders roll back. Left side. Hold for 1 second.',
    );
  });

  it('names a part once and keeps a full stop the description already has', () => {
    const pose: Pose = { ...base, description: 'seated.', highlight: ['neck', 'neck'], arrows: [] };
    expect(altText(t, 'en', pose)).toBe('Figure seen from the side: seated. Working: neck.');
  });

  it('does not call a drawing "seen from the front" when its description says it is seen from above', () => {
    const above = poses['childs-pose-reach/hands-to-right']!;
    expect(above.view).toBe('front');
    const text = altText(t, 'en', above);
    expect(text).toMatch(/^Child's pose seen from above: /);
    expect(text).not.toMatch(/seen from the front/);
  });

  it('speaks the language of its words and of the localized pose', () => {
    const bundle = pseudoBundle();
    const pseudo = translator(() => bundle, 'figure');
    const pose = localizePose('chin-tuck/tucked', base, bundle.content as ContentText);
    const text = altText(pseudo, bundle.locale, pose, { text: 'x', holdSeconds: 5 });
    expect(text).not.toMatch(/Figure|Working|Arrow|Hold/);
    expect(text).toContain(pose.description);
    expect(pose.description).not.toBe(base.description);
  });

  it('runs Japanese sentences together, as Japanese is written, with no space after a full stop', () => {
    const messages = { figure: japaneseFigure } as unknown as Messages;
    const ja = translator(() => ({ locale: 'ja', messages }), 'figure');
    const text = altText(ja, 'ja', { ...base, view: 'side' }, { text: 'x', side: 'left', holdSeconds: 5 });
    expect(text).toContain('。');
    expect(text).not.toMatch(/。 /);
  });
});
