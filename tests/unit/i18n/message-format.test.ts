import { describe, expect, it } from 'vitest';
import { translator, type LocaleBundle } from '../../../src/shared/i18n/catalog';
import { englishText } from '../../../src/shared/i18n/english';
import { initialLocale, LOCALES, matchLocale } from '../../../src/shared/i18n/locales';
import {
  formatMessage,
  formatNumber,
  intlLocale,
  joinLabels,
  joinSentences,
  placeholders,
  preferRegionalFormats,
} from '../../../src/shared/i18n/message-format';
import { pseudoText } from '../../../src/shared/i18n/pseudo';
import { formatClock, formatDayMonth, formatDuration, formatList } from '../../../src/shared/i18n/format';
import { resolveLocale } from '../../../src/main/ui-language';

describe('formatMessage', () => {
  it('fills placeholders and writes numbers the locale’s way', () => {
    expect(formatMessage('en', 'Hold {seconds} s on the {side}', { seconds: 1500, side: 'left' })).toBe(
      'Hold 1,500 s on the left',
    );
    expect(formatMessage('de', '{seconds} Sekunden', { seconds: 1500 })).toBe('1.500 Sekunden');
  });

  it('picks the plural form by the locale’s rules, falling back to other', () => {
    const minutes = { one: '{count} minute', other: '{count} minutes' };
    expect(formatMessage('en', minutes, { count: 1 })).toBe('1 minute');
    expect(formatMessage('en', minutes, { count: 0 })).toBe('0 minutes');
    // French counts 0 as singular; English does not.
    expect(formatMessage('fr', { one: '{count} minute', other: '{count} minutes' }, { count: 0 })).toBe(
      '0 minute',
    );
    expect(formatMessage('ja', { other: '{count}分' }, { count: 1 })).toBe('1分');
  });

  it('leaves a placeholder without a value visible rather than dropping it', () => {
    expect(formatMessage('en', 'Paused until {time}', {})).toBe('Paused until {time}');
  });

  it('lists placeholders in order', () => {
    expect(placeholders('{a} and {b}, {a}')).toEqual(['a', 'b', 'a']);
  });
});

describe('formatNumber', () => {
  const regions = [
    'en-GB',
    'en-IN',
    'de-AT',
    'de-CH',
    'fr-CA',
    'fr-CH',
    'es-MX',
    'pt-PT',
    'ja-JP',
    'zh-TW',
    'zh-HK',
  ];

  it('writes small whole numbers as Intl does, in every language and region we speak', () => {
    for (const region of [undefined, ...regions]) {
      preferRegionalFormats(region ? [region] : []);
      for (const locale of LOCALES) {
        const intl = new Intl.NumberFormat(intlLocale(locale));
        for (const value of [0, 1, 7, 42, 100, 999])
          expect(formatNumber(locale, value), `${locale} in ${region ?? 'its own region'}`).toBe(
            intl.format(value),
          );
      }
    }
    preferRegionalFormats([]);
  });

  it('leaves larger, fractional and negative numbers and other numbering systems to Intl', () => {
    expect(formatNumber('de', 1500)).toBe('1.500');
    expect(formatNumber('fr', 2.5)).toBe('2,5');
    expect(formatNumber('en', -3)).toBe(new Intl.NumberFormat('en').format(-3));
    preferRegionalFormats(['zh-CN-u-nu-hanidec']);
    expect(formatNumber('zh-CN', 42)).toBe('四二');
    preferRegionalFormats([]);
  });
});

describe('joinLabels', () => {
  it('separates labels with a comma, and with the ideographic comma in Japanese and Chinese', () => {
    expect(joinLabels('en', ['Seated', 'Standing', 'At a wall'])).toBe('Seated, Standing, At a wall');
    expect(joinLabels('de', ['Sitzend', 'Stehend', 'An der Wand'])).toBe('Sitzend, Stehend, An der Wand');
    expect(joinLabels('ja', ['座って', '立って'])).toBe('座って、立って');
    expect(joinLabels('zh-CN', ['颈部', '肩部'])).toBe('颈部、肩部');
    expect(joinLabels('en-XA', ['[Šéàţéð]', '[Šţàñðîñĝ]'])).toBe('[Šéàţéð], [Šţàñðîñĝ]');
  });

  it('writes one label as it is and none as nothing', () => {
    expect(joinLabels('fr', ['Assis'])).toBe('Assis');
    expect(joinLabels('zh-CN', [])).toBe('');
  });
});

describe('joinSentences', () => {
  it('puts a space between European sentences and none after a full-width stop or mark', () => {
    expect(joinSentences(['Two entries were set aside.', 'One was fixed.'])).toBe(
      'Two entries were set aside. One was fixed.',
    );
    expect(joinSentences(['2件を別に保存しました。', '1件を修正しました。'])).toBe(
      '2件を別に保存しました。1件を修正しました。',
    );
    expect(joinSentences(['已修复 1 项！', '请检查。'])).toBe('已修复 1 项！请检查。');
    expect(joinSentences(['左側', '30秒キープ'])).toBe('左側 30秒キープ');
  });

  it('leaves out empty sentences and joins nothing to nothing', () => {
    expect(joinSentences([])).toBe('');
    expect(joinSentences(['', 'Only one.', ''])).toBe('Only one.');
  });
});

