import type { Messages } from '../../catalog';

/** ようこそウィンドウ：初回の起動時と、実行中にUnhunchをもう一度開いたときに表示します。 */
export const welcome = {
  documentTitle: 'ようこそ · Unhunch',
  title: 'Unhunchへようこそ',
  lead: '首と背中の上部のための、ガイド付きの短いストレッチです。作業中に、実際にコンピューターに向かっていた時間に合わせてお知らせします。データはすべてこのコンピューターに保存されます。',
  breaks: '休憩',
  statusFailed:
    'Unhunchは次の休憩がいつになるかを確認できませんでした。このウィンドウを閉じて、もう一度開いてください。',
  actions: '何をしますか？',
  where: 'Unhunchの場所',
  gnomeHint:
    'GNOMEでトレイアイコンを表示するには、「AppIndicator and KStatusNotifierItem Support」拡張機能（{package}）が必要です。拡張機能をオンにしてから、いったんログアウトしてログインし直し、Unhunchをもう一度起動してください。',
  quitHere: '終了すると、Unhunchをもう一度開くまで休憩は止まります。',

  trayMac: 'Unhunchは、画面上部のメニューバーにあります。',
  trayWindows:
    'Unhunchは、タスクバーの右端にある通知領域にあります（アイコンが見当たらない場合は、時計の横にある小さな矢印をクリックしてください）。',
  trayLinux: 'Unhunchは、デスクトップのパネルにあるシステムトレイにあります。',
  trayOther: 'Unhunchは、デスクトップのシステムトレイにあります。',
  trayUse:
    '{place}アイコンをクリックすると、ストレッチを始めたり、休憩を一時停止したり、エクササイズ一覧・設定・進捗を開いたりできます。このウィンドウを閉じてもUnhunchは動き続け、休憩の時間になるとお知らせします。',
  noTray:
    'お使いのデスクトップにはトレイアイコンが表示されないため、このウィンドウが入り口になります。いつ閉じてもかまいません。閉じてもUnhunchは動き続け、休憩の時間になるとお知らせします。ここに戻るには、アプリランチャーからUnhunchをもう一度開いてください。',

  startFailed: '{action}を開始できませんでした。もう一度試してください。',
  openFailed: '{action}を開けませんでした。もう一度試してください。',
  postponeFailed: '休憩を延期できませんでした。もう一度試してください。',
  skipFailed: '休憩をスキップできませんでした。もう一度試してください。',
  pauseFailed: '休憩を一時停止できませんでした。もう一度試してください。',
  resumeFailed: '休憩を再開できませんでした。もう一度試してください。',
  quitFailed: 'Unhunchを終了できませんでした。もう一度試してください。',
} satisfies Messages['welcome'];
