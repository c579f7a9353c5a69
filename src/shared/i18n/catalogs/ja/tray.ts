import type { Messages } from '../../catalog';

/** トレイのメニューと1行のステータス（ツールチップとメニューの1行目）。 */
export const tray = {
  tooltip: 'Unhunch — {status}',
  postpone: '休憩を延期',
  skip: '休憩をスキップ',
  quickStretch: 'クイックストレッチ',
  library: 'エクササイズ一覧',
  pause: '休憩を一時停止',
  resume: '休憩を再開',
  progress: '進捗',
  settings: '設定…',
  quit: 'Unhunchを終了',
  pauseFor30Minutes: '30分間',
  pauseFor1Hour: '1時間',
  pauseFor2Hours: '2時間',
  pauseUntilTomorrow: '明日まで',
  pauseUntilResumed: '再開するまで',
} satisfies Messages['tray'];
