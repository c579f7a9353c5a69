import type { Messages } from '../../catalog';

/** 進捗ウィンドウ：今日の数字、連続記録、履歴のグラフ、エクスポート。 */
export const progress = {
  documentTitle: '進捗 · {appName}',
  title: '進捗',
  lead: '休憩と活動時間の記録です。このコンピューターにだけ保存されます。',
  loading: '進捗を読み込んでいます…',
  loadFailed: '進捗を読み込めませんでした：{error}',

  todayHeading: '今日',
  activeMinutes: '活動時間（分）',
  breaksCompleted: '完了した休憩',
  skipped: 'スキップ',
  workedThrough: '作業を続行',
  streakLabel: '連続記録：',
  streakNone: 'まだ連続記録はありません。休憩を1回完了すると始まります。',
  streakToday: { other: '今日を含めて{count}日連続です。' },
  streakNotToday: { other: '{count}日連続です。今日も休憩を完了すると記録が続きます。' },

  historyHeading: '履歴',
  periodLegend: '表示する期間',
  periodDays: { other: '過去{count}日間' },

  breaksChartTitle: '1日ごとの休憩',
  completed: '完了',
  minutesChartTitle: '1日ごとの活動時間（分）',
  breaksSummary: { other: '過去{count}日間：完了{completed}回、スキップ{skipped}回。' },
  minutesSummary: { other: '過去{count}日間の活動時間は合計{minutes}です。' },
  minutesMost: '最も多かったのは{date}の{minutes}です。',
  minutes: { other: '{count}分' },
  completedCount: { other: '完了{count}回' },
  skippedCount: { other: 'スキップ{count}回' },
  activeMinutesCount: { other: '活動{count}分' },
  chartPoint: '{date}：{value}',
  dayColumn: '日付',

  painChartTitle: '背中の上部の痛み',
  painTableCaption: '日ごとの背中の上部の痛み',
  painLegend: '1日の平均（0＝痛みなし、10＝最も強い痛み）',
  trendLegend: '傾向',
  painAverageColumn: '平均（0〜10）',
  checkInsColumn: 'チェック回数',
  painNone: { other: '過去{count}日間に痛みチェックはありません。' },
  checkIns: { other: '{count}回' },
  painAverage: { other: '過去{count}日間の痛みチェックは{checkIns}、平均は10点中{average}です。' },
  painCheckIns: { other: '過去{count}日間の痛みチェックは{checkIns}です。' },
  trendEasing: '痛みは軽くなる傾向です：10点中およそ{start}から{end}へ。',
  trendRising: '痛みは強くなる傾向です：10点中およそ{start}から{end}へ。',
  trendLevel: '痛みはほぼ横ばいです：10点中およそ{start}から{end}へ。',
  painCheckInOff:
    '痛みチェックはオフになっています。背中の上部の具合が時間とともにどう変わるかを見るには、設定で「休憩のあとに背中の上部の具合をたずねる」をオンにしてください。',
  noCheckInsYet: 'この期間の痛みチェックはまだありません。痛みチェックは休憩のあとに表示されます。',

  exportHeading: 'エクスポート',
  exportLead:
    '履歴全体をファイルとして保存できます。表計算ソフトで使ったり、自分の記録として残したりできます。',
  exportCsv: 'CSVをエクスポート',
  exportJson: 'JSONをエクスポート',
  exportSaved: '{format}を{path}に保存しました',
  exportCancelled: 'エクスポートをキャンセルしました。',
  exportFailed: '{format}のエクスポートに失敗しました：{error}',
} satisfies Messages['progress'];
