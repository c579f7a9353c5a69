/**
 * Chooses what to offer at each break. Pure: the caller passes in the saved rotation state and a random
 * source and stores the state that comes back, so the rules can be tested without timers or storage.
 *
 * Rules
 * - Eligibility: nothing the user marked "not for me" (exercise or routine id) is ever offered, and a
 *   routine quietly drops such items. At the desk only exercises doable seated, standing or at a wall
 *   count; on the floor everything does.
 * - Micro breaks: exercises and `micro` routines whose run as the player plays it (every rep of every
 *   step's seconds; see `exerciseSeconds`) is at most MICRO_BREAK_MAX_SECONDS. That is a fixed minute,
 *   not the user's micro-break length: the break window stays up a minute past its time, so a run a
 *   little longer than a short break still finishes.
 * - Long breaks: `long` routines, plus exercises too long for a micro break. If none suit where the user
 *   is, a long break falls back to the micro options.
 * - Cycles: each option holds one ticket per cycle, a favourite holds FAVOURITE_TICKETS. An option is
 *   offered only while it has tickets left, so nothing repeats until the others have had their turn,
 *   yet favourites come up twice as often. Picks are weighted by tickets left. When the tickets run
 *   out a new cycle starts, and the previous pick is never offered twice in a row while there is any
 *   alternative (a favourite's last ticket may be forfeited to honour that).
 * - Nothing eligible at all: the posture check, with the reason, leaving the state untouched.
 */
import * as v from 'valibot';
import type { Exercise, Place } from './exercise-types';
import { exercises as shippedExercises, exerciseSeconds, FALLBACK_EXERCISE_ID } from './exercises';
import { postureCheck } from './exercises/posture-check';
import { routines as shippedRoutines } from './routines';
import { MICRO_BREAK_MAX_SECONDS, type BreakKind, type Routine, type RoutineItem } from './routines';

export type { BreakKind } from './routines';
export { MICRO_BREAK_MAX_SECONDS };

/** Where the user is when the break starts: at their desk, or somewhere they can get down on the floor. */
export type UserLocation = 'desk' | 'floor';

export const FAVOURITE_TICKETS = 2;

const PLACES_BY_LOCATION: Record<UserLocation, readonly Place[]> = {
  desk: ['seated', 'standing', 'wall'],
  floor: ['seated', 'standing', 'wall', 'floor'],
};

/**
 * Serialisable progress through the current cycle. Keys are `exercise:<id>` or `routine:<id>` so an
 * exercise and a routine can never be confused. Micro and long options share one list; a new cycle only
 * clears the keys of the options it is cycling through.
 */
export interface RotationState {
  /** Keys offered so far in the current cycle, a favourite possibly twice. */
  shown: readonly string[];
  /** Key of the most recent pick, to avoid back-to-back repeats across cycles. */
  last?: string;
}

export const initialRotationState: RotationState = { shown: [] };

export const RotationStateSchema = v.object({
  shown: v.array(v.string()),
  last: v.optional(v.string()),
});

/** Reads a stored state, starting afresh if it is missing or malformed rather than failing a break. */
export function parseRotationState(value: unknown): RotationState {
  const result = v.safeParse(RotationStateSchema, value);
  return result.success ? result.output : initialRotationState;
}

export interface Catalogue {
  /** Exercises offered on their own (and usable in routines). */
  exercises: readonly Exercise[];
  routines: readonly Routine[];
  /**
   * Exercises routines may use that are never offered on their own: the user's own exercises not marked
   * "offer in breaks" that one of their offered routines plays.
   */
  routineOnly?: readonly Exercise[];
}

export interface RotationRequest {
  breakKind: BreakKind;
  location: UserLocation;
  /** Exercise or routine ids. */
  favourites: readonly string[];
  /** Exercise or routine ids. */
  notForMe: readonly string[];
  state: RotationState;
  /** Returns a number in [0, 1), like Math.random. */
  random: () => number;
  /** Defaults to the shipped content; tests pass their own. */
  catalogue?: Catalogue;
}

export type RotationChoice =
  | { type: 'exercise'; id: string; exercise: Exercise; seconds: number }
  | {
      type: 'routine';
      id: string;
      routine: Routine;
      /** The routine's items minus anything marked "not for me". */
      items: readonly RoutineItem[];
      seconds: number;
    };

export type RotationReason = 'rotation' | 'new-cycle' | 'no-long-option' | 'everything-excluded';

export interface RotationResult {
  choice: RotationChoice;
  state: RotationState;
  reason: RotationReason;
  /** The reason in words, fit to show the user. */
  message: string;
}

const MESSAGES: Record<RotationReason, string> = {
  rotation: 'Next up in your rotation.',
  'new-cycle': "You've been through every option for this kind of break, so the rotation starts over.",
  'no-long-option': "Nothing longer suits where you are right now, so here's a shorter one.",
  'everything-excluded':
    "Everything that fits this break is marked not for me or needs somewhere you aren't, so here's a quick posture check instead.",
};

interface Candidate {
  key: string;
  id: string;
  choice: RotationChoice;
}

