/**
 * Our message format: plain strings with `{name}` placeholders, and plurals as an object of CLDR
 * categories picked with `Intl.PluralRules`. Placeholder names are read from the English text at the
 * type level, so `t('minutesLeft')` without `{ count }` or with a misspelt key fails `tsc`.
 */

export type PluralCategory = Intl.LDMLPluralRule;

/** A message that varies with `count`; `other` is required as CLDR's catch-all. */
export type Plural = { readonly other: string } & {
  readonly [C in Exclude<PluralCategory, 'other'>]?: string;
};

export type Message = string | Plural;

/** One area of the interface (the player, the tray…): a flat table of messages. */
export type MessageTable = Readonly<Record<string, Message>>;

type NamesIn<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | NamesIn<Rest>
  : never;

/** The placeholders a message takes (a plural always takes `count`). */
export type PlaceholderOf<M> = M extends string
  ? NamesIn<M>
  : M extends Plural
    ? 'count' | NamesIn<Extract<M[keyof M], string>>
    : never;

export type ParamValue = string | number;

/** The rest-parameter tuple of `t`: nothing for a plain message, one object naming every placeholder otherwise. */
export type ParamsOf<M> = [PlaceholderOf<M>] extends [never]
  ? []
  : [params: { readonly [N in PlaceholderOf<M>]: N extends 'count' ? number : ParamValue }];

/** The same table with every text widened to `string`: the shape each translation must have. */
export type Widened<T extends MessageTable> = {
  readonly [K in keyof T]: T[K] extends string ? string : Plural;
};

function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let value = cache.get(locale);
  if (value === undefined) {
    value = make();
    cache.set(locale, value);
  }
  return value;
}

let regional: readonly string[] = [];

/**
 * The user's own language tags (the system's, most preferred first), so that texts in English written for
 * a British user carry British dates, and Austrian German Austrian ones: the catalog is per language, the
 * formats are per region. Set once at start; caches keyed by UI locale are cleared.
 */
export function preferRegionalFormats(languages: readonly string[]): void {
  regional = languages.flatMap((tag) => {
    try {
      return Intl.getCanonicalLocales(tag.replace(/[.@].*$/, '').replace(/_/g, '-'));
    } catch {
      return [];
    }
  });
  for (const clear of cacheClearers) clear();
}

const cacheClearers = new Set<() => void>();

/** Registers a cache that depends on `intlLocale`, to be emptied when the regional preference changes. */
export function intlCache<T>(): Map<string, T> {
  const cache = new Map<string, T>();
  cacheClearers.add(() => cache.clear());
  return cache;
}

const language = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/**
 * The Intl locale for a UI locale: the user's own tag of that language where they have one (en-GB for
 * English), else the UI locale itself; the pseudo-locale formats as English does.
 */
export function intlLocale(locale: string): string {
  const base = locale === 'en-XA' ? 'en' : locale;
  return regional.find((tag) => language(tag) === language(base)) ?? base;
}

const pluralRules = intlCache<Intl.PluralRules>();
const numberFormats = intlCache<Intl.NumberFormat>();

export function pluralCategory(locale: string, count: number): PluralCategory {
  return cached(pluralRules, locale, () => new Intl.PluralRules(intlLocale(locale))).select(count);
}

/**
 * A window's first `Intl.NumberFormat` loads the number data, 15–25 ms of a break window's first frame,
 * for numbers like "step 2 of 5". Every language we ship writes a whole number below 1000 in plain ASCII
 * digits, in every region, unless the user's tag asks for another numbering system (`-u-nu-`), so those
 * skip it; the test compares them with `Intl` for each language and region.
 */
const plainDigits = (value: number, tag: string): boolean =>
  Number.isInteger(value) && value >= 0 && value < 1000 && !tag.includes('-u-');

export function formatNumber(locale: string, value: number): string {
  const tag = intlLocale(locale);
  if (plainDigits(value, tag)) return String(value);
  return cached(numberFormats, locale, () => new Intl.NumberFormat(tag)).format(value);
}

/** Placeholder names in a template, in order of appearance; the catalog tests compare these across languages. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

/**
 * Fills a message. Numbers are written the locale's way; a placeholder without a value is left visible
 * rather than dropped, so a missing argument shows up on screen instead of silently changing the meaning.
 */
export function formatMessage(
  locale: string,
  message: Message,
  params: Readonly<Record<string, ParamValue>> = {},
): string {
  const template =
    typeof message === 'string'
      ? message
      : typeof params['count'] === 'number'
        ? (message[pluralCategory(locale, params['count'])] ?? message.other)
        : message.other;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

/**
 * Labels side by side, a list of tags rather than a sentence: "Seated, Standing", "座って、立って". No
 * "and": `Intl.ListFormat` would add one in some languages, run Chinese labels together with nothing
 * between them, and its first use in a window loads the language's data, 14–25 ms of the library's
 * first frame, which lists places and body parts on every card.
 */
export function joinLabels(locale: string, labels: readonly string[]): string {
  return labels.join(/^(ja|zh)\b/.test(locale) ? '、' : ', ');
}

/**
 * Sentences one after another, as the language writes them: Japanese and Chinese put none of the space
 * European languages put between sentences, and every sentence of theirs ends in a full-width stop or
 * mark, so the text says which it is, wherever it was written.
 */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce(
    (text, sentence) =>
      text === ''
        ? sentence
        : sentence === ''
          ? text
          : /[。！？」』）]$/.test(text)
            ? text + sentence
            : `${text} ${sentence}`,
    '',
  );
}
