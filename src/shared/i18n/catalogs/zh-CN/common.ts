import type { Messages } from '../../catalog';

/** 多个界面共用的词语：时长和应用名称。 */
export const common = {
  appName: 'Unhunch',
  seconds: { other: '{count}秒' },
  minutes: { other: '{count}分钟' },
  hours: { other: '{count}小时' },
  secondsShort: '{count}秒',
  minutesShort: '{count}分钟',
  safetyTitle: '安全第一。',
  safetyLabel: '安全提示',
} satisfies Messages['common'];
