import type { Messages } from '../../catalog';

/** プレーヤーウィンドウ：エクササイズやルーティンを、タイマーと音声の合図つきで1手順ずつ進めます。 */
export const player = {
  nothingToPlay: '表示するエクササイズがありません',
  nothingToPlayHint:
    'トレイアイコンからクイックストレッチを始めるか、エクササイズ一覧からエクササイズを選んでください。',
  close: '閉じる',

  reasonQuick: 'クイックストレッチ',
  reasonMicro: 'ストレッチ休憩',
  reasonLong: '長めの休憩',
  skipBreak: '休憩をスキップ',

  captionHold: 'キープ',
  captionMove: '動かす',
  captionRest: '休む',
  captionPosition: '準備',
  captionReady: 'スタンバイ',
  captionPaused: '一時停止',
  timerLabel: { other: 'あと{count}秒、{caption}' },

  exerciseOf: 'エクササイズ{number}/{total}：{name}',
  repOf: '{rep}/{reps}回目',
  stepOf: '手順{step}/{steps}',
  leftSide: '左側',
  rightSide: '右側',

  start: '開始',
  pause: '一時停止',
  resume: '再開',
  previous: '前へ',
  next: '次へ',
  postpone: '延期',
  controlsLabel: 'プレーヤーの操作',
  cuesLabel: '音と音声ガイド',
  soundCues: '音の合図',
  spokenCues: '音声ガイド',
  keysHint: 'Space：開始または一時停止 · ← →：前または次の手順',
  keysHintEscClose: 'Space：開始または一時停止 · ← →：前または次の手順\u00a0· Esc：閉じる',
  keysHintEscSkip: 'Space：開始または一時停止 · ← →：前または次の手順\u00a0· Esc：休憩をスキップ',

  moreLabel: '安全上の注意と手順',
  takeCare: '注意：',
  allSteps: 'すべての手順',

  finishedTitle: 'お疲れさまでした',
  finishedText: '{title}が終わりました。肩を回して息を吐いたら、いつもの作業に戻りましょう。',
  again: 'もう一度',
  done: '完了',

  announceStep: '全{total}手順中、{step}番目の手順です。',
  announceExercise: '全{total}種目中、{number}番目のエクササイズ、{name}です。',
  announceRep: '全{reps}回中、{rep}回目です。',
  announceLeftSide: '左側です。',
  announceRightSide: '右側です。',
  announceHold: { other: '{count}秒キープします。' },
  announceSeconds: { other: '{count}秒です。' },
  announcePaused: '一時停止しました。',
  announceFinished: '終了です。お疲れさまでした。',
  sayHold: '{step}キープしてください。',

  painQuestion: '背中の上部の具合はいかがですか？',
  painHint:
    '{min}は痛みなし、{max}は想像できる最も強い痛みです。回答は任意で、このコンピューターにだけ保存されます。',
  painNoneSpoken: '痛みなし',
  painWorstSpoken: '最も強い痛み',
  painNoneEnd: '痛みなし',
  painWorstEnd: '最も強い痛み',
  painSaveFailed: '回答を保存できませんでした。もう一度試すか、スキップしてください。',
  painSave: '回答を保存',
  painSkip: '質問をスキップ',
} satisfies Messages['player'];
