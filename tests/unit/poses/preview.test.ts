/**
 * Not a check: with POSE_PREVIEW=1 this writes /tmp/poses.html, every library pose as an SVG with its id
 * and any validation problems, for screenshotting while drawing poses.
 *   POSE_PREVIEW=1 npx vitest run tests/unit/poses/preview.test.ts
 */
import { writeFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { altText } from '../../../src/shared/poses/alt-text';
import { poses } from '../../../src/shared/poses/library';
import { poseToSvg } from '../../../src/shared/poses/svg';
import { validatePose } from '../../../src/shared/poses/validate';

describe.skipIf(!process.env.POSE_PREVIEW)('pose preview', () => {
  it('writes /tmp/poses.html', () => {
    const filter = process.env.POSE_PREVIEW === '1' ? '' : (process.env.POSE_PREVIEW ?? '');
    const cells = Object.entries(poses)
      .filter(([id]) => new RegExp(filter).test(id))
      .map(([id, pose]) => {
        const problems = validatePose(pose)
          .map((p) => `<li>${p.message}</li>`)
          .join('');
        return `<figure><div class="svg">${poseToSvg(pose, altText(pose))}</div><figcaption>${id}<ul>${problems}</ul></figcaption></figure>`;
      });
    const dark = process.env.POSE_DARK ? 'body{background:#1e1e24;color:#e6e6ea}' : '';
    writeFileSync(
      '/tmp/poses.html',
      `<!doctype html><meta charset="utf-8"><style>body{font:12px sans-serif;margin:8px;color:#223;display:grid;grid-template-columns:repeat(4,1fr);gap:6px}${dark}figure{margin:0;border:1px solid #ccd}.svg svg{width:100%;display:block}figcaption{padding:2px 4px}li{color:#c00}</style>${cells.join('')}`,
    );
  });
});
