/**
 * The pseudo-locale: every English text accented and about 40 % longer, inside brackets. A layout that
 * survives it survives German and French; a bracket cut off or a plain-ASCII word on screen shows a
 * clipped control or a string that skipped the catalog.
 */
import type { LocaleBundle, Messages } from './catalog';
import type { ContentText } from './content';
import type { Message, Plural } from './message-format';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index]!,
  ]),
);

const FILLER = 'ŀöŕéɱ îþšûɱ đöŀöŕ šîţ àɱéţ çöñšéçţéţûŕ àđîþîšçîñĝ éŀîţ šéđ đö éîûšɱöđ ţéɱþöŕ';

/** Accents the letters outside `{placeholders}` and pads the text by about 40 % with accented filler words. */
export function pseudoText(text: string): string {
  const accented = text
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? part : [...part].map((c) => ACCENTED[c] ?? c).join('')))
    .join('');
  const padLength = Math.ceil(text.length * 0.4);
  let pad = '';
  while (pad.length < padLength) pad += (pad ? ' ' : '') + FILLER;
  return `[${accented} ${pad.slice(0, padLength).trim()}]`;
}

const pseudoMessage = (message: Message): Message =>
  typeof message === 'string'
    ? pseudoText(message)
    : (Object.fromEntries(Object.entries(message).map(([k, v]) => [k, pseudoText(v as string)])) as Plural);

function mapTable<T extends Record<string, unknown>>(table: T, map: (value: T[keyof T]) => unknown): T {
  return Object.fromEntries(
    Object.entries(table).map(([key, value]) => [key, map(value as T[keyof T])]),
  ) as T;
}

function pseudoContent(content: ContentText): ContentText {
  const texts = (list: readonly string[] | undefined) => list?.map(pseudoText);
  return {
    exercises: mapTable(content.exercises, (e) => ({
      ...e,
      name: pseudoText(e.name),
      summary: pseudoText(e.summary),
      why: pseudoText(e.why),
      steps: texts(e.steps)!,
      ...(e.easier ? { easier: pseudoText(e.easier) } : {}),
      ...(e.caution ? { caution: pseudoText(e.caution) } : {}),
    })),
    routines: mapTable(content.routines, (r) => ({
      name: pseudoText(r.name),
      summary: pseudoText(r.summary),
    })),
    tips: mapTable(content.tips, (t) => ({
      title: pseudoText(t.title),
      body: pseudoText(t.body),
      ...(t.points ? { points: texts(t.points) } : {}),
    })),
    poses: mapTable(content.poses, (p) => ({
      description: pseudoText(p.description),
      ...(p.arrows ? { arrows: texts(p.arrows) } : {}),
    })),
    safetyAdvice: pseudoText(content.safetyAdvice),
  };
}

/**
 * The pseudo-locale of the English areas given, with the exercise texts: a window makes it from the
 * areas its view loaded, main from all of them (`pseudo-bundle.ts`).
 */
export function pseudoOf(english: Pick<LocaleBundle, 'messages'>, content: ContentText): LocaleBundle {
  const messages = mapTable(english.messages, (table) => mapTable(table, pseudoMessage)) as Messages;
  return { locale: 'en-XA', messages, content: pseudoContent(content) };
}
