import type { Messages } from '../../catalog';

/**
 * A descrição da figura do exercício para leitores de tela: algumas frases curtas sobre o que o desenho
 * mostra. Cada mensagem é uma frase sem o ponto final; `sentence` o acrescenta.
 */
export const figure = {
  sentence: '{text}.',
  // As descrições das posições começam com maiúscula (“Pessoa sentada…”), por isso vêm depois de um ponto.
  seenFromSide: 'Figura vista de lado. {description}',
  seenFromFront: 'Figura vista de frente. {description}',
  working: 'Em ação: {parts}',
  arrow: 'Seta: {label}',
  leftSide: 'Lado esquerdo',
  rightSide: 'Lado direito',
  holdFor: {
    one: 'Manter por {count} segundo',
    many: 'Manter por {count} segundos',
    other: 'Manter por {count} segundos',
  },
  fallback: 'Figura do exercício',

  partHead: 'cabeça',
  partNeck: 'pescoço',
  partTorso: 'costas e tronco',
  partUpperArmLeft: 'braço esquerdo',
  partForearmLeft: 'antebraço esquerdo',
  partHandLeft: 'mão esquerda',
  partUpperArmRight: 'braço direito',
  partForearmRight: 'antebraço direito',
  partHandRight: 'mão direita',
  partThighLeft: 'coxa esquerda',
  partLowerLegLeft: 'perna esquerda',
  partFootLeft: 'pé esquerdo',
  partThighRight: 'coxa direita',
  partLowerLegRight: 'perna direita',
  partFootRight: 'pé direito',
  partPelvis: 'quadril e glúteos',
  partUpperTrunk: 'parte de cima das costas e peito',
  partShoulderLeft: 'ombro esquerdo',
  partShoulderRight: 'ombro direito',
} satisfies Messages['figure'];
