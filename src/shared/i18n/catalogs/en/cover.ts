/** A calm screen on every other display while a scheduled break runs; it has nothing to press. */
export const cover = {
  documentTitle: 'Break · Unhunch',
  breakMicro: 'Stretch break',
  breakLong: 'Long break',
  /** The countdown's name for screen readers; `{time}` is a length of time in words ("2 minutes, 5 seconds"). */
  timeLeft: '{time} left',
  /** The line under the countdown; `{title}` is the exercise's or routine's name. */
  lineMicro: 'Stretch break: {title} is on the screen you were using.',
  lineLong: 'Long break: {title} is on the screen you were using.',
  /** Once the break's time is up while the stretch is still going. */
  lineFinish: 'Finish {title} on the screen you were using, then carry on.',
} as const;
