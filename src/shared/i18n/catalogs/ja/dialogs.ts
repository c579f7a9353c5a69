import type { Messages } from '../../catalog';

/**
 * システムが描くもの：ウィンドウのタイトル、macOSのアプリメニュー、保存とエラーのダイアログ、システムが
 * ショートカットやログイン項目を受け付けなかったときに設定に表示する理由。macOSのメニュー項目は
 * macOS標準の表記（ウインドウ、しまう など）に合わせています。
 */
export const dialogs = {
  playerWindow: 'Unhunch — ストレッチ',
  libraryWindow: 'Unhunch — エクササイズ一覧',
  settingsWindow: 'Unhunch — 設定',
  progressWindow: 'Unhunch — 進捗',
  welcomeWindow: 'Unhunch — ようこそ',
  galleryWindow: 'Unhunch — ポーズギャラリー',
  coverWindow: 'Unhunch — 休憩',
  aboutMenu: 'Unhunchについて',
  hideMenu: 'Unhunchを非表示',
  hideOthersMenu: 'ほかを非表示',
  showAllMenu: 'すべてを表示',
  editMenu: '編集',
  undoMenu: '取り消す',
  redoMenu: 'やり直す',
  cutMenu: 'カット',
  copyMenu: 'コピー',
  pasteMenu: 'ペースト',
  pasteAndMatchStyleMenu: 'ペーストしてスタイルを合わせる',
  deleteMenu: '削除',
  selectAllMenu: 'すべてを選択',
  windowMenu: 'ウインドウ',
  minimizeMenu: 'しまう',
  closeMenu: 'ウインドウを閉じる',
  exportHistoryTitle: '履歴をエクスポート',
  startFailedTitle: 'Unhunchを起動できませんでした',
  startFailedBody: '{error}\n\n設定と履歴は{folder}にあります。',
  shortcutRefused:
    'ほかのアプリがすでに{shortcut}を使っているため、Unhunchでは動作しません。別のショートカットを選ぶか、そのアプリを終了してから設定を開き直してください。',
  shortcutRefusedWayland:
    'デスクトップが{shortcut}をUnhunchに割り当てませんでした。ほかのアプリが使っているか、デスクトップがアプリにグローバルショートカットを提供していない可能性があります。別のショートカットを選んでください。',
  shortcutUnreadable:
    '{shortcut}は、この環境ではグローバルショートカットとして使えません。別のショートカットを選んでください。',
  loginItemUnpackagedMac:
    'ログイン時の起動は、Unhunchをインストールすると使えるようになります。macOSでソースから実行している場合は、自分自身を登録できません。',
  loginItemUnsupported: 'このシステムでは、ログイン時の起動は使えません。',
  loginItemMacApproval:
    'macOSがあなたの許可を待っています。「システム設定」＞「一般」＞「ログイン項目」で、Unhunchを許可してください。',
  loginItemTurnOnFailed: 'ログイン時の起動をオンにできませんでした：{error}',
  loginItemTurnOffFailed: 'ログイン時の起動をオフにできませんでした：{error}',
  loginItemTurnOnNotKept: 'ログイン時の起動をオンにできませんでした：システムが変更を保持しませんでした。',
  loginItemTurnOffNotKept: 'ログイン時の起動をオフにできませんでした：システムが変更を保持しませんでした。',
  everyScreenWayland:
    'お使いのデスクトップ（Wayland）がウィンドウの位置を決めるため、休憩はデスクトップが配置した1つの画面にだけ表示されます。',
} satisfies Messages['dialogs'];
