import type { Messages } from '../../catalog';

/** 休息进行时，其他显示器上显示的安静画面；上面没有可以按的东西。 */
export const cover = {
  documentTitle: '休息 · Unhunch',
  breakMicro: '拉伸休息',
  breakLong: '长休息',
  timeLeft: '还剩{time}',
  lineMicro: '拉伸休息：{title}显示在你刚才使用的屏幕上。',
  lineLong: '长休息：{title}显示在你刚才使用的屏幕上。',
  lineFinish: '在你刚才使用的屏幕上做完{title}，再继续手头的事。',
} satisfies Messages['cover'];
