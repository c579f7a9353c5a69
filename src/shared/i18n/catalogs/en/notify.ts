/**
 * Desktop notifications: the heads-up before a break, and the few notices main sends on its own. Titles
 * are short (the system cuts them at about 40 characters); bodies may run to two or three lines.
 */
export const notify = {
  /** The heads-up before a break; {time}: how long until it starts, "1 min" unless the user changed it. */
  microWarningTitle: 'Stretch break in {time}',
  longWarningTitle: 'Long break in {time}',
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
  // What start-up repaired or could not save, in the notice titled above and atop Settings. {path}: a
  // file path; {reason}: the system's error code, e.g. EACCES.
  settingsCannotSave:
    'Unhunch cannot save its settings where it keeps them ({reason}), so changes will not be saved this session.',
  historyCannotSave:
    'Unhunch cannot save its history where it keeps it ({reason}), so changes will not be saved this session.',
  settingsUnreadableNoCopy:
    'Your settings file could not be read or copied, so Unhunch is using default settings for now and leaves the file as it is; changes will not be saved.',
  historyUnreadableNoCopy:
    'Your history file could not be read or copied, so Unhunch is using an empty history for now and leaves the file as it is; changes will not be saved.',
  settingsUnreadable:
    'Your settings file could not be read, so Unhunch started with default settings. The unreadable file was kept as {path}.',
  historyUnreadable:
    'Your history file could not be read, so Unhunch started with an empty history. The unreadable file was kept as {path}.',
  settingsNewer:
    'Your settings file was written by a newer version of Unhunch. It was left untouched; this version is using default settings and will not save changes.',
  historyNewer:
    'Your history file was written by a newer version of Unhunch. It was left untouched; this version is using an empty history and will not save changes.',
  ownCannotSave:
    'Unhunch cannot save your own exercises where it keeps them ({reason}), so changes will not be saved this session.',
  ownUnreadableNoCopy:
    'Your own exercises file could not be read or copied, so Unhunch started without your own exercises and leaves the file as it is; changes will not be saved.',
  ownUnreadable:
    'Your own exercises file could not be read, so Unhunch started without your own exercises. The unreadable file was kept as {path}.',
  ownNewer:
    'Your own exercises file was written by a newer version of Unhunch. It was left untouched; this version starts without your own exercises and will not save changes.',
  ownNoCopy:
    'Unhunch could not keep a copy of your own exercises file, so it leaves the file as it is; changes will not be saved.',
  ownWholeFile:
    'Your own exercises file was not in the expected shape, so Unhunch started without your own exercises.',
  /** Both counts may be 0 on their own; the code picks the sentence that fits. */
  ownSetAside: {
    one: 'In your own exercises, {count} entry was damaged and set aside.',
    other: 'In your own exercises, {count} entries were damaged and set aside.',
  },
  ownFixed: {
    one: 'In your own exercises, {count} problem was repaired.',
    other: 'In your own exercises, {count} problems were repaired.',
  },
  settingsNoCopy:
    'Unhunch could not keep a copy of your settings file, so it leaves the file as it is; changes will not be saved.',
  historyNoCopy:
    'Unhunch could not keep a copy of your history file, so it leaves the file as it is; changes will not be saved.',
  /** {repairs}: one of the sentences below saying what was repaired. */
  repairedKeptAs: '{repairs} Your old file was kept as {path}.',
  /** {fields}: the settings' names as stored, e.g. "settings.microBreak.everyMinutes, preferences.theme". */
  settingsReset: 'Some settings were invalid and were reset to defaults: {fields}.',
  /** As above, with {count} more names left unlisted. */
  settingsResetMore: {
    one: 'Some settings were invalid and were reset to defaults: {fields} and {count} more.',
    other: 'Some settings were invalid and were reset to defaults: {fields} and {count} more.',
  },
  /** Stands in a field list for the settings file as a whole. */
  settingsWholeFile: 'the whole file',
  historyStartedNew: 'Your history file was not in the expected shape, so Unhunch started a new history.',
  historyEntriesUnreadable: {
    one: '{count} history entry was unreadable and was left out.',
    other: '{count} history entries were unreadable and were left out.',
  },
  historyRolledUp: {
    one: 'Your history held more than {count} detailed entry, so the oldest days were summarised as daily totals. Your old file was kept as {path}.',
    other:
      'Your history held more than {count} detailed entries, so the oldest days were summarised as daily totals. Your old file was kept as {path}.',
  },
  historyTooLarge:
    'Your history is larger than Unhunch keeps and no copy of it could be made, so it is left as it is; changes will not be saved.',
  // Shown under a break's title in its window when the usual rotation could not be followed.
  rotationNewCycle: "You've been through every option for this kind of break, so the rotation starts over.",
  rotationNoLongOption: "Nothing longer suits where you are right now, so here's a shorter one.",
  rotationEverythingExcluded:
    "Everything that fits this break is marked not for me or needs somewhere you aren't, so here's a quick posture check instead.",
} as const;
