import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { inlinable } from '../../../bundling/view-pages';

/** A page's build output: its entry script, its stylesheet and the chunks it loads later. */
function bundle(options: { code?: string; css?: string; chunks?: Partial<Rollup.OutputChunk>[] } = {}): {
  script: Rollup.OutputChunk;
  bundle: Rollup.OutputBundle;
} {
  const chunk = (fields: Partial<Rollup.OutputChunk>) =>
    ({
      type: 'chunk',
      imports: [],
      dynamicImports: [],
      isEntry: false,
      code: '',
      ...fields,
    }) as Rollup.OutputChunk;
  const script = chunk({
    fileName: 'player-abc.js',
    isEntry: true,
    code: options.code ?? 'document.title = "Unhunch";',
    dynamicImports: ['assets/drawing-kit-def.js'],
  });
  const output: Rollup.OutputBundle = {
    [script.fileName]: script,
    'assets/player-abc.css': {
      type: 'asset',
      fileName: 'assets/player-abc.css',
      source: options.css ?? 'main{color:red}',
    } as Rollup.OutputAsset,
  };
  for (const fields of options.chunks ?? [{ fileName: 'assets/drawing-kit-def.js' }]) {
    output[fields.fileName!] = chunk(fields);
  }
  return { script, bundle: output };
}

const styles = ['assets/player-abc.css'];

describe('a page carries its script and stylesheet (inlinable)', () => {
  it('when no chunk imports the script and neither text could end its element', () => {
    const page = bundle();
    expect(inlinable(page.script, styles, page.bundle)).toBe(true);
  });

  it('when a chunk loaded later imports from the script: the page hands its bindings over', () => {
    const page = bundle({
      chunks: [{ fileName: 'assets/own-editing.js', imports: ['player-abc.js'] }],
    });
    expect(inlinable(page.script, styles, page.bundle)).toBe(true);
  });

  it('not when a chunk imports the script dynamically, which would fetch its file and run it again', () => {
    const page = bundle({
      chunks: [{ fileName: 'assets/own-editing.js', dynamicImports: ['player-abc.js'] }],
    });
    expect(inlinable(page.script, styles, page.bundle)).toBe(false);
  });

  it('not when a chunk that imports the script is one the script needs first, even through another', () => {
    const page = bundle({
      chunks: [
        { fileName: 'assets/shared.js', imports: ['assets/own-editing.js'] },
        { fileName: 'assets/own-editing.js', imports: ['player-abc.js'] },
      ],
    });
    page.script.imports = ['assets/shared.js'];
    expect(inlinable(page.script, styles, page.bundle)).toBe(false);
  });

  it('not when the script holds a script tag, nor the stylesheet a closing style tag', () => {
    const inScript = bundle({ code: 'const html = `</SCRIPT>`;' });
    expect(inlinable(inScript.script, styles, inScript.bundle)).toBe(false);
    const inStyle = bundle({ css: 'main::after{content:"</style>"}' });
    expect(inlinable(inStyle.script, styles, inStyle.bundle)).toBe(false);
  });

  it('not when the stylesheet names a file, which the page would look for in its own folder', () => {
    for (const css of ['@font-face{src:url(./inter-abc.woff2)}', 'main{background:url( "photo.png" )}']) {
      const page = bundle({ css });
      expect(inlinable(page.script, styles, page.bundle), css).toBe(false);
    }
    for (const css of ['main{background:url(data:image/png;base64,AA==)}', 'svg{mask:url("#fade")}']) {
      const page = bundle({ css });
      expect(inlinable(page.script, styles, page.bundle), css).toBe(true);
    }
  });
});
