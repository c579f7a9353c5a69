import { describe, expect, it } from 'vitest';
import type { Exercise, Place } from '../../../src/shared/exercise-types';
import { exercises as shippedExercises } from '../../../src/shared/exercises';
import {
  chooseForBreak,
  initialRotationState,
  MICRO_BREAK_MAX_SECONDS,
  parseRotationState,
} from '../../../src/shared/rotation';
import type {
  BreakKind,
  Catalogue,
  RotationRequest,
  RotationResult,
  RotationState,
  UserLocation,
} from '../../../src/shared/rotation';
import type { Routine } from '../../../src/shared/routines';

/** mulberry32: a tiny seeded generator, so "random" draws are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One timed step of `seconds`: a run of exactly `seconds`. */
function exercise(id: string, places: Place[], seconds: number): Exercise {
  return {
    id,
    name: id,
    level: 'all-levels',
    bodyParts: ['neck'],
    summary: id,
    why: id,
    places,
    reps: 1,
    steps: [{ text: id, holdSeconds: seconds, pose: `${id}/pose` }],
  };
}

function routine(id: string, breakKind: BreakKind, exerciseIds: string[]): Routine {
  return {
    id,
    name: id,
    summary: id,
    minutes: 1,
    places: ['seated'],
    breakKinds: [breakKind],
    items: exerciseIds.map((exerciseId) => ({ exerciseId })),
  };
}

const catalogue: Catalogue = {
  exercises: [
    exercise('posture-check', ['seated'], 30),
    exercise('seated-a', ['seated'], 20),
    exercise('standing-b', ['standing', 'seated'], 30),
    exercise('wall-c', ['wall'], 40),
    exercise('floor-d', ['floor'], 30),
    exercise('long-floor-e', ['floor'], 120),
    exercise('long-standing-f', ['standing'], 90),
  ],
  routines: [
    routine('micro-routine', 'micro', ['seated-a', 'standing-b']),
    routine('long-desk-routine', 'long', ['seated-a', 'long-standing-f']),
    routine('long-floor-routine', 'long', ['floor-d', 'long-floor-e']),
  ],
};

const MICRO_AT_DESK = ['posture-check', 'seated-a', 'standing-b', 'wall-c', 'micro-routine'];
const MICRO_ON_FLOOR = [...MICRO_AT_DESK, 'floor-d'];
const LONG_AT_DESK = ['long-standing-f', 'long-desk-routine'];
const LONG_ON_FLOOR = [...LONG_AT_DESK, 'long-floor-e', 'long-floor-routine'];

type Options = Partial<Omit<RotationRequest, 'random' | 'state'>> & { seed?: number };

/** Runs `count` breaks in a row, threading the state through like the app does. */
function draws(count: number, options: Options = {}): RotationResult[] {
  const random = seeded(options.seed ?? 1);
  let state: RotationState = initialRotationState;
  const results: RotationResult[] = [];
  for (let i = 0; i < count; i += 1) {
    const result = chooseForBreak({
      breakKind: 'micro',
      location: 'desk',
      favourites: [],
      notForMe: [],
      catalogue,
      ...options,
      state,
      random,
    });
    results.push(result);
    state = result.state;
  }
  return results;
}

const ids = (results: readonly RotationResult[]): string[] => results.map((result) => result.choice.id);

function counts(values: readonly string[]): Map<string, number> {
  const tally = new Map<string, number>();
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
  return tally;
}

describe('cycles', () => {
  it.each([1, 2, 3, 4, 5])('do not repeat anything until every option has come up (seed %i)', (seed) => {
    const picked = ids(draws(MICRO_AT_DESK.length * 4, { seed }));
    for (let start = 0; start < picked.length; start += MICRO_AT_DESK.length) {
      const cycle = picked.slice(start, start + MICRO_AT_DESK.length);
      expect(new Set(cycle)).toEqual(new Set(MICRO_AT_DESK));
    }
  });

  it('never offer the same thing twice in a row, even across cycles and with favourites', () => {
    for (const seed of [1, 2, 3]) {
      const picked = ids(draws(300, { seed, favourites: ['seated-a', 'wall-c'] }));
      for (let i = 1; i < picked.length; i += 1) expect(picked[i], `draw ${i}`).not.toBe(picked[i - 1]);
    }
  });

  it('say when a new cycle starts', () => {
    const reasons = draws(MICRO_AT_DESK.length + 1).map((result) => result.reason);
    expect(reasons.slice(0, MICRO_AT_DESK.length).every((reason) => reason === 'rotation')).toBe(true);
    expect(reasons.at(-1)).toBe('new-cycle');
  });

  it('keep micro and long progress apart', () => {
    const random = seeded(7);
    let state: RotationState = initialRotationState;
    const micro: string[] = [];
    // Interleave: a long break between every micro break must not disturb the micro cycle.
    for (let i = 0; i < MICRO_AT_DESK.length; i += 1) {
      for (const breakKind of ['micro', 'long'] as const) {
        const result = chooseForBreak({
          breakKind,
          location: 'desk',
          favourites: [],
          notForMe: [],
          state,
          random,
          catalogue,
        });
        if (breakKind === 'micro') micro.push(result.choice.id);
        state = result.state;
      }
    }
    expect(new Set(micro)).toEqual(new Set(MICRO_AT_DESK));
  });
});

