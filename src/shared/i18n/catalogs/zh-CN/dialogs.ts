import type { Messages } from '../../catalog';

/**
 * 系统为 Unhunch 绘制的内容：窗口标题、macOS 应用菜单、保存和错误对话框，
 * 以及系统拒绝快捷键或登录项时设置中给出的原因。
 */
export const dialogs = {
  // 窗口标题：任务栏和窗口切换器会显示，所以应用名称放在前面。
  playerWindow: 'Unhunch — 拉伸',
  libraryWindow: 'Unhunch — 练习库',
  settingsWindow: 'Unhunch — 设置',
  progressWindow: 'Unhunch — 进度',
  welcomeWindow: 'Unhunch — 欢迎',
  galleryWindow: 'Unhunch — 姿势图库',
  coverWindow: 'Unhunch — 休息',
  // macOS 应用菜单（托盘菜单里有“退出”）。
  aboutMenu: '关于 Unhunch',
  hideMenu: '隐藏 Unhunch',
  hideOthersMenu: '隐藏其他',
  showAllMenu: '全部显示',
  editMenu: '编辑',
  undoMenu: '撤销',
  redoMenu: '重做',
  cutMenu: '剪切',
  copyMenu: '拷贝',
  pasteMenu: '粘贴',
  pasteAndMatchStyleMenu: '粘贴并匹配样式',
  deleteMenu: '删除',
  selectAllMenu: '全选',
  windowMenu: '窗口',
  minimizeMenu: '最小化',
  closeMenu: '关闭窗口',
  exportHistoryTitle: '导出历史记录',
  startFailedTitle: 'Unhunch 无法启动',
  startFailedBody: '{error}\n\n你的设置和历史记录在 {folder} 中。',
  // 显示在设置中对应快捷键的旁边。
  shortcutRefused:
    '另一个应用已经在使用 {shortcut}，所以它在 Unhunch 中不起作用。请换一个，或者关闭那个应用后重新打开设置。',
  shortcutRefusedWayland:
    '你的桌面没有把 {shortcut} 分配给 Unhunch：可能有其他应用在使用它，也可能桌面不向应用提供全局快捷键。请换一个。',
  shortcutUnreadable: '{shortcut} 在这里不能用作全局快捷键。请换一个。',
  // 显示在设置中“登录时启动”的旁边。
  loginItemUnpackagedMac: '安装 Unhunch 之后才能使用登录时启动；在 macOS 上从源代码运行时，它无法自行注册。',
  loginItemUnsupported: '此系统不支持登录时启动。',
  loginItemMacApproval: 'macOS 正在等待你的批准：请在“系统设置 > 通用 > 登录项”中允许 Unhunch。',
  loginItemTurnOnFailed: '无法开启登录时启动：{error}',
  loginItemTurnOffFailed: '无法关闭登录时启动：{error}',
  loginItemTurnOnNotKept: '无法开启登录时启动：系统没有保留这项更改。',
  loginItemTurnOffNotKept: '无法关闭登录时启动：系统没有保留这项更改。',
  everyScreenWayland:
    '你的桌面（Wayland）决定窗口的位置，所以休息只会显示在一个屏幕上，也就是桌面放置它的那个屏幕。',
} satisfies Messages['dialogs'];
