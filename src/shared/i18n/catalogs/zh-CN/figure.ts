import type { Messages } from '../../catalog';

/** 供读屏软件使用的练习示意图说明：几个短句，说明图中画了什么。 */
export const figure = {
  sentence: '{text}。',
  seenFromSide: '人物侧面图：{description}',
  seenFromFront: '人物正面图：{description}',
  working: '锻炼部位：{parts}',
  arrow: '箭头：{label}',
  leftSide: '左侧',
  rightSide: '右侧',
  holdFor: { other: '保持{count}秒' },
  fallback: '练习示意图',

  partHead: '头部',
  partNeck: '颈部',
  partTorso: '背部及躯干',
  partUpperArmLeft: '左上臂',
  partForearmLeft: '左前臂',
  partHandLeft: '左手',
  partUpperArmRight: '右上臂',
  partForearmRight: '右前臂',
  partHandRight: '右手',
  partThighLeft: '左大腿',
  partLowerLegLeft: '左小腿',
  partFootLeft: '左脚',
  partThighRight: '右大腿',
  partLowerLegRight: '右小腿',
  partFootRight: '右脚',
  partPelvis: '髋部及臀部',
  partUpperTrunk: '上背部及胸部',
  partShoulderLeft: '左肩',
  partShoulderRight: '右肩',
} satisfies Messages['figure'];
