import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/shared/i18n/catalog';
import { englishText } from '../../../src/shared/i18n/english';
import { pseudoBundle } from '../../../src/shared/i18n/pseudo-bundle';
import { normalizePreferences } from '../../../src/shared/preferences';
import { normalizeSettings } from '../../../src/shared/settings';
import { englishIssue, issueText } from '../../../src/shared/validation-issue';

describe('validation issues', () => {
  it('carry a key and values, and the same words in English for logs', () => {
    const [found] = normalizeSettings({ microBreak: { everyMinutes: 0 } }).problems;
    expect(found?.issue).toEqual({ key: 'atLeastMinutes', params: { min: 1 } });
    expect(found?.message).toBe('must be at least 1 min');
    expect(issueText(englishText('validation'), found!.issue!)).toBe(found?.message);
  });

  it('are shown in the language of the window that shows them', () => {
    const pseudo = translator(pseudoBundle, 'validation');
    const [found] = normalizePreferences({ location: 'moon' }).problems;
    const shown = issueText(pseudo, found!.issue!);
    expect(shown).toMatch(/^\[ɱûšţ ƀé öñé öƒ "desk", "floor"/);
    expect(englishIssue(found!.issue!)).toBe('must be one of "desk", "floor"');
  });
});
