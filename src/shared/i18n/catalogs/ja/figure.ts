import type { Messages } from '../../catalog';

/**
 * スクリーンリーダー向けの図の説明：図に描かれている内容を短い文で伝えます。各メッセージは句点なしの
 * 1文で、`sentence` が「。」を付けます（すでに「。」で終わる場合は付けません）。
 */
export const figure = {
  sentence: '{text}。',
  seenFromSide: '横から見た図。{description}',
  seenFromFront: '正面から見た図。{description}',
  working: '使っている部位：{parts}',
  arrow: '矢印：{label}',
  leftSide: '左側',
  rightSide: '右側',
  holdFor: { other: '{count}秒キープ' },
  fallback: 'エクササイズの図',

  partHead: '頭',
  partNeck: '首',
  partTorso: '背中と体幹',
  partUpperArmLeft: '左の上腕',
  partForearmLeft: '左の前腕',
  partHandLeft: '左手',
  partUpperArmRight: '右の上腕',
  partForearmRight: '右の前腕',
  partHandRight: '右手',
  partThighLeft: '左の太もも',
  partLowerLegLeft: '左のひざから下',
  partFootLeft: '左足',
  partThighRight: '右の太もも',
  partLowerLegRight: '右のひざから下',
  partFootRight: '右足',
  partPelvis: '股関節とお尻',
  partUpperTrunk: '背中の上部と胸',
  partShoulderLeft: '左肩',
  partShoulderRight: '右肩',
} satisfies Messages['figure'];
