/**
 * A break window's first frame, rendered here with the player's own component. A page builds its view
 * only once its script has run: for the player that was most of its load (ARCHITECTURE, "Performance").
 * Main knows the session, the language and the switches when the window asks, so the page can show this
 * markup as soon as its script starts and build the live player behind it; what the user does to the
 * first frame meanwhile is handed to the live player (src/renderer/src/prerendered.ts).
 */
import { render } from 'svelte/server';
import type { UiLocale } from '../shared/i18n/locales';
import type { CueSwitches } from '../shared/cue-switches';
import type { PlayerFirstFrame, PlayerSession } from '../shared/ipc-contract';
import { speakFrom } from '../renderer/src/i18n/locale.svelte';
import Player from '../renderer/src/player/Player.svelte';
import { sessionPlan, sessionTitle } from '../renderer/src/player/step-plan';
import { firstFrameTexts } from './first-frame-texts';

const ignore = (): void => undefined;

/**
 * The first frame of `session` in `locale`, or null where the page had better build it alone: the
 * pseudo-locale (whose texts are made in the page), or a session with nothing to play.
 */
export function renderPlayerFirstFrame(
  session: PlayerSession,
  locale: UiLocale,
  cues: CueSwitches,
): PlayerFirstFrame | null {
  const texts = firstFrameTexts(locale, 'player');
  if (!texts) return null;
  const plan = sessionPlan(session, texts.content);
  if (plan.length === 0) return null;
  speakFrom(texts);
  const { body } = render(Player, {
    props: {
      title: sessionTitle(session, texts.content),
      reason: session.reason,
      note: session.note,
      plan,
      canSkip: session.canSkip,
      onPostpone: session.canPostpone ? ignore : undefined,
      onFinished: ignore,
      onClose: ignore,
      cues: { ...cues, toggleSound: () => Promise.resolve(), toggleVoice: () => Promise.resolve() },
      onPainCheckIn: () => Promise.resolve(),
    },
  });
  return { session, cues, html: body };
}
