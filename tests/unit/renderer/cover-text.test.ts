import { describe, expect, it } from 'vitest';
import { englishText } from '../../../src/shared/i18n/english';
import {
  breakName,
  countdownLabel,
  coverLine,
  formatCountdown,
} from '../../../src/renderer/src/cover/cover-text';

const t = englishText('cover');

describe('cover text', () => {
  it('counts in minutes and seconds, rounding up so the last second is not shown as 0:00', () => {
    expect(formatCountdown(32_000)).toBe('0:32');
    expect(formatCountdown(300_000)).toBe('5:00');
    expect(formatCountdown(245_001)).toBe('4:06');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-5_000)).toBe('0:00');
  });

  it('says the same time in words, in the locale’s words', () => {
    expect(countdownLabel(t, 'en', 1_000)).toBe('1 second left');
    expect(countdownLabel(t, 'en', 60_000)).toBe('1 minute left');
    expect(countdownLabel(t, 'en', 125_000)).toBe('2 minutes, 5 seconds left');
    expect(countdownLabel(t, 'en', 0)).toBe('0 seconds left');
    expect(countdownLabel(t, 'de', 125_000)).toMatch(/^2 Minuten.*5 Sekunden left$/);
  });

  it('names the break', () => {
    expect(breakName(t, { reason: 'micro', title: 'Chin tuck', remainingMs: 1 })).toBe('Stretch break');
    expect(breakName(t, { reason: 'long', title: 'Chin tuck', remainingMs: 1 })).toBe('Long break');
  });

  it('points to the screen with the exercise, and to finishing there once the time is up', () => {
    const cover = { reason: 'long' as const, title: 'Upper-back reset', remainingMs: 1 };
    expect(coverLine(t, cover, 1)).toBe('Long break: Upper-back reset is on the screen you were using.');
    expect(coverLine(t, cover, 0)).toBe(
      'Finish Upper-back reset on the screen you were using, then carry on.',
    );
    expect(coverLine(t, { ...cover, reason: 'micro' }, 1)).toBe(
      'Stretch break: Upper-back reset is on the screen you were using.',
    );
  });
});
