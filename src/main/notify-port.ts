/** What the break coordinator asks of desktop notifications; `desktop-notifier.ts` provides it. */
export type NoticeAction = 'postpone' | 'skip';

export interface BreakNotice {
  title: string;
  body: string;
  /** Buttons to offer where the platform has them (not on Linux through notify-send). */
  actions: readonly NoticeAction[];
  /**
   * How long what it says stays true (a heads-up: until its break starts). Where the notice's time on
   * screen is ours to set, it stays that long; other notices stay the notifier's default.
   */
  seconds?: number;
}

export interface Notifier {
  /** Shows the notice, replacing any earlier one; `onAction` runs if the user picks an action. */
  show(notice: BreakNotice, onAction: (action: NoticeAction) => void): void;
  /** Withdraws the current notice where the platform allows it. */
  dismiss(): void;
}