export function chooseForBreak(request: RotationRequest): RotationResult {
  const catalogue = request.catalogue ?? { exercises: shippedExercises, routines: shippedRoutines };
  const state = keepKnownKeys(request.state, catalogue);

  let pool = candidatesFor(request.breakKind, request, catalogue);
  let reason: RotationReason = 'rotation';
  if (pool.length === 0 && request.breakKind === 'long') {
    pool = candidatesFor('micro', request, catalogue);
    reason = 'no-long-option';
  }
  if (pool.length === 0) return fallback(state, catalogue);

  const favourites = new Set(request.favourites);
  let shown = state.shown;
  let tickets = ticketsLeft(pool, shown, favourites, state.last);
  if (total(tickets) === 0) {
    const poolKeys = new Set(pool.map((candidate) => candidate.key));
    shown = shown.filter((key) => !poolKeys.has(key));
    tickets = ticketsLeft(pool, shown, favourites, state.last);
    if (reason === 'rotation') reason = 'new-cycle';
  }

  const picked = pickWeighted(pool, tickets, request.random);
  return {
    choice: picked.choice,
    state: { shown: [...shown, picked.key], last: picked.key },
    reason,
    message: MESSAGES[reason],
  };
}

function candidatesFor(kind: BreakKind, request: RotationRequest, catalogue: Catalogue): Candidate[] {
  const notForMe = new Set(request.notForMe);
  const places = PLACES_BY_LOCATION[request.location];
  const doable = (exercise: Exercise): boolean =>
    !notForMe.has(exercise.id) && exercise.places.some((place) => places.includes(place));
  const fitsKind = (seconds: number): boolean =>
    kind === 'micro' ? seconds <= MICRO_BREAK_MAX_SECONDS : seconds > MICRO_BREAK_MAX_SECONDS;

  const fromExercises = catalogue.exercises.flatMap((exercise): Candidate[] => {
    if (!doable(exercise)) return [];
    const seconds = exerciseSeconds(exercise);
    if (!fitsKind(seconds)) return [];
    return [
      {
        key: `exercise:${exercise.id}`,
        id: exercise.id,
        choice: { type: 'exercise', id: exercise.id, exercise, seconds },
      },
    ];
  });

  const fromRoutines = catalogue.routines.flatMap((routine): Candidate[] => {
    if (notForMe.has(routine.id) || !routine.breakKinds.includes(kind)) return [];
    let seconds = 0;
    const items: RoutineItem[] = [];
    for (const item of routine.items) {
      if (notForMe.has(item.exerciseId)) continue;
      const exercise =
        catalogue.exercises.find((candidate) => candidate.id === item.exerciseId) ??
        catalogue.routineOnly?.find((candidate) => candidate.id === item.exerciseId);
      // One item the user cannot do here rules out the routine: a routine is played as a whole.
      if (exercise === undefined || !doable(exercise)) return [];
      seconds += exerciseSeconds(exercise, item);
      items.push(item);
    }
    if (items.length === 0) return [];
    if (kind === 'micro' && seconds > MICRO_BREAK_MAX_SECONDS) return [];
    return [
      {
        key: `routine:${routine.id}`,
        id: routine.id,
        choice: { type: 'routine', id: routine.id, routine, items, seconds },
      },
    ];
  });

  return [...fromExercises, ...fromRoutines];
}

function ticketsLeft(
  pool: readonly Candidate[],
  shown: readonly string[],
  favourites: ReadonlySet<string>,
  last: string | undefined,
): number[] {
  return pool.map((candidate) => {
    if (pool.length > 1 && candidate.key === last) return 0;
    const allowance = favourites.has(candidate.id) ? FAVOURITE_TICKETS : 1;
    const used = shown.filter((key) => key === candidate.key).length;
    return Math.max(0, allowance - used);
  });
}

function total(tickets: readonly number[]): number {
  return tickets.reduce((sum, count) => sum + count, 0);
}

function pickWeighted(
  pool: readonly Candidate[],
  tickets: readonly number[],
  random: () => number,
): Candidate {
  const draw = random();
  // Guard against a random source that strays outside [0, 1).
  const unit = Number.isFinite(draw) ? Math.min(Math.max(draw, 0), 1 - Number.EPSILON) : 0;
  let remaining = unit * total(tickets);
  for (const [index, candidate] of pool.entries()) {
    const weight = tickets[index] ?? 0;
    if (weight > 0 && remaining < weight) return candidate;
    remaining -= weight;
  }
  // Rounding can leave us past the end; the last option with tickets is the honest answer.
  const lastWithTickets = tickets.findLastIndex((count) => count > 0);
  const fallbackCandidate = pool[lastWithTickets] ?? pool[0];
  if (fallbackCandidate === undefined) throw new Error('pickWeighted needs a non-empty pool');
  return fallbackCandidate;
}

function fallback(state: RotationState, catalogue: Catalogue): RotationResult {
  const exercise =
    catalogue.exercises.find((candidate) => candidate.id === FALLBACK_EXERCISE_ID) ?? postureCheck;
  return {
    choice: { type: 'exercise', id: exercise.id, exercise, seconds: exerciseSeconds(exercise) },
    state,
    reason: 'everything-excluded',
    message: MESSAGES['everything-excluded'],
  };
}

/** Drops keys for content that no longer exists, so a stale state cannot block a cycle from ending. */
function keepKnownKeys(state: RotationState, catalogue: Catalogue): RotationState {
  const known = new Set([
    ...catalogue.exercises.map((exercise) => `exercise:${exercise.id}`),
    ...catalogue.routines.map((routine) => `routine:${routine.id}`),
  ]);
  const shown = state.shown.filter((key) => known.has(key));
  return state.last !== undefined && known.has(state.last) ? { shown, last: state.last } : { shown };
}
