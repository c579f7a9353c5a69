/**
 * The tray's one-line answer to "what comes next?". Pure: the adapter passes a snapshot, the current
 * times and the words (`t`, and the locale its clock is written in), so the tooltip can be refreshed,
 * in whatever language is current, without touching the engine.
 */
import type { KeyOf, Translate } from '../../shared/i18n/catalog';
import { formatClock, formatList } from '../../shared/i18n/format';
import type { EngineSnapshot } from './engine';
import type { BreakKind } from './events';
import type { HoldReason } from './moment';

export interface NextDescription {
  label: string;
  paused: boolean;
}

/** The status line's words, and the locale its clock time and lists are written in. */
export interface StatusText {
  t: Translate<'tray'>;
  locale: string;
}

/** Whole sentences per kind of break: word order differs between languages. */
const SENTENCES = {
  micro: { in: 'microIn', now: 'microNow', soon: 'microSoon', waiting: 'microWaiting' },
  long: { in: 'longIn', now: 'longNow', soon: 'longSoon', waiting: 'longWaiting' },
} as const satisfies Record<BreakKind, Record<string, KeyOf<'tray'>>>;

const REASON_TEXT = {
  dnd: 'reasonDnd',
  fullscreen: 'reasonFullscreen',
  call: 'reasonCall',
  'app-rule': 'reasonAppRule',
} as const satisfies Record<HoldReason, KeyOf<'tray'>>;

export function describeNext(
  state: EngineSnapshot,
  nowMs: number,
  wallNowMs: number,
  { t, locale }: StatusText,
): NextDescription {
  const { pause } = state;
  if (pause) {
    if (pause.untilMs !== undefined) {
      const endWall = new Date(wallNowMs + Math.max(0, pause.untilMs - nowMs));
      return { label: t('pausedUntil', { time: formatClock(locale, endWall) }), paused: true };
    }
    if (pause.untilWallMs !== undefined) return { label: t('pausedUntilTomorrow'), paused: true };
    return { label: t('paused'), paused: true };
  }
  if (state.currentBreak) return { label: t(SENTENCES[state.currentBreak.kind].now), paused: false };
  if (state.outsideWorkingHours) return { label: t('outsideWorkingHours'), paused: false };
  const held = state.heldBreak;
  if (held) {
    const sentences = SENTENCES[held.kind];
    // Reasons over, grace period running: the break is about to come.
    if (held.releaseAtMs !== null) return { label: t(sentences.soon), paused: false };
    const reasons = formatList(
      locale,
      held.reasons.map((reason) => t(REASON_TEXT[reason])),
      'unit',
    );
    return { label: t(sentences.waiting, { reasons }), paused: false };
  }
  const next = state.nextBreak;
  if (next === null) return { label: t('noBreaksScheduled'), paused: false };
  const elapsed = state.counting ? Math.max(0, nowMs - state.atMs) : 0;
  const leftMs = Math.max(0, next.inActiveMs - elapsed);
  const count = Math.max(1, Math.ceil(leftMs / 60_000));
  return { label: t(SENTENCES[next.kind].in, { count }), paused: false };
}
