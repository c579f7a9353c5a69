import type { Messages } from '../../catalog';

/**
 * デスクトップ通知：休憩前のお知らせと、メインプロセスが独自に送る少数の通知。タイトルは短く（システムが
 * 40文字前後で切ります）、本文は2〜3行まで。
 */
export const notify = {
  microWarningTitle: 'あと{time}でストレッチ休憩',
  longWarningTitle: 'あと{time}で長めの休憩',
  warningBody: '次のメニュー：{title}',
  microOfferTitle: 'ストレッチ休憩：都合のよいときに',
  longOfferTitle: '長めの休憩：都合のよいときに',
  offerBody: '休憩がしばらく保留されています。時間ができたら、{title}をやってみてください。',
  strictTitle: '先にこの休憩を終えてください',
  strictBody: '厳格モードがオンです。休憩は最後まで行うと終わります。休憩の一時停止は、そのあとでできます。',
  workedThroughTitle: '休憩はまだ続いています',
  workedThroughBody:
    'できれば、少しの間キーボードとマウスから手を離してください。思っている以上に効果があります。',
  postponeLimitTitle: 'これ以上延期できません',
  postponeLimitBody: 'この休憩は、許可されている回数まで延期されました。',
  postponeAction: '延期',
  skipAction: 'スキップ',
  repairedTitle: 'Unhunchがファイルを修復しました',
  settingsCannotSave:
    'Unhunchは、いつもの保存場所に設定を保存できません（{reason}）。そのため、このセッション中の変更は保存されません。',
  historyCannotSave:
    'Unhunchは、いつもの保存場所に履歴を保存できません（{reason}）。そのため、このセッション中の変更は保存されません。',
  settingsUnreadableNoCopy:
    '設定ファイルを読み込むことも、コピーすることもできませんでした。そのため、Unhunchは当面は既定の設定を使い、ファイルはそのままにしておきます。変更は保存されません。',
  historyUnreadableNoCopy:
    '履歴ファイルを読み込むことも、コピーすることもできませんでした。そのため、Unhunchは当面は空の履歴を使い、ファイルはそのままにしておきます。変更は保存されません。',
  settingsUnreadable:
    '設定ファイルを読み込めなかったため、Unhunchは既定の設定で起動しました。読み込めなかったファイルは{path}として残してあります。',
  historyUnreadable:
    '履歴ファイルを読み込めなかったため、Unhunchは空の履歴で起動しました。読み込めなかったファイルは{path}として残してあります。',
  settingsNewer:
    '設定ファイルは、より新しいバージョンのUnhunchで書き込まれています。ファイルには手を加えていません。このバージョンは既定の設定を使い、変更は保存しません。',
  historyNewer:
    '履歴ファイルは、より新しいバージョンのUnhunchで書き込まれています。ファイルには手を加えていません。このバージョンは空の履歴を使い、変更は保存しません。',
  ownCannotSave:
    'Unhunchは、いつもの保存場所に自作のエクササイズを保存できません（{reason}）。そのため、このセッション中の変更は保存されません。',
  ownUnreadableNoCopy:
    '自作のエクササイズのファイルを読み込むことも、コピーすることもできませんでした。そのため、Unhunchは自作のエクササイズなしで起動し、ファイルはそのままにしておきます。変更は保存されません。',
  ownUnreadable:
    '自作のエクササイズのファイルを読み込めなかったため、Unhunchは自作のエクササイズなしで起動しました。読み込めなかったファイルは{path}として残してあります。',
  ownNewer:
    '自作のエクササイズのファイルは、より新しいバージョンのUnhunchで書き込まれています。ファイルには手を加えていません。このバージョンは自作のエクササイズなしで起動し、変更は保存しません。',
  ownNoCopy:
    'Unhunchは自作のエクササイズのファイルのコピーを残せなかったため、ファイルはそのままにしておきます。変更は保存されません。',
  ownWholeFile:
    '自作のエクササイズのファイルが想定した形式ではなかったため、Unhunchは自作のエクササイズなしで起動しました。',
  ownSetAside: {
    other: '自作のエクササイズのうち{count}件が壊れていたため、別にしておきました。',
  },
  ownFixed: {
    other: '自作のエクササイズで、{count}件の問題を修復しました。',
  },
  settingsNoCopy:
    'Unhunchは設定ファイルのコピーを残せなかったため、ファイルはそのままにしておきます。変更は保存されません。',
  historyNoCopy:
    'Unhunchは履歴ファイルのコピーを残せなかったため、ファイルはそのままにしておきます。変更は保存されません。',
  repairedKeptAs: '{repairs}元のファイルは{path}として残してあります。',
  settingsReset: '無効な設定があったため、既定値に戻しました：{fields}。',
  settingsResetMore: {
    other: '無効な設定があったため、既定値に戻しました：{fields}、ほか{count}件。',
  },
  settingsWholeFile: 'ファイル全体',
  historyStartedNew: '履歴ファイルが想定した形式ではなかったため、Unhunchは新しい履歴を始めました。',
  historyEntriesUnreadable: {
    other: '履歴のうち{count}件を読み込めなかったため、除外しました。',
  },
  historyRolledUp: {
    other:
      '履歴の詳細な記録が{count}件を超えていたため、古い日の記録は1日ごとの合計にまとめました。元のファイルは{path}として残してあります。',
  },
  historyTooLarge:
    '履歴がUnhunchで保持できる量を超えていて、コピーも作れなかったため、そのままにしておきます。変更は保存されません。',
  rotationNewCycle: 'この種類の休憩の候補をひととおり行ったので、また最初から順番に出します。',
  rotationNoLongOption: '今いる場所に合う長めのものがないため、短めのものにしました。',
  rotationEverythingExcluded:
    'この休憩に合うものがすべて「使わない」に設定されているか、今いない場所が必要なものなので、代わりに手早く姿勢チェックをしましょう。',
} satisfies Messages['notify'];
