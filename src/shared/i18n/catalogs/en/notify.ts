/**
 * Desktop notifications: the heads-up before a break, and the few notices main sends on its own. Titles
 * are short (the system cuts them at about 40 characters); bodies may run to two or three lines.
 */
export const notify = {
  /** The heads-up before a break; {count}: seconds until it starts (about 30). */
  microWarningTitle: { other: 'Stretch break in {count} s' },
  longWarningTitle: { other: 'Long break in {count} s' },
  /** {title}: the exercise or routine the break will play. */
  warningBody: 'Next up: {title}',
  /** A break held back so long that it comes as a notification instead of a window. */
  microOfferTitle: 'Stretch break: when you can',
  longOfferTitle: 'Long break: when you can',
  /** {title}: the exercise or routine the break would play. */
  offerBody: 'Your break has waited a while. When you have a moment, try: {title}.',
  /** The user asked to pause during a strict break. */
  strictTitle: 'Finish this break first',
  strictBody: 'Strict mode is on: the break ends when you finish it. You can pause breaks after that.',
  /** The user kept typing through a break shown in its window. */
  workedThroughTitle: 'Your break is still on',
  workedThroughBody:
    'If you can, let go of the keyboard and mouse for a moment. It helps more than it seems.',
  postponeLimitTitle: 'No more postponing',
  postponeLimitBody: 'This break has been put off as often as allowed.',
  /** Buttons on the heads-up (macOS, Windows): one word each where the language allows. */
  postponeAction: 'Postpone',
  skipAction: 'Skip',
  /** At start, when the settings or history file had to be repaired; the body says what was done. */
  repairedTitle: 'Unhunch repaired its files',
  // Shown under a break's title in its window when the usual rotation could not be followed.
  rotationNewCycle: "You've been through every option for this kind of break, so the rotation starts over.",
  rotationNoLongOption: "Nothing longer suits where you are right now, so here's a shorter one.",
  rotationEverythingExcluded:
    "Everything that fits this break is marked not for me or needs somewhere you aren't, so here's a quick posture check instead.",
} as const;
