/**
 * English texts without the language machinery, for tests and for code that speaks before a language is
 * chosen. Not for windows: importing this puts the English catalog into the importing chunk.
 */
import { translator, type Area, type Translate } from './catalog';
import english from './catalogs/en';

export const englishText = <A extends Area>(area: A): Translate<A> => translator(() => english, area);
