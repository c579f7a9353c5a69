import { svelte } from '@sveltejs/vite-plugin-svelte';
import { runnerImport } from 'vite';
import type { UiLocale } from '../../../src/shared/i18n/locales';
import type { CueSwitches } from '../../../src/shared/cue-switches';
import type { PlayerFirstFrame, PlayerSession } from '../../../src/shared/ipc-contract';

type Render = typeof import('../../../src/main/player-first-frame').renderPlayerFirstFrame;
let render: Promise<Render> | undefined;

/** Main's `renderPlayerFirstFrame`, loaded once. */
export function firstFrameRenderer(): Promise<Render> {
  render ??= runnerImport<{ renderPlayerFirstFrame: Render }>('./src/main/player-first-frame.ts', {
    configFile: false,
    logLevel: 'error',
    plugins: [svelte({ emitCss: false, compilerOptions: { css: 'external' } })],
  }).then(({ module }) => module.renderPlayerFirstFrame);
  return render;
}

export const DEFAULT_CUES: CueSwitches = { sound: true, voice: false, painCheckIn: false };

/**
 * The first frame main answers a player window with: main's own module, its components compiled for the
 * server as main's build compiles them, so a test page gets exactly the markup a user's window would.
 */
export async function renderFirstFrame(
  session: PlayerSession,
  locale: UiLocale = 'en',
  cues: CueSwitches = DEFAULT_CUES,
): Promise<PlayerFirstFrame> {
  const frame = (await firstFrameRenderer())(session, locale, cues);
  if (!frame) throw new Error(`main renders no first frame for ${session.title} in ${locale}`);
  return frame;
}
