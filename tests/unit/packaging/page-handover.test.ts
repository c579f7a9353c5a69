import { afterEach, describe, expect, it } from 'vitest';
import { handOverExports, takeOverImports } from '../../../bundling/page-handover';

const registry = Symbol.for('unhunch:page-exports');
const run = (code: string): Promise<Record<string, unknown>> =>
  import(`data:text/javascript,${encodeURIComponent(code)}`) as Promise<Record<string, unknown>>;

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[registry];
});

describe("a page's script hands its bindings to the chunks it loads later", () => {
  it('puts each export on the registry under its exported name, read when asked for', async () => {
    const page = handOverExports(
      'let count=1;function bump(){count++}const label=`Start`;export{count as c,bump as "$",label};',
    );
    expect(page).not.toMatch(/\bexport\b/);
    await run(page);
    const handed = (globalThis as Record<symbol, Record<string, unknown>>)[registry]!;
    expect(Object.keys(handed).sort()).toEqual(['$', 'c', 'label']);
    (handed['$'] as () => void)();
    expect(handed['c']).toBe(2);
    expect(Object.isFrozen(handed)).toBe(true);
  });

  it("reads the chunk's imports of the page off the registry and leaves its other imports alone", async () => {
    await run(handOverExports('const a=2,b=()=>3;export{a as x,b as y,a as default};'));
    const chunk = takeOverImports(
      'import{x as q,y as r}from"../player-abc.js";import d,*as all from"../player-abc.js";import{z}from"./other.js";export const out=()=>[q,r(),d,all.x,z];',
      'assets/own-editing.js',
      'player-abc.js',
    );
    expect(chunk).toContain('import{z}from"./other.js";');
    expect(chunk).not.toContain('player-abc.js');
    const other = `data:text/javascript,${encodeURIComponent('export const z=4;')}`;
    const { out } = await run(chunk.replace('./other.js', other));
    expect((out as () => unknown[])()).toEqual([2, 3, 2, 2, 4]);
  });

  it('leaves imports of files other than the page as they are', () => {
    const code = 'import{x}from"./player-abc.js";import{y}from"../assets/player-abc.js";x(y);';
    expect(takeOverImports(code, 'assets/own-editing.js', 'player-abc.js')).toBe(code);
  });

  it('refuses an export it cannot hand over, naming it', () => {
    for (const code of ['export default 1;', 'export * from "./x.js";', 'export const a = 1;'])
      expect(() => handOverExports(code), code).toThrow(/page handover: .*cannot hand over/);
  });
});
