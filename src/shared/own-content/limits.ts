/**
 * Limits on the user's own exercises and routines, as data the form states ("at most 20 steps") and every
 * check enforces. Generous for anything a person types, small enough that a hostile file or a runaway
 * caller cannot make the store, the rotation or the player slow.
 */
export const OWN_LIMITS = {
  /** Own exercises kept at once (the trash not counted). */
  exercises: 200,
  routines: 100,
  nameLength: 80,
  summaryLength: 200,
  whyLength: 600,
  cautionLength: 300,
  easierLength: 300,
  stepTextLength: 300,
  steps: 20,
  /** Seconds of one step: a long stretch fits, a typo such as 3000 does not. */
  stepSecondsMin: 1,
  stepSecondsMax: 300,
  repsMin: 1,
  repsMax: 30,
  routineItems: 20,
  /** A whole run (every rep of every step, or every item of a routine) as the player plays it. */
  runMinutesMax: 60,
  /** Deletions that can still be undone; older ones are forgotten. */
  undoableDeletions: 20,
  /**
   * An import file larger than this is refused before it is read. A full export at every other limit,
   * in a script of three bytes a character, stays below it (a unit test checks it).
   */
  importBytes: 8 * 1024 * 1024,
} as const;

export type OwnLimits = typeof OWN_LIMITS;
