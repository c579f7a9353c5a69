/** The pseudo-locale of every area, for main and the tests; a window makes only its own (`bundles.ts`). */
import type { LocaleBundle } from './catalog';
import { en } from './catalogs/en';
import { englishContent } from './english-content';
import { pseudoOf } from './pseudo';

let built: LocaleBundle | undefined;

/** Made on first use, not on import: main imports this module at every start and rarely needs it. */
export function pseudoBundle(): LocaleBundle {
  built ??= pseudoOf({ messages: en }, englishContent());
  return built;
}
