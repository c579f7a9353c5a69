import type { Messages } from '../../catalog';

/**
 * 設定が受け付けられなかった理由。設定ページで項目の下に表示します。ページは「。」で終わらない文に
 * 半角のピリオドを付けるので、日本語では各メッセージを「。」で終わる独立した文にしています。また、ページは
 * 先頭の文字を大文字にするので、true や kebab-case のような値でメッセージを始めないでください。
 * 引用符の中の値や Ctrl+Alt+S のような値は、入力する内容や設定ファイルの内容なので、そのままにします。
 */
export const validation = {
  mustBeNumber: '数値で指定してください。',
  mustBeWholeNumber: '整数で指定してください。',
  atLeast: '{min}以上にしてください。',
  atMost: '{max}以下にしてください。',
  atLeastSeconds: '{min}秒以上にしてください。',
  atMostSeconds: '{max}秒以下にしてください。',
  atLeastMinutes: '{min}分以上にしてください。',
  atMostMinutes: '{max}分以下にしてください。',
  mustBeTrueOrFalse: '値は true または false で指定してください。',
  mustBeOneOf: '{options} のいずれかで指定してください。',
  mustBeActiveOrAll: '"active" または "all" で指定してください。',
  mustBeTimeText: '"HH:MM" 形式の文字列で指定してください。',
  mustBeTimeOfDay: '00:00から24:00までの "HH:MM" で指定してください。',
  dayMustBeNumber: '曜日は0〜6の数値で指定してください。',
  dayMustBeWholeNumber: '曜日は0〜6の整数で指定してください。',
  dayOutOfRange: '曜日は0〜6で指定してください。',
  mustBeWeekdays: '曜日のリスト（0＝日曜日 … 6＝土曜日）で指定してください。',
  mustNotRepeatDay: '同じ曜日を重複して指定しないでください。',
  appNameMustBeText: 'アプリ名は文字列で指定してください。',
  appNameMustNotBeEmpty: 'アプリ名を空にすることはできません。',
  appNameTooLong: 'アプリ名は{max}文字以内にしてください。',
  mustBeAppList: 'アプリ名のリストで指定してください。',
  tooManyApps: 'アプリは{max}個までにしてください。',
  mustBeObject: 'オブジェクトで指定してください。',
  mustBeObjectLike: '{example} のようなオブジェクトで指定してください。',
  unknownSetting: '不明な設定です。',
  mustBeText: '文字列で指定してください。',
  mustBeId: 'IDは kebab-case で指定してください。',
  mustBeIdList: 'IDのリストで指定してください。',
  tooManyIds: 'IDは{max}個までにしてください。',
  mustBeOverrides: 'エクササイズIDをキーとするオブジェクトで指定してください。',
  notAnExerciseId: '有効なエクササイズIDではありません。',
  notARotationState: '有効なローテーションの状態ではありません。',
  mustBeShortcutOrEmpty: 'Ctrl+Alt+S のようなショートカットを指定するか、空にしてください。',
  unknownShortcut: '不明なショートカットです。',
  takenByQuickStretch: 'すでに「クイックストレッチ」のショートカットに使われています。',
  takenByPauseResume: 'すでに「休憩を一時停止・再開」のショートカットに使われています。',
  takenBySkipBreak: 'すでに「現在の休憩をスキップ」のショートカットに使われています。',
  mustBeKeysJoinedByPlus: 'Ctrl+Alt+S のように、キーを "+" でつないで指定してください。',
  notAKey: '"{key}" は、Unhunchで使えるキーではありません。',
  needsAKey: 'Ctrl、Alt、Shift、Super以外のキーが必要です。',
  onlyOneKey: 'Ctrl、Alt、Shift、Super以外のキーは1つだけにしてください。',
  needsModifier:
    'キーと一緒にCtrl、Alt、Super（MacではCommandまたはOption）のいずれかが必要です。そうしないと、そのキーがほかのすべてのアプリで使えなくなってしまいます。',
  couldNotSave: '設定を保存できませんでした：{reason}',
} satisfies Messages['validation'];
