/**
 * What main spends rendering a break or settings window's first frame (src/main/player-first-frame.ts,
 * settings-first-frame.ts) when the window asks for it, which the renderer bench leaves out: there the
 * page's fake main answers at once. The first render of a run includes compiling the component's code.
 */
import { performance } from 'node:perf_hooks';
import { findRoutine } from '../src/shared/routines';
import type { PlayerSession } from '../src/shared/ipc-contract';
import { DEFAULT_CUES, firstFrameRenderer, settingsFrameRenderer } from '../tests/e2e/support/first-frame';
import { FakeMain } from '../tests/e2e/support/fake-api';
import { session as oneExercise, typical } from './usable-control';

const RENDERS = 200;

const routine = findRoutine('upper-back-reset')!;
const aRoutine: PlayerSession = { ...oneExercise, title: routine.name, items: routine.items };

export async function run(): Promise<Record<string, number>> {
  const render = await firstFrameRenderer();
  const timed = (session: PlayerSession): { ms: number; bytes: number } => {
    const start = performance.now();
    const frame = render(session, 'de', DEFAULT_CUES);
    const ms = performance.now() - start;
    if (!frame) throw new Error(`no first frame for ${session.title}`);
    return { ms, bytes: Buffer.byteLength(frame.html) };
  };
  const first = timed(oneExercise);
  const exercise: number[] = [];
  const routines: number[] = [];
  let routineBytes = 0;
  for (let i = 0; i < RENDERS; i++) {
    exercise.push(timed(oneExercise).ms);
    const result = timed(aRoutine);
    routines.push(result.ms);
    routineBytes = result.bytes;
  }
  // The settings main starts with on a first run: the defaults.
  const view = new FakeMain({ session: null }).view();
  const renderSettings = await settingsFrameRenderer('de');
  const timedSettings = (): { ms: number; bytes: number } => {
    const start = performance.now();
    const frame = renderSettings(view);
    return { ms: performance.now() - start, bytes: Buffer.byteLength(frame.html) };
  };
  const firstSettings = timedSettings();
  const settings = Array.from({ length: RENDERS }, () => timedSettings().ms);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    firstRenderMs: round(first.ms),
    exerciseRenderMs: round(typical(exercise)),
    routineRenderMs: round(typical(routines)),
    exerciseKb: Math.round(first.bytes / 102.4) / 10,
    routineKb: Math.round(routineBytes / 102.4) / 10,
    settingsFirstRenderMs: round(firstSettings.ms),
    settingsRenderMs: round(typical(settings)),
    settingsKb: Math.round(firstSettings.bytes / 102.4) / 10,
  };
}
