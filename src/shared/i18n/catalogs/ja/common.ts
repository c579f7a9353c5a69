import type { Messages } from '../../catalog';

/** 複数の画面で共有する言葉：時間の長さとアプリ名。 */
export const common = {
  appName: 'Unhunch',
  seconds: { other: '{count}秒' },
  minutes: { other: '{count}分' },
  hours: { other: '{count}時間' },
  secondsShort: '{count}秒',
  minutesShort: '{count}分',
  safetyTitle: '安全第一。',
  safetyLabel: '安全上の注意',
} satisfies Messages['common'];
