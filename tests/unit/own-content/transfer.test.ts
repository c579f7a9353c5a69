import { describe, expect, it } from 'vitest';
import {
  buildExport,
  checkExerciseDraft,
  exerciseOf,
  OWN_CONTENT_FORMAT,
  OWN_LIMITS,
  parseImport,
  planImport,
  previewImport,
  routineOf,
  type OwnContent,
  type OwnExercise,
  type OwnRoutine,
  type ParsedImport,
} from '../../../src/shared/own-content';
import { neckRoll } from './fixtures';

const NOW = new Date('2026-03-18T15:00:00.000Z');
const stamp = NOW.toISOString();

function exercise(id: string, name: string): OwnExercise {
  const checked = checkExerciseDraft({ ...neckRoll(), name });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return exerciseOf(id, checked.value, stamp);
}
const routine = (id: string, name: string, exerciseIds: string[]): OwnRoutine =>
  routineOf(
    id,
    { name, summary: '', items: exerciseIds.map((exerciseId) => ({ exerciseId })), offerInBreaks: false },
    stamp,
  );

const rollA = exercise('own-exercise-aaaaaaaaaa', 'Neck roll');
const rollB = exercise('own-exercise-bbbbbbbbbb', 'Side bend');
const morning = routine('own-routine-mmmmmmmmmm', 'Morning', ['chin-tuck', rollA.id]);
const mine: OwnContent = { exercises: [rollA, rollB], routines: [morning] };

const file = (body: Record<string, unknown>): string =>
  JSON.stringify({ format: OWN_CONTENT_FORMAT, version: 1, exercises: [], routines: [], ...body });

describe('export', () => {
  it('writes one routine with the own exercises it uses, and reads back as the same content', () => {
    const exported = buildExport(mine, { kind: 'routine', id: morning.id }, NOW)!;
    expect(exported.fileName).toBe('unhunch-routine-morning.json');
    const parsed = parseImport(exported.content);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // Built-in exercises travel by id only; the own one goes with it; timestamps stay home.
    expect(parsed.parsed.exercises.map((e) => e.id)).toEqual([rollA.id]);
    expect({ ...parsed.parsed.exercises[0], updatedAt: stamp }).toEqual(rollA);
    expect({ ...parsed.parsed.routines[0], updatedAt: stamp }).toEqual(morning);
  });

  it('writes one exercise, or everything', () => {
    expect(JSON.parse(buildExport(mine, { kind: 'exercise', id: rollB.id }, NOW)!.content)).toMatchObject({
      format: OWN_CONTENT_FORMAT,
      version: 1,
      exercises: [{ id: rollB.id, name: 'Side bend' }],
      routines: [],
    });
    const all = buildExport(mine, { kind: 'all' }, NOW)!;
    expect(all.fileName).toBe('unhunch-own-exercises-2026-03-18.json');
    expect(parseImport(all.content)).toMatchObject({
      ok: true,
      parsed: { exercises: [{}, {}], routines: [{}] },
    });
    expect(buildExport(mine, { kind: 'exercise', id: 'own-exercise-gonegonego' }, NOW)).toBeUndefined();
  });

  it('keeps a full export at every limit, in three-byte characters, under the import cap', () => {
    const wide = (n: number) => '語'.repeat(n);
    const big = Array.from({ length: OWN_LIMITS.exercises }, (_, i) =>
      exerciseOf(
        `own-exercise-${String(i).padStart(10, '0')}`,
        {
          ...neckRoll(),
          name: wide(OWN_LIMITS.nameLength - 4) + String(i).padStart(4, '0'),
          summary: wide(OWN_LIMITS.summaryLength),
          why: wide(OWN_LIMITS.whyLength),
          caution: wide(OWN_LIMITS.cautionLength),
          easier: wide(OWN_LIMITS.easierLength),
          steps: Array.from({ length: OWN_LIMITS.steps }, () => ({
            text: wide(OWN_LIMITS.stepTextLength),
            holdSeconds: 1,
            timing: 'hold' as const,
            side: 'left' as const,
            pose: 'chin-tuck/tucked',
          })),
        },
        stamp,
      ),
    );
    const content = buildExport({ exercises: big, routines: [] }, { kind: 'all' }, NOW)!.content;
    expect(Buffer.byteLength(content)).toBeLessThan(OWN_LIMITS.importBytes);
    expect(parseImport(content, Buffer.byteLength(content)).ok).toBe(true);
  });
});

