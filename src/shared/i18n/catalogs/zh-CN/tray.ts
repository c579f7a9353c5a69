import type { Messages } from '../../catalog';

/** 托盘菜单和它的一行状态（提示文字和菜单第一行）。 */
export const tray = {
  tooltip: 'Unhunch — {status}',
  postpone: '推迟休息',
  skip: '跳过休息',
  quickStretch: '快速拉伸',
  library: '练习库',
  pause: '暂停休息提醒',
  resume: '恢复休息提醒',
  progress: '进度',
  settings: '设置…',
  quit: '退出 Unhunch',
  pauseFor30Minutes: '30分钟',
  pauseFor1Hour: '1小时',
  pauseFor2Hours: '2小时',
  pauseUntilTomorrow: '直到明天',
  pauseUntilResumed: '直到手动恢复',
} satisfies Messages['tray'];
