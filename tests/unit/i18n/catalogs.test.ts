/**
 * Every language against the English: the same areas and keys, the same placeholders, plural forms for
 * each category the language's plural rules use, and the exercise content step for step. A translation
 * that drifts fails here, before a user meets an English word or a `{seconds}` in their own language.
 */
import { describe, expect, it } from 'vitest';
import type { LocaleBundle } from '../../../src/shared/i18n/catalog';
import { en } from '../../../src/shared/i18n/catalogs/en';
import type { ContentText } from '../../../src/shared/i18n/content';
import { englishContent } from '../../../src/shared/i18n/english-content';
import { LOCALES } from '../../../src/shared/i18n/locales';
import { placeholders, type Message } from '../../../src/shared/i18n/message-format';
import { pseudoBundle } from '../../../src/shared/i18n/pseudo-bundle';

const modules = import.meta.glob<{ default: LocaleBundle }>('../../../src/shared/i18n/catalogs/*/index.ts', {
  eager: true,
});
const bundleOf = (locale: string): LocaleBundle | undefined =>
  modules[`../../../src/shared/i18n/catalogs/${locale}/index.ts`]?.default;

const names = (message: Message): string[] =>
  [
    ...new Set(
      typeof message === 'string' ? placeholders(message) : Object.values(message).flatMap(placeholders),
    ),
  ]
    .filter((name) => name !== 'count')
    .sort();

/** Differences between a language's messages and the English, one line each. */
export function messageProblems(locale: string, messages: Record<string, Record<string, Message>>): string[] {
  const problems: string[] = [];
  const english = en as unknown as Record<string, Record<string, Message>>;
  for (const area of new Set([...Object.keys(english), ...Object.keys(messages)])) {
    const theirs = messages[area];
    const ours = english[area];
    if (!ours) problems.push(`${area}: an area English does not have`);
    if (!theirs) problems.push(`${area}: missing area`);
    if (!ours || !theirs) continue;
    for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
      const at = `${area}.${key}`;
      const source = ours[key];
      const message = theirs[key];
      if (source === undefined) {
        problems.push(`${at}: a key English does not have`);
        continue;
      }
      if (message === undefined) {
        problems.push(`${at}: missing`);
        continue;
      }
      if (typeof source !== typeof message) {
        problems.push(
          `${at}: ${typeof source === 'string' ? 'must be a plain text' : 'must have plural forms'}`,
        );
        continue;
      }
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      if (texts.some((text) => typeof text !== 'string' || text.trim() === '')) problems.push(`${at}: empty`);
      if (typeof message === 'string') {
        if (names(message).join() !== names(source).join())
          problems.push(
            `${at}: placeholders {${names(message).join('}, {')}} instead of {${names(source).join('}, {')}}`,
          );
        continue;
      }
      const expected = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const missing = expected.filter((category) => !(category in message));
      const extra = Object.keys(message).filter((category) => !(expected as string[]).includes(category));
      if (missing.length) problems.push(`${at}: lacks the plural forms ${missing.join(', ')}`);
      if (extra.length) problems.push(`${at}: has plural forms ${locale} does not use: ${extra.join(', ')}`);
      for (const [category, text] of Object.entries(message)) {
        const own = placeholders(text as string).filter((name) => name !== 'count');
        const unknown = own.filter((name) => !names(source).includes(name));
        if (unknown.length) problems.push(`${at}.${category}: unknown placeholders ${unknown.join(', ')}`);
      }
    }
  }
  return problems;
}