describe('import of a hostile or broken file', () => {
  const entry = (change: Record<string, unknown>) => ({
    id: 'own-exercise-xxxxxxxxxx',
    ...neckRoll(),
    ...change,
  });
  const cases: [string, string, string][] = [
    ['a file over the size cap', ' '.repeat(OWN_LIMITS.importBytes + 1), 'The file is larger than 8 MB'],
    [
      'a 10 MB string',
      file({ exercises: [entry({ name: 'x'.repeat(10 * 1024 * 1024) })] }),
      'larger than 8 MB',
    ],
    ['not JSON', '{"format": ', 'The file is not an Unhunch export: it is not JSON.'],
    ['JSON that is a list', '[]', 'The file is not an Unhunch export of exercises and routines.'],
    [
      'another format',
      JSON.stringify({ format: 'workrave', version: 1 }),
      'not an Unhunch export of exercises',
    ],
    ['a newer format', file({ version: 7 }), 'made by a newer version of Unhunch (format 7)'],
    ['a version as text', file({ version: '1' }), 'format version is not a number'],
    ['nothing in it', file({}), 'The file holds no exercises or routines.'],
    ['exercises not a list', file({ exercises: { a: 1 } }), 'Exercises: must be a list.'],
    [
      'too many exercises',
      file({ exercises: Array.from({ length: 201 }, () => 1) }),
      'more than 200 exercises',
    ],
    [
      'an unknown top-level field',
      file({ script: 'alert(1)' }),
      '“script” is not something Unhunch knows here.',
    ],
    [
      'an unknown field in an exercise',
      file({ exercises: [entry({ colour: 'red' })] }),
      'Exercise 1 (“Neck roll”) in the file: “colour” is not something Unhunch knows here.',
    ],
    [
      'a "__proto__" key in an exercise',
      file({ exercises: [entry({})] }).replace('"name"', '"__proto__": {"isAdmin": true}, "name"'),
      '“__proto__” is not something Unhunch knows here.',
    ],
    [
      'a built-in id',
      file({ exercises: [entry({ id: 'chin-tuck' })] }),
      'Its id is not the id of an Unhunch exercise.',
    ],
    [
      'thousands of steps',
      file({
        exercises: [entry({ steps: Array.from({ length: 3000 }, () => ({ text: 'x', holdSeconds: 1 })) })],
      }),
      'Exercise 1 (“Neck roll”) in the file: An exercise can have at most 20 steps.',
    ],
    [
      'a wrong type deep inside',
      file({ exercises: [entry({ steps: [{ text: 'x', holdSeconds: '5' }] })] }),
      'Step 1, hold: from 1 to 300 seconds.',
    ],
    [
      'a duplicate id',
      file({ exercises: [entry({}), entry({ name: 'Other' })] }),
      'the id “own-exercise-xxxxxxxxxx” is used twice in the file.',
    ],
    [
      'a name used twice',
      file({ exercises: [entry({}), entry({ id: 'own-exercise-yyyyyyyyyy', name: 'NECK ROLL' })] }),
      'the name “NECK ROLL” is used twice in the file.',
    ],
    [
      'a routine using an exercise not in the file',
      file({
        routines: [
          { id: 'own-routine-rrrrrrrrrr', name: 'R', items: [{ exerciseId: 'own-exercise-notthere00' }] },
        ],
      }),
      'Routine 1 (“R”) in the file: Exercise 1 of the routine, there is no exercise “own-exercise-notthere00”.',
    ],
  ];

  it.each(cases)('refuses %s, saying what is wrong', (_what, text, message) => {
    const result = parseImport(text, Buffer.byteLength(text));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain(message);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('lists ten problems and counts the rest', () => {
    const text = file({ exercises: Array.from({ length: 15 }, (_, i) => entry({ id: `bad-${i}` })) });
    const result = parseImport(text);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) {
      expect(result.problems).toHaveLength(11);
      expect(result.problems[10]).toBe('…and 5 more problems.');
    }
  });
});

describe('import preview and plan', () => {
  const incoming = (): ParsedImport => ({
    exercises: [
      { ...rollA, summary: 'A newer version.' }, // same id as mine: replace, keep both or skip
      exercise('own-exercise-cccccccccc', 'side bend'), // same name as mine
      exercise('own-exercise-dddddddddd', 'Plank'), // a built-in name
      exercise('own-exercise-eeeeeeeeee', 'Wrist circles'), // new
    ],
    routines: [routine('own-routine-nnnnnnnnnn', 'Evening', [rollA.id, 'own-exercise-eeeeeeeeee'])],
  });
  const ids = (() => {
    let n = 0;
    return (kind: 'exercise' | 'routine') => `own-${kind}-new${String(n++).padStart(7, '0')}`;
  })();
  const plan = (choices: Record<string, 'add' | 'replace' | 'keep-both' | 'skip'>) =>
    planImport({
      parsed: incoming(),
      own: mine,
      choices,
      takenIds: new Set([rollA.id, rollB.id, morning.id]),
      newId: ids,
      now: '2026-03-19T00:00:00.000Z',
    });

  it('shows what is new and what conflicts, by id or name, and what a conflict allows', () => {
    const preview = previewImport(incoming(), mine);
    expect(
      preview.map(({ key, conflict, choices, needsChoice }) => ({
        key,
        by: conflict?.by,
        with: conflict?.with,
        choices,
        needsChoice,
      })),
    ).toEqual([
      {
        key: `exercise:${rollA.id}`,
        by: 'id',
        with: 'own',
        choices: ['replace', 'keep-both', 'skip'],
        needsChoice: true,
      },
      {
        key: 'exercise:own-exercise-cccccccccc',
        by: 'name',
        with: 'own',
        choices: ['replace', 'keep-both', 'skip'],
        needsChoice: true,
      },
      {
        key: 'exercise:own-exercise-dddddddddd',
        by: 'name',
        with: 'built-in',
        choices: ['keep-both', 'skip'],
        needsChoice: true,
      },
      {
        key: 'exercise:own-exercise-eeeeeeeeee',
        by: undefined,
        with: undefined,
        choices: ['add', 'skip'],
        needsChoice: false,
      },
      {
        key: 'routine:own-routine-nnnnnnnnnn',
        by: undefined,
        with: undefined,
        choices: ['add', 'skip'],
        needsChoice: false,
      },
    ]);
    expect(preview[4]!.uses).toEqual([`exercise:${rollA.id}`, 'exercise:own-exercise-eeeeeeeeee']);
  });

  it('refuses to go on while a conflict has no choice, naming each', () => {
    expect(plan({})).toEqual({
      ok: false,
      problems: [
        'Choose what to do with “Neck roll”, “side bend”, and “Plank”: replace, keep both, or skip.',
      ],
    });
    expect(
      plan({
        [`exercise:${rollA.id}`]: 'skip',
        'exercise:own-exercise-cccccccccc': 'skip',
        'exercise:own-exercise-dddddddddd': 'replace',
      }),
    ).toEqual({
      ok: false,
      problems: ['“Plank” is built in and cannot be replaced; keep both or skip.'],
    });
  });

  it('replaces in place, keeps both under a free name, and lets routines follow their exercises', () => {
    const result = plan({
      [`exercise:${rollA.id}`]: 'replace',
      'exercise:own-exercise-cccccccccc': 'keep-both',
      'exercise:own-exercise-dddddddddd': 'skip',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.exercises.map((e) => [e.id, e.name, e.summary])).toEqual([
      [rollA.id, 'Neck roll', 'A newer version.'],
      [rollB.id, 'Side bend', rollB.summary],
      [expect.stringMatching(/^own-exercise-new/), 'side bend (2)', rollB.summary],
      ['own-exercise-eeeeeeeeee', 'Wrist circles', rollB.summary],
    ]);
    expect(result.routines.at(-1)).toMatchObject({
      name: 'Evening',
      items: [{ exerciseId: rollA.id }, { exerciseId: 'own-exercise-eeeeeeeeee' }],
    });
    expect({ added: result.added, replaced: result.replaced }).toEqual({ added: 3, replaced: 1 });
  });

  it('refuses a routine whose new exercise was skipped', () => {
    const result = plan({
      [`exercise:${rollA.id}`]: 'skip',
      'exercise:own-exercise-cccccccccc': 'skip',
      'exercise:own-exercise-dddddddddd': 'skip',
      'exercise:own-exercise-eeeeeeeeee': 'skip',
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        'The routine “Evening” uses “Wrist circles”, which you chose to skip. Import it too, or skip the routine.',
      ],
    });
  });
});
