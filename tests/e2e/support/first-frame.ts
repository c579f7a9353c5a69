import type { Page } from '@playwright/test';
import { runnerImport } from 'vite';
import { serverComponents } from '../../../bundling/server-components';
import type { UiLocale } from '../../../src/shared/i18n/locales';
import type { CueSwitches } from '../../../src/shared/cue-switches';
import type {
  PlayerFirstFrame,
  PlayerSession,
  SettingsFirstFrame,
  SettingsView,
} from '../../../src/shared/ipc-contract';

type Render = typeof import('../../../src/main/player-first-frame').renderPlayerFirstFrame;
type RenderSettings = typeof import('../../../src/main/settings-first-frame').renderSettingsFirstFrame;

/** A module of main's, its components compiled as main's build compiles them. */
const mainModule = <Module>(path: string): Promise<Module> =>
  runnerImport<Module>(path, { configFile: false, logLevel: 'error', plugins: serverComponents() }).then(
    ({ module }) => module,
  );

let render: Promise<Render> | undefined;
let renderSettings: Promise<RenderSettings> | undefined;

/** Main's `renderPlayerFirstFrame`, loaded once. */
export function firstFrameRenderer(): Promise<Render> {
  render ??= mainModule<{ renderPlayerFirstFrame: Render }>('./src/main/player-first-frame.ts').then(
    (module) => module.renderPlayerFirstFrame,
  );
  return render;
}

/**
 * How main renders a settings window's first frame in `locale`, for the fake main's
 * `settingsFirstFrame`; it throws where main would render none.
 */
export async function settingsFrameRenderer(
  locale: UiLocale = 'en',
): Promise<(view: SettingsView) => SettingsFirstFrame> {
  renderSettings ??= mainModule<{ renderSettingsFirstFrame: RenderSettings }>(
    './src/main/settings-first-frame.ts',
  ).then((module) => module.renderSettingsFirstFrame);
  const renderIn = await renderSettings;
  return (view) => {
    const frame = renderIn(view, locale);
    if (!frame) throw new Error(`main renders no settings frame in ${locale}`);
    return frame;
  };
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

/**
 * Holds a chunk's request back until the returned function is called. Held German texts keep a live
 * view (which waits for them) from being built while a test looks at main's first frame, as on a slow
 * machine.
 */
export async function holdChunk(page: Page, chunk: RegExp): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(chunk, async (route) => {
    await released;
    await route.continue();
  });
  return async () => release();
}
