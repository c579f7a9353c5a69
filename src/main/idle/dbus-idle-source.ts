/**
 * Adapts an asynchronous D-Bus idle reading to the engine's synchronous `IdleSource` port without a
 * timer of its own: every `idleSeconds()` call answers at once from the last reading and, once
 * `refreshAfterMs` have passed since the last D-Bus call ended, starts one non-blocking refresh. The
 * engine already calls at the pace it needs (every 5 s while active, ~30 s while idle), so the D-Bus
 * traffic follows the engine and stops entirely while it sleeps.
 */
import type { IdleSource, MonotonicClock } from '../engine/clock';
import type { IdleReader } from './idle-readers';

export interface DbusIdleSourceOptions {
  reader: IdleReader;
  /** Services to move on to, in order, when the one in use fails or hangs (and back round). */
  alternates?: readonly IdleReader[];
  /** A call already under way (a probe start-up stopped waiting for), taken as the first refresh. */
  inFlight?: Promise<number>;
  /** A call pending this long counts as a failure: its service has stopped answering. */
  stuckAfterMs?: number;
  clock: MonotonicClock;
  /** Answers while no reading is known or the service stopped answering (Electron's idle time). */
  fallback: IdleSource;
  /** A reading taken during probing, so the first answer is already real. */
  initialIdleMs?: number;
  refreshAfterMs?: number;
  log?: (message: string, detail?: unknown) => void;
}

export function createDbusIdleSource(options: DbusIdleSourceOptions): IdleSource {
  const { clock, fallback } = options;
  const readers = [options.reader, ...(options.alternates ?? [])];
  let current = 0;
  const refreshAfterMs = options.refreshAfterMs ?? 4000;
  // The command runner ends a call within a few seconds; one pending far longer is a call that will
  // never settle, and extrapolating the last reading meanwhile would grow idle time without limit.
  const stuckAfterMs = options.stuckAfterMs ?? 3 * refreshAfterMs;
  const log = options.log ?? ((message, detail) => console.warn(`[idle] ${message}`, detail ?? ''));

  let reading: { idleMs: number; atMs: number } | undefined =
    options.initialIdleMs === undefined ? undefined : { idleMs: options.initialIdleMs, atMs: clock.nowMs() };
  // Counted from when the last call ended, success or failure: a dead service then costs one call
  // per interval, and a slow answer is not followed at once by another call.
  let nextRefreshAtMs = reading ? reading.atMs + refreshAfterMs : Number.NEGATIVE_INFINITY;
  let inFlight = false;
  let inFlightSinceMs = 0;
  /** Bumped when a call is given up on, so its late answer (or failure) is ignored. */
  let generation = 0;
  let failing = false;
  let answeredAgeMs = 0;

  /** Marks the service in use as failing and moves to the next one for the next call. */
  function fail(message: string, error: unknown): void {
    const reader = readers[current]!;
    if (!failing) log(`${reader.name} ${message}; using the fallback idle time`, error);
    failing = true;
    current = (current + 1) % readers.length;
  }

  function refresh(call?: Promise<number>): void {
    inFlight = true;
    inFlightSinceMs = clock.nowMs();
    const mine = ++generation;
    const reader = readers[current]!;
    const settled = (): void => {
      inFlight = false;
      nextRefreshAtMs = clock.nowMs() + refreshAfterMs;
    };
    // Through a promise constructor, so even a reader that throws synchronously cannot reach the engine.
    (call ?? new Promise<number>((resolve) => resolve(reader.readIdleMs()))).then(
      (idleMs) => {
        if (mine !== generation) return;
        // Stamp when the answer arrived: the service measured it at the end of the call, and process
        // start-up is the slow part.
        reading = { idleMs, atMs: clock.nowMs() };
        if (failing) log(`${reader.name} answers again`);
        failing = false;
        settled();
      },
      (error: unknown) => {
        if (mine !== generation) return;
        fail('stopped answering', error);
        settled();
      },
    );
  }

  if (options.inFlight) refresh(options.inFlight);

  return {
    idleSeconds() {
      const nowMs = clock.nowMs();
      if (inFlight && nowMs - inFlightSinceMs >= stuckAfterMs) {
        generation++;
        inFlight = false;
        fail('stopped answering', `no answer in ${Math.round((nowMs - inFlightSinceMs) / 1000)} s`);
        nextRefreshAtMs = nowMs;
      }
      if (!inFlight && nowMs >= nextRefreshAtMs) refresh();
      // Without a current reading, never extrapolate an old one: a user who looks away forever would
      // never get a break. The fallback is Electron's 0 on Wayland, i.e. "present", the safe side.
      if (!reading || failing) {
        answeredAgeMs = 0;
        return fallback.idleSeconds();
      }
      answeredAgeMs = Math.max(0, nowMs - reading.atMs);
      // Extrapolate always, even from a reading near 0: "last input" (now - idle) then stays where the
      // service put it between readings. Returning the stale value instead would move the last input
      // forward on every call and make one absence look like several short ones to the activity
      // tracker. If the user came back since, the next reading says so (breaks come late, not early).
      return (reading.idleMs + answeredAgeMs) / 1000;
    },
    readingAgeMs: () => answeredAgeMs,
  };
}
