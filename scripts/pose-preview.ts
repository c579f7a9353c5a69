/**
 * Writes every library pose as an SVG, with its id and any validation problems, to one HTML page for
 * review while drawing poses. Usage: npm run pose-preview -- [OUT.html] [ID-REGEX] [--dark]
 */
import { writeFileSync } from 'node:fs';
import { englishText } from '../src/shared/i18n/english';
import { altText } from '../src/shared/poses/alt-text';
import { poses } from '../src/shared/poses/library';
import { poseToSvg } from '../src/shared/poses/svg';
import { validatePose } from '../src/shared/poses/validate';

export function main(args: string[]): string {
  const dark = args.includes('--dark');
  const [out = '/tmp/poses.html', filter = ''] = args.filter((arg) => arg !== '--dark');
  const cells = Object.entries(poses)
    .filter(([id]) => new RegExp(filter).test(id))
    .map(([id, pose]) => {
      const problems = validatePose(pose)
        .map((problem) => `<li>${problem.message}</li>`)
        .join('');
      return `<figure><div class="svg">${poseToSvg(pose, altText(englishText('figure'), 'en', pose))}</div><figcaption>${id}<ul>${problems}</ul></figcaption></figure>`;
    });
  const theme = dark ? 'body{background:#1e1e24;color:#e6e6ea}' : '';
  writeFileSync(
    out,
    `<!doctype html><meta charset="utf-8"><style>body{font:12px sans-serif;margin:8px;color:#223;display:grid;grid-template-columns:repeat(4,1fr);gap:6px}${theme}figure{margin:0;border:1px solid #ccd}.svg svg{width:100%;display:block}figcaption{padding:2px 4px}li{color:#c00}</style>${cells.join('')}`,
  );
  return `${cells.length} poses written to ${out}`;
}
