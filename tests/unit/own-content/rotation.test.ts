import { englishText } from '../../../src/shared/i18n/english';
import { describe, expect, it } from 'vitest';
import {
  catalogueWithDoses,
  createBreakContentChooser,
  memoryRotation,
} from '../../../src/main/break-content';
import { chooseForBreak, initialRotationState, MICRO_BREAK_MAX_SECONDS } from '../../../src/shared/rotation';
import {
  checkExerciseDraft,
  exerciseOf,
  routineOf,
  type OwnContent,
  type OwnExercise,
} from '../../../src/shared/own-content';
import { neckRoll } from './fixtures';

const stamp = '2026-03-18T15:00:00.000Z';
function exercise(id: string, change: Partial<ReturnType<typeof neckRoll>>): OwnExercise {
  const checked = checkExerciseDraft({ ...neckRoll(), ...change });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return exerciseOf(id, checked.value, stamp);
}

// 3 reps of 5 s + 8 s = 39 s: a micro break. 3 reps of 5 s + 30 s = 105 s: a long one.
const short = exercise('own-exercise-shortshort', { name: 'Short one' });
const long = exercise('own-exercise-longlonglo', {
  name: 'Long one',
  steps: [{ text: 'Hold it.', holdSeconds: 30, timing: 'hold' }, { text: 'Let go.' }],
});
const hidden = exercise('own-exercise-hiddenhidd', { name: 'Not offered', offerInBreaks: false });
const routine = routineOf(
  'own-routine-rrrrrrrrrr',
  {
    name: 'Mine',
    summary: '',
    items: [{ exerciseId: hidden.id }, { exerciseId: 'chin-tuck' }],
    offerInBreaks: true,
  },
  stamp,
);
const own: OwnContent = { exercises: [short, long, hidden], routines: [routine] };

const pool = (kind: 'micro' | 'long', content: OwnContent = own) => {
  const catalogue = catalogueWithDoses({}, content);
  const seen = new Set<string>();
  let state = initialRotationState;
  // Drawing through a whole cycle lists every option once.
  for (let i = 0; i < 40; i++) {
    const result = chooseForBreak({
      breakKind: kind,
      location: 'desk',
      favourites: [],
      notForMe: [],
      state,
      random: () => 0.5,
      catalogue,
    });
    seen.add(result.choice.id);
    state = result.state;
  }
  return seen;
};

describe('own content in the rotation', () => {
  it('offers own exercises marked for breaks, micro or long by their real length', () => {
    expect(pool('micro')).toContain(short.id);
    expect(pool('micro')).not.toContain(long.id);
    expect(pool('long')).toContain(long.id);
    expect(pool('long')).not.toContain(short.id);
  });

  it('never offers one not marked, yet plays it inside an offered routine, whose kind is its length', () => {
    expect(pool('micro')).not.toContain(hidden.id);
    expect(pool('long')).not.toContain(hidden.id);
    // 39 s of the hidden one + the chin tuck's run: over a minute, so a long break's.
    const catalogue = catalogueWithDoses({}, own);
    const mine = catalogue.routines.find((candidate) => candidate.id === routine.id)!;
    expect(mine.breakKinds).toEqual(['long']);
    expect(pool('long')).toContain(routine.id);
    expect(pool('micro')).not.toContain(routine.id);
  });

  it('judges an own routine on the user’s doses, as it will play', () => {
    const catalogue = catalogueWithDoses({ [hidden.id]: { reps: 1 }, 'chin-tuck': { reps: 1 } }, own);
    const mine = catalogue.routines.find((candidate) => candidate.id === routine.id)!;
    expect(mine.minutes * 60).toBeLessThanOrEqual(MICRO_BREAK_MAX_SECONDS);
    expect(mine.breakKinds).toEqual(['micro']);
  });

  it('serves a break from an own exercise under its name, and forgets one deleted', () => {
    let content: OwnContent = { exercises: [short], routines: [] };
    const choose = createBreakContentChooser(
      () => ({ location: 'desk', favourites: [], notForMe: [], exerciseOverrides: {} }),
      memoryRotation(),
      { notify: englishText('notify'), content: () => undefined },
      () => 0.999,
      () => content,
    );
    const served = Array.from({ length: 8 }, () => choose('micro'));
    expect(served).toContainEqual({ title: 'Short one', items: [{ exerciseId: short.id }] });
    content = { exercises: [], routines: [] };
    expect(Array.from({ length: 8 }, () => choose('micro').title)).not.toContain('Short one');
  });
});
