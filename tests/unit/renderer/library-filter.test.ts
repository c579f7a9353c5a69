import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../../src/shared/exercise-types';
import { exercises } from '../../../src/shared/exercises';
import { englishText } from '../../../src/shared/i18n/english';
import { routines } from '../../../src/shared/routines';
import {
  emptyFilter,
  emptyResultText,
  filterExercises,
  isFiltering,
  nameMatches,
  normaliseForSearch,
  resultCountText,
  type LibraryFilter,
} from '../../../src/renderer/src/library/library-filter';
import {
  bodyPartLabels,
  categoryLabels,
  doseText,
  formatDuration,
  keyStep,
  levelLabels,
  listLabels,
  optionsInUse,
  placeLabels,
  repsText,
  stepFacts,
  timesText,
  tipKindLabels,
} from '../../../src/renderer/src/library/library-format';
import { exerciseIdFromHash, libraryHash } from '../../../src/renderer/src/library/library-route';

const t = englishText('library');

function exercise(overrides: Partial<Exercise> & Pick<Exercise, 'id' | 'name'>): Exercise {
  return {
    level: 'all-levels',
    bodyParts: ['neck'],
    summary: 's',
    why: 'w',
    places: ['seated'],
    reps: 1,
    steps: [{ text: 'Do it' }],
    ...overrides,
  };
}

const catalogue: Exercise[] = [
  exercise({ id: 'neck-roll', name: 'Neck roll', bodyParts: ['neck'], places: ['seated', 'standing'] }),
  exercise({
    id: 'wall-angel',
    name: 'Wall angel',
    level: 'beginner',
    bodyParts: ['shoulders', 'upper-back'],
    places: ['wall'],
  }),
  exercise({
    id: 'side-plank',
    name: 'Side plank',
    level: 'intermediate',
    bodyParts: ['core', 'sides'],
    places: ['floor'],
  }),
  exercise({ id: 'kids-pose', name: "Kid's pose", bodyParts: ['lower-back'], places: ['floor'] }),
  exercise({
    id: 'push-up',
    name: 'Push-up',
    level: 'intermediate',
    bodyParts: ['chest'],
    places: ['floor'],
  }),
];

const ids = (filter: Partial<LibraryFilter>) =>
  filterExercises(catalogue, { ...emptyFilter, ...filter }).map((item) => item.id);

describe('filterExercises', () => {
  it('returns the whole catalogue, in order, when nothing is set', () => {
    expect(ids({})).toEqual(catalogue.map((item) => item.id));
    expect(filterExercises(exercises, emptyFilter)).toEqual([...exercises]);
  });

  it('searches names by words, in any order, ignoring case and extra spaces', () => {
    expect(ids({ query: 'plank' })).toEqual(['side-plank']);
    expect(ids({ query: '  PLANK   side ' })).toEqual(['side-plank']);
    expect(ids({ query: 'wall angle' })).toEqual([]);
    expect(ids({ query: 'ang' })).toEqual(['wall-angel']);
    expect(ids({ query: 'an' })).toEqual(['wall-angel', 'side-plank']);
  });

  it('does not care about apostrophes, hyphens or accents', () => {
    expect(ids({ query: 'kids' })).toEqual(['kids-pose']);
    expect(ids({ query: 'kid’s' })).toEqual(['kids-pose']);
    expect(ids({ query: 'pushup' })).toEqual(['push-up']);
    expect(ids({ query: 'push up' })).toEqual(['push-up']);
    expect(nameMatches('Crème stretch', 'creme')).toBe(true);
  });

  it('treats a query of only punctuation or spaces as no query', () => {
    expect(ids({ query: '   ' })).toHaveLength(catalogue.length);
    expect(ids({ query: "'-" })).toHaveLength(catalogue.length);
  });

  it('filters by body part', () => {
    expect(ids({ bodyPart: 'upper-back' })).toEqual(['wall-angel']);
    expect(ids({ bodyPart: 'glutes' })).toEqual([]);
  });

  it('filters by place: any one of an exercise’s places is enough', () => {
    expect(ids({ place: 'standing' })).toEqual(['neck-roll']);
    expect(ids({ place: 'floor' })).toEqual(['side-plank', 'kids-pose', 'push-up']);
  });

  it('filters by level, counting all-levels exercises as suitable for every level', () => {
    expect(ids({ level: 'beginner' })).toEqual(['neck-roll', 'wall-angel', 'kids-pose']);
    expect(ids({ level: 'intermediate' })).toEqual(['neck-roll', 'side-plank', 'kids-pose', 'push-up']);
  });

  it('combines every filter with AND', () => {
    expect(ids({ place: 'floor', level: 'intermediate', bodyPart: 'core' })).toEqual(['side-plank']);
    expect(ids({ place: 'floor', query: 'pose', level: 'beginner' })).toEqual(['kids-pose']);
    expect(ids({ place: 'wall', query: 'plank' })).toEqual([]);
  });

  it('finds the real exercises by name', () => {
    const found = (query: string) =>
      filterExercises(exercises, { ...emptyFilter, query }).map((item) => item.id);
    expect(found('chin')).toEqual(['chin-tuck']);
    expect(found('childs pose')).toEqual(['childs-pose-reach']);
    expect(found('pushup')).toEqual(['scapular-push-up']);
    expect(found('pose')).toEqual(['cat-pose', 'childs-pose-reach']);
  });
});