describe('favourites', () => {
  it('come up about twice as often as the rest over many draws', () => {
    const favourite = 'wall-c';
    const tally = counts(ids(draws(6000, { seed: 42, favourites: [favourite] })));
    const others = MICRO_AT_DESK.filter((id) => id !== favourite).map((id) => tally.get(id) ?? 0);
    const averageOther = others.reduce((sum, count) => sum + count, 0) / others.length;
    const ratio = (tally.get(favourite) ?? 0) / averageOther;
    expect(ratio).toBeGreaterThan(1.7);
    expect(ratio).toBeLessThanOrEqual(2);
  });

  it('appear at most twice per cycle while the others appear once', () => {
    const results = draws(400, { seed: 9, favourites: ['seated-a'] });
    let cycle: string[] = [];
    const check = (): void => {
      for (const [id, count] of counts(cycle))
        expect(count, id).toBeLessThanOrEqual(id === 'seated-a' ? 2 : 1);
    };
    for (const result of results) {
      if (result.reason === 'new-cycle') {
        check();
        cycle = [];
      }
      cycle.push(result.choice.id);
    }
    check();
  });

  it('can name a routine', () => {
    const tally = counts(ids(draws(3000, { seed: 5, favourites: ['micro-routine'] })));
    expect(tally.get('micro-routine')).toBeGreaterThan((tally.get('seated-a') ?? 0) * 1.7);
  });
});

describe('not for me', () => {
  it('is never offered, as an exercise or a routine', () => {
    const notForMe = ['wall-c', 'micro-routine', 'long-floor-e'];
    for (const breakKind of ['micro', 'long'] as const) {
      const picked = ids(draws(200, { breakKind, location: 'floor', notForMe }));
      for (const id of notForMe) expect(picked).not.toContain(id);
    }
  });

  it('is dropped from routines that contain it', () => {
    const results = draws(50, { breakKind: 'long', location: 'floor', notForMe: ['long-floor-e'] });
    const routineChoice = results
      .map((result) => result.choice)
      .find((choice) => choice.id === 'long-floor-routine');
    expect(routineChoice?.type).toBe('routine');
    if (routineChoice?.type === 'routine') {
      expect(routineChoice.items.map((item) => item.exerciseId)).toEqual(['floor-d']);
      expect(routineChoice.seconds).toBe(30);
    }
  });

  it('beats favourites', () => {
    const picked = ids(draws(100, { favourites: ['seated-a'], notForMe: ['seated-a'] }));
    expect(picked).not.toContain('seated-a');
  });
});

describe('where the user is', () => {
  it.each<[UserLocation, BreakKind, string[]]>([
    ['desk', 'micro', MICRO_AT_DESK],
    ['floor', 'micro', MICRO_ON_FLOOR],
    ['desk', 'long', LONG_AT_DESK],
    ['floor', 'long', LONG_ON_FLOOR],
  ])('%s, %s break: offers exactly the options that fit', (location, breakKind, expected) => {
    const picked = ids(draws(expected.length * 5, { location, breakKind, seed: 3 }));
    expect(new Set(picked)).toEqual(new Set(expected));
  });

  it('rules out a routine with any item the user cannot do there', () => {
    const picked = ids(draws(40, { location: 'desk', breakKind: 'long' }));
    expect(picked).not.toContain('long-floor-routine');
  });
});

describe('break length', () => {
  it('gives micro breaks only options that fit in a minute', () => {
    for (const result of draws(100, { location: 'floor' })) {
      expect(result.choice.seconds).toBeLessThanOrEqual(MICRO_BREAK_MAX_SECONDS);
    }
  });

  it('gives long breaks routines or exercises too long for a micro break', () => {
    for (const result of draws(100, { location: 'floor', breakKind: 'long' })) {
      const ok = result.choice.type === 'routine' || result.choice.seconds > MICRO_BREAK_MAX_SECONDS;
      expect(ok, result.choice.id).toBe(true);
    }
  });

  it('falls back to micro options when nothing longer suits', () => {
    const [result] = draws(1, { breakKind: 'long', location: 'desk', notForMe: LONG_AT_DESK });
    expect(result?.reason).toBe('no-long-option');
    expect(MICRO_AT_DESK).toContain(result?.choice.id);
  });
});

