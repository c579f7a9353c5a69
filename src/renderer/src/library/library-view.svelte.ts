import type { Exercise } from '../../../shared/exercise-types';
import { exercises } from '../../../shared/exercises';
import { localizeExercise } from '../../../shared/i18n/content';
import { currentContent } from '../i18n/locale.svelte';
import { emptyFilter, filterExercises, isFiltering, type LibraryFilter } from './library-filter';
import type { OwnContentView } from '../../../shared/own-content';
import { exerciseIdFromHash, formFromHash, libraryHash } from './library-route';

/**
 * The library page's state: the filter the user set and which exercise's detail is open. The filter lives
 * here rather than in the list component so it survives a visit to a detail page and back.
 */
export class LibraryView {
  query = $state(emptyFilter.query);
  bodyPart = $state<LibraryFilter['bodyPart']>(emptyFilter.bodyPart);
  level = $state<LibraryFilter['level']>(emptyFilter.level);
  place = $state<LibraryFilter['place']>(emptyFilter.place);

  /** The hash this view last read; the detail follows it, so the Back button and history agree. */
  hash = $state('');
  /** True when the open detail was reached from the list, so Back can be a plain history step. */
  private openedFromList = false;

  readonly filter: LibraryFilter = $derived({
    query: this.query,
    bodyPart: this.bodyPart,
    level: this.level,
    place: this.place,
  });
  /** The user's own exercises and routines, once main has answered; kept current by `ownContentChanged`. */
  own = $state<OwnContentView | undefined>();

  /** The built-in exercises in the window's language, then the user's own (as they typed them). */
  readonly builtIn: Exercise[] = $derived(
    exercises.map((exercise) => localizeExercise(exercise, currentContent())),
  );
  /** The catalogue in the window's language, so the search finds names as the user reads them. */
  readonly catalogue: Exercise[] = $derived([...this.builtIn, ...(this.own?.exercises ?? [])]);
  /** The own-content form the hash names, if any. */
  readonly form = $derived(formFromHash(this.hash));
  readonly results: Exercise[] = $derived(filterExercises(this.catalogue, this.filter));
  readonly filtering = $derived(isFiltering(this.filter));
  readonly requestedId = $derived(exerciseIdFromHash(this.hash));
  readonly selected: Exercise | undefined = $derived(
    this.requestedId === undefined
      ? undefined
      : this.catalogue.find((exercise) => exercise.id === this.requestedId),
  );

  constructor(hash: string) {
    this.hash = hash;
  }

  clear(): void {
    this.query = emptyFilter.query;
    this.bodyPart = emptyFilter.bodyPart;
    this.level = emptyFilter.level;
    this.place = emptyFilter.place;
  }

  /**
   * Set while a form is open that was reached from a page of this window's history (the list or an
   * exercise's), which Cancel then steps back to: `openedFromList` of the exercise's page it left, or
   * `list`. Undefined while no form is open, or when the window opened on the form.
   */
  private formLeft: { openedFromList: boolean } | 'list' | undefined;

  /** Follows a hash change; returns the id of the detail it closed, if it closed one. */
  followHash(hash: string): string | undefined {
    const before = this.selected;
    const formBefore = this.form;
    this.hash = hash;
    const after = this.selected;
    if (this.form !== undefined && formBefore === undefined) {
      this.formLeft = before === undefined ? 'list' : { openedFromList: this.openedFromList };
    }
    // Back from a form to the exercise's page it left: that page's way back stands.
    const returned = formBefore !== undefined ? this.formLeft : undefined;
    if (this.form === undefined) this.formLeft = undefined;
    if (after !== undefined && before === undefined) {
      this.openedFromList = typeof returned === 'object' ? returned.openedFromList : true;
    }
    if (after === undefined) this.openedFromList = false;
    return before !== undefined && after === undefined ? before.id : undefined;
  }

  /**
   * Leaves a form unsaved: a history step back to the page it was opened from, else a jump to the
   * list. Returns whether it stepped back (the page then changes once history has moved).
   */
  cancelForm(location: Location = window.location, history: History = window.history): boolean {
    if (this.formLeft !== undefined) {
      history.back();
      return true;
    }
    location.hash = libraryHash();
    return false;
  }

  /** Leaves the detail: a history step back when the list came first, else a jump to the list. */
  closeDetail(location: Location = window.location, history: History = window.history): void {
    if (this.openedFromList) history.back();
    else location.hash = libraryHash();
  }
}
