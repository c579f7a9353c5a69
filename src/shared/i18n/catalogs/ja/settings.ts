import type { Messages } from '../../catalog';

/** 設定ウィンドウ。ラベルは入力欄の横に並び、ウィンドウの幅は420 pxまで狭くなることがあります。 */
export const settings = {
  documentTitle: '設定 · Unhunch',
  title: '設定',
  lead: '変更はすぐに保存されます。',
  loading: '設定を読み込んでいます…',
  dismiss: '閉じる',
  saved: '保存しました',
  savedAgain: '保存しました。',
  // 各問題（検証メッセージ）は「。」で終わるので、ここでは句点を付けません。
  notSaved: '保存されませんでした：{problems}',
  fieldProblem: '{field}：{problem}',
  notSavedBecause: '保存されませんでした：{reason}',
  couldNotLoad: '設定を読み込めませんでした：{reason}',

  // ナビゲーションとセクション
  sectionsNav: '設定のセクション',
  sectionsMenu: 'セクション',
  sectionBreaks: '休憩',
  sectionPostponing: '延期',
  sectionHours: '勤務時間',
  sectionMoments: 'タイミング',
  sectionExercises: 'エクササイズ',
  sectionRoutines: 'ルーティン',
  sectionCues: '音と音声',
  sectionShortcuts: 'キーボードショートカット',
  sectionAppearance: '外観と言語',
  sectionSystem: '起動とプライバシー',
  resetQuestion: '「{section}」のすべての設定を既定値に戻しますか？',
  resetConfirm: '「{section}」をリセット',
  cancel: 'キャンセル',
  resetSection: 'このセクションを既定値に戻す',
  resetSectionLabel: 'このセクションを既定値に戻す：{section}',
  resetDone: '{section}：既定値に戻しました。',

  // 数値欄のあとの単位
  unitMinutes: '分',
  unitSeconds: '秒',

  // 休憩
  microBreaks: 'ミニ休憩',
  microEnabled: 'ミニ休憩をとる',
  microEnabledHint: 'デスクで短いストレッチをします。',
  microEvery: 'ミニ休憩の間隔',
  microEveryHint: '活動時間で数えます。コンピューターから離れている時間は含みません。',
  microDuration: 'ミニ休憩の長さ',
  longBreaks: '長めの休憩',
  longEnabled: '長めの休憩をとる',
  longEnabledHint: 'いくつかのエクササイズを続けて行うルーティンです。できればデスクを離れて行いましょう。',
  longEvery: '長めの休憩の間隔',
  longDuration: '長めの休憩の長さ',
  beforeBetween: '休憩の前と合間',
  warning: '休憩前のお知らせ',
  warningHint: '休憩が始まる何秒前に通知するかです。0にすると通知しません。',
  idle: '離席とみなすまでの時間',
  idleHint: 'キーボードやマウスを操作しない秒数です。離席していた時間は、自然な休憩として数えます。',
  breakScreens: '休憩を表示する画面',
  breakScreensActive: '使っている画面',
  breakScreensActiveHint: '休憩が始まるときにポインターがある画面です。',
  breakScreensAll: 'すべての画面',
  breakScreensAllHint: '使っている画面にはエクササイズを、ほかの画面には静かなカウントダウンを表示します。',

  // 延期
  postponeBy: '延期する時間',
  postponeMax: '1回の休憩で延期できる回数',
  postponeMaxHint: '0にすると延期できません。',
  strict: '厳格モード',
  strictHint: '休憩を延期したりスキップしたりできなくなります。',

  // 勤務時間
  hoursEnabled: '勤務時間中だけ通知する',
  hoursEnabledHint: '勤務時間外には休憩をお知らせしません。',
  workingDays: '勤務日',
  start: '開始',
  startHint: '24時間表記で入力します（例：09:00）。',
  end: '終了',
  endHint: '24:00は1日の終わりです。終了を開始より前にすると、深夜0時をまたぎます。',
  timePlaceholder: 'HH:MM',

  // タイミング
  momentsLead: '都合の悪いときは休憩を保留し、その状況が終わってから休憩を始めます。',
  doNotDisturb: 'おやすみモード中は休憩を保留する',
  doNotDisturbHint: 'システムの集中モードまたはおやすみモードです。',
  fullscreen: '全画面表示のウィンドウがあるときは休憩を保留する',
  fullscreenHint: 'プレゼンテーション、動画、ゲームなど。',
  calls: '通話中は休憩を保留する',
  callsHint: 'カメラまたはマイクを使っている間です。',
  grace: '保留した休憩までの待ち時間',
  graceHint: '通話、全画面表示、集中モードが終わってから待つ時間です。',
  maxDeferral: '休憩を保留する最大時間',
  maxDeferralHint: 'それを過ぎると、代わりに控えめな通知でお知らせします。',
  pauseWhileApps: 'これらのアプリの実行中は一時停止する',
  pauseWhileAppsHint: 'zoom や obs などのプロセス名です。大文字と小文字は区別しません。',
  onlyWhileApps: 'これらのいずれかの実行中だけ通知する',
  onlyWhileAppsHint: '空欄にすると、何が実行中でも通知します。',
  workedThrough: '休憩中に作業を続けたら知らせる',
  workedThroughHint:
    '休憩中に入力やマウス操作をすると「作業を続行」として記録し、一度だけそっとお知らせします。',
  noApps: 'まだアプリはありません。',
  appToAdd: '追加するアプリ',
  appPlaceholder: '例：zoom',
  add: '追加',
  addTo: '「{list}」に追加',
  remove: '削除',
  removeApp: '{app}を削除',
  typeAppName: '先にアプリ名を入力してください。',
  appAlreadyListed: '{app}はすでにリストにあります。',

  // エクササイズ
  location: '作業する場所',
  locationDesk: 'デスクのみ',
  locationDeskHint: '座って、立って、壁を使ってできるエクササイズです。',
  locationFloor: '床のスペースあり',
  locationFloorHint: 'プランクなど、床で行うエクササイズも含みます。',
  doses: '回数・時間と出番',
  dosesLead:
    '回数とキープ時間を自分で決められます。エクササイズ本来の値を使う場合は、空欄のままにしてください。',
  exerciseColumn: 'エクササイズ',
  repsColumn: '回数',
  holdColumn: 'キープ',
  offerColumn: '休憩での出番',
  exercisesList: 'エクササイズ',
  reps: '回数',
  repsHint: '空欄なら、このエクササイズ本来の{reps}回です。',
  hold: 'キープ',
  holdHint: '空欄なら、このエクササイズ本来の{seconds}秒です。',
  useDefaultDose: '既定の回数・時間に戻す',
  useDefaultDoseFor: '{exercise}を既定の回数・時間に戻す',
  offerInBreaks: '休憩での出番',
  offerNormal: 'いつもどおり',
  offerFavourite: '多めに',
  offerNever: '使わない',

  // ルーティン
  routinesLead: '各ルーティンが休憩で出てくる頻度です。',
  routinesList: 'ルーティン',

  // 音と音声
  sounds: '音の合図',
  soundsHint: 'キープの始まりと終わりに、やわらかいチャイムが鳴ります。',
  voice: '音声ガイド',
  voiceHint: 'システムの音声で各手順を読み上げます。',
  noVoice: '音声ガイドには読み上げ用の音声が必要ですが、このコンピューターには見つかりませんでした。',

  // キーボードショートカット
  shortcutsLead:
    'どのアプリを使っていても動作します。設定するまではオフです。デスクトップによっては、許可を求められることがあります。',
  shortcutHint:
    'Ctrl、Alt、Super（MacではCommandまたはOption）と組み合わせたキーです（例：Ctrl+Alt+S）。ファンクションキーは単独でも使えます。',
  shortcutQuickStretch: 'クイックストレッチ',
  shortcutPauseResume: '休憩を一時停止・再開',
  shortcutSkipBreak: '現在の休憩をスキップ',
  shortcutOff: 'オフ',
  shortcutSet: '設定',
  shortcutChange: '変更',
  shortcutRecording: 'キーを押してください…',
  shortcutTurnOff: 'オフにする',
  shortcutTurnOffLabel: '{action}をオフにする',
  shortcutRecordingHint: '新しいキーを押してください。Escでキャンセルします。',
  // {problem} は「。」で終わる検証メッセージです。
  shortcutRefused: '{keys}：{problem}',
  shortcutNoKey: 'そのキーはショートカットに使えません。',

  // 外観と言語
  theme: 'テーマ',
  themeSystem: 'システムと同じ',
  themeLight: 'ライト',
  themeDark: 'ダーク',
  language: '言語',
  languageSystem: 'システムと同じ',
  languageHint:
    'すべてのウィンドウがすぐに切り替わります。「システムと同じ」では、コンピューターの言語に従います。',

  // 起動とプライバシー
  startAtLogin: 'ログイン時にUnhunchを起動する',
  startAtLoginHint: 'トレイで静かに待機します。',
  startAtLoginUnavailable: 'この環境では、ログイン時の起動は使えません。',
  painCheckIn: '休憩のあとに背中の上部の具合をたずねる',
  painCheckInHint:
    '0〜10で答えます。回答はこのコンピューターにだけ保存され、「進捗」に傾向として表示されます。',
} satisfies Messages['settings'];