describe('search text', () => {
  it('normalises to lower-case words', () => {
    expect(normaliseForSearch("  Child's  Pose, with REACH ")).toBe('childs pose with reach');
  });

  it('finds names in other languages and scripts, ignoring case and accents', () => {
    expect(nameMatches('Étirement des pectoraux au mur', 'etirement MUR')).toBe(true);
    expect(nameMatches('Schulterkreisen', 'SCHULTER')).toBe(true);
    expect(nameMatches('Gesäßbrücke', 'gesass')).toBe(true);
    expect(nameMatches('Straße', 'strasse')).toBe(true);
    expect(nameMatches('Flexão escapular', 'flexao')).toBe(true);
    expect(nameMatches('あご引き', 'あご')).toBe(true);
    expect(nameMatches('收下巴', '下巴')).toBe(true);
    expect(nameMatches('收下巴', '猫')).toBe(false);
    expect(normaliseForSearch('Élévation – ÉPAULES')).toBe('elevation epaules');
  });

  it('searches the names of a localized catalogue', () => {
    const localized = catalogue.map((item) =>
      item.id === 'side-plank' ? { ...item, name: 'Planche latérale' } : item,
    );
    const found = filterExercises(localized, { ...emptyFilter, query: 'laterale' }).map((item) => item.id);
    expect(found).toEqual(['side-plank']);
    expect(filterExercises(localized, { ...emptyFilter, query: 'side plank' })).toEqual([]);
  });
});

describe('filter state and messages', () => {
  it('knows when a filter is on', () => {
    expect(isFiltering(emptyFilter)).toBe(false);
    expect(isFiltering({ ...emptyFilter, query: '  ' })).toBe(false);
    expect(isFiltering({ ...emptyFilter, query: 'a' })).toBe(true);
    expect(isFiltering({ ...emptyFilter, place: 'wall' })).toBe(true);
    expect(isFiltering({ ...emptyFilter, level: 'beginner' })).toBe(true);
    expect(isFiltering({ ...emptyFilter, bodyPart: 'neck' })).toBe(true);
  });

  it('counts results for the live region', () => {
    expect(resultCountText(t, 10, 10)).toBe('10 exercises');
    expect(resultCountText(t, 4, 10)).toBe('4 of 10 exercises');
    expect(resultCountText(t, 1, 10)).toBe('1 of 10 exercises');
    expect(resultCountText(t, 1, 1)).toBe('1 exercise');
    expect(resultCountText(t, 0, 10)).toBe('No exercises match');
    expect(resultCountText(t, 1200, 1500)).toBe('1,200 of 1,500 exercises');
  });

  it('explains an empty result in terms of what the user set', () => {
    expect(emptyResultText(t, { ...emptyFilter, query: ' zzz ' })).toBe('No exercise is called “zzz”.');
    expect(emptyResultText(t, { ...emptyFilter, query: 'zzz', place: 'wall' })).toBe(
      'No exercise is called “zzz” with these filters.',
    );
    expect(emptyResultText(t, { ...emptyFilter, place: 'wall', bodyPart: 'glutes' })).toBe(
      'No exercise fits all of these filters.',
    );
  });
});

describe('library route', () => {
  it('reads an exercise id from the hash', () => {
    expect(exerciseIdFromHash('#/library/chin-tuck')).toBe('chin-tuck');
    expect(exerciseIdFromHash('#library/chin-tuck/')).toBe('chin-tuck');
    expect(exerciseIdFromHash('#/library/chin-tuck?from=tray')).toBe('chin-tuck');
  });

  it('reads the list for anything else', () => {
    for (const hash of ['', '#', '#/library', '#/library/', '#/player/chin-tuck', '#/library/Chin Tuck']) {
      expect(exerciseIdFromHash(hash)).toBeUndefined();
    }
  });

  it('builds hashes that read back', () => {
    expect(libraryHash()).toBe('#/library');
    for (const item of exercises) expect(exerciseIdFromHash(libraryHash(item.id))).toBe(item.id);
  });
});