/** Differences between a language's exercise texts and the English records, one line each. */
export function contentProblems(content: ContentText | undefined): string[] {
  if (!content) return ['no exercise content'];
  const english = englishContent();
  const problems: string[] = [];
  const sameIds = (kind: string, ours: object, theirs: object) => {
    for (const id of Object.keys(ours)) if (!(id in theirs)) problems.push(`${kind}.${id}: missing`);
    for (const id of Object.keys(theirs))
      if (!(id in ours)) problems.push(`${kind}.${id}: not in the English`);
  };
  const text = (at: string, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${at}: empty`);
  };
  const list = (at: string, ours: readonly string[] | undefined, theirs: readonly string[] | undefined) => {
    if ((ours?.length ?? 0) !== (theirs?.length ?? 0))
      problems.push(`${at}: ${theirs?.length ?? 0} entries instead of ${ours?.length ?? 0}`);
    theirs?.forEach((value, index) => text(`${at}[${index}]`, value));
  };
  const optional = (at: string, ours: string | undefined, theirs: string | undefined) => {
    if ((ours === undefined) !== (theirs === undefined))
      problems.push(`${at}: ${ours === undefined ? 'not in the English' : 'missing'}`);
    else if (theirs !== undefined) text(at, theirs);
  };
  sameIds('exercises', english.exercises, content.exercises);
  for (const [id, ours] of Object.entries(english.exercises)) {
    const theirs = content.exercises[id];
    if (!theirs) continue;
    for (const field of ['name', 'summary', 'why'] as const) text(`exercises.${id}.${field}`, theirs[field]);
    list(`exercises.${id}.steps`, ours.steps, theirs.steps);
    optional(`exercises.${id}.easier`, ours.easier, theirs.easier);
    optional(`exercises.${id}.caution`, ours.caution, theirs.caution);
  }
  sameIds('routines', english.routines, content.routines);
  for (const [id, theirs] of Object.entries(content.routines)) {
    text(`routines.${id}.name`, theirs.name);
    text(`routines.${id}.summary`, theirs.summary);
  }
  sameIds('tips', english.tips, content.tips);
  for (const [id, ours] of Object.entries(english.tips)) {
    const theirs = content.tips[id];
    if (!theirs) continue;
    text(`tips.${id}.title`, theirs.title);
    text(`tips.${id}.body`, theirs.body);
    list(`tips.${id}.points`, ours.points, theirs.points);
  }
  sameIds('poses', english.poses, content.poses);
  for (const [id, ours] of Object.entries(english.poses)) {
    const theirs = content.poses[id];
    if (!theirs) continue;
    text(`poses.${id}.description`, theirs.description);
    list(`poses.${id}.arrows`, ours.arrows, theirs.arrows);
  }
  text('safetyAdvice', content.safetyAdvice);
  return problems;
}

describe('language catalogs', () => {
  it('has a catalog for every language Settings offers, and none besides', () => {
    const found = Object.keys(modules)
      .map((path) => /catalogs\/([^/]+)\/index\.ts$/.exec(path)![1])
      .sort();
    expect(found).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    '%s has every message English has, and no other',
    (locale) => {
      const bundle = bundleOf(locale);
      expect(bundle?.locale).toBe(locale);
      expect(messageProblems(locale, bundle!.messages as never)).toEqual([]);
    },
  );

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    '%s has every exercise, routine, tip and figure text',
    (locale) => {
      expect(contentProblems(bundleOf(locale)?.content)).toEqual([]);
    },
  );

  it('English uses only the plural forms English has, with the same placeholders in each', () => {
    expect(messageProblems('en', en as never)).toEqual([]);
  });

  it('the pseudo-locale keeps every placeholder and every step', () => {
    const pseudo = pseudoBundle();
    expect(messageProblems('en', pseudo.messages as never)).toEqual([]);
    expect(contentProblems(pseudo.content)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('name a missing key, an extra key, a changed placeholder and a missing plural form', () => {
    const messages = structuredClone(en) as unknown as Record<string, Record<string, Message>>;
    delete messages['tray']!['quit'];
    messages['tray']!['quitNow'] = 'Quit';
    messages['tray']!['tooltip'] = 'Unhunch — {state}';
    messages['common']!['minutes'] = { other: '{count} Minuten' };
    expect(messageProblems('de', messages)).toEqual([
      'common.minutes: lacks the plural forms one',
      'tray.tooltip: placeholders {state} instead of {status}',
      'tray.quit: missing',
      'tray.quitNow: a key English does not have',
    ]);
  });

  it('name a missing step and an empty text in the content', () => {
    const content = englishContent();
    const chin = content.exercises['chin-tuck']!;
    const broken: ContentText = {
      ...content,
      exercises: { ...content.exercises, 'chin-tuck': { ...chin, steps: chin.steps.slice(1), why: ' ' } },
    };
    expect(contentProblems(broken)).toEqual([
      'exercises.chin-tuck.why: empty',
      `exercises.chin-tuck.steps: ${chin.steps.length - 1} entries instead of ${chin.steps.length}`,
    ]);
  });
});
