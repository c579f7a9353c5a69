import type { Messages } from '../../catalog';

/** 欢迎窗口：第一次运行时显示；Unhunch 运行期间再次打开它时也会显示。 */
export const welcome = {
  documentTitle: '欢迎 · Unhunch',
  title: '欢迎使用 Unhunch',
  lead: '在你工作时提供简短的引导式拉伸，照顾你的颈部和上背部；提醒时间按你实际使用电脑的时长来计算。所有内容都只保存在这台电脑上。',
  breaks: '休息',
  statusFailed: 'Unhunch 无法确定下一次休息的时间。请关闭此窗口，再重新打开试一次。',
  actions: '你想做什么？',
  where: '在哪里找到 Unhunch',
  gnomeHint:
    '在 GNOME 上，托盘图标需要“AppIndicator and KStatusNotifierItem Support”扩展（{package}）。启用这个扩展，注销后重新登录，然后再次启动 Unhunch。',
  quitHere: '退出后，在你再次打开 Unhunch 之前都不会有休息提醒。',

  // 图标在哪里（按平台），后面接着怎样使用。
  trayMac: 'Unhunch 在屏幕顶部的菜单栏里。',
  trayWindows: 'Unhunch 在任务栏右端的通知区域里（如果看不到它的图标，请点击时钟旁边的小箭头）。',
  trayLinux: 'Unhunch 在桌面面板的系统托盘里。',
  trayOther: 'Unhunch 在桌面的系统托盘里。',
  trayUse:
    '{place}点击它的图标，可以开始拉伸、暂停休息提醒，或者打开练习库、设置和进度。关闭这个窗口后，Unhunch 仍会继续运行，到了该休息的时候会提醒你。',
  noTray:
    '你的桌面不显示托盘图标，所以要通过这个窗口使用 Unhunch。你可以随时关闭它：Unhunch 会继续运行，到了该休息的时候仍会提醒你。要回到这里，请从应用启动器再次打开 Unhunch。',

  startFailed: '无法开始“{action}”。请再试一次。',
  openFailed: '无法打开“{action}”。请再试一次。',
  postponeFailed: '无法推迟休息。请再试一次。',
  skipFailed: '无法跳过休息。请再试一次。',
  pauseFailed: '无法暂停休息提醒。请再试一次。',
  resumeFailed: '无法恢复休息提醒。请再试一次。',
  quitFailed: 'Unhunch 无法退出。请再试一次。',
} satisfies Messages['welcome'];