describe('translator', () => {
  it('reads the bundle on every call, so a new language needs no new translator', () => {
    let bundle: LocaleBundle = { locale: 'en', messages: { tray: { quit: 'Quit Unhunch' } } as never };
    const t = translator(() => bundle, 'tray');
    expect(t('quit')).toBe('Quit Unhunch');
    bundle = { locale: 'de', messages: { tray: { quit: 'Unhunch beenden' } } as never };
    expect(t('quit')).toBe('Unhunch beenden');
  });

  it('speaks English from the English catalog', () => {
    expect(englishText('tray')('tooltip', { status: 'Stretch in 5 min' })).toBe('Unhunch — Stretch in 5 min');
    expect(englishText('common')('minutes', { count: 2 })).toBe('2 minutes');
  });
});

describe('matchLocale', () => {
  it.each([
    [['de-AT', 'en-US'], 'de'],
    [['fr_CA.UTF-8'], 'fr'],
    [['pt-PT'], 'pt-BR'],
    [['pt'], 'pt-BR'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['zh-TW'], 'zh-CN'],
    [['ja-JP'], 'ja'],
    [['es-419'], 'es'],
    [['nl-NL', 'es-ES'], 'es'],
    [['C'], 'en'],
    [[], 'en'],
  ])('%j → %s', (preferred, locale) => {
    expect(matchLocale(preferred)).toBe(locale);
  });
});

describe('resolveLocale', () => {
  const system = (languages: string[]) => ({ systemLanguages: () => languages });
  it('follows the system for "system" and the setting otherwise', () => {
    expect(resolveLocale('system', system(['fr-FR']))).toBe('fr');
    expect(resolveLocale('ja', system(['fr-FR']))).toBe('ja');
  });
  it('lets UNHUNCH_LOCALE override both, and ignores a value that is no locale', () => {
    expect(resolveLocale('ja', { ...system(['fr-FR']), override: 'en-XA' })).toBe('en-XA');
    expect(resolveLocale('ja', { ...system(['fr-FR']), override: 'klingon' })).toBe('ja');
  });
});

describe('pseudo-locale text', () => {
  it('accents letters, keeps placeholders and grows by about 40 %', () => {
    const source = 'Hold for {seconds} seconds on each side';
    const pseudo = pseudoText(source);
    expect(pseudo).toContain('{seconds}');
    expect(pseudo).not.toMatch(/Hold|seconds on/);
    expect(pseudo.length).toBeGreaterThanOrEqual(Math.floor(source.length * 1.4));
  });
});

describe('Intl formatting', () => {
  const at = new Date(Date.UTC(2026, 10, 30, 14, 5));
  it('writes a clock time, a duration and a list in the locale', () => {
    expect(formatClock('en-GB', at)).toMatch(/^\d{1,2}:05/);
    expect(formatDuration('en', 3900)).toBe('1 hour, 5 minutes');
    expect(formatDuration('de', 45)).toBe('45 Sekunden');
    expect(formatDuration('en', 0)).toBe('0 seconds');
    expect(formatList('en', ['a', 'b', 'c'])).toBe('a, b, and c');
    expect(formatList('ja', ['a', 'b'])).not.toContain('and');
  });
});

describe('initialLocale', () => {
  it('takes the language main put in the hash, else the browser’s', () => {
    expect(initialLocale('#/player?lang=ja', ['de-DE'])).toBe('ja');
    expect(initialLocale('#/player?lang=en-XA', ['de-DE'])).toBe('en-XA');
    expect(initialLocale('#/player?lang=xx', ['de-DE'])).toBe('de');
    expect(initialLocale('#/library/chin-tuck', ['pt-BR'])).toBe('pt-BR');
  });
});

describe('regional formats', () => {
  it('writes dates the way the user’s own region does, within the catalog’s language', () => {
    const day = new Date(Date.UTC(2026, 2, 18));
    try {
      preferRegionalFormats(['en_GB.UTF-8', 'de-AT']);
      expect(formatDayMonth('en', day)).toBe('18 Mar');
      expect(formatDayMonth('en-XA', day)).toBe('18 Mar');
      expect(formatDayMonth('de', day)).toBe('18. März');
      expect(formatDayMonth('fr', day)).toBe('18 mars');
      preferRegionalFormats(['en-US']);
      expect(formatDayMonth('en', day)).toBe('Mar 18');
      // A tag Intl cannot read is passed over, not thrown.
      preferRegionalFormats(['C', '!!']);
      expect(formatDayMonth('en', day)).toBe('Mar 18');
    } finally {
      preferRegionalFormats([]);
    }
  });
});