describe('formatting', () => {
  it('rounds durations the way a person would say them', () => {
    expect(formatDuration(t, 12)).toBe('About 10 seconds');
    expect(formatDuration(t, 2)).toBe('About 5 seconds');
    expect(formatDuration(t, 44)).toBe('About 45 seconds');
    expect(formatDuration(t, 80)).toBe('About 1 minute');
    expect(formatDuration(t, 150)).toBe('About 3 minutes');
  });

  it('says how many times', () => {
    expect([1, 2, 5].map((count) => timesText(t, count))).toEqual(['once', 'twice', '5 times']);
    expect([1, 2, 5].map((count) => repsText(t, count))).toEqual([
      'Go through these steps once.',
      'Go through these steps twice.',
      'Go through these steps 5 times.',
    ]);
  });

  it('lists hold seconds and sides for a step', () => {
    expect(stepFacts(t, { text: 'x' })).toEqual([]);
    expect(stepFacts(t, { text: 'x', holdSeconds: 5 })).toEqual(['Hold 5 s']);
    expect(stepFacts(t, { text: 'x', holdSeconds: 3, timing: 'move', side: 'left' })).toEqual([
      'Move for 3 s',
      'Left side',
    ]);
    expect(stepFacts(t, { text: 'x', holdSeconds: 2, timing: 'rest' })).toEqual(['Rest 2 s']);
    expect(stepFacts(t, { text: 'x', side: 'right' })).toEqual(['Right side']);
  });

  it('describes a routine item’s dose, falling back to the exercise’s own reps', () => {
    const item = exercises.find((candidate) => candidate.id === 'wall-pec-stretch')!;
    expect(doseText(t, { exerciseId: item.id }, item)).toBe(timesText(t, item.reps));
    expect(doseText(t, { exerciseId: item.id, reps: 2, holdSeconds: 30 }, item)).toBe('twice, holding 30 s');
    expect(doseText(t, { exerciseId: item.id, reps: 1, holdSeconds: 20 }, item)).toBe('once, holding 20 s');
    expect(doseText(t, { exerciseId: item.id, reps: 4, holdSeconds: 5 }, item)).toBe('4 times, holding 5 s');
    for (const routine of routines) {
      for (const entry of routine.items) {
        const target = exercises.find((candidate) => candidate.id === entry.exerciseId);
        expect(target, `${routine.id} names ${entry.exerciseId}`).toBeDefined();
      }
    }
  });

  it('offers only the filter options the catalogue uses, in a stable order', () => {
    expect(optionsInUse(placeLabels(t), ['floor', 'seated', 'floor'])).toEqual([
      { value: 'seated', label: 'Seated' },
      { value: 'floor', label: 'On the floor' },
    ]);
    const used = optionsInUse(
      bodyPartLabels(t),
      exercises.flatMap((item) => item.bodyParts),
    ).map((option) => option.value);
    expect(new Set(used)).toEqual(new Set(exercises.flatMap((item) => item.bodyParts)));
  });

  it('labels every value from the catalog and lists them as the locale separates tags', () => {
    expect(bodyPartLabels(t)['upper-back']).toBe('Upper back');
    expect(placeLabels(t).wall).toBe('At a wall');
    expect(levelLabels(t)['all-levels']).toBe('All levels');
    expect(categoryLabels(t).strength).toBe('Strengthen');
    expect(tipKindLabels(t).medication).toBe('Medicine');
    expect(listLabels('en', placeLabels(t), ['seated', 'standing', 'wall'])).toBe(
      'Seated, Standing, At a wall',
    );
    expect(listLabels('ja', placeLabels(t), ['seated', 'standing'])).toBe('Seated、Standing');
  });

  it('pictures an exercise by its first held position, else its first drawn step', () => {
    const held = exercise({
      id: 'held',
      name: 'Held',
      steps: [
        { text: 'Sit', pose: 'held/sit' },
        { text: 'Move', pose: 'held/move', holdSeconds: 3, timing: 'move' },
        { text: 'Hold', pose: 'held/hold', holdSeconds: 5 },
      ],
    });
    expect(keyStep(held)?.pose).toBe('held/hold');
    const moving = exercise({
      id: 'moving',
      name: 'Moving',
      steps: [{ text: 'Get set' }, { text: 'Move', pose: 'moving/move', holdSeconds: 3, timing: 'move' }],
    });
    expect(keyStep(moving)?.pose).toBe('moving/move');
    expect(keyStep(exercise({ id: 'bare', name: 'Bare' }))).toBeUndefined();
    // Every exercise in the library has a picture for its card.
    for (const item of exercises) expect(keyStep(item), item.id).toBeDefined();
  });
});