describe('fallback', () => {
  it('offers the posture check, with a reason, when everything is excluded', () => {
    const notForMe = [...MICRO_ON_FLOOR, ...LONG_ON_FLOOR];
    const state: RotationState = { shown: ['exercise:seated-a'], last: 'exercise:seated-a' };
    const result = chooseForBreak({
      breakKind: 'micro',
      location: 'floor',
      favourites: [],
      notForMe,
      state,
      random: seeded(1),
      catalogue,
    });
    expect(result.choice.id).toBe('posture-check');
    expect(result.reason).toBe('everything-excluded');
    expect(result.message).toMatch(/not for me/i);
    expect(result.state).toEqual(state);
  });

  it('works with the shipped content too', () => {
    const result = chooseForBreak({
      breakKind: 'long',
      location: 'desk',
      favourites: [],
      notForMe: shippedExercises.map((entry) => entry.id),
      state: initialRotationState,
      random: seeded(1),
    });
    expect(result.choice.id).toBe('posture-check');
    expect(result.reason).toBe('everything-excluded');
  });
});

describe('state', () => {
  it('is never mutated and stays plain JSON', () => {
    const state: RotationState = Object.freeze({ shown: Object.freeze(['exercise:seated-a']) });
    const result = chooseForBreak({
      breakKind: 'micro',
      location: 'desk',
      favourites: [],
      notForMe: [],
      state,
      random: seeded(1),
      catalogue,
    });
    expect(state.shown).toEqual(['exercise:seated-a']);
    expect(result.state).not.toBe(state);
    expect(JSON.parse(JSON.stringify(result.state))).toEqual(result.state);
  });

  it('forgets content that no longer exists', () => {
    const result = chooseForBreak({
      breakKind: 'micro',
      location: 'desk',
      favourites: [],
      notForMe: [],
      state: { shown: ['exercise:retired'], last: 'exercise:retired' },
      random: seeded(1),
      catalogue,
    });
    expect(result.state.shown).not.toContain('exercise:retired');
    expect(result.reason).toBe('rotation');
  });

  it('parses what was stored and starts over on anything else', () => {
    const stored = { shown: ['exercise:seated-a'], last: 'exercise:seated-a' };
    expect(parseRotationState(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    expect(parseRotationState(undefined)).toEqual(initialRotationState);
    expect(parseRotationState({ shown: 'nope' })).toEqual(initialRotationState);
  });

  it('copes with a random source that strays outside [0, 1)', () => {
    for (const value of [0, 0.999999, 1, -1, Number.NaN, 7]) {
      const result = chooseForBreak({
        breakKind: 'micro',
        location: 'desk',
        favourites: [],
        notForMe: [],
        state: initialRotationState,
        random: () => value,
        catalogue,
      });
      expect(MICRO_AT_DESK).toContain(result.choice.id);
    }
  });
});

describe('shipped content', () => {
  it('keeps desk breaks off the floor', () => {
    for (const breakKind of ['micro', 'long'] as const) {
      const random = seeded(11);
      let state: RotationState = initialRotationState;
      for (let i = 0; i < 60; i += 1) {
        const result = chooseForBreak({
          breakKind,
          location: 'desk',
          favourites: [],
          notForMe: [],
          state,
          random,
        });
        state = result.state;
        const played =
          result.choice.type === 'exercise'
            ? [result.choice.exercise]
            : result.choice.items.map((item) =>
                shippedExercises.find((entry) => entry.id === item.exerciseId),
              );
        for (const entry of played) expect(entry?.places.some((place) => place !== 'floor')).toBe(true);
      }
    }
  });

  it('offers the desk micro break routine and the posture check for micro breaks at the desk', () => {
    const random = seeded(2);
    let state: RotationState = initialRotationState;
    const picked: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const result = chooseForBreak({
        breakKind: 'micro',
        location: 'desk',
        favourites: [],
        notForMe: [],
        state,
        random,
      });
      picked.push(result.choice.id);
      state = result.state;
    }
    expect(picked).toEqual(expect.arrayContaining(['desk-micro-break', 'posture-check', 'chin-tuck']));
  });
});
