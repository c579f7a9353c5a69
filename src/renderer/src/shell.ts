/**
 * Mounts the window's view once its code and texts are in. Each window shows one view for its whole
 * life (main opens a new window for another), so there is no router. `boot.ts` read the language from
 * the URL and has already asked for its texts; `useAreas` gets the same load.
 */
import { mount, type Component } from 'svelte';
import type { ViewName } from '../../shared/views';
import { locale } from './boot';
import { startIn, useAreas, useLocale } from './i18n/locale.svelte';
import { showFirstFrame } from './prerendered';
import { areas } from './view-areas';

/** Shows `view`, whose component `load` gives: a view page has it at hand, the dev server loads it. */
export function showView(view: ViewName, load: () => Promise<{ default: Component }>): void {
  const target = document.getElementById('app') as HTMLElement;
  startIn(locale);
  // A language main switches to later replaces the texts under the open view, which is not mounted
  // afresh (the player would lose its place).
  window.unhunch?.on('localeChanged', (next) => void useLocale(next));

  // A break or settings window shows main's rendering of its view at once (`prerendered.ts`): building
  // the view was most of the window's load. The live view, built behind it, starts from the same data.
  const firstFrame = showFirstFrame(view, target);

  Promise.all([load(), useAreas(areas[view]), firstFrame])
    .then(([module, , first]) => {
      mount(module.default, { target, props: first ? { firstFrame: first.frame } : {} });
      first?.shown.takeOver();
    })
    // A view that failed to mount must not leave a first frame that looks like it works.
    .catch((error: unknown) => showFailure(target, error));
}

function showFailure(target: HTMLElement, error: unknown): void {
  // Said in English: the texts may be what failed to load.
  const main = document.createElement('main');
  const title = document.createElement('h1');
  title.textContent = 'Something went wrong';
  const detail = document.createElement('p');
  detail.textContent = String(error);
  main.append(title, detail);
  target.replaceChildren(main);
}
