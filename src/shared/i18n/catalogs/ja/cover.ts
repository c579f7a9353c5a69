import type { Messages } from '../../catalog';

/** 休憩中、ほかのディスプレイに表示する落ち着いた画面。押すものはありません。 */
export const cover = {
  documentTitle: '休憩 · Unhunch',
  breakMicro: 'ストレッチ休憩',
  breakLong: '長めの休憩',
  timeLeft: '残り{time}',
  lineMicro: 'ストレッチ休憩：{title}は、使っていた画面に表示されています。',
  lineLong: '長めの休憩：{title}は、使っていた画面に表示されています。',
  lineFinish: '使っていた画面で{title}を最後まで終えてから、作業に戻ってください。',
} satisfies Messages['cover'];
