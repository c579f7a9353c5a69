/**
 * A page's script written into the page has no URL, so a chunk loaded later cannot import from it. The
 * library's forms chunk needs the page script's bindings (Svelte's runtime among them: a second copy
 * would not share its reactivity), so the page hands them over itself: its `export { … }` becomes an
 * object of getters on a registry only our code knows the key of, and the chunk's import of the page
 * becomes a read of that object.
 *
 * The chunk reads each binding once, when it runs: a chunk runs only on the user's request, long after
 * the page's script has run and mounted its view, and the page's exports are functions and values set
 * once by then (Svelte's `$window` at the first mount), never changed later.
 */
import { posix } from 'node:path';
import { parseAst } from 'vite';

/** The registry's key: a global symbol, so no page global of ours or anyone's can collide with it. */
const REGISTRY = 'globalThis[Symbol.for("unhunch:page-exports")]';

interface Span {
  start: number;
  end: number;
}

function replaceSpans(code: string, replacements: (Span & { text: string })[]): string {
  let out = code;
  for (const { start, end, text } of [...replacements].sort((a, b) => b.start - a.start))
    out = out.slice(0, start) + text + out.slice(end);
  return out;
}

type Node = Span & {
  type: string;
  source?: { value: string } | null;
  declaration?: unknown;
  specifiers?: {
    type: string;
    local: { name: string };
    imported?: { name?: string; value?: string };
    exported?: { name?: string; value?: string };
  }[];
};

const nameOf = (id: { name?: string; value?: string } | undefined): string => id?.name ?? id?.value ?? '';

/** The page's script with its exports handed to the registry rather than exported. */
export function handOverExports(code: string): string {
  const body = parseAst(code).body as unknown as Node[];
  const replacements = body.flatMap((node) => {
    if (!node.type.startsWith('Export')) return [];
    if (node.type !== 'ExportNamedDeclaration' || node.declaration || node.source)
      throw new Error(`page handover: the page's script has an export it cannot hand over (${node.type})`);
    const getters = (node.specifiers ?? []).map(
      (specifier) => `get ${JSON.stringify(nameOf(specifier.exported))}(){return ${specifier.local.name}}`,
    );
    return [{ start: node.start, end: node.end, text: `${REGISTRY}=Object.freeze({${getters.join(',')}});` }];
  });
  return replaceSpans(code, replacements);
}

/** A chunk's code with each import of the page's script (`pageFile`, from the output folder) read off the registry. */
export function takeOverImports(code: string, chunkFile: string, pageFile: string): string {
  const body = parseAst(code).body as unknown as Node[];
  const replacements = body.flatMap((node) => {
    if (node.type !== 'ImportDeclaration' || !node.source?.value.startsWith('.')) return [];
    const target = posix.join(posix.dirname(chunkFile), node.source.value);
    if (target !== pageFile) return [];
    const specifiers = node.specifiers ?? [];
    const named = specifiers.flatMap((specifier) =>
      specifier.type === 'ImportNamespaceSpecifier'
        ? []
        : [
            `${JSON.stringify(specifier.type === 'ImportDefaultSpecifier' ? 'default' : nameOf(specifier.imported))}:${specifier.local.name}`,
          ],
    );
    const text = [
      ...(named.length > 0 ? [`const{${named.join(',')}}=${REGISTRY};`] : []),
      ...specifiers
        .filter((specifier) => specifier.type === 'ImportNamespaceSpecifier')
        .map((specifier) => `const ${specifier.local.name}=${REGISTRY};`),
    ].join('');
    return [{ start: node.start, end: node.end, text }];
  });
  return replaceSpans(code, replacements);
}
